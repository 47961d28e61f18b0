// Numbers with units in one article, as intervals in a base unit (minutes, currency code, person,
// %, km, ha, kg, or "" for a plain count), each with its span and the noun it counts.
import type { Article } from '../../../model/article.js';
import type { Quantity } from '../../../model/extraction.js';
import { COMPILED, DE_NUMERAL_START, type Compiled } from './compiled.js';
import type { CueKind, Lang } from './lexicon.js';
import { parseNumberAt, type NumPhrase } from './numbers.js';
import { APPROX_TOLERANCE, HOUR_MINUTES, ROUNDING, COUNT_VERBS, CUE_MAX_TOKENS, NUMBER_OF_WINDOW, SENTENCE_END, YEAR_RANGE } from './rules.js';
import { skipDigits, phoneRuns } from './skip.js';
import { longestAt, matchPhrase, parseDigits, tokenize, type Tok } from './tokens.js';
import { countedAfter, countedBefore, currencyBefore, unitAfter, type UnitHit } from './units.js';

export function languageOf(code: string): Lang {
  return code === 'fr' || code === 'es' || code === 'de' ? code : 'en';
}

type Range = { low: number; high: number; end: number; unit: UnitHit | undefined; between: number | undefined };

/** The cue just before token `at` ("about", "less than", "bis zu"), the longest: [kind, first token]. */
function cueBefore(toks: readonly Tok[], at: number, c: Compiled): [CueKind, number] | undefined {
  const last = toks[at - 1]?.low;
  if (last === undefined) return undefined;
  for (const { parts, kind } of c.cues) {
    if (parts[parts.length - 1] !== last || parts.length > Math.min(CUE_MAX_TOKENS, at)) continue;
    const from = at - parts.length;
    if (matchPhrase(toks, from, parts) === at) return [kind, from];
  }
  return undefined;
}

/** Multiplier a second number carries that the first lacks ("between 60 and 80 million"). */
function sharedScale(toks: readonly Tok[], p: NumPhrase, lang: Lang): number {
  const first = toks[p.start];
  if (first?.kind !== 'digits' || p.end === p.start + 1) return 1;
  const base = parseDigits(first.low, lang);
  return base === undefined || base === 0 ? 1 : p.value / base;
}

/** "12 to 14", "12-14", "between 12 and 14", "entre 12 et 14", "zwischen 12 und 14" (low < high only: "7-2" is a score). */
function rangeAfter(toks: readonly Tok[], p: NumPhrase, unit: UnitHit | undefined, c: Compiled): Range | undefined {
  const at = unit?.end ?? p.end;
  const conn = toks[at];
  if (conn === undefined) return undefined;
  const between = longestAt(toks, Math.max(0, p.start - 1), c.between)?.[0] === p.start ? p.start - 1 : undefined;
  const fromBefore = c.lex.from.includes(toks[p.start - 1]?.low ?? '');
  const isTo = c.lex.rangeTo.includes(conn.low) && !fromBefore;
  const isAnd = between !== undefined && c.lex.betweenAnd.includes(conn.low);
  if (!isTo && !isAnd) return undefined;
  const dash = conn.low === '-' || conn.low === '–';
  if (dash && (toks[at + 1]?.glued !== conn.glued || toks[p.start]?.kind === 'word')) return undefined; // "quatre-vingt-dix" is one number
  const q = parseNumberAt(toks, at + 1, c);
  if (q === undefined || q.weak || (toks[p.start]?.kind === 'digits') !== (toks[q.start]?.kind === 'digits')) return undefined;
  const unit2 = unitAfter(toks, q, c);
  if (unit !== undefined && unit2 !== undefined && (unit.unit !== unit2.unit || (isTo && unit.end > p.end))) return undefined; // "rose 4.5 per cent to 61.2%" is a change
  const scale = p.end === p.start + 1 ? sharedScale(toks, q, c.lang) : 1;
  const low = p.low * scale;
  if (!(low < q.high)) return undefined;
  return { low, high: q.high, end: unit2?.end ?? q.end, unit: unit2 ?? unit, between };
}

/** "hora y media", "hour and a half" without a number: one unit and a half. */
function halfUnitAt(toks: readonly Tok[], i: number, c: Compiled): NumPhrase | undefined {
  const t = toks[i];
  if (t === undefined || !c.halfUnits.has(t.low) || longestAt(toks, i + 1, c.andHalf) === undefined) return undefined;
  return { start: i, end: i, value: 1, low: 1, high: 1, approx: false, weak: false };
}

function isNumberTok(t: Tok | undefined, c: Compiled): boolean {
  return t !== undefined && (t.kind === 'digits' || t.low in c.lex.numbers);
}

/** One side of a vote or score ("siete votos a dos", "sieben zu zwei Stimmen", "six voix contre trois"). */
function inScore(toks: readonly Tok[], p: NumPhrase, c: Compiled): boolean {
  const join = c.lex.scoreJoin;
  if (join.includes(toks[p.end]?.low ?? '') && isNumberTok(toks[p.end + 1], c)) return true;
  if (!join.includes(toks[p.start - 1]?.low ?? '')) return false;
  return isNumberTok(toks[p.start - 2], c) || isNumberTok(toks[p.start - 3], c);
}

