// Word tokens with offsets, and lexicon matching ("word", "word*", "*word", "two words") over them.
import { fold } from '../../text/fold.js';
import { CLAUSE_BREAKS, SENTENCE_END } from './rules.js';

/** A word (letters/digits, inner apostrophes and hyphens kept) or a clause break, folded, with its span. */
export type Token = { start: number; end: number; f: string; brk: boolean };

const TOKEN = /\p{N}+(?:[.,]\p{N}+)*(?:-[\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,;:()\u2013\u2014"«»“”.!?]|\s-\s/gu;

/** Tokens of `text[from, to)`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + (m.index);
    const brk = !/[\p{L}\p{N}]/u.test(m[0]) && (CLAUSE_BREAKS.test(m[0]) || SENTENCE_END.test(m[0]));
    out.push({ start, end: start + m[0].length, f: fold(m[0]).replace(/’/gu, "'"), brk });
  }
  return out;
}

/** A compiled word list: exact words, prefixes, suffixes and multi-word sequences. */
export type Matcher = { exact: ReadonlySet<string>; prefixes: readonly string[]; suffixes: readonly string[]; phrases: readonly (readonly string[])[] };

export function compile(words: readonly string[]): Matcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const phrases: string[][] = [];
  for (const w of words) {
    if (w.includes(' ')) phrases.push(w.split(' '));
    else if (w.endsWith('*')) prefixes.push(w.slice(0, -1));
    else if (w.startsWith('*')) suffixes.push(w.slice(1));
    else exact.add(w);
  }
  return { exact, prefixes, suffixes, phrases };
}

/** Does the single word match (exact, prefix or suffix entries)? */
export function matchesWord(m: Matcher, f: string): boolean {
  if (m.exact.has(f)) return true;
  for (const p of m.prefixes) if (f.startsWith(p)) return true;
  for (const s of m.suffixes) if (f.length > s.length && f.endsWith(s)) return true;
  return false;
}

/** Does the matcher match at token i (a word, or a phrase starting there)? Returns the tokens covered, 0 when not. */
export function matchAt(m: Matcher, toks: readonly Token[], i: number): number {
  const t = toks[i];
  if (t === undefined || t.brk) return 0;
  if (matchesWord(m, t.f)) return 1;
  for (const p of m.phrases) {
    if (p.every((w, k) => toks[i + k]?.f === w)) return p.length;
  }
  return 0;
}

/** Does a phrase of the matcher cover token i (starting at or before it)? */
export function phraseCovers(m: Matcher, toks: readonly Token[], i: number): boolean {
  for (const p of m.phrases) {
    for (let k = 1; k < p.length; k++) if (p.every((w, j) => toks[i - k + j]?.f === w)) return true;
  }
  return false;
}

/** Index of the first token whose span contains or starts at/after `pos`. */
export function tokenAt(toks: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid];
    if (t !== undefined && t.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
