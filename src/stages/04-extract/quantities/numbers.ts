// Reads one number phrase starting at a token: digits ("1,2 Millionen", "2.5bn"), number words
// ("twenty-five", "quatre-vingt-dix", "zweiundzwanzig", "dos mil"), round nouns ("une dizaine",
// "un millar") and vague plurals ("dozens", "tens of thousands", "Zehntausende") as intervals.
import type { Compiled } from './compiled.js';
import { DE_MORPHEMES, DIGIT_SUFFIX_SCALES } from './lexicon.js';
import { DE_NUMERAL_MAX_LENGTH, SEVERAL_RANGE } from './rules.js';
import { longestAt, parseDigits, type Tok } from './tokens.js';

export type NumPhrase = {
  /** Token range [start, end). */
  start: number;
  end: number;
  value: number;
  low: number;
  high: number;
  /** A round noun or a vague plural made it approximate. */
  approx: boolean;
  /** Only an article or "one" ("a", "une", "ein"): a quantity only with a unit. */
  weak: boolean;
  /** The phrase is an English article alone ("a", "an"): a quantity only with a cue or a half ("about an hour", "an hour and a half"). */
  article?: boolean;
  /** A unit glued to the digits or inside a German compound ("24h", "zweistündige"). */
  glued?: string;
};

const DE_UNIT_ADJ = /^(.+?)(stündig|tägig|minütig|wöchig)(?:e|en|er|es|em)?$/u;
const DE_UNIT_ADJ_WORDS: Record<string, string> = { stündig: 'stunden', tägig: 'tage', minütig: 'minuten', wöchig: 'wochen' };

/** A German numeral written as one word, or undefined. */
export function parseGermanNumeral(word: string): number | undefined {
  if (word.length > DE_NUMERAL_MAX_LENGTH) return undefined;
  let rest = word;
  let half = 0;
  if (rest.endsWith('einhalb') && rest.length > 7) {
    half = 0.5;
    rest = rest.slice(0, -7);
  }
  let total = 0;
  let current = 0;
  let parts = 0;
  while (rest.length > 0) {
    const hit = DE_MORPHEMES.find(([m]) => rest.startsWith(m));
    if (hit === undefined) return undefined;
    const [m, v] = hit;
    rest = rest.slice(m.length);
    parts++;
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1e3) {
      total += (current || 1) * v;
      current = 0;
    } else current += v;
  }
  return parts === 0 ? undefined : total + current + half;
}

function wordValue(t: Tok, c: Compiled): number | undefined {
  if (t.kind !== 'word') return undefined;
  const v = c.lex.numbers[t.low];
  if (v !== undefined) return v;
  return c.lang === 'de' && t.low.length > 3 && !(t.low in c.lex.scales) && !(t.low in c.lex.vaguePlurals) ? parseGermanNumeral(t.low) : undefined;
}

/** Scale words after a number ("million", "Millionen", "mil millones"): applies them and returns the index after. */
function applyScales(toks: readonly Tok[], j: number, c: Compiled, value: number): [number, number] {
  let v = value;
  let k = j;
  for (;;) {
    const t = toks[k];
    const s = t === undefined ? undefined : c.lex.scales[t.low];
    if (t === undefined || s === undefined || t.kind !== 'word' || s === 12) break;
    v *= s;
    k++;
    if (toks[k]?.low === '.' && (t.low === 'mio' || t.low === 'mrd')) k++;
  }
  return [k, v];
}

function interval(start: number, end: number, low: number, high: number): NumPhrase {
  return { start, end, value: (low + high) / 2, low, high, approx: true, weak: false };
}

/** "dozens", "plusieurs centaines", "tens of thousands", "des dizaines de milliers", "Zehntausende". */
function vague(toks: readonly Tok[], i: number, c: Compiled): NumPhrase | undefined {
  let j = i;
  const several = longestAt(toks, j, c.several);
  if (several !== undefined) j = several[0];
  const t = toks[j];
  if (t === undefined) return undefined;
  const scale = several !== undefined ? (c.lex.scales[t.low] ?? c.lex.vaguePlurals[t.low]) : c.lex.vaguePlurals[t.low];
  if (scale === undefined) return undefined;
  let low = SEVERAL_RANGE[0] * scale;
  let high = SEVERAL_RANGE[1] * scale;
  j++;
  const linker = longestAt(toks, j, c.linkers);
  const next = linker === undefined ? undefined : toks[linker[0]];
  const more = next === undefined ? undefined : c.lex.vaguePlurals[next.low];
  if (linker !== undefined && more !== undefined && more > scale) {
    low *= more;
    high *= more;
    j = linker[0] + 1;
  }
  return interval(i, j, low, high);
}