/** "the number of dead rose to 14", "die Zahl der Toten steigt auf 14": a person noun named before, in the sentence. */
function numberOfBefore(toks: readonly Tok[], p: NumPhrase, c: Compiled): UnitHit | undefined {
  const start = p.start;
  for (let k = start - 1; k >= Math.max(0, start - NUMBER_OF_WINDOW); k--) {
    const t = toks[k];
    if (t === undefined || SENTENCE_END.has(t.low)) return undefined;
    if (!c.lex.numberOf.includes(t.low)) continue;
    for (let n = k + 1; n <= k + 3 && n < start; n++) {
      const noun = toks[n];
      if (noun !== undefined && c.persons.has(noun.low)) return { unit: 'person', dimension: 'count', factor: 1, end: p.end, half: false, noun: n };
    }
  }
  return undefined;
}

type Read = { quantity?: Quantity; next: number };

function isYear(t: Tok | undefined): boolean {
  if (t?.kind !== 'digits' || t.suffix !== '' || !/^\d{4}$/u.test(t.low)) return false;
  const y = Number(t.low);
  return y >= YEAR_RANGE[0] && y <= YEAR_RANGE[1];
}

function applyCue(kind: CueKind | undefined, low: number, high: number, approx: boolean): { low: number; high?: number; value: number; approximate: boolean } {
  const value = low === high ? low : (low + high) / 2;
  const spread = approx && low === high;
  const lo = spread ? low * (1 - APPROX_TOLERANCE) : low;
  const hi = spread ? high * (1 + APPROX_TOLERANCE) : high;
  switch (kind) {
    case 'about':
      return low === high ? { low: low * (1 - APPROX_TOLERANCE), high: high * (1 + APPROX_TOLERANCE), value, approximate: true } : { low, high, value, approximate: true };
    case 'nearly':
      return { low: low * (1 - APPROX_TOLERANCE), high, value: high, approximate: true };
    case 'less':
    case 'upTo':
      return { low: 0, high, value: high, approximate: approx };
    case 'more':
    case 'atLeast':
      return { low, value: low, approximate: approx };
    case undefined:
      return { low: lo, high: hi, value, approximate: approx };
  }
}

function read(text: string, toks: readonly Tok[], i: number, c: Compiled, phone: readonly boolean[]): Read {
  const t = toks[i];
  if (t === undefined) return { next: i + 1 };
  if (t.kind === 'sym') return { next: i + 1 };
  if (t.kind === 'word' && !c.starters.has(t.low) && !(c.lang === 'de' && DE_NUMERAL_START.test(t.low))) return { next: i + 1 };
  if (t.kind === 'digits' && (phone[i] === true || skipDigits(text, toks, i, c))) return { next: i + 1 };
  const p = parseNumberAt(toks, i, c) ?? halfUnitAt(toks, i, c);
  if (p === undefined) return { next: i + 1 };
  let unit = unitAfter(toks, p, c) ?? numberOfBefore(toks, p, c);
  if (isYear(t) && p.end === i + 1 && (unit === undefined || unit.unit === '')) return { next: i + 1 };
  if (unit?.dimension === 'duration' && unit.factor === HOUR_MINUTES && c.lex.clockBefore.includes(toks[p.start - 1]?.low ?? '')) return { next: unit.end };
  let start = p.start;
  const currency = unit === undefined || unit.dimension !== 'money' ? currencyBefore(toks, p.start) : undefined;
  if (currency !== undefined) {
    unit = { unit: currency[0], dimension: 'money', factor: 1, end: p.end, half: false };
    start = currency[1];
  }
  const range = rangeAfter(toks, p, unit, c);
  if (range !== undefined) unit = range.unit;
  const cue = range?.between === undefined ? cueBefore(toks, start, c) : undefined;
  if (p.weak && (unit === undefined || (p.article === true && cue === undefined && !unit.half))) return { next: i + 1 };
  if (t.kind === 'word' && unit === undefined && cue === undefined && p.low === p.high && countedAfter(text, toks, p.end, c) === undefined && !inScore(toks, p, c)) return { next: p.end };
  const factor = unit?.factor ?? 1;
  const half = unit?.half === true ? 0.5 : 0;
  const low = ((range?.low ?? p.low) + half) * factor;
  const high = ((range?.high ?? p.high) + half) * factor;
  const v = applyCue(cue?.[0], low, high, p.approx);
  const r = (x: number): number => Math.round(x * ROUNDING) / ROUNDING;
  const end = range?.end ?? unit?.end ?? p.end;
  const first = toks[range?.between ?? cue?.[1] ?? start] ?? t;
  const last = toks[end - 1] ?? t;
  const q: Quantity = {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    value: r(v.value),
    low: r(v.low),
    unit: unit?.unit ?? '',
    dimension: unit?.dimension ?? 'count',
    approximate: v.approximate,
  };
  if (v.high !== undefined) q.high = r(v.high);
  const nounTok = unit?.unit === 'person' ? toks[unit.noun ?? unit.end - 1] : undefined;
  const counted = nounTok !== undefined ? text.slice(nounTok.start, nounTok.end) : (countedBefore(text, toks, start, COUNT_VERBS) ?? countedAfter(text, toks, end, c, unit)?.[0]);
  if (counted !== undefined) q.counted = counted;
  return { quantity: q, next: Math.max(end, i + 1) };
}

/** Quantities in the article's cleaned text, in text order. Pure. */
export function extractQuantities(article: Article): Quantity[] {
  const c = COMPILED[languageOf(article.language)];
  const text = article.text;
  const toks = tokenize(text, c.lang);
  const phone = phoneRuns(text, toks);
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const r = read(text, toks, i, c, phone);
    if (r.quantity !== undefined) out.push(r.quantity);
    i = r.next;
  }
  return out;
}
