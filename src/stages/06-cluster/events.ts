// Articles → events, online. An event index holds the events inside the window (days behind the
// newest article; articles since the event last grew). Each arriving article is scored against
// the candidate events an inverted index finds (shared names, terms, numbers, inside the date
// window) and joins the best one at or above the threshold, or opens a new event. Scores to an
// event are cosines to its centroids (average link), so the cost per article is bounded by its
// candidates, not by the stream; out-of-window events leave the index (memory stays bounded).
import {
  CANDIDATE_KEYS_PER_ARTICLE, COMPACT_MIN_DEAD_POSTINGS, EVENT_THRESHOLD, EVICT_EVERY_ARTICLES, EXPLAIN_MAX_MEMBERS, EXPLAIN_TOP_NAMES, EXPLAIN_TOP_NUMBERS, EXPLAIN_TOP_TERMS,
  MAX_CANDIDATE_EVENTS, SHORT_TEXT_THRESHOLD, UNDATED_QUIET_MIN_ARTICLES,
} from './rules.js';
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
  /** Why each member is here, in arrival order. */
  placements: Placement[];
  /** Stream position of the last article it took (for the article window). */
  lastSeq: number;
  /** Out of the window: no longer in the index, takes no more articles. */
  retired: boolean;
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

/** Pairwise score of two articles (the matched member in explanations; pair evaluations). */
export function pairScore(a: Profile, b: Profile, windowDays: number): ScoreParts {
  const sims = { names: dot(a.names, b.names), crossNames: dot(a.crossNames, b.crossNames), terms: dot(a.terms, b.terms), numbers: dot(a.numbers, b.numbers), hasNames: a.names.size > 0 && b.names.size > 0 };
  return combine(sims, articleSide(a), articleSide(b), windowDays);
}

export type EventIndexOptions = {
  /** Articles whose event days are further apart never share an event; events this far behind the newest day leave the index. */
  windowDays: number;
  /** Events that took no article in this many articles leave the index (the stream's forgetting; Infinity: never). */
  windowArticles: number;
  /**
   * Undated events (no member with a known day) that took no article while each live event could
   * have taken this many (idle > turns × live events, at least UNDATED_QUIET_MIN_ARTICLES) leave
   * the index: on an undated stream the arrival order is the only clock. Undefined: off (a batch,
   * whose order is (day, id), not arrival).
   */
  quietTurns?: number;
  /** Receives each event as it leaves the index; without it retired events are kept for `clusters()`. */
  onRetire?: (c: Cluster) => void;
};

export type EventIndexStats = { articles: number; activeEvents: number; retiredEvents: number; postings: number };

/** The live part of the stream: events inside the window, their centroids and an inverted index of their keys. */
export type EventIndex = {
  /** Assigns one article: joins the best event at or above the threshold, or opens one. */
  place(p: Profile): Placement;
  /** Retires the events outside the window now (also done every EVICT_EVERY_ARTICLES articles). */
  evict(): void;
  /** Every event not handed to onRetire, by index (opening order). */
  clusters(): Cluster[];
  stats(): EventIndexStats;
};

type Posting = { cluster: Cluster; day: number };