export function parseNumberAt(toks: readonly Tok[], i: number, c: Compiled): NumPhrase | undefined {
  const first = toks[i];
  if (first === undefined) return undefined;
  if (first.kind === 'digits') {
    let v = parseDigits(first.low, c.lang);
    if (v === undefined) return undefined;
    let glued: string | undefined;
    if (first.suffix !== '') {
      const s = DIGIT_SUFFIX_SCALES[first.suffix];
      if (s !== undefined) v *= s;
      else glued = first.suffix;
    }
    const [end, value] = applyScales(toks, i + 1, c, v);
    const p: NumPhrase = { start: i, end, value, low: value, high: value, approx: false, weak: false };
    if (glued !== undefined) p.glued = glued;
    return p;
  }
  if (first.kind !== 'word') return undefined;
  const v0 = vague(toks, i, c);
  if (v0 !== undefined) return v0;
  if (c.lang === 'de') {
    const m = DE_UNIT_ADJ.exec(first.low);
    const n = m?.[1] === undefined ? undefined : (c.lex.numbers[m[1]] ?? parseGermanNumeral(m[1]));
    const unitWord = m?.[2] === undefined ? undefined : DE_UNIT_ADJ_WORDS[m[2]];
    if (n !== undefined && unitWord !== undefined) return { start: i, end: i + 1, value: n, low: n, high: n, approx: false, weak: false, glued: unitWord };
  }
  return parseWords(toks, i, c);
}

function parseWords(toks: readonly Tok[], i: number, c: Compiled): NumPhrase | undefined {
  let total = 0;
  let current = 0;
  let last = 0;
  let approx = false;
  let words = 0;
  let plain = true;
  let j = i;
  let seen = false;
  for (;;) {
    const t = toks[j];
    if (t === undefined) break;
    const v = wordValue(t, c) ?? (!seen && c.articles.has(t.low) ? 1 : undefined);
    const scale = t.kind === 'word' ? c.lex.scales[t.low] : undefined;
    const round = t.kind === 'word' ? c.lex.approxNouns[t.low] : undefined;
    if (c.lex.halves.includes(t.low) && (current === 0 || (current === 1 && words === 1 && c.articles.has(toks[i]?.low ?? '')))) {
      current = 0.5;
      last = 0.5;
      plain = false;
      j++;
      if (c.articles.has(toks[j]?.low ?? '')) j++; // "half an hour", "half a million"
      if (toks[j]?.low === '-' && toks[j]?.glued === true) j++; // "demi-heure"
      seen = true;
      words++;
      continue;
    }
    if (v !== undefined) {
      const quatreVingt = c.lang === 'fr' && v === 20 && last === 4;
      if (quatreVingt) current += 76;
      else if (seen && !(current === 0 || (v < last && last >= 10))) break;
      else current += v;
      last = quatreVingt ? 80 : v;
    } else if (scale !== undefined && (seen || (c.lang !== 'en' && scale < 1e6 && scale !== 12))) {
      if (scale >= 1e6) {
        total = (total + (current || 1)) * scale;
        current = 0;
      } else if (scale >= 1e3) {
        total += (current || 1) * scale;
        current = 0;
      } else current = (current || 1) * scale;
      last = scale;
      plain = false;
    } else if (round !== undefined && (seen || c.lang !== 'en')) {
      current = (current || 1) * round;
      last = round;
      approx = approx || round !== 12 || c.lang !== 'en';
      plain = false;
    } else if (seen && (t.low === '-' || c.lex.joiners.includes(t.low))) {
      const n = toks[j + 1];
      const nv = n === undefined ? undefined : wordValue(n, c);
      const quatreVingt = c.lang === 'fr' && nv === 20 && last === 4;
      const joinable = nv !== undefined && (quatreVingt || (nv < last && (last >= 10 || t.low === '-'))) && (t.low !== '-' || (t.glued && n?.glued === true));
      if (!joinable) break;
      j++;
      continue;
    } else break;
    seen = true;
    words++;
    j++;
  }
  if (!seen) return undefined;
  const value = total + current;
  const p: NumPhrase = { start: i, end: j, value, low: value, high: value, approx, weak: plain && value === 1 };
  // English "a"/"an" are articles only; fr/es/de "une", "una", "eine" are also the numeral one.
  if (words === 1 && c.lang === 'en' && c.articles.has(toks[i]?.low ?? '')) p.article = true;
  return p;
}
