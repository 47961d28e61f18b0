// Stage 3 — language and sentences: the article's language (eld), paragraphs in another language,
// paragraph and sentence spans over the cleaned text. Pure.
import type { Article, CleanArticle, Span } from '../../model/article.js';
import { articleLanguage, foreignParagraphs } from './language.js';
import { paragraphSpans, sentenceSpans } from './sentences.js';

export function annotate(article: CleanArticle): Article {
  const { text } = article;
  const language = articleLanguage(text, article.declaredLanguage);
  const paragraphs = paragraphSpans(text);
  const languageSpans = foreignParagraphs(text, paragraphs, language);
  const sentences: Span[] = [];
  for (const p of paragraphs) {
    const own = languageSpans.find((s) => s.start === p.start)?.language ?? language;
    sentences.push(...sentenceSpans(text, p, own));
  }
  return { ...article, language, languageSpans, paragraphs, sentences };
}

export { paragraphSpans, sentenceSpans } from './sentences.js';
