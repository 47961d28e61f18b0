// Resolves scanned candidates against a reference day (the publication date): calendar arithmetic on
// epoch days, tense from the clause for weekdays and months without a year, and the previous dated
// expression for "the day before". Produces TimeML-style values for every candidate.
import type { DatePrecision } from '../../../model/event.js';
import { FUTURE_CUES, PAST_CUES, type Lang } from './lexicon.js';
import { CLAUSE_BOUNDARY, PAST_VERB_SHAPE, TENSE_WINDOW } from './rules.js';
import type { Candidate, Clock, TimexType } from './scan.js';

export type Timex = Candidate & {
  text: string;
  type: TimexType;
  /** TimeML value (YYYY-MM-DD, YYYY-Www, PRESENT_REF, P3Y, YYYY-MM-DDTHH:MM …) when known. */
  value?: string;
  /** Calendar date view: value and precision (day/week/month/year expressions only). */
  date?: { value: string; precision: DatePrecision };
  timeText?: string;
  relative: boolean;
  unresolved?: string;
};

const DAY_MS = 86_400_000;
export const toDays = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
export function fromDays(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
/** ISO weekday 1 (Monday) … 7 (Sunday). */
export const weekdayOf = (n: number): number => ((new Date(n * DAY_MS).getUTCDay() + 6) % 7) + 1;
const p2 = (n: number): string => String(n).padStart(2, '0');
const p4 = (n: number): string => String(n).padStart(4, '0');
export const dayString = (n: number): string => {
  const { y, m, d } = fromDays(n);
  return `${p4(y)}-${p2(m)}-${p2(d)}`;
};
export function isoWeek(n: number): string {
  const thursday = n - weekdayOf(n) + 4;
  const y = fromDays(thursday).y;
  return `${p4(y)}-W${p2(Math.floor((thursday - toDays(y, 1, 1)) / 7) + 1)}`;
}
/** First day of a value of any precision (for ordering): "2022-W03" → its Monday. */
export function startDay(value: string): number | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (m) return toDays(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-W(\d{2})$/u.exec(value);
  if (m) {
    const jan4 = toDays(Number(m[1]), 1, 4);
    return jan4 - weekdayOf(jan4) + 1 + (Number(m[2]) - 1) * 7;
  }
  m = /^(\d{4})-(\d{2})$/u.exec(value);
  if (m) return toDays(Number(m[1]), Number(m[2]), 1);
  m = /^(\d{4})$/u.exec(value);
  return m ? toDays(Number(m[1]), 1, 1) : undefined;
}

/** Reference day from a publication value ("2022-01-21", "2022-01-21T09:30:00Z"). */
export function referenceDay(published: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published ?? '');
  return m ? toDays(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

type Tense = 'future' | 'past' | undefined;

/** Lower-case words; apostrophes split, so "they'll" gives the cue "ll". */
const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
function hasCue(text: string, cues: readonly string[]): boolean {
  const t = ` ${words(text).join(' ')} `;
  return cues.some((c) => t.includes(` ${c} `));
}

/** Tense of the clause an expression stands in: the words before it back to a clause boundary, then the few after it. */
export function tenseAt(text: string, start: number, end: number, l: Lang): Tense {
  const from = Math.max(0, start - TENSE_WINDOW);
  const before = text.slice(from, start);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BOUNDARY)) cut = m.index + m[0].length;
  const clauseBefore = before.slice(cut);
  const after = /[.!?]$/u.test(text.slice(end - 1, end)) ? '' : text.slice(end, end + TENSE_WINDOW); // "… at 2 p.m." ends its sentence
  const stop = /[,;:.!?\n]/u.exec(after)?.index ?? after.length;
  const clauseAfter = after.slice(0, stop);
  for (const part of [clauseBefore, clauseAfter]) {
    if (hasCue(part, FUTURE_CUES[l])) return 'future';
    if (hasCue(part, PAST_CUES[l]) || words(part).some((w) => PAST_VERB_SHAPE[l]?.test(w) ?? false)) return 'past';
  }
  return undefined;
}

