// Stage 7 — compare: for one event, the facts its articles state (agreed, disputed, single-source,
// each value with its evidence spans), the quote variants that change a statement's meaning, and
// each outlet's exclusives (facts, quotes, names, numbers, dates no other origin reports).
import type { Article } from '../../model/article.js';
import type { NewsEvent } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { articleClaims, type Claim } from './claims.js';
import { alignFacts } from './facts.js';

export { articleClaims } from './claims.js';
export { alignFacts } from './facts.js';

/** Fills an event's facts (and quote meaning changes, exclusives) from its articles. Pure. */
export function compareEvent(event: NewsEvent, articles: readonly Article[]): NewsEvent {
  const claims = new Map<ArticleId, Claim[]>(articles.map((a) => [a.id, articleClaims(a)]));
  const facts = alignFacts(claims, articles);
  return { ...event, facts };
}
