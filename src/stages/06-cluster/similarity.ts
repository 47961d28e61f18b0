// Article profiles (weighted feature vectors over the batch) and the similarity score between an
// article and an event or another article: a weighted sum of name, term and number overlap with
// a date factor. Every part is returned so explanations show what the score was made of.
import type { Article } from '../../model/article.js';
import type { ArticleId } from '../../model/ids.js';
import { eventDay, extractNames, extractNumbers, featureLanguage, nameCounts, termCounts, type EventDay } from './features.js';
import {
  DATE_PENALTY_PER_DAY, MAX_TERMS_PER_ARTICLE, STATS_KEEP_MIN_SHARE, STATS_SWEEP_DOCUMENTS, SHORT_TEXT_MAX_TERMS, W_NAMES, W_NUMBERS, W_TERMS, WEEKDAY_MISMATCH_PENALTY, type FeatureLanguage,
} from './rules.js';
import { weighVector, type SparseVector } from './vectors.js';

/** Everything the grouper knows about one article. */
export type Profile = {
  id: ArticleId;
  /** Position in the input (for mapping back), not used for ordering. */
  index: number;
  language: FeatureLanguage | undefined;
  names: SparseVector;
  /** The names also written in articles of another language: what a cross-lingual pair can share. */
  crossNames: SparseVector;
  terms: SparseVector;
  numbers: SparseVector;
  /** Name key → phrase as written; number key → figure as written. */
  nameSurfaces: ReadonlyMap<string, string>;
  numberSurfaces: ReadonlyMap<string, string>;
  when: EventDay;
  /**
   * A headline-length text without names (SHORT_TEXT_MAX_TERMS): scored on terms alone against
   * SHORT_TEXT_THRESHOLD, since names, numbers and dates that carry full articles are absent.
   */
  shortText: boolean;
};

type RawFeatures = {
  language: FeatureLanguage | undefined;
  names: ReturnType<typeof nameCounts>;
  terms: Map<string, number>;
  numbers: Map<string, string>;
  when: EventDay;
};

function rawFeatures(a: Article): RawFeatures {
  const language = featureLanguage(a.language, a.text);
  const text = a.title !== undefined && !a.text.startsWith(a.title) ? `${a.title}\n\n${a.text}` : a.text;
  return {
    language,
    names: nameCounts(extractNames(text, language)),
    terms: termCounts(text),
    numbers: extractNumbers(text),
    when: eventDay(a.text, a.published, language),
  };
}

/**
 * Merges a name key ending in "s" into the same key without it when the names seen so far have
 * both (possessive and German genitive: "Lumora's", "Teslands" → "lumora", "tesland").
 */
function mergeGenitives(all: readonly RawFeatures[], vocabulary: ReadonlySet<string>): void {
  for (const r of all) {
    for (const [k, n] of [...r.names.counts]) {
      const base = k.slice(0, -1);
      if (!k.endsWith('s') || base.length < 3 || !vocabulary.has(base)) continue;
      r.names.counts.delete(k);
      r.names.counts.set(base, (r.names.counts.get(base) ?? 0) + n);
      const surface = r.names.surfaces.get(k);
      if (!r.names.surfaces.has(base) && surface !== undefined) r.names.surfaces.set(base, surface);
    }
  }
}

/**
 * Corpus statistics that follow the stream: document count, document frequencies of names,
 * terms and numbers, the name vocabulary (for genitives) and the languages each name was written
 * in. Bounded: every STATS_SWEEP_DOCUMENTS documents, keys not seen since the previous sweep and
 * rarer than STATS_KEEP_MIN_SHARE of all documents are forgotten (`recent` holds the keys seen
 * since the last sweep).
 */
export type ProfileStats = {
  documents: number;
  nameDf: Map<string, number>;
  termDf: Map<string, number>;
  numberDf: Map<string, number>;
  nameLanguages: Map<string, Set<FeatureLanguage>>;
  recent: { names: Set<string>; terms: Set<string>; numbers: Set<string> };
  /** Documents counted since the last sweep. */
  sinceSweep: number;
};

export const emptyStats = (): ProfileStats => ({
  documents: 0, nameDf: new Map(), termDf: new Map(), numberDf: new Map(), nameLanguages: new Map(),
  recent: { names: new Set(), terms: new Set(), numbers: new Set() }, sinceSweep: 0,
});

