// Articles → events. Deterministic single pass in (event day, id) order: each article is scored
// against the candidate events an inverted index finds (shared names, terms, numbers, inside the
// date window) and joins the best one at or above the threshold, or opens a new event. Scores to
// an event are cosines to its centroids (average link), so the cost per article is bounded by
// its candidates, not by the batch.
import { CANDIDATE_KEYS_PER_ARTICLE, EVENT_THRESHOLD, EXPLAIN_TOP_NAMES, EXPLAIN_TOP_NUMBERS, EXPLAIN_TOP_TERMS, MAX_CANDIDATE_EVENTS } from './rules.js';
import { articleSide, combine, type Profile, type ScoreParts, type Side } from './similarity.js';
import type { FeatureLanguage } from './rules.js';
import { emptyTally, tallyAdd, type Tally } from './tally.js';
import { addToCentroid, cosineToCentroid, dot, emptyCentroid, sharedKeys, topKeys, type Centroid } from './vectors.js';

/** An event while grouping: its members and running summaries. */
export type Cluster = {
  index: number;
  members: Profile[];
  names: Centroid;
  crossNames: Centroid;
  terms: Centroid;
  numbers: Centroid;
  languages: Set<FeatureLanguage>;
  days: Tally;
  weekdays: Tally;
  /** Keys already in the inverted index for this cluster. */
  indexed: Set<string>;
};

/** Why one article went where it went; cluster indexes are turned into event ids later. */
export type Placement = {
  article: Profile;
  cluster: number;
  score: number;
  threshold: number;
  matched?: Profile;
  parts?: ScoreParts;
  sharedNames: string[];
  sharedTerms: string[];
  sharedNumbers: string[];
  runnerUp?: { cluster: number; score: number };
};

/** Posting lists are scanned from the newest cluster back at most this far (bounds undated lookups). */
const MAX_POSTINGS_SCANNED = 2000;

export function clusterSide(c: Cluster): Side {
  const { mode: day, min: firstDay, max: lastDay } = c.days;
  const weekday = c.weekdays.mode;
  return {
    languages: c.languages,
    ...(day === undefined || firstDay === undefined || lastDay === undefined ? {} : { day, firstDay, lastDay }),
    ...(weekday === undefined ? {} : { weekday }),
  };
}

/** Processing order: dated articles by event day, then undated; ties by article id. */
export function processingOrder(profiles: readonly Profile[]): Profile[] {
  const key = (p: Profile): number => p.when.day ?? Number.POSITIVE_INFINITY;
  return [...profiles].sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const lookupKeys = (p: Profile): string[] => [
  ...topKeys(p.names, CANDIDATE_KEYS_PER_ARTICLE).map((k) => `n:${k}`),
  ...topKeys(p.terms, CANDIDATE_KEYS_PER_ARTICLE).map((k) => `t:${k}`),
  ...[...p.numbers.keys()].map((k) => `x:${k}`),
];

const indexKeys = (p: Profile): string[] => [
  ...[...p.names.keys()].map((k) => `n:${k}`),
  ...[...p.terms.keys()].map((k) => `t:${k}`),
  ...[...p.numbers.keys()].map((k) => `x:${k}`),
];

/** Pairwise score of two articles (for the matched member shown in explanations). */
export function pairScore(a: Profile, b: Profile, windowDays: number): ScoreParts {
  const sims = { names: dot(a.names, b.names), crossNames: dot(a.crossNames, b.crossNames), terms: dot(a.terms, b.terms), numbers: dot(a.numbers, b.numbers) };
  return combine(sims, articleSide(a), articleSide(b), windowDays);
}

export function groupEvents(profiles: readonly Profile[], windowDays: number): { clusters: Cluster[]; placements: Placement[] } {
  const clusters: Cluster[] = [];
  // key → clusters that have it, in the order (and processing day) they gained it. Days only grow
  // along a list, and a cluster's first day is never after the day it gained a key, so a scan from
  // the end can stop at the first entry gained before the window.
  const postings = new Map<string, { cluster: number; day: number }[]>();
  const placements: Placement[] = [];

  for (const p of processingOrder(profiles)) {
    const side = articleSide(p);
    // 1. Candidates: clusters sharing a lookup key, newest first, stopping at the window edge.
    const hits = new Map<number, number>();
    for (const key of lookupKeys(p)) {
      const list = postings.get(key);
      if (list === undefined) continue;
      const weight = weightOfKey(p, key);
      for (let i = list.length - 1, seen = 0; i >= 0 && seen < MAX_POSTINGS_SCANNED; i--, seen++) {
        const entry = list[i] as { cluster: number; day: number };
        if (side.day !== undefined && entry.day < side.day - windowDays) break;
        hits.set(entry.cluster, (hits.get(entry.cluster) ?? 0) + weight);
      }
    }
    const candidates = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATE_EVENTS).map(([ci]) => ci);
    // 2. Score each candidate against the cluster centroids.
    const scored = candidates
      .map((ci) => {
        const c = clusters[ci] as Cluster;
        const sims = {
          names: cosineToCentroid(p.names, c.names), crossNames: cosineToCentroid(p.crossNames, c.crossNames), terms: cosineToCentroid(p.terms, c.terms), numbers: cosineToCentroid(p.numbers, c.numbers) };
        return { ci, parts: combine(sims, side, clusterSide(c), windowDays) };
      })
      .filter((s) => !s.parts.outsideWindow)
      .sort((a, b) => b.parts.score - a.parts.score || a.ci - b.ci);
    const [best, second] = scored;
    // 3. Join the best cluster or open a new one.
    let target: Cluster;
    let placement: Placement;
    if (best !== undefined && best.parts.score >= EVENT_THRESHOLD) {
      target = clusters[best.ci] as Cluster;
      placement = explainJoin(p, target, best.parts.score, windowDays);
      if (second !== undefined) placement.runnerUp = { cluster: second.ci, score: second.parts.score };
    } else {
      target = newCluster(clusters.length);
      clusters.push(target);
      placement = { article: p, cluster: target.index, score: 0, threshold: EVENT_THRESHOLD, sharedNames: [], sharedTerms: [], sharedNumbers: [] };
      if (best !== undefined) placement.runnerUp = { cluster: best.ci, score: best.parts.score };
    }
    addMember(target, p);
    const entry = { cluster: target.index, day: p.when.day ?? Number.POSITIVE_INFINITY };
    for (const key of indexKeys(p)) {
      if (target.indexed.has(key)) continue;
      target.indexed.add(key);
      const list = postings.get(key);
      if (list === undefined) postings.set(key, [entry]);
      else list.push(entry);
    }
    placements.push(placement);
  }
  return { clusters, placements };
}