type Resolved = { value: string; precision: DatePrecision } | { unresolved: string };

function pickYear(ref: number, make: (y: number) => number, tense: Tense, weekday?: number): number {
  const y = fromDays(ref).y;
  const all = [y - 1, y, y + 1].map(make);
  const matching = weekday === undefined ? [] : all.filter((d) => weekdayOf(d) === weekday);
  const options = matching.length > 0 ? matching : all;
  if (tense === 'future') return options.find((d) => d >= ref) ?? (options[options.length - 1] ?? ref);
  if (tense === 'past') return [...options].reverse().find((d) => d <= ref) ?? (options[0] ?? ref);
  return options.reduce((best, d) => (Math.abs(d - ref) < Math.abs(best - ref) || (Math.abs(d - ref) === Math.abs(best - ref) && d < best) ? d : best));
}

const NO_PUBLICATION = 'no publication date';

function resolveDate(c: Candidate, ref: number | undefined, tense: Tense, anchor: number | undefined): Resolved | undefined {
  const n = c.node;
  const day = (x: number): Resolved => ({ value: dayString(x), precision: 'day' });
  switch (n.k) {
    case 'date':
      if (n.y !== undefined) return day(toDays(n.y, n.m, n.d));
      return ref === undefined ? { unresolved: NO_PUBLICATION } : day(pickYear(ref, (y) => toDays(y, n.m, n.d), tense, n.wd));
    case 'month': {
      if (n.y !== undefined) return { value: `${p4(n.y)}-${p2(n.m)}`, precision: 'month' };
      if (ref === undefined) return { unresolved: NO_PUBLICATION };
      const r = fromDays(ref);
      if (n.yearOffset !== undefined) return { value: `${p4(r.y + n.yearOffset)}-${p2(n.m)}`, precision: 'month' };
      const pubMonth = r.y * 12 + r.m - 1;
      let y = r.y;
      if (n.rel === -1) y = n.m - 1 < r.m - 1 ? r.y : r.y - 1;
      else if (n.rel === 1) y = n.m - 1 > r.m - 1 ? r.y : r.y + 1;
      else if (n.rel === undefined) {
        const at = (yy: number): number => yy * 12 + n.m - 1;
        if (tense === 'future') y = at(r.y) >= pubMonth ? r.y : r.y + 1;
        else if (tense === 'past') y = at(r.y) <= pubMonth ? r.y : r.y - 1;
        else y = Math.abs(at(r.y) - pubMonth) <= 6 ? r.y : at(r.y) > pubMonth ? r.y - 1 : r.y + 1;
      }
      return { value: `${p4(y)}-${p2(n.m)}`, precision: 'month' };
    }
    case 'year': return { value: p4(n.y), precision: 'year' };
    case 'weekday': {
      if (ref === undefined) return { unresolved: NO_PUBLICATION };
      const wdRef = weekdayOf(ref);
      const monday = ref - wdRef + 1;
      if (n.weekOffset !== undefined) return day(monday + 7 * n.weekOffset + n.wd - 1);
      const onOrBefore = ref - ((wdRef - n.wd + 7) % 7);
      const onOrAfter = ref + ((n.wd - wdRef + 7) % 7);
      if (n.rel === 1) return day(onOrAfter === ref ? ref + 7 : onOrAfter);
      if (n.rel === -1) return day(onOrBefore === ref ? ref - 7 : onOrBefore);
      if (n.rel === 0) {
        const inWeek = monday + n.wd - 1;
        if (tense === 'future' && inWeek < ref) return day(inWeek + 7);
        return day(inWeek);
      }
      return day(tense === 'future' ? onOrAfter : onOrBefore);
    }
    case 'offset': {
      if (ref === undefined) return { unresolved: NO_PUBLICATION };
      if (n.unit === 'D') return day(ref + n.n);
      if (n.unit === 'W') return { value: isoWeek(ref + 7 * n.n), precision: 'week' };
      const r = fromDays(ref);
      if (n.unit === 'M') {
        const months = r.y * 12 + r.m - 1 + n.n;
        return { value: `${p4(Math.floor(months / 12))}-${p2((months % 12) + 1)}`, precision: 'month' };
      }
      return { value: p4(r.y + n.n), precision: 'year' };
    }
    case 'anchor':
      return anchor === undefined ? { unresolved: 'no earlier date to count from' } : day(anchor + n.n);
    case 'time':
      return ref === undefined ? { unresolved: NO_PUBLICATION } : { unresolved: 'time of day without a date' };
    case 'timex': case 'period': return undefined;
  }
}

