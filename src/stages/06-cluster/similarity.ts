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
    names: nameCounts(extractNames(text)),
    terms: termCounts(text),
    numbers: extractNumbers(text),
    when: eventDay(a.text, a.published, language),
  };
}

/** Profiles for a batch: document frequencies are computed over the batch itself. */
export function buildProfiles(articles: readonly Article[]): Profile[] {
  const raw = articles.map(rawFeatures);
  const n = raw.length;
  const nameDf = documentFrequencies(raw.map((r) => r.names.counts));
  const termDf = documentFrequencies(raw.map((r) => r.terms));
  const numberDf = documentFrequencies(raw.map((r) => r.numbers));
  return raw.map((r, index) => ({
    id: (articles[index] as Article).id,
    index,
    language: r.language,
    names: weighVector(r.names.counts, nameDf, n),
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
 * common) rest on names and numbers only, re-weighted to the same scale, since words differ.
 */
export function combine(
  sims: { names: number; terms: number; numbers: number },
  a: Side,
  b: Side,
  windowDays: number,
): ScoreParts {
  const crossLingual = a.languages.size > 0 && b.languages.size > 0 && ![...a.languages].some((l) => b.languages.has(l));
  const base = crossLingual
    ? (W_NAMES * sims.names + W_NUMBERS * sims.numbers) / (W_NAMES + W_NUMBERS)
    : W_NAMES * sims.names + W_TERMS * sims.terms + W_NUMBERS * sims.numbers;
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