function weightOfKey(p: Profile, key: string): number {
  const k = key.slice(2);
  const v = key.startsWith('n:') ? p.names : key.startsWith('t:') ? p.terms : p.numbers;
  return v.get(k) ?? 0;
}

function newCluster(index: number): Cluster {
  return {
    index, members: [], names: emptyCentroid(), crossNames: emptyCentroid(), terms: emptyCentroid(), numbers: emptyCentroid(),
    languages: new Set(), days: emptyTally(), weekdays: emptyTally(), indexed: new Set(),
  };
}

function addMember(c: Cluster, p: Profile): void {
  c.members.push(p);
  addToCentroid(c.names, p.names);
  addToCentroid(c.crossNames, p.crossNames);
  addToCentroid(c.terms, p.terms);
  addToCentroid(c.numbers, p.numbers);
  if (p.language !== undefined) c.languages.add(p.language);
  if (p.when.day !== undefined) tallyAdd(c.days, p.when.day);
  if (p.when.weekday !== undefined) tallyAdd(c.weekdays, p.when.weekday);
}

/** The member the article resembles most, and what they share. */
function explainJoin(p: Profile, c: Cluster, score: number, windowDays: number): Placement {
  let matched: Profile | undefined;
  let parts: ScoreParts | undefined;
  for (const m of c.members) {
    const s = pairScore(p, m, windowDays);
    if (parts === undefined || s.score > parts.score) { matched = m; parts = s; }
  }
  const placement: Placement = {
    article: p, cluster: c.index, score, threshold: EVENT_THRESHOLD,
    sharedNames: [], sharedTerms: [], sharedNumbers: [],
  };
  if (matched === undefined || parts === undefined) return placement;
  const names = sharedKeys(p.names, matched.names, EXPLAIN_TOP_NAMES * 2).map((k) => p.nameSurfaces.get(k) ?? k);
  return {
    ...placement, matched, parts,
    sharedNames: [...new Set(names)].slice(0, EXPLAIN_TOP_NAMES),
    sharedTerms: sharedKeys(p.terms, matched.terms, EXPLAIN_TOP_TERMS),
    sharedNumbers: sharedKeys(p.numbers, matched.numbers, EXPLAIN_TOP_NUMBERS).map((k) => p.numberSurfaces.get(k) ?? k),
  };
}