const clockText = (t: Clock): string => `${p2(t.h)}:${p2(t.min)}${t.zone ?? ''}`;

function timexValue(c: Candidate, ref: number | undefined, r: Resolved | undefined): { type: TimexType; value?: string } {
  const n = c.node;
  if (n.k === 'timex') {
    return { type: n.type, value: n.value };
  }
  if (n.k === 'period') {
    if (n.y !== undefined) return { type: 'DATE', value: `${p4(n.y)}-${n.code}` };
    if (ref === undefined) return { type: 'DATE', value: `XXXX-${n.code}` };
    const r = fromDays(ref);
    // The most recent such period that has started; "next" the one after it, "last" the one before a current one.
    let y = n.startMonth <= r.m ? r.y : r.y - 1;
    if (n.rel === 1) y += 1;
    if (n.rel === 0) y = n.code === 'WI' && r.m < 3 ? r.y - 1 : r.y; // "this summer": this year's
    return { type: 'DATE', value: `${p4(y)}-${n.code}` };
  }
  const time = c.time === undefined ? undefined : `${p2(c.time.h)}:${p2(c.time.min)}`;
  if (n.k === 'time') return ref === undefined || time === undefined ? { type: 'TIME' } : { type: 'TIME', value: `${dayString(ref)}T${time}` };
  if (r === undefined || 'unresolved' in r) return { type: 'DATE' };
  if (r.precision === 'day' && (time !== undefined || c.part !== undefined)) return { type: 'TIME', value: `${r.value}T${time ?? c.part ?? ''}` };
  return { type: 'DATE', value: r.value };
}

const RELATIVE_KINDS = new Set(['weekday', 'offset', 'anchor', 'time']);

/** Resolves candidates in text order against `ref` (epoch day of publication, or undefined). */
export function resolveAll(text: string, cands: readonly Candidate[], ref: number | undefined, l: Lang): Timex[] {
  const out: Timex[] = [];
  let anchor: number | undefined;
  for (const c of cands) {
    const n = c.node;
    const relative = RELATIVE_KINDS.has(n.k) || (n.k === 'date' && n.y === undefined) || (n.k === 'month' && n.y === undefined);
    const needsTense = n.k === 'weekday' || (n.k === 'date' && n.y === undefined) || (n.k === 'month' && n.y === undefined);
    const tense = needsTense ? tenseAt(text, c.start, c.end, l) : undefined;
    const r = resolveDate(c, ref, tense, anchor);
    const tv = timexValue(c, ref, r);
    const t: Timex = { ...c, text: text.slice(c.start, c.end), type: tv.type, relative };
    if (tv.value !== undefined) t.value = tv.value;
    if (c.time !== undefined) t.timeText = clockText(c.time);
    if (r !== undefined && 'unresolved' in r) t.unresolved = r.unresolved;
    else if (r !== undefined) {
      t.date = { value: r.value, precision: r.precision };
      if (r.precision === 'day') anchor = startDay(r.value);
    }
    out.push(t);
  }
  return out;
}
