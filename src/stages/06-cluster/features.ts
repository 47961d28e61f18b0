// Per-article features for grouping, as pure functions of the text: names, terms, numbers and the
// day the reported event happened. Batch statistics (document frequencies) are applied later.
import {
  FEATURE_LANGUAGES, GERMAN_NOUN_MARKERS, MIN_NUMBER, NAME_SPELLING_RULES, NUMBER_MULTIPLIERS, MIN_TERM_LENGTH, MONTH_WORDS, NAME_STOPLIST, NUMBER_PATTERN, RELATIVE_DATE_LEAD_CHARS,
  RELATIVE_DAYS, SENTENCE_START_BEFORE, STOPWORDS, WEEKDAY_PREFIX, WEEKDAYS, WORD_PATTERN, YEAR_RANGE, type FeatureLanguage,
} from './rules.js';
import { fold } from '../../text/fold.js';

export { fold };

/**
 * The comparison key of a name token: folded, then NAME_SPELLING_RULES, so "Sergey"/"Sergei",
 * "Anthony"/"Antony", "Welikow"/"Velikov", "Kestrie"/"Kestrien"/"Kestria" meet.
 */
export function nameKey(token: string): string {
  let key = fold(token);
  for (const [pattern, replacement] of NAME_SPELLING_RULES) key = key.replace(pattern, replacement);
  return key;
}

const ALL_STOPWORDS: ReadonlySet<string> = new Set(FEATURE_LANGUAGES.flatMap((l) => STOPWORDS[l]));
const ALL_WEEKDAYS: ReadonlySet<string> = new Set(FEATURE_LANGUAGES.flatMap((l) => WEEKDAYS[l]));
const NOT_NAMES: ReadonlySet<string> = new Set([...ALL_STOPWORDS, ...ALL_WEEKDAYS, ...MONTH_WORDS, ...NAME_STOPLIST]);

const STOPWORDS_BY_LANGUAGE = new Map<FeatureLanguage, ReadonlySet<string>>(FEATURE_LANGUAGES.map((l) => [l, new Set(STOPWORDS[l])]));

const isFeatureLanguage = (l: string): l is FeatureLanguage => (FEATURE_LANGUAGES as readonly string[]).includes(l);

