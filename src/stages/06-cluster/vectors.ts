// Sparse vectors (key → weight), batch IDF, and centroids whose cosine to an article is the
// average-link similarity of its members, kept up to date in O(article size) per addition.

export type SparseVector = ReadonlyMap<string, number>;

/** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1 (a key in every document keeps weight 1). */
export function idf(documentCount: number, df: number): number {
  return Math.log((documentCount + 1) / (df + 1)) + 1;
}

/** Document frequencies of the keys of many count maps. */
export function documentFrequencies(docs: Iterable<ReadonlyMap<string, unknown>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}

/**
 * (1 + ln tf) × idf weights, the `keep` heaviest only (ties by key), L2-normalised.
 * `tf` of 1 for sets (numbers) makes the weights plain idf.
 */
export function weighVector(counts: ReadonlyMap<string, number>, df: ReadonlyMap<string, number>, n: number, keep = Infinity): SparseVector {
  let entries: [string, number][] = [];
  for (const [k, tf] of counts) entries.push([k, (1 + Math.log(tf)) * idf(n, df.get(k) ?? 0)]);
  if (entries.length > keep) {
    entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    entries = entries.slice(0, keep);
  }
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  return new Map(norm === 0 ? [] : entries.map(([k, w]) => [k, w / norm]));
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) s += w * v;
  }
  return s;
}

/** Keys of `a` also in `b`, heaviest product first (ties by key). */
export function sharedKeys(a: SparseVector, b: SparseVector, limit: number): string[] {
  const shared: [string, number][] = [];
  for (const [k, w] of a) {
    const v = b.get(k);
    if (v !== undefined) shared.push([k, w * v]);
  }
  shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return shared.slice(0, limit).map(([k]) => k);
}

/** The heaviest keys of a vector (ties by key). */
export function topKeys(v: SparseVector, limit: number): string[] {
  return [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, limit).map(([k]) => k);
}

/** Sum of unit member vectors; cosine(article, centroid) = dot / ‖sum‖. */
export type Centroid = { sum: Map<string, number>; norm2: number };

export const emptyCentroid = (): Centroid => ({ sum: new Map(), norm2: 0 });

export function addToCentroid(c: Centroid, v: SparseVector): void {
  for (const [k, w] of v) {
    const old = c.sum.get(k) ?? 0;
    c.norm2 += 2 * old * w + w * w;
    c.sum.set(k, old + w);
  }
}

/** Cosine of a unit vector with a centroid (0 when either is empty). */
export function cosineToCentroid(v: SparseVector, c: Centroid): number {
  return c.norm2 <= 0 ? 0 : dot(v, c.sum) / Math.sqrt(c.norm2);
}

/** Cosine between two centroids. */
export function centroidCosine(a: Centroid, b: Centroid): number {
  return a.norm2 <= 0 || b.norm2 <= 0 ? 0 : dot(a.sum, b.sum) / Math.sqrt(a.norm2 * b.norm2);
}
