// Finds date/time expressions in a text: every pattern of the language (rules.ts) runs over the
// sentences that pass the cheap prefilter; overlapping matches keep the longest; a time next to a
// date joins it ("Friday at 10:00 GMT"). Output: candidates with what they mean, not yet resolved.
import type { Span } from '../../../model/article.js';
import {
  ANCHOR_DAYS, DAY_PARTS, RELATIVE_DAY_PARTS, LAST_WORDS, LANGS, MONTHS, NEXT_WORDS, NUMBER_WORDS, RELATIVE_DAYS, RELATIVE_PERIODS, THIS_WORDS, UNIT_WORDS,
  WEEKDAYS, ZONES, COUNT_NOUNS, type Lang, type Unit,
} from './lexicon.js';
import {
  COMMON_PATTERNS, DATE_WORD_PREFILTER, PATTERNS, REFS, ROUGH_NO_BREAK_BEFORE, SETS, TIME_JOIN, TIME_JOIN_GAP, YEAR_MAX, YEAR_MIN, type Pattern, type PatternKind,
} from './rules.js';

export type Clock = { h: number; min: number; zone?: string };
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Node =
  | { k: 'date'; y?: number; m: number; d: number; wd?: number }
  | { k: 'month'; y?: number; m: number; rel?: number; yearOffset?: number }
  /** Quarter (Q1–Q4) or season (SP, SU, FA, WI) of a year; `startMonth` orders it against publication. */
  | { k: 'period'; code: string; startMonth: number; y?: number; rel?: number }
  | { k: 'year'; y: number }
  | { k: 'weekday'; wd: number; rel?: number; weekOffset?: number }
  | { k: 'offset'; unit: Unit; n: number }
  | { k: 'anchor'; n: number }
  | { k: 'time' }
  | { k: 'timex'; type: TimexType; value: string };

export type Candidate = Span & { kind: PatternKind; node: Node; part?: string; time?: Clock };

const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/gu, ' ');
const look = <T>(table: Record<string, T>, key: string | undefined): T | undefined => table[lower(key)];
const isUpper = (s: string): boolean => s !== '' && s[0] !== s[0]?.toLowerCase();

function relOf(l: Lang, word: string | undefined): number | undefined {
  const w = lower(word);
  if (w === '') return undefined;
  if (NEXT_WORDS[l].includes(w)) return 1;
  if (LAST_WORDS[l].includes(w)) return -1;
  if (THIS_WORDS[l].includes(w)) return 0;
  return undefined;
}

function numberOf(l: Lang, s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return /^\d+$/u.test(s) ? Number(s) : look(NUMBER_WORDS[l], s);
}

function clock(h: string | undefined, min: string | undefined, ampm?: string, zone?: string): Clock | undefined {
  let hour = Number(h);
  const minute = min === undefined ? 0 : Number(min);
  if (ampm !== undefined) {
    if (hour > 12 || hour === 0) return undefined;
    if (ampm.toLowerCase() === 'p' && hour < 12) hour += 12;
    if (ampm.toLowerCase() === 'a' && hour === 12) hour = 0;
  }
  if (!Number.isInteger(hour) || hour > 24 || minute > 59) return undefined;
  const z = zone === undefined || !isUpper(zone) ? undefined : ZONES[zone.toLowerCase()];
  return z === undefined ? { h: hour, min: minute } : { h: hour, min: minute, zone: z };
}

const validDay = (m: number | undefined, d: number): boolean => m !== undefined && d >= 1 && d <= 31;

/** English and German write months and weekdays capitalised; a lower-case "may" or "march" is a verb. */
function capitalised(l: Lang, word: string | undefined): boolean {
  return (l !== 'en' && l !== 'de') || word === undefined || isUpper(word);
}