const countKeys = (df: Map<string, number>, recent: Set<string>, keys: Iterable<string>): void => {
  for (const k of keys) {
    df.set(k, (df.get(k) ?? 0) + 1);
    recent.add(k);
  }
};

/** Forgets the rare keys not seen since the previous sweep; returns how many went. */
export function sweepStats(stats: ProfileStats): number {
  const keep = STATS_KEEP_MIN_SHARE * stats.documents;
  let dropped = 0;
  const sweep = (df: Map<string, number>, recent: Set<string>, also?: Map<string, unknown>): void => {
    for (const [k, n] of df) {
      if (n >= keep || recent.has(k)) continue;
      df.delete(k);
      also?.delete(k);
      dropped++;
    }
    recent.clear();
  };
  sweep(stats.nameDf, stats.recent.names, stats.nameLanguages);
  sweep(stats.termDf, stats.recent.terms);
  sweep(stats.numberDf, stats.recent.numbers);
  stats.sinceSweep = 0;
  return dropped;
}

/**
 * Profiles for a batch of new articles. The statistics are first updated with the whole batch
 * (so a batch sees its own document frequencies, as a one-shot grouping of it would), then each
 * article is weighed against them. Earlier profiles keep the weights they were given.
 */
export function profileBatch(articles: readonly Article[], stats: ProfileStats, firstIndex = 0): Profile[] {
  const raw = articles.map(rawFeatures);
  const seen = raw.flatMap((r) => [...r.names.counts.keys()]);
  for (const k of seen) if (!stats.nameDf.has(k)) stats.nameDf.set(k, 0);
  mergeGenitives(raw, new Set(stats.nameDf.keys()));
  for (const r of raw) {
    stats.documents++;
    stats.sinceSweep++;
    countKeys(stats.nameDf, stats.recent.names, r.names.counts.keys());
    countKeys(stats.termDf, stats.recent.terms, r.terms.keys());
    countKeys(stats.numberDf, stats.recent.numbers, r.numbers.keys());
    if (r.language === undefined) continue;
    // Languages each name is written in: names seen in one language only cannot match across languages.
    for (const k of r.names.counts.keys()) {
      const set = stats.nameLanguages.get(k) ?? new Set<FeatureLanguage>();
      set.add(r.language);
      stats.nameLanguages.set(k, set);
    }
  }
  // Keys of names only seen with an "s" (merged away above) keep a zero count; drop them.
  for (const k of seen) if (stats.nameDf.get(k) === 0) stats.nameDf.delete(k);
  // After counting: the batch's own keys are recent and survive the sweep.
  if (stats.sinceSweep >= STATS_SWEEP_DOCUMENTS) sweepStats(stats);
  const n = stats.documents;
  const crossLingual = (k: string): boolean => (stats.nameLanguages.get(k)?.size ?? 0) > 1;
  return raw.map((r, i) => {
    let tokens = 0;
    for (const c of r.terms.values()) tokens += c;
    return {
      id: (articles[i] as Article).id,
      index: firstIndex + i,
      language: r.language,
      names: weighVector(r.names.counts, stats.nameDf, n),
      crossNames: weighVector(new Map([...r.names.counts].filter(([k]) => crossLingual(k))), stats.nameDf, n),
      terms: weighVector(r.terms, stats.termDf, n, MAX_TERMS_PER_ARTICLE),
      numbers: weighVector(new Map([...r.numbers.keys()].map((k) => [k, 1])), stats.numberDf, n),
      nameSurfaces: r.names.surfaces,
      numberSurfaces: r.numbers,
      when: r.when,
      shortText: r.names.counts.size === 0 && tokens <= SHORT_TEXT_MAX_TERMS,
    };
  });
}

/** Profiles for a batch on its own: document frequencies are computed over the batch itself. */
export function buildProfiles(articles: readonly Article[]): Profile[] {
  return profileBatch(articles, emptyStats());
}

/** The side an article is compared with: another article, or an event summarised by its members. */
export type Side = {
  languages: ReadonlySet<FeatureLanguage>;
  /** A short text without names (Profile.shortText): the score is the term cosine alone. */
  shortText?: boolean;
  /** Event day(s): first and last known member day, and the most common one. */
  firstDay?: number;
  lastDay?: number;
  day?: number;
  weekday?: number;
};

