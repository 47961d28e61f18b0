// The incremental near-duplicate index: MinHash signatures banded into LSH buckets, candidates
// verified with the exact Jaccard/containment of their shingle sets, a window by publication date
// (plus a hard size cap) so memory stays bounded on an endless stream. No module-level state:
// every index owns its buckets.
import type { Article } from '../../model/article.js';
import type { ArticleId } from '../../model/ids.js';
import {
  DUPLICATE_JACCARD, LSH_BANDS, LSH_ROWS, MAX_BUCKET, MAX_CANDIDATES, MAX_INDEXED, MIN_CONTAINMENT_SHINGLES, MINHASH_SEED,
  SYNDICATION_CONTAINMENT, SYNDICATION_JACCARD, WINDOW_DAYS,
} from './rules.js';
import { bandKeys, minhashSeeds, overlap, shingleSet, signature, type Overlap } from './shingles.js';

export type DedupInput = Pick<Article, 'id' | 'text'> & Partial<Pick<Article, 'published' | 'language'>>;
export type CopyKind = 'duplicate' | 'syndicated';

/** What the index says about one added article. */
export type DedupVerdict = {
  /** Near-identical copy of this origin (the earliest article of its origin seen so far). */
  duplicateOf?: ArticleId;
  /** Edited copy of the same wire origin. */
  syndicatedFrom?: ArticleId;
  /** The indexed article it matched best, with the exact overlap. */
  match?: { id: ArticleId } & Overlap;
  /**
   * Set when the article matched an origin published strictly after it (a late arrival): it becomes the
   * origin, and `origin()` now resolves the superseded article and its copies to it.
   */
  supersedes?: ArticleId;
};

export type DedupIndexOptions = {
  /** Articles published more than this many days before the newest one are evicted (default WINDOW_DAYS). */
  windowDays?: number;
  /** Hard cap on indexed articles (default MAX_INDEXED); the oldest added are evicted first. */
  maxIndexed?: number;
};

export type DedupIndex = {
  add(article: DedupInput): DedupVerdict;
  /** Current origin of an article still known to the index (itself when it is an origin). */
  origin(id: ArticleId): { id: ArticleId; kind?: CopyKind } | undefined;
  /** Evicts every article published before `ms` (epoch milliseconds); returns how many. */
  evictBefore(ms: number): number;
  readonly size: number;
};

type Entry = {
  id: ArticleId;
  /** Publication time, +Infinity when unknown (sorts last: a dated article is preferred as origin). */
  published: number;
  /** Time used by the window: publication, or the newest time seen when undated. */
  stamp: number;
  language: string | undefined;
  shingles: Uint32Array;
  keys: Uint32Array;
  /** Parent towards the origin (itself for an origin) and the kind of copy relative to it. */
  parent: Entry;
  kind: CopyKind | undefined;
  evicted: boolean;
};

const DAY_MS = 86_400_000;
const EMPTY = new Uint32Array(0);

