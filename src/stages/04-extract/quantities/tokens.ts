// Tokens for quantity extraction: numbers (digits with their separators, and any letters glued to
// them), words, and single symbols, each with its span in the article text.
import type { Lang } from './lexicon.js';
import { TOKEN_EN, TOKEN_SPACED } from './rules.js';

export type Tok = {
  start: number;
  end: number;
  /** Lower case, apostrophes folded to "'". For digit tokens: the digits as written. */
  low: string;
  kind: 'digits' | 'word' | 'sym';
  /** Letters glued after the digits ("bn" in "2.5bn"). */
  suffix: string;
  /** Written with a capital first letter. */
  cap: boolean;
  /** A line break stands between this token and the previous one (or it is the first). */
  lineStart: boolean;
  /** No space between this token and the previous one. */
  glued: boolean;
};

const APOSTROPHES = /[’ʼ`´]/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string, lang: Lang): Tok[] {
  const re = new RegExp(lang === 'en' ? TOKEN_EN : TOKEN_SPACED);
  const toks: Tok[] = [];
  let prevEnd = 0;
  let nextNewline = text.indexOf('\n');
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const raw = m[0];
    const end = start + raw.length;
    if (nextNewline !== -1 && nextNewline < prevEnd) nextNewline = text.indexOf('\n', prevEnd);
    const lineStart = toks.length === 0 || (nextNewline !== -1 && nextNewline < start);
    const glued = toks.length > 0 && prevEnd === start;
    const cap = UPPER.test(raw);
    const digits = m[1];
    if (digits !== undefined) toks.push({ start, end, low: digits, kind: 'digits', suffix: (m[2] ?? '').toLowerCase(), cap, lineStart, glued });
    else if (m[3] !== undefined) toks.push({ start, end, low: raw.toLowerCase(), kind: 'word', suffix: '', cap, lineStart, glued });
    else toks.push({ start, end, low: raw.replace(APOSTROPHES, "'"), kind: 'sym', suffix: '', cap, lineStart, glued });
    prevEnd = end;
  }
  return toks;
}

/** Does the phrase (its tokens, lower case) start at token i? Returns the index after it. */
export function matchPhrase(toks: readonly Tok[], i: number, parts: readonly string[]): number | undefined {
  for (let k = 0; k < parts.length; k++) {
    const t = toks[i + k];
    if (t === undefined || t.low !== parts[k]) return undefined;
  }
  return i + parts.length;
}

/** The longest of the phrases starting at i: [end index, phrase index]. */
export function longestAt(toks: readonly Tok[], i: number, phrases: readonly (readonly string[])[]): [number, number] | undefined {
  const first = toks[i]?.low;
  if (first === undefined) return undefined;
  let best: [number, number] | undefined;
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k];
    if (p === undefined || p[0] !== first) continue;
    const end = matchPhrase(toks, i, p);
    if (end !== undefined && (best === undefined || end > best[0])) best = [end, k];
  }
  return best;
}

/** Reads digits as a number, the separators decided by language and shape. Undefined when malformed ("1,2,3"). */
export function parseDigits(written: string, lang: Lang): number | undefined {
  const s = written.replace(/[\u00a0\u202f ]/gu, '');
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  const groupsOk = (sep: string): boolean => s.split(sep).slice(1).every((g) => g.length === 3);
  const num = (x: string): number | undefined => (/^\d+(?:\.\d+)?$/u.test(x) ? Number(x) : undefined);
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [intPart = '', frac = ''] = s.split(decimal);
    if (s.split(decimal).length !== 2 || !intPart.split(thousands).slice(1).every((g) => g.length === 3)) return undefined;
    return num(`${intPart.split(thousands).join('')}.${frac}`);
  }
  if (commas + dots === 0) return num(s);
  const sep = commas > 0 ? ',' : '.';
  const count = commas + dots;
  // English groups thousands with commas; fr/es/de with dots (and spaces). The other mark is a decimal.
  const thousandsSep = lang === 'en' ? ',' : '.';
  if (sep === thousandsSep) {
    if (groupsOk(sep)) return num(s.split(sep).join(''));
    return count === 1 ? num(s.replace(sep, '.')) : undefined;
  }
  return count === 1 ? num(s.replace(sep, '.')) : undefined;
}
