// Direct quotations: pairs of quote marks inside a paragraph, read from their context rather than
// their glyph, because machine-translated text puts “ ” " anywhere ("costs“, by" closes; "a” de-"
// opens). One regex scan of the marks per paragraph (not character by character).
import type { Span } from '../../../model/article.js';
import {
  CLOSE_ONLY_MARKS, DOUBLE_MARK, MAX_QUOTE_CHARS, MAX_SINGLE_QUOTE_CHARS, OPEN_ONLY_MARKS, SENTENCE_STOP, SINGLE_MARK,
} from './rules.js';

/** A direct quotation: `outer` includes the marks, `inner` is the quoted words (trimmed). */
export type MarkedQuote = { outer: Span; inner: Span };

type Dir = 'open' | 'close' | 'either';

/** Whitespace by code unit (ASCII spaces, no-break spaces, Unicode spaces, line/paragraph separators). */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isSpace = (c: string | undefined): boolean => c === undefined || isSpaceCode(c.charCodeAt(0));
/** ASCII fast path; other characters through the Unicode class. */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return /[\p{L}\p{N}]/u.test(c);
}
const isOpenerContext = (c: string | undefined): boolean => c === undefined || isSpace(c) || '([{—–-'.includes(c);
const isTrailingPunct = (c: string | undefined): boolean => c !== undefined && c !== '' && ',.;:!?)]…'.includes(c);

/** Direction of a double mark from the characters around it. */
function direction(mark: string, prev: string | undefined, next: string | undefined): Dir {
  if (OPEN_ONLY_MARKS.includes(mark)) return 'open';
  if (CLOSE_ONLY_MARKS.includes(mark)) return 'close';
  const leftOpen = isOpenerContext(prev);
  if (!leftOpen && (isSpace(next) || isTrailingPunct(next))) return 'close';
  if (leftOpen && !isSpace(next) && !isTrailingPunct(next)) return 'open';
  if (leftOpen && isTrailingPunct(next)) return 'close'; // "falls “, after": a closing mark after a stray space
  return 'either';
}

/** Trims spaces (and French non-breaking spaces) inside the marks. */
function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** End of the sentence that contains `from` (within the paragraph), for unclosed quotes. */
function sentenceEnd(text: string, from: number, limit: number): number {
  const re = new RegExp(SENTENCE_STOP.source, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m === null || m.index >= limit ? limit : m.index + 1;
}

function push(out: MarkedQuote[], text: string, open: number, close: number, closeLen: number): void {
  const inner = trimmed(text, open + 1, close);
  if (inner.end - inner.start < 1 || !/[\p{L}\p{N}]/u.test(text.slice(inner.start, inner.end))) return;
  out.push({ outer: { start: open, end: close + closeLen }, inner });
}

/** Single-quoted spans: ‘…’ or '…' opening before a word, closing after one, not an apostrophe. */
function singleQuotes(text: string, para: Span, taken: readonly MarkedQuote[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let open = -1;
  let t = 0; // first double-marked quote that may still contain `open`
  const re = new RegExp(SINGLE_MARK.source, 'g');
  re.lastIndex = para.start;
  for (let m = re.exec(text); m !== null && m.index < para.end; m = re.exec(text)) {
    const i = m.index;
    const c = m[0];
    const prev = i > para.start ? text.charAt(i - 1) : undefined;
    const next = i + 1 < para.end ? text.charAt(i + 1) : undefined;
    if (isWordChar(prev) && isWordChar(next)) continue; // apostrophe: don’t, l’État
    if (open < 0) {
      if (c !== '’' && isOpenerContext(prev) && isWordChar(next)) open = i;
    } else if (i - open > MAX_SINGLE_QUOTE_CHARS) {
      open = isOpenerContext(prev) && isWordChar(next) && c !== '’' ? i : -1;
    } else if (!isSpace(prev) && (isSpace(next) || isTrailingPunct(next))) {
      while (t < taken.length && (taken[t]?.outer.end ?? 0) <= open) t++;
      const q = taken[t];
      const inside = q !== undefined && open >= q.outer.start;
      if (!inside && c !== '‘') push(out, text, open, i, 1);
      open = -1;
    }
  }
  return out;
}

/** Direct quotations of one paragraph, in text order. */
export function quotesInParagraph(text: string, para: Span): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let open = -1;
  const re = new RegExp(DOUBLE_MARK.source, 'g');
  re.lastIndex = para.start;
  for (let m = re.exec(text); m !== null && m.index < para.end; m = re.exec(text)) {
    const i = m.index;
    const c = m[0];
    const prev = i > para.start ? text.charAt(i - 1) : undefined;
    const next = i + 1 < para.end ? text.charAt(i + 1) : undefined;
    if (c === '"' && prev !== undefined && prev >= '0' && prev <= '9' && open < 0) continue; // 5" (inches)
    const dir = direction(c, prev, next);
    if (open >= 0 && i - open > MAX_QUOTE_CHARS) {
      push(out, text, open, sentenceEnd(text, open + 1, i), 0);
      open = -1;
    }
    if (open < 0) {
      if (dir === 'open' || dir === 'either') open = i;
      else if (isWordChar(prev) && !/\p{N}/u.test(prev ?? '') && isSpace(next) && i + 2 < para.end) open = i; // "a” de-escalation": opening mark put before the space
      continue;
    }
    // An opening mark while a quote is open is a closing mark put in the wrong place ("Romania "said").
    push(out, text, open, i, 1);
    open = -1;
  }
  if (open >= 0) push(out, text, open, sentenceEnd(text, open + 1, para.end), 0);
  return [...out, ...singleQuotes(text, para, out)].sort((a, b) => a.outer.start - b.outer.start);
}

/** Direct quotations of the whole text, paragraph by paragraph. */
export function markedQuotes(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  for (const p of paragraphs) out.push(...quotesInParagraph(text, p));
  return out;
}
