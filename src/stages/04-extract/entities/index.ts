// Entities of one article (people, organizations, places), mentions merged; and the merge of
// entities across an event's articles. PLACEHOLDER: replaced by issue B's entity extraction.
import type { Article } from '../../../model/article.js';
import type { Entity } from '../../../model/event.js';
import type { ArticleEntity } from '../../../model/extraction.js';

export function extractEntities(_article: Article): ArticleEntity[] {
  return [];
}

/** One entity per real-world referent across the event's articles (aliases and articleIds merged). */
export function mergeEntities(_articles: readonly Article[]): Entity[] {
  return [];
}
