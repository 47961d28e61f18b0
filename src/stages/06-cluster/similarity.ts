// Article profiles (weighted feature vectors over the batch) and the similarity score between an
// article and an event or another article: a weighted sum of name, term and number overlap with
// a date factor. Every part is returned so explanations show what the score was made of.
import type { Article } from '../../model/article.js';
import type { ArticleId } from '../../model/ids.js';
import { eventDay, extractNames, extractNumbers, featureLanguage, nameCounts, termCounts, type EventDay } from './features.js';
import {
  DATE_PENALTY_PER_DAY, MAX_TERMS_PER_ARTICLE, W_NAMES, W_NUMBERS, W_TERMS, WEEKDAY_MISMATCH_PENALTY, type FeatureLanguage,
} from './rules.js';
import { documentFrequencies, weighVector, type SparseVector } from './vectors.js';

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
 * Merges a name key ending in "s" into the same key without it when the batch has both
 * (possessive and German genitive: "Lumora's", "Teslands" → "lumora", "tesland").
 */
function mergeGenitives(all: readonly RawFeatures[]): void {
  const vocabulary = new Set(all.flatMap((r) => [...r.names.counts.keys()]));
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

/** Profiles for a batch: document frequencies are computed over the batch itself. */
export function buildProfiles(articles: readonly Article[]): Profile[] {
  const raw = articles.map(rawFeatures);
  mergeGenitives(raw);
  const n = raw.length;
  const nameDf = documentFrequencies(raw.map((r) => r.names.counts));
  const termDf = documentFrequencies(raw.map((r) => r.terms));
  const numberDf = documentFrequencies(raw.map((r) => r.numbers));
  // Languages each name is written in: names seen in one language only cannot match across languages.
  const nameLanguages = new Map<string, Set<FeatureLanguage>>();
  for (const r of raw) {
    if (r.language === undefined) continue;
    for (const k of r.names.counts.keys()) {
      const set = nameLanguages.get(k) ?? new Set<FeatureLanguage>();
      set.add(r.language);
      nameLanguages.set(k, set);
    }
  }
  const crossLingual = (k: string): boolean => (nameLanguages.get(k)?.size ?? 0) > 1;
  return raw.map((r, index) => ({
    id: (articles[index] as Article).id,
    index,
    language: r.language,
    names: weighVector(r.names.counts, nameDf, n),
    crossNames: weighVector(new Map([...r.names.counts].filter(([k]) => crossLingual(k))), nameDf, n),
    terms: weighVector(r.terms, termDf, n, MAX_TERMS_PER_ARTICLE),
    numbers: weighVector(new Map([...r.numbers.keys()].map((k) => [k, 1])), numberDf, n),
    nameSurfaces: r.names.surfaces,
    numberSurfaces: r.numbers,
    when: r.when,
  }));
}

/** The side an article is compared with: another article, or an event summarised by its members. */
export type Side = {
  languages: ReadonlySet<FeatureLanguage>;
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
  /** Days between the event days, when both are known. */
  dayGap?: number;
  datePenalty: number;
  /** Outside the event window: never the same event. */
  outsideWindow: boolean;
  score: number;
};

/**
 * Combines overlap figures into one score. Cross-lingual pairs (both languages known, none in
 * common) rest on names and numbers only, re-weighted to the same scale, since words differ; their
 * name overlap is measured on the names written in more than one language (`crossNames`), so
 * one language's capitalised nouns (all German nouns) do not dilute it. Same-language pairs take
 * the better of the full score and that language-free one (a German report compared with an
 * event that already holds German and French reports).
 */
export type Sims = { names: number; crossNames: number; terms: number; numbers: number };

export function combine(
  sims: Sims,
  a: Side,
  b: Side,
  windowDays: number,
): ScoreParts {
  const crossLingual = a.languages.size > 0 && b.languages.size > 0 && ![...a.languages].some((l) => b.languages.has(l));
  const languageFree = (W_NAMES * sims.crossNames + W_NUMBERS * sims.numbers) / (W_NAMES + W_NUMBERS);
  const base = crossLingual ? languageFree : Math.max(W_NAMES * sims.names + W_TERMS * sims.terms + W_NUMBERS * sims.numbers, languageFree);
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
  return { ...sims, crossLingual, ...(dayGap === undefined ? {} : { dayGap }), datePenalty, outsideWindow, score };
}

/** An article as a one-member side. */
export function articleSide(p: Profile): Side {
  const { day, weekday } = p.when;
  return {
    languages: new Set(p.language === undefined ? [] : [p.language]),
    ...(day === undefined ? {} : { day, firstDay: day, lastDay: day }),
    ...(weekday === undefined ? {} : { weekday }),
  };
}