/** The article's language when it is one with word lists, else a guess from function-word counts. */
export function featureLanguage(declared: string, text: string): FeatureLanguage | undefined {
  if (isFeatureLanguage(declared)) return declared;
  const counts = new Map<FeatureLanguage, number>();
  const sample = fold(text.slice(0, 3000));
  for (const m of sample.matchAll(WORD_PATTERN)) {
    for (const l of FEATURE_LANGUAGES) if (STOPWORDS_BY_LANGUAGE.get(l)?.has(m[0]) === true) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  if (best === undefined || best[1] < 5 || (second !== undefined && best[1] < second[1] * 1.5)) return undefined;
  return best[0];
}

// ---------------------------------------------------------------------------------------------
// Names.

/** One capitalised sequence as written ("Sergei Lavrov") and the keys of its tokens. */
export type NamePhrase = { surface: string; keys: string[] };

type Word = { text: string; start: number; end: number; capitalised: boolean; initial: boolean; key: string; folded: string };

/** Capitalised words with their keys; lowercase words are returned without (never names). */
function words(text: string): Word[] {
  const out: Word[] = [];
  const keys = new Map<string, string>();
  for (const m of text.matchAll(WORD_PATTERN)) {
    const start = m.index;
    let i = start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
    const before = i < 0 ? '\n' : (text[i] ?? '\n');
    const first = m[0].charAt(0);
    const capitalised = first !== first.toLowerCase();
    let key = '';
    if (capitalised) {
      key = keys.get(m[0]) ?? nameKey(m[0]);
      keys.set(m[0], key);
    }
    out.push({
      text: m[0], start, end: start + m[0].length, capitalised, key, folded: capitalised ? fold(m[0]) : '',
      initial: SENTENCE_START_BEFORE.test(before),
    });
  }
  return out;
}

/**
 * Capitalised token sequences that are not function words, weekdays, months or stop-listed
 * words. A sentence-initial word counts only when it is written capitalised mid-sentence
 * somewhere else in the text ("Unacceptable, say …" is not a name). In German, nouns after an
 * article (GERMAN_NOUN_MARKERS) are not names either.
 */
export function extractNames(text: string, language?: FeatureLanguage): NamePhrase[] {
  const ws = words(text);
  const germanNoun = (i: number): boolean => {
    if (language !== 'de') return false;
    const p1 = ws[i - 1];
    const p2 = ws[i - 2];
    if (p1 === undefined) return false;
    if (GERMAN_NOUN_MARKERS.has(p1.text.toLowerCase())) return true;
    return !p1.capitalised && p2 !== undefined && GERMAN_NOUN_MARKERS.has(p2.text.toLowerCase());
  };
  const midSentence = new Set<string>();
  for (const w of ws) if (w.capitalised && !w.initial) midSentence.add(w.key);
  const phrases: NamePhrase[] = [];
  let run: Word[] = [];
  const flush = (): void => {
    // A sentence-initial first word stays only if it is written capitalised mid-sentence elsewhere
    // ("Diplomats Sergei Lavrov" → "Sergei Lavrov"; "Unacceptable, …" → nothing).
    const head = run[0];
    if (head !== undefined && head.initial && !midSentence.has(head.key)) run.shift();
    const first = run[0];
    if (first !== undefined) {
      phrases.push({ surface: text.slice(first.start, run[run.length - 1]?.end ?? first.end), keys: run.map((w) => w.key) });
    }
    run = [];
  };
  for (const [i, w] of ws.entries()) {
    const nameLike = w.capitalised && w.text.length > 1 && !NOT_NAMES.has(w.folded) && !germanNoun(i);
    const prev = run[run.length - 1];
    const adjacent = prev !== undefined && /^[ \u00a0]$/.test(text.slice(prev.end, w.start)) && !w.initial;
    if (!nameLike) { flush(); continue; }
    if (!adjacent) flush();
    run.push(w);
  }
  flush();
  return phrases;
}

/** Name-token counts and, per key, the phrase it is most often written in (for explanations). */
export function nameCounts(phrases: readonly NamePhrase[]): { counts: Map<string, number>; surfaces: Map<string, string> } {
  const counts = new Map<string, number>();
  const written = new Map<string, Map<string, number>>();
  for (const p of phrases) {
    for (const k of p.keys) {
      counts.set(k, (counts.get(k) ?? 0) + 1);
      const forms = written.get(k) ?? new Map<string, number>();
      forms.set(p.surface, (forms.get(p.surface) ?? 0) + 1);
      written.set(k, forms);
    }
  }
  const surfaces = new Map<string, string>();
  for (const [k, forms] of written) {
    const [best] = [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    if (best !== undefined) surfaces.set(k, best[0]);
  }
  return { counts, surfaces };
}

// ---------------------------------------------------------------------------------------------
// Terms and numbers.

/** Content-word counts: folded words of MIN_TERM_LENGTH+ letters, minus function words and weekdays. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of fold(text).matchAll(WORD_PATTERN)) {
    const w = m[0];
    if (w.length < MIN_TERM_LENGTH || ALL_STOPWORDS.has(w) || ALL_WEEKDAYS.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * Figures in the text, normalised ("100,000" / "100 000" / "100.000" → "100000", "3,5" → "3.5",
 * "1.2 million" / "1,2 Millionen" → "1200000").
 * Years, whole numbers below MIN_NUMBER (decimals like 4.25 are specific enough to keep), clock times and days of the month next to a month name are skipped.
 * Returns normalised value → the first surface form.
 */
export function extractNumbers(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(NUMBER_PATTERN)) {
    const raw = m[0];
    const grouped = /^\d{1,3}(?:[,. \u00a0\u202f]\d{3})+$/u.test(raw);
    const normalised = grouped ? raw.replace(/[^\d]/g, '') : raw.replace(',', '.');
    const unit = /^\s+(\p{L}+)/u.exec(text.slice(m.index + raw.length, m.index + raw.length + 16))?.[1];
    const value = Number(normalised) * (unit === undefined ? 1 : (NUMBER_MULTIPLIERS[fold(unit)] ?? 1));
    if (!Number.isFinite(value) || (Number.isInteger(value) && value < MIN_NUMBER)) continue;
    if (!grouped && /^\d{4}$/.test(raw) && value >= YEAR_RANGE.min && value <= YEAR_RANGE.max) continue;
    if (value <= 31 && nextToMonth(text, m.index, m.index + raw.length)) continue;
    const key = String(Math.round(value * 100) / 100);
    if (!out.has(key)) out.set(key, raw);
  }
  return out;
}

function nextToMonth(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  const after = /^\s+(?:de\s+)?(\p{L}+)/u.exec(text.slice(end, end + 16))?.[1];
  return (before !== undefined && MONTH_WORDS.has(fold(before))) || (after !== undefined && MONTH_WORDS.has(fold(after)));
}

// ---------------------------------------------------------------------------------------------
// Event day.

export type EventDay = {
  /** Day number (days since 1970-01-01, UTC) when a publication date is known. */
  day?: number;
  /** 0 = Sunday … 6 = Saturday: from `day`, or from a weekday named in an undated lead. */
  weekday?: number;
  /** Where the day came from, for explanations: "published 2022-01-10, \"on monday\" → 2022-01-10". */
  source: string;
};

/** Day number of an ISO date or date-time ("2022-01-21", "2022-01-21T10:00:00Z"), if it is one. */
export function parseDay(iso: string | undefined): number | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? undefined : Math.round(t / 86_400_000);
}

