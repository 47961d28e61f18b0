// Stage 3 — language and sentences. PLACEHOLDER.
import type { Article, CleanArticle } from '../../model/article.js';

export function annotate(article: CleanArticle): Article {
  return { ...article, language: article.declaredLanguage ?? 'und', languageSpans: [], paragraphs: [], sentences: [] };
}
