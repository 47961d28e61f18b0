// Stage 4 · entities. Per article: people, organizations, places and other names, with their
// mentions as spans into `article.text`, titles kept as roles, forms merged (surname → full name,
// acronym ↔ long form). Per event: one entity per referent across the articles.
// Our own capitalised-sequence detector and gazetteer; compromise is not used (see README of the
// eval suite `entities`: ~35 ms/article against a budget of 0.25 ms, and it joins "Joe Biden Y
// Vladimir Putin" into one person).
import type { Article } from '../../../model/article.js';
import type { Entity } from '../../../model/event.js';
import type { ArticleEntity } from '../../../model/extraction.js';
import { articleEntities } from './article.js';
import { mergeArticleEntities } from './merge.js';

export function extractEntities(article: Article): ArticleEntity[] {
  return articleEntities(article.text, article.language);
}

/** One entity per real-world referent across the event's articles (aliases and articleIds merged). */
export function mergeEntities(articles: readonly Article[]): Entity[] {
  return mergeArticleEntities(articles);
}