export const formatDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

type RelativeExpression = { text: string; weekday?: number; offset?: number };

const RELATIVE_PATTERNS: Record<FeatureLanguage, RegExp> = Object.fromEntries(
  FEATURE_LANGUAGES.map((l) => {
    const prefix = WEEKDAY_PREFIX[l];
    const days = WEEKDAYS[l].join('|');
    const weekday = prefix === undefined ? `\\b(${days})\\b` : `\\b(?:${prefix})\\s+(${days})\\b`;
    const relative = RELATIVE_DAYS[l].map((r) => r.word).join('|');
    return [l, new RegExp(`${weekday}|\\b(${relative})\\b`, 'u')];
  }),
) as Record<FeatureLanguage, RegExp>;

/** The first relative day expression in the lead of a text, in its language (English if unknown). */
export function findRelativeDay(text: string, language: FeatureLanguage | undefined): RelativeExpression | undefined {
  const l = language ?? 'en';
  const m = RELATIVE_PATTERNS[l].exec(fold(text.slice(0, RELATIVE_DATE_LEAD_CHARS)));
  if (m === null) return undefined;
  if (m[1] !== undefined) return { text: m[0], weekday: WEEKDAYS[l].indexOf(m[1]) };
  const offset = RELATIVE_DAYS[l].find((r) => r.word === m[2])?.offset ?? 0;
  return { text: m[0], offset };
}

/**
 * The day the event happened: the publication date, moved back to the weekday or "yesterday" the
 * lead names (the most recent such day on or before publication). Without a publication date
 * only the weekday is known, and only when the lead names one.
 */
export function eventDay(text: string, published: string | undefined, language: FeatureLanguage | undefined): EventDay {
  const pub = parseDay(published);
  const rel = findRelativeDay(text, language);
  if (pub === undefined) {
    if (rel?.weekday === undefined) return { source: 'no publication date' };
    return { weekday: rel.weekday, source: `no publication date, "${rel.text}"` };
  }
  let day = pub;
  if (rel?.weekday !== undefined) day = pub - ((weekdayOf(pub) - rel.weekday + 7) % 7);
  else if (rel?.offset !== undefined) day = pub + rel.offset;
  const source = rel === undefined ? `published ${formatDay(pub)}` : `published ${formatDay(pub)}, "${rel.text}" → ${formatDay(day)}`;
  return { day, weekday: weekdayOf(day), source };
}