/** A day of a month, with its year when written and its weekday when named ("Tuesday, Jan. 25" picks the year where it is a Tuesday). */
function dateNode(l: Lang, weekday: string | undefined, year: string | undefined, m: number, d: number): Node {
  const node: Node = year === undefined ? { k: 'date', m, d } : { k: 'date', y: Number(year), m, d };
  const wd = look(WEEKDAYS[l], weekday);
  return wd === undefined ? node : { ...node, wd };
}

type Built = { node: Node; part?: string; time?: Clock } | undefined;

function build(l: Lang, kind: PatternKind, g: (string | undefined)[], text: string, end: number): Built {
  switch (kind) {
    case 'dayMonthYear': {
      const m = look(MONTHS[l], g[3]);
      const d = Number(g[2]);
      if (!validDay(m, d) || m === undefined || !capitalised(l, g[3])) return undefined;
      return { node: dateNode(l, g[1], g[4], m, d) };
    }
    case 'monthDayYear': {
      const m = look(MONTHS[l], g[2]);
      const d = Number(g[3]);
      if (!validDay(m, d) || m === undefined || !capitalised(l, g[2])) return undefined;
      return { node: dateNode(l, g[1], g[4], m, d) };
    }
    case 'monthYear': {
      const m = look(MONTHS[l], g[2]);
      if (m === undefined || !capitalised(l, g[2])) return undefined;
      return { node: { k: 'month', y: Number(g[3]), m } };
    }
    case 'monthAlone': {
      const m = look(MONTHS[l], g[2]);
      if (m === undefined || !capitalised(l, g[2])) return undefined;
      if (l === 'en' && lower(g[2]) === 'may' && g[1] === undefined) return undefined;
      const rel = relOf(l, g[3]) ?? relOf(l, g[1]);
      return { node: rel === undefined ? { k: 'month', m } : { k: 'month', m, rel } };
    }
    case 'weekdayNextWeek': {
      const wd = look(WEEKDAYS[l], g[1]);
      return wd === undefined || !capitalised(l, g[1]) ? undefined : { node: { k: 'weekday', wd, weekOffset: 1 } };
    }
    case 'nightOf': {
      const wd = look(WEEKDAYS[l], g[2]);
      return wd === undefined ? undefined : { node: { k: 'weekday', wd }, part: 'NI' };
    }
    case 'weekday': {
      const wd = look(WEEKDAYS[l], g[2]);
      if (wd === undefined || !capitalised(l, g[2])) return undefined;
      const rel = relOf(l, g[1]) ?? relOf(l, g[4]);
      const part = look(DAY_PARTS[l], g[3]) ?? look(DAY_PARTS[l], g[4]);
      const node: Node = rel === undefined ? { k: 'weekday', wd } : { k: 'weekday', wd, rel };
      return part === undefined ? { node } : { node, part };
    }
    case 'relDay': {
      const n = look(RELATIVE_DAYS[l], g[1]);
      if (n === undefined) return undefined;
      const word = lower(g[1]);
      const before = text.slice(Math.max(0, end - 40), end - (g[0]?.length ?? 0));
      if (l === 'es' && word === 'mañana' && /(?:la|de|por)\s+$/iu.test(before)) return undefined; // "por la mañana" = in the morning
      if (l === 'de' && word === 'morgen' && (g[1]?.startsWith('M') ?? false) && !/(?:^|[.!?:]\s*|\n)$/u.test(before)) return undefined; // "am Morgen"
      const part = look(DAY_PARTS[l], g[2]) ?? look(RELATIVE_DAY_PARTS[l], g[1]);
      return part === undefined ? { node: { k: 'offset', unit: 'D', n } } : { node: { k: 'offset', unit: 'D', n }, part };
    }
    case 'relPeriod': {
      const p = look(RELATIVE_PERIODS[l], g[1]);
      return p === undefined ? undefined : { node: { k: 'offset', unit: p[0], n: p[1] } };
    }
    case 'anchor': {
      const n = look(ANCHOR_DAYS[l], g[1]);
      return n === undefined ? undefined : { node: { k: 'anchor', n } };
    }
    case 'ago': {
      const n = numberOf(l, g[1]);
      const unit = look(UNIT_WORDS[l], g[2]);
      return n === undefined || unit === undefined ? undefined : { node: { k: 'offset', unit, n: -n } };
    }
    case 'iso': {
      const m = Number(g[2]);
      const d = Number(g[3]);
      return m >= 1 && m <= 12 && validDay(m, d) ? { node: { k: 'date', y: Number(g[1]), m, d } } : undefined;
    }
    case 'numeric': {
      let d = Number(g[1]);
      let m = Number(g[3]);
      if (m > 12 && d <= 12) [d, m] = [m, d]; // month/day order (US)
      return m >= 1 && m <= 12 && validDay(m, d) ? { node: { k: 'date', y: Number(g[4]), m, d } } : undefined;
    }
    case 'year': {
      const y = Number(g[1]);
      if (y < YEAR_MIN || y > YEAR_MAX) return undefined;
      const next = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
      if (next !== undefined && COUNT_NOUNS.includes(next)) return undefined;
      return { node: { k: 'year', y } };
    }
    case 'decade': return { node: { k: 'timex', type: 'DATE', value: g[1] ?? '' } };
    case 'century': return { node: { k: 'timex', type: 'DATE', value: String(Number(g[1]) - 1).padStart(2, '0') } };
    case 'time': case 'timeFr': case 'timeDe': case 'timeEs': {
      const c = clock(g[1], g[2], undefined, g[3]);
      return c === undefined ? undefined : { node: { k: 'time' }, time: c };
    }
    case 'timeAmPm': {
      const c = clock(g[1], g[2], g[3], g[4]);
      return c === undefined ? undefined : { node: { k: 'time' }, time: c };
    }
    case 'duration': return duration(l, g);
    case 'ref': {
      const v = look(REFS, g[1]);
      return v === undefined ? undefined : { node: { k: 'timex', type: 'DATE', value: v } };
    }
    case 'set': {
      const v = look(SETS, g[1]);
      return v === undefined ? undefined : { node: { k: 'timex', type: 'SET', value: v } };
    }
    case 'quarter': {
      const q = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 }[lower(g[1])] ?? 1;
      const node: Node = { k: 'period', code: `Q${String(q)}`, startMonth: q * 3 - 2 };
      return { node: g[2] === undefined ? node : { ...node, y: Number(g[2]) } };
    }
    case 'season': {
      const [code, startMonth] = ({ spring: ['SP', 3], summer: ['SU', 6], fall: ['FA', 9], autumn: ['FA', 9], winter: ['WI', 12] } as const)[lower(g[2]) as 'spring'];
      const rel = relOf(l, g[1]);
      const node: Node = rel === undefined ? { k: 'period', code, startMonth } : { k: 'period', code, startMonth, rel };
      return { node: g[3] === undefined ? node : { ...node, y: Number(g[3]) } };
    }
    case 'monthRelYear': {
      const m = look(MONTHS[l], g[1]);
      const w = lower(g[2]);
      const yearOffset = NEXT_WORDS[l].includes(w) || /^(?:next|nächsten|kommenden|prochaine?|próximo|que viene)$/u.test(w) ? 1
        : /^(?:this|dieses)$/u.test(w) ? 0 : -1;
      return m === undefined || !capitalised(l, g[1]) ? undefined : { node: { k: 'month', m, yearOffset } };
    }
    case 'vagueAgo': return { node: { k: 'timex', type: 'DATE', value: 'PAST_REF' } };
    case 'timeWord': return { node: { k: 'time' }, time: { h: 12, min: 0 } };
  }
}