export function createEventIndex(options: EventIndexOptions): EventIndex {
  const { windowDays, windowArticles, quietTurns, onRetire } = options;
  const active = new Map<number, Cluster>();
  const kept: Cluster[] = [];
  // key → clusters that have it, in the order (and processing day) they gained it. Days only grow
  // along a list in day order, and a cluster's first day is never after the day it gained a key,
  // so a scan from the end can stop at the first entry gained before the window.
  const postings = new Map<string, Posting[]>();
  let postingCount = 0;
  let deadPostings = 0;
  let seq = 0;
  let opened = 0;
  let newestDay = Number.NEGATIVE_INFINITY;

  // Articles an event may go without growing: the article window, or for an undated event in an
  // arrival-ordered stream, quietTurns turns of the live events (a stream-relative clock).
  const idleLimit = (c: Cluster): number =>
    quietTurns === undefined || c.days.max !== undefined ? windowArticles : Math.min(windowArticles, Math.max(UNDATED_QUIET_MIN_ARTICLES, quietTurns * active.size));
  const outOfWindow = (c: Cluster): boolean =>
    seq - c.lastSeq > idleLimit(c) || (c.days.max !== undefined && c.days.max < newestDay - windowDays);

  function retire(c: Cluster): void {
    c.retired = true;
    active.delete(c.index);
    deadPostings += c.indexed.size;
    if (onRetire === undefined) kept.push(c);
    else onRetire(c);
  }

  function compact(): void {
    for (const [key, list] of postings) {
      const live = list.filter((e) => !e.cluster.retired);
      if (live.length === 0) postings.delete(key);
      else postings.set(key, live);
    }
    postingCount -= deadPostings;
    deadPostings = 0;
  }

  function evict(): void {
    for (const c of [...active.values()]) if (outOfWindow(c)) retire(c);
    if (deadPostings > COMPACT_MIN_DEAD_POSTINGS && deadPostings * 2 > postingCount) compact();
  }

  function place(p: Profile): Placement {
    seq++;
    if (p.when.day !== undefined && p.when.day > newestDay) newestDay = p.when.day;
    const side = articleSide(p);
    const threshold = p.shortText ? SHORT_TEXT_THRESHOLD : EVENT_THRESHOLD;
    // 1. Candidates: live clusters sharing a lookup key, newest first, stopping at the window edge.
    const hits = new Map<Cluster, number>();
    for (const key of lookupKeys(p)) {
      const list = postings.get(key);
      if (list === undefined) continue;
      const weight = weightOfKey(p, key);
      for (let i = list.length - 1, seen = 0; i >= 0 && seen < MAX_POSTINGS_SCANNED; i--, seen++) {
        const entry = list[i] as Posting;
        if (side.day !== undefined && entry.day < side.day - windowDays) break;
        if (entry.cluster.retired || outOfWindow(entry.cluster)) continue;
        hits.set(entry.cluster, (hits.get(entry.cluster) ?? 0) + weight);
      }
    }
    const candidates = [...hits].sort((a, b) => b[1] - a[1] || a[0].index - b[0].index).slice(0, MAX_CANDIDATE_EVENTS).map(([c]) => c);
    // 2. Score each candidate against the cluster centroids.
    const scored = candidates
      .map((c) => {
        const sims = {
          names: cosineToCentroid(p.names, c.names), crossNames: cosineToCentroid(p.crossNames, c.crossNames), terms: cosineToCentroid(p.terms, c.terms), numbers: cosineToCentroid(p.numbers, c.numbers),
          hasNames: p.names.size > 0 && c.names.sum.size > 0 };
        return { c, parts: combine(sims, side, clusterSide(c), windowDays) };
      })
      .filter((s) => !s.parts.outsideWindow)
      .sort((a, b) => b.parts.score - a.parts.score || a.c.index - b.c.index);
    const [best, second] = scored;
    // 3. Join the best cluster or open a new one.
    let target: Cluster;
    let placement: Placement;
    if (best !== undefined && best.parts.score >= threshold) {
      target = best.c;
      placement = explainJoin(p, target, best.parts.score, threshold, windowDays);
      if (second !== undefined) placement.runnerUp = { cluster: second.c.index, score: second.parts.score };
    } else {
      target = newCluster(opened++);
      active.set(target.index, target);
      placement = { article: p, cluster: target.index, score: 0, threshold, sharedNames: [], sharedTerms: [], sharedNumbers: [] };
      if (best !== undefined) placement.runnerUp = { cluster: best.c.index, score: best.parts.score };
    }
    addMember(target, p);
    target.lastSeq = seq;
    target.placements.push(placement);
    const entry: Posting = { cluster: target, day: p.when.day ?? Number.POSITIVE_INFINITY };
    for (const key of indexKeys(p)) {
      if (target.indexed.has(key)) continue;
      target.indexed.add(key);
      postingCount++;
      const list = postings.get(key);
      if (list === undefined) postings.set(key, [entry]);
      else list.push(entry);
    }
    if (seq % EVICT_EVERY_ARTICLES === 0) evict();
    return placement;
  }

  return {
    place,
    evict,
    clusters: () => [...kept, ...active.values()].sort((a, b) => a.index - b.index),
    stats: () => ({ articles: seq, activeEvents: active.size, retiredEvents: opened - active.size, postings: postingCount - deadPostings }),
  };
}

/** One-shot grouping of a batch in processing order, nothing evicted by article count. */
export function groupEvents(profiles: readonly Profile[], windowDays: number): { clusters: Cluster[]; placements: Placement[] } {
  const index = createEventIndex({ windowDays, windowArticles: Number.POSITIVE_INFINITY });
  const placements = processingOrder(profiles).map((p) => index.place(p));
  return { clusters: index.clusters(), placements };
}

function weightOfKey(p: Profile, key: string): number {
  const k = key.slice(2);
  const v = key.startsWith('n:') ? p.names : key.startsWith('t:') ? p.terms : p.numbers;
  return v.get(k) ?? 0;
}

function newCluster(index: number): Cluster {
  return {
    index, members: [], names: emptyCentroid(), crossNames: emptyCentroid(), terms: emptyCentroid(), numbers: emptyCentroid(),
    languages: new Set(), days: emptyTally(), weekdays: emptyTally(), indexed: new Set(), placements: [], lastSeq: 0, retired: false,
  };
}

/** Adds an article to an event and updates its running summaries (centroids, languages, days). */
export function addMember(c: Cluster, p: Profile): void {
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
function explainJoin(p: Profile, c: Cluster, score: number, threshold: number, windowDays: number): Placement {
  let matched: Profile | undefined;
  let parts: ScoreParts | undefined;
  for (const m of c.members.slice(-EXPLAIN_MAX_MEMBERS)) {
    const s = pairScore(p, m, windowDays);
    if (parts === undefined || s.score > parts.score) { matched = m; parts = s; }
  }
  const placement: Placement = {
    article: p, cluster: c.index, score, threshold,
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
