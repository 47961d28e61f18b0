// Direct quotations: pairs of quote marks inside a paragraph, read from their context rather than
// their glyph, because machine-translated text puts “ ” " anywhere ("costs“, by" closes; "a” de-"
// opens). One linear pass per paragraph.
import type { Span } from '../../../model/article.js';
import {
  AMBIGUOUS_DOUBLE_MARKS, CLOSE_ONLY_MARKS, MAX_QUOTE_CHARS, MAX_SINGLE_QUOTE_CHARS, OPEN_ONLY_MARKS, SINGLE_MARKS,
} from './rules.js';

/** A direct quotation: `outer` includes the marks, `inner` is the quoted words (trimmed). */
export type MarkedQuote = { outer: Span; inner: Span };

type Dir = 'open' | 'close' | 'either';

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpenerContext = (c: string | undefined): boolean => c === undefined || /[\s([{—–-]/u.test(c);
const isTrailingPunct = (c: string | undefined): boolean => c !== undefined && /[,.;:!?)\]…]/u.test(c);

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
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

/** End of the sentence that contains `from` (within the paragraph), for unclosed quotes. */
function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charAt(i);
    if ((c === '.' || c === '!' || c === '?') && isSpace(text.charAt(i + 1))) return i + 1;
  }
  return limit;
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
  for (let i = para.start; i < para.end; i++) {
    const c = text.charAt(i);
    if (!SINGLE_MARKS.includes(c)) continue;
    const prev = i > para.start ? text.charAt(i - 1) : undefined;
    const next = i + 1 < para.end ? text.charAt(i + 1) : undefined;
    if (isWordChar(prev) && isWordChar(next)) continue; // apostrophe: don’t, l’État
    if (open < 0) {
      if (c !== '’' && isOpenerContext(prev) && isWordChar(next)) open = i;
    } else if (i - open > MAX_SINGLE_QUOTE_CHARS) {
      open = isOpenerContext(prev) && isWordChar(next) && c !== '’' ? i : -1;
    } else if (!isSpace(prev) && (isSpace(next) || isTrailingPunct(next))) {
      const inside = taken.some((q) => open >= q.outer.start && open < q.outer.end);
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
  for (let i = para.start; i < para.end; i++) {
    const c = text.charAt(i);
    if (!AMBIGUOUS_DOUBLE_MARKS.includes(c) && !OPEN_ONLY_MARKS.includes(c) && !CLOSE_ONLY_MARKS.includes(c)) continue;
    const prev = i > para.start ? text.charAt(i - 1) : undefined;
    const next = i + 1 < para.end ? text.charAt(i + 1) : undefined;
    if (c === '"' && /\d/u.test(prev ?? '') && open < 0) continue; // 5" (inches)
    const dir = direction(c, prev, next);
    if (open >= 0 && i - open > MAX_QUOTE_CHARS) {
      push(out, text, open, sentenceEnd(text, open + 1, i), 0);
      open = -1;
    }
    if (open < 0) {
      if (dir === 'open' || dir === 'either') open = i;
      else if (/\p{L}/u.test(prev ?? '') && isSpace(next) && i + 2 < para.end) open = i; // "a” de-escalation": opening mark put before the space
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