export type ScoreParts = {
  names: number;
  terms: number;
  numbers: number;
  crossLingual: boolean;
  /** The content similarity (names, terms, numbers) before the date factor; score = similarity − date penalty. */
  similarity: number;
  /** Days between the event days, when both are known. */
  dayGap?: number;
  datePenalty: number;
  /** Outside the event window: never the same event. */
  outsideWindow: boolean;
  score: number;
};

/**
 * Combines overlap figures into one score: the content similarity minus the date penalty.
 * - Same language: W_NAMES names + W_TERMS terms + W_NUMBERS numbers. When either side has no
 *   names at all (scripts without capitals: Arabic; texts whose language has no name rules), the
 *   names weight is left out and the rest re-scaled: absent evidence is not a mismatch.
 * - Cross-lingual (both languages known, none in common): words differ, so names and numbers only,
 *   re-weighted to the same scale. The name overlap is the mean of the plain name cosine (every name
 *   counts: two reports naming different people differ) and the cosine over names written in two or
 *   more languages (`crossNames`: one language's capitalised nouns, all German nouns, do not dilute it).
 * - A side that already holds several languages (an event with German and French reports) takes the
 *   better of the same-language score and the language-free one (crossNames and numbers).
 * Measured on the SemEval-2022 sample (suite clustering, similarity part): the plain name cosine and
 * no language-free max for one-language pairs ranked pairs better in every language pair.
 */
export type Sims = {
  names: number; crossNames: number; terms: number; numbers: number;
  /** Both sides have at least one name (otherwise the names weight is left out of the same-language score). */
  hasNames: boolean;
};

function sameLanguageScore(s: Sims): number {
  return s.hasNames
    ? W_NAMES * s.names + W_TERMS * s.terms + W_NUMBERS * s.numbers
    : (W_TERMS * s.terms + W_NUMBERS * s.numbers) / (W_TERMS + W_NUMBERS);
}

function crossLingualScore(s: Sims): number {
  return (W_NAMES * (s.names + s.crossNames) / 2 + W_NUMBERS * s.numbers) / (W_NAMES + W_NUMBERS);
}

export function combine(
  sims: Sims,
  a: Side,
  b: Side,
  windowDays: number,
): ScoreParts {
  const crossLingual = a.languages.size > 0 && b.languages.size > 0 && !sharesLanguage(a.languages, b.languages);
  const languageFree = (W_NAMES * sims.crossNames + W_NUMBERS * sims.numbers) / (W_NAMES + W_NUMBERS);
  const base = a.shortText === true || b.shortText === true ? sims.terms
    : crossLingual ? crossLingualScore(sims)
      : a.languages.size > 1 || b.languages.size > 1 ? Math.max(sameLanguageScore(sims), languageFree)
        : sameLanguageScore(sims);
  let datePenalty = 0;
  let outsideWindow = false;
  let dayGap: number | undefined;
  if (a.day !== undefined && b.day !== undefined) {
    dayGap = Math.abs(a.day - b.day);
    datePenalty = DATE_PENALTY_PER_DAY * dayGap;
    const lo = Math.min(a.firstDay ?? a.day, b.firstDay ?? b.day);
    const hi = Math.max(a.lastDay ?? a.day, b.lastDay ?? b.day);
    outsideWindow = hi - lo > windowDays;
  } else if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) {
    datePenalty = WEEKDAY_MISMATCH_PENALTY;
  }
  const score = outsideWindow ? 0 : Math.max(0, base - datePenalty);
  return { ...sims, crossLingual, similarity: base, ...(dayGap === undefined ? {} : { dayGap }), datePenalty, outsideWindow, score };
}

function sharesLanguage(a: ReadonlySet<FeatureLanguage>, b: ReadonlySet<FeatureLanguage>): boolean {
  for (const l of a) if (b.has(l)) return true;
  return false;
}

/** An article as a one-member side. */
export function articleSide(p: Profile): Side {
  const { day, weekday } = p.when;
  return {
    languages: new Set(p.language === undefined ? [] : [p.language]),
    ...(p.shortText ? { shortText: true } : {}),
    ...(day === undefined ? {} : { day, firstDay: day, lastDay: day }),
    ...(weekday === undefined ? {} : { weekday }),
  };
}
