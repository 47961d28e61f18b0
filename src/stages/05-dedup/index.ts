// Stage 5 — near-duplicates and syndication. MinHash over 5-word shingles of the cleaned text, LSH
// banding for candidates (linear in the stream, no all-pairs), exact Jaccard/containment to
// verify. Each copy points at the earliest article (published, then id) of its origin:
// `duplicateOf` for a near-identical copy, `syndicatedFrom` for an edited one (new headline,
// rewritten first sentence, trimmed end). Articles in different languages are never copies.
import type { Article } from '../../model/article.js';
import type { ArticleId } from '../../model/ids.js';
import { compareOrigin, createDedupIndex, publishedMs, type DedupIndexOptions } from './stream.js';

export { classify, createDedupIndex, type CopyKind, type DedupIndex, type DedupIndexOptions, type DedupInput, type DedupVerdict } from './stream.js';

export type DedupResult = {
  /** Articles with `duplicateOf` / `syndicatedFrom` set where found (input order kept). */
  articles: Article[];
};

/**
 * Batch wrapper over the incremental index: articles are added in (published, id) order, so the
 * result does not depend on the input order and every copy points at its earliest article. The
 * window is widened to cover the whole batch unless options say otherwise.
 */
export function dedup(articles: readonly Article[], options: DedupIndexOptions = {}): DedupResult {
  const order = articles
    .map((a, i) => ({ i, id: a.id, published: publishedMs(a.published) }))
    .sort(compareOrigin);
  const index = createDedupIndex({ windowDays: Number.POSITIVE_INFINITY, maxIndexed: Number.POSITIVE_INFINITY, ...options });
  const out: Article[] = articles.map((a) => {
    const { duplicateOf: _d, syndicatedFrom: _s, ...rest } = a;
    return rest;
  });
  for (const { i } of order) index.add(articles[i] as Article);
  // Resolve at the end: later additions never re-point earlier ones in sorted order, but resolving
  // here also covers ties and keeps every copy on its root.
  out.forEach((a, i) => {
    const origin = index.origin((articles[i] as Article).id);
    if (origin === undefined || origin.kind === undefined || origin.id === a.id) return;
    if (origin.kind === 'duplicate') a.duplicateOf = origin.id; else a.syndicatedFrom = origin.id;
  });
  return { articles: out };
}

/** Distinct origins among the given articles: duplicates and syndicated copies count once. */
export function independentSources(articleIds: readonly ArticleId[], byId: ReadonlyMap<ArticleId, Article>): number {
  const origins = new Set(
    articleIds.map((id) => {
      const a = byId.get(id);
      return a?.duplicateOf ?? a?.syndicatedFrom ?? id;
    }),
  );
  return Math.max(1, origins.size);
}
