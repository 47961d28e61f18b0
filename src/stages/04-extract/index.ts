// Stage 4 — extract: per article, entities → quotes (speakers resolved to those entities) →
// quantities → dates; per event, the merges (entities across articles, quote variants, timeline).
import type { Article } from '../../model/article.js';
import type { NewsEvent } from '../../model/event.js';
import type { Extraction } from '../../model/extraction.js';
import { extractDates, eventTimeline } from './dates/index.js';
import { extractEntities, mergeEntities } from './entities/index.js';
import { extractQuantities } from './quantities/index.js';
import { extractQuotes, mergeQuotes } from './quotes/index.js';

/** Everything stage 4 finds in one article. Pure. */
export function extract(article: Article): Extraction {
  const entities = extractEntities(article);
  return {
    entities,
    quotes: extractQuotes(article, entities),
    quantities: extractQuantities(article),
    dates: extractDates(article),
  };
}

/** Fills an event's entities, quotes and timeline from its articles' extractions. Pure. */
export function enrichEvent(event: NewsEvent, articles: readonly Article[]): NewsEvent {
  const entities = mergeEntities(articles);
  const { timeline, date } = eventTimeline(articles);
  const enriched: NewsEvent = { ...event, entities, quotes: mergeQuotes(articles, entities), timeline };
  if (event.date === undefined && date !== undefined) enriched.date = date;
  return enriched;
}