const DURATION_UNITS: Record<string, [string, number]> = {
  year: ['Y', 1], month: ['M', 1], week: ['W', 1], day: ['D', 1], hour: ['TH', 1], minute: ['TM', 1], second: ['TS', 1], decade: ['Y', 10], centur: ['Y', 100],
};

function duration(l: Lang, g: (string | undefined)[]): Built {
  const u = DURATION_UNITS[lower(g[2])];
  if (u === undefined) return undefined;
  const n = numberOf(l, g[1]) ?? (/^\d+(?:\.\d+)?$/u.test(g[1] ?? '') ? Number(g[1]) : undefined);
  const amount = n === undefined ? 'X' : String(n * u[1]);
  const value = u[0].startsWith('T') ? `PT${amount}${u[0].slice(1)}` : `P${amount}${u[0]}`;
  return { node: { k: 'timex', type: 'DURATION', value } };
}

function matchAll(p: Pattern, l: Lang, text: string, out: Candidate[]): void {
  for (const m of text.matchAll(p.re)) {
    if (m[0] === '') continue;
    const start = m.index;
    const end = start + m[0].length;
    const built = build(l, p.kind, [...m], text, end);
    if (built !== undefined) out.push({ start, end, kind: p.kind, ...built });
  }
}

/** Keeps the longest of overlapping candidates (linear sweep over start-sorted candidates). */
function longestNonOverlapping(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of cands) {
    const last = kept[kept.length - 1];
    if (last === undefined || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}

/** A time right before or after a date joins it. */
function joinTimes(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    const gap = prev === undefined ? '' : text.slice(prev.end, c.start);
    if (prev !== undefined && c.start - prev.end <= TIME_JOIN_GAP && TIME_JOIN.test(gap)) {
      const dated = (x: Candidate): boolean => x.node.k === 'date' || x.node.k === 'weekday' || (x.node.k === 'offset' && x.node.unit === 'D');
      if (prev.node.k === 'time' && prev.time !== undefined && dated(c) && c.time === undefined) {
        out[out.length - 1] = { ...c, start: prev.start, time: prev.time };
        continue;
      }
      if (c.node.k === 'time' && c.time !== undefined && dated(prev) && prev.time === undefined) {
        out[out.length - 1] = { ...prev, end: c.end, time: c.time };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * Date/time candidates of `text` in `language` (all four languages when it is not one of them), in
 * text order. Each pattern runs once over the text (measured faster than per sentence: most
 * sentences hold a digit or a date word); matches that cross a sentence boundary are dropped.
 */
export function scan(text: string, language: string, sentences: readonly Span[]): Candidate[] {
  const langs: readonly Lang[] = (LANGS as readonly string[]).includes(language) ? [language as Lang] : LANGS;
  const cands: Candidate[] = [];
  if (!DATE_WORD_PREFILTER.test(text)) return cands;
  for (const p of COMMON_PATTERNS) matchAll(p, langs[0] ?? 'en', text, cands);
  for (const l of langs) for (const p of PATTERNS[l]) matchAll(p, l, text, cands);
  return joinTimes(text, longestNonOverlapping(withinSentences(cands, sentences)));
}

/** Drops candidates that run over a sentence end (two-pointer walk over start-sorted lists). */
function withinSentences(cands: Candidate[], sentences: readonly Span[]): Candidate[] {
  if (sentences.length === 0) return cands;
  cands.sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  let i = 0;
  for (const c of cands) {
    while (i < sentences.length - 1 && (sentences[i]?.end ?? 0) <= c.start) i++;
    const s = sentences[i];
    if (s === undefined || c.end <= s.end || c.start < s.start) out.push(c);
  }
  return out;
}

/** Sentence ends for texts that come without sentence spans (evaluation data); see ROUGH_NO_BREAK_BEFORE. */
const SENTENCE_END = new RegExp(`(?<!${ROUGH_NO_BREAK_BEFORE})[.!?]["'”’»)]*\\s+(?![a-z0-9])|\\n+`, 'giu');

export function roughSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
