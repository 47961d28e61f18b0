// What a stated value allows, as an interval, and when two stated values are compatible.
// "less than two hours" → [0, 120) min (a "less than" bound excludes its end; "up to" includes it); "two hours" → [120, 120]; "about 3,000" → 3,000 ± 5 %;
// "several hundred" → [200, 900]; a date of day/week/month/year precision → its first to last day.
import type { DateMention, Quantity } from '../../model/extraction.js';
import { LEXICONS, type CueKind } from '../04-extract/quantities/lexicon.js';
import { fold } from '../../text/fold.js';
import { APPROX_TOLERANCE, EXACT_EPSILON, STAGE4_APPROX_SPREAD } from './rules.js';

/** A closed or half-open interval; `high` Infinity = no upper bound. */
export type Interval = {
  low: number;
  high: number;
  /** The upper end is excluded ("less than"). */
  highOpen: boolean;
  /** The lower end is excluded ("more than"). */
  lowOpen: boolean;
  /** A single stated number (exact, or approximate around `point`). */
  point?: number;
  approximate: boolean;
};

const simple = (s: string): string => fold(s).replace(/[^a-z0-9]+/gu, ' ').trim();

type CueList = readonly (readonly [string, CueKind])[];
/** Stage 4's cue phrases per language, simplified, longest first. */
const CUES: Readonly<Record<'en' | 'fr' | 'es' | 'de', CueList>> = {
  en: cueList('en'), fr: cueList('fr'), es: cueList('es'), de: cueList('de'),
};
function cueList(l: 'en' | 'fr' | 'es' | 'de'): CueList {
  return Object.entries(LEXICONS[l].cues).map(([p, k]) => [simple(p) + ' ', k] as const).filter(([p]) => p.trim() !== '').sort((a, b) => b[0].length - a[0].length);
}

/** The cue the quantity's text starts with ("less than", "moins de", "mehr als"), the longest; undefined when none. */
export function cueOf(q: Pick<Quantity, 'text'>, language: string): CueKind | undefined {
  const text = simple(q.text) + ' ';
  return CUES[language === 'fr' || language === 'es' || language === 'de' ? language : 'en'].find(([p]) => text.startsWith(p))?.[1];
}

const near = (a: number, b: number, rel: number): boolean => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-9);

/** The interval a quantity allows. Pure. */
export function quantityInterval(q: Quantity, language: string): Interval {
  const cue = cueOf(q, language);
  if (q.high === undefined) return { low: q.low, high: Infinity, lowOpen: cue === 'more', highOpen: false, approximate: q.approximate };
  if (q.low === 0 && q.high > 0 && (cue === 'less' || cue === 'upTo')) {
    return { low: 0, high: q.high, lowOpen: false, highOpen: cue === 'less', approximate: q.approximate };
  }
  if (q.low === q.high) return { low: q.low, high: q.high, lowOpen: false, highOpen: false, point: q.value, approximate: q.approximate };
  const symmetric = near(q.low, q.value * (1 - STAGE4_APPROX_SPREAD), 1e-3) && near(q.high, q.value * (1 + STAGE4_APPROX_SPREAD), 1e-3);
  if (q.approximate && symmetric) {
    return { low: q.value * (1 - APPROX_TOLERANCE), high: q.value * (1 + APPROX_TOLERANCE), lowOpen: false, highOpen: false, point: q.value, approximate: true };
  }
  // "nearly four hours" reaches its end; a vague range ("several hundred", "tens of thousands") does not.
  const vague = q.approximate && q.value !== q.high;
  return { low: q.low, high: q.high, lowOpen: false, highOpen: vague, approximate: q.approximate };
}

const DAY_MS = 86_400_000;

function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** First and last day (as day numbers since 1970-01-01) of a resolved date value; undefined when unreadable. */
export function dateInterval(d: Pick<DateMention, 'value' | 'precision'>): Interval | undefined {
  const v = d.value;
  if (v === undefined) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v);
  if (m !== null) {
    const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return { low: day, high: day, lowOpen: false, highOpen: false, point: day, approximate: false };
  }
  m = /^(\d{4})-W(\d{2})$/u.exec(v);
  if (m !== null) {
    const y = Number(m[1]);
    const jan4 = dayNumber(y, 1, 4);
    const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
    const monday = jan4 - weekday + (Number(m[2]) - 1) * 7;
    return { low: monday, high: monday + 6, lowOpen: false, highOpen: false, approximate: false };
  }
  m = /^(\d{4})-(\d{2})$/u.exec(v);
  if (m !== null) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { low: dayNumber(y, mo, 1), high: dayNumber(y, mo + 1, 1) - 1, lowOpen: false, highOpen: false, approximate: false };
  }
  m = /^(\d{4})$/u.exec(v);
  if (m !== null) {
    const y = Number(m[1]);
    return { low: dayNumber(y, 1, 1), high: dayNumber(y + 1, 1, 1) - 1, lowOpen: false, highOpen: false, approximate: false };
  }
  return undefined;
}

/** ISO date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Can both statements be true? Intervals overlap (open ends excluded; exact values with rounding slack). Pure. */
export function compatible(a: Interval, b: Interval): boolean {
  const slack = EXACT_EPSILON * Math.max(Math.abs(a.low), Math.abs(b.low), 1);
  const lo = a.low > b.low || (a.low === b.low && a.lowOpen) ? a : b;
  const hi = a.high < b.high || (a.high === b.high && a.highOpen) ? a : b;
  const gap = lo.low - hi.high;
  if (gap > slack) return false;
  if (gap < -slack) return true;
  return !lo.lowOpen && !hi.highOpen;
}

/** Do two statements say the same thing (same interval, or two approximate points within tolerance of each other)? */
export function equivalent(a: Interval, b: Interval): boolean {
  const same = (x: number, y: number): boolean => x === y || near(x, y, EXACT_EPSILON);
  if (same(a.low, b.low) && same(a.high, b.high) && a.highOpen === b.highOpen && a.lowOpen === b.lowOpen) return true;
  if (a.point === undefined || b.point === undefined || !(a.approximate || b.approximate)) return false;
  return compatible(a, b) && near(a.point, b.point, APPROX_TOLERANCE);
}
