// Stage 5 — near-duplicates and syndication. PLACEHOLDER (issue C): marks nothing; every article
// is its own origin.
import type { Article } from '../../model/article.js';
import type { ArticleId } from '../../model/ids.js';

export type DedupResult = {
  /** Articles with `duplicateOf` / `syndicatedFrom` set where found. */
  articles: Article[];
};

export function dedup(articles: readonly Article[]): DedupResult {
  return { articles: [...articles] };
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