/** Publication time in ms; +Infinity when missing or unreadable. */
export function publishedMs(published: string | undefined): number {
  if (published === undefined) return Number.POSITIVE_INFINITY;
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/** Order of origins: earlier publication first, then id. */
export function compareOrigin(a: { published: number; id: string }, b: { published: number; id: string }): number {
  if (a.published !== b.published) return a.published < b.published ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The kind of copy an overlap shows, or undefined. Articles in two known, different languages are never copies. */
export function classify(o: Overlap, languages: readonly [string | undefined, string | undefined]): CopyKind | undefined {
  const [x, y] = languages;
  if (x !== undefined && y !== undefined && x !== 'und' && y !== 'und' && x !== y) return undefined;
  if (o.jaccard >= DUPLICATE_JACCARD) return 'duplicate';
  if (o.jaccard >= SYNDICATION_JACCARD) return 'syndicated';
  if (o.smaller >= MIN_CONTAINMENT_SHINGLES && o.containment >= SYNDICATION_CONTAINMENT) return 'syndicated';
  return undefined;
}

/** Combined kind along a chain: a duplicate of a duplicate is a duplicate; any edit makes it syndicated. */
const chain = (a: CopyKind | undefined, b: CopyKind | undefined): CopyKind | undefined =>
  a === undefined ? b : b === undefined ? a : a === 'duplicate' && b === 'duplicate' ? 'duplicate' : 'syndicated';

function resolve(e: Entry): { root: Entry; kind: CopyKind | undefined } {
  let kind: CopyKind | undefined;
  let root = e;
  while (root.parent !== root) { kind = chain(kind, root.kind); root = root.parent; }
  // Path compression: point e straight at the root.
  if (e.parent !== root) { e.parent = root; e.kind = kind; }
  return { root, kind };
}

export function createDedupIndex(options: DedupIndexOptions = {}): DedupIndex {
  const windowMs = (options.windowDays ?? WINDOW_DAYS) * DAY_MS;
  const maxIndexed = options.maxIndexed ?? MAX_INDEXED;
  const seeds = minhashSeeds(LSH_BANDS * LSH_ROWS, MINHASH_SEED);
  const buckets: Map<number, Entry[]>[] = Array.from({ length: LSH_BANDS }, () => new Map<number, Entry[]>());
  const byId = new Map<ArticleId, Entry>();
  let queue: Entry[] = [];
  let head = 0;
  let newest = Number.NEGATIVE_INFINITY;

  function remove(e: Entry): void {
    e.keys.forEach((key, b) => {
      const map = buckets[b] as Map<number, Entry[]>;
      const list = map.get(key);
      if (list === undefined) return;
      const kept = list.filter((x) => x !== e);
      if (kept.length === 0) map.delete(key); else map.set(key, kept);
    });
    if (byId.get(e.id) === e) byId.delete(e.id);
    e.evicted = true;
    e.shingles = EMPTY;
    e.keys = EMPTY;
  }

  function evictWhile(done: (e: Entry) => boolean): number {
    let n = 0;
    while (head < queue.length) {
      const e = queue[head] as Entry;
      if (!e.evicted && done(e)) break;
      if (!e.evicted) { remove(e); n++; }
      head++;
    }
    if (head > 1024 && head * 2 > queue.length) { queue = queue.slice(head); head = 0; }
    return n;
  }

  function candidates(keys: Uint32Array): Entry[] {
    const hits = new Map<Entry, number>();
    keys.forEach((key, b) => {
      for (const e of (buckets[b] as Map<number, Entry[]>).get(key) ?? []) hits.set(e, (hits.get(e) ?? 0) + 1);
    });
    return [...hits].sort((x, y) => y[1] - x[1] || compareOrigin(x[0], y[0])).slice(0, MAX_CANDIDATES).map(([e]) => e);
  }

  function add(article: DedupInput): DedupVerdict {
    const published = publishedMs(article.published);
    if (Number.isFinite(published) && published > newest) newest = published;
    const shingles = shingleSet(article.text);
    const keys = shingles.length === 0 ? EMPTY : bandKeys(signature(shingles, seeds), LSH_ROWS);
    const entry: Entry = {
      id: article.id, published, stamp: Number.isFinite(published) ? published : newest, language: article.language,
      shingles, keys, parent: undefined as unknown as Entry, kind: undefined, evicted: false,
    };
    entry.parent = entry;
    let best: { e: Entry; o: Overlap; kind: CopyKind } | undefined;
    for (const c of candidates(keys)) {
      const o = overlap(shingles, c.shingles);
      const kind = classify(o, [article.language, c.language]);
      if (kind === undefined) continue;
      if (best === undefined || o.jaccard > best.o.jaccard || (o.jaccard === best.o.jaccard && compareOrigin(resolve(c).root, resolve(best.e).root) < 0)) best = { e: c, o, kind };
    }
    const verdict: DedupVerdict = {};
    if (best !== undefined) {
      const { root, kind: rootKind } = resolve(best.e);
      verdict.match = { id: best.e.id, ...best.o };
      const kind = best.kind === 'duplicate' && rootKind !== 'syndicated' ? 'duplicate' : 'syndicated';
      if (entry.published < root.published) {
        // A late arrival published strictly before the origin it matched becomes the origin. On a
        // tie the first seen stays the origin (dedup() adds in (published, id) order, so there it
        // is also the smallest id).
        root.parent = entry;
        root.kind = kind;
        verdict.supersedes = root.id;
      } else {
        entry.parent = root;
        entry.kind = kind;
        if (kind === 'duplicate') verdict.duplicateOf = root.id; else verdict.syndicatedFrom = root.id;
      }
    }
    const previous = byId.get(entry.id);
    if (previous !== undefined) remove(previous);
    byId.set(entry.id, entry);
    keys.forEach((key, b) => {
      const map = buckets[b] as Map<number, Entry[]>;
      const list = map.get(key);
      if (list === undefined) map.set(key, [entry]);
      else if (list.length < MAX_BUCKET) list.push(entry);
    });
    queue.push(entry);
    const cutoff = newest - windowMs;
    evictWhile((e) => e.stamp >= cutoff && byId.size <= maxIndexed);
    return verdict;
  }

  return {
    add,
    origin(id) {
      const e = byId.get(id);
      if (e === undefined) return undefined;
      const { root, kind } = resolve(e);
      return kind === undefined ? { id: root.id } : { id: root.id, kind };
    },
    evictBefore(ms) {
      let n = 0;
      for (const e of byId.values()) if (e.stamp < ms) { remove(e); n++; }
      return n;
    },
    get size() { return byId.size; },
  };
}
