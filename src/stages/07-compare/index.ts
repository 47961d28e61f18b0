// Stage 7 — compare: for one event, the facts its articles state (agreed, disputed, single-source,
// each value with its evidence spans; where and when the main happening took place), the quote variants that change a statement's meaning, and
// each outlet's exclusives (facts, quotes, names, numbers, dates no other origin reports).
import type { Article } from '../../model/article.js';
import type { NewsEvent } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { articleClaims, type Claim } from './claims.js';
import { findExclusives } from './exclusives.js';
import { alignFacts, sortFacts } from './facts.js';
import { alignPlaces, placeTies } from './happening.js';
import { tokenize } from './words.js';
import { flagQuotes } from './quotes.js';

export { articleClaims, type Claim } from './claims.js';
export { alignFacts } from './facts.js';
export { meaningChanges, readVariant } from './quotes.js';
export { compatible, quantityInterval, type Interval } from './values.js';

/** Fills an event's facts, quote meaning changes and exclusives from its articles (after stage 4's enrichEvent). Pure. */
export function compareEvent(event: NewsEvent, articles: readonly Article[]): NewsEvent {
  const claims = new Map<ArticleId, Claim[]>(articles.map((a) => [a.id, articleClaims(a)]));
  const placeKeys = new Set(articles.flatMap((a) => (a.extraction?.entities ?? []).filter((e) => e.type === 'place').map((e) => e.key)));
  const places = articles.flatMap((a) => placeTies(a, tokenize(a.text), placeKeys));
  const facts = sortFacts([...alignFacts(claims, articles), ...alignPlaces(places, articles)]);
  const language = new Map(articles.map((a) => [a.id, a.language]));
  const quotes = flagQuotes(event.quotes, (id) => language.get(id) ?? 'en');
  const exclusive = findExclusives(articles, claims, facts, quotes, event.entities);
  return { ...event, facts, quotes, exclusive };
}
