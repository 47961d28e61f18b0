// Near-duplicates and syndication against what is stored: new articles are checked against the
// stored articles of the window (stage 5's dedup over both), and a stored article is re-pointed
// only when a new article turns out to be its earlier origin. A stored mark is never cleared here:
// its origin may lie outside the window this ingest loaded.
import type { Article } from '../model/article.js';
import type { ArticleId } from '../model/ids.js';
import { dedup } from '../stages/05-dedup/index.js';

export type Copies = {
  /** The new articles with duplicateOf / syndicatedFrom set where found. */
  added: Article[];
  /** Stored articles whose mark now points at a new article (an earlier-published original). */
  repointed: Article[];
};

type Mark = { kind: 'duplicate' | 'syndicated'; origin: ArticleId };

const markOf = (a: Article): Mark | undefined =>
  a.duplicateOf !== undefined ? { kind: 'duplicate', origin: a.duplicateOf } : a.syndicatedFrom !== undefined ? { kind: 'syndicated', origin: a.syndicatedFrom } : undefined;

function withMark(a: Article, mark: Mark | undefined): Article {
  const { duplicateOf: _d, syndicatedFrom: _s, ...rest } = a;
  if (mark === undefined) return rest;
  return mark.kind === 'duplicate' ? { ...rest, duplicateOf: mark.origin } : { ...rest, syndicatedFrom: mark.origin };
}

export function markCopies(stored: readonly Article[], added: readonly Article[]): Copies {
  if (added.length === 0) return { added: [], repointed: [] };
  const storedById = new Map(stored.map((a) => [a.id, a]));
  const addedIds = new Set(added.map((a) => a.id));
  const result = dedup([...stored, ...added]).articles;
  /** Follows a stored origin's own stored mark (its origin may not be in this window). */
  const through = (mark: Mark): Mark => {
    const target = storedById.get(mark.origin);
    const further = target === undefined ? undefined : markOf(target);
    if (further === undefined) return mark;
    return { kind: mark.kind === 'duplicate' && further.kind === 'duplicate' ? 'duplicate' : 'syndicated', origin: further.origin };
  };
  const out: Article[] = [];
  const repointed: Article[] = [];
  for (const a of result) {
    const mark = markOf(a);
    if (addedIds.has(a.id)) {
      out.push(withMark(a, mark === undefined ? undefined : through(mark)));
      continue;
    }
    const before = storedById.get(a.id) as Article;
    if (mark === undefined || !addedIds.has(mark.origin)) continue;
    const previous = markOf(before);
    if (previous?.origin === mark.origin && previous.kind === mark.kind) continue;
    repointed.push(withMark(before, mark));
  }
  return { added: out, repointed };
}
