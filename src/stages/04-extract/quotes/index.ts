// Quotes of one article with their speakers; and quote variants across an event's articles.
// PLACEHOLDER: replaced by issue B's quote extraction.
import type { Article } from '../../../model/article.js';
import type { Entity, Quote } from '../../../model/event.js';
import type { ArticleEntity, QuoteMention } from '../../../model/extraction.js';

export function extractQuotes(_article: Article, _entities: readonly ArticleEntity[]): QuoteMention[] {
  return [];
}

/** The same statement reported by several articles (possibly translated) becomes one quote with variants. */
export function mergeQuotes(_articles: readonly Article[], _entities: readonly Entity[]): Quote[] {
  return [];
}
