// Citations that point into article text. A component that cites evidence asks the page's
// `Citations` for a link; the link's target is a <mark> around the evidence span in the article
// text rendered further down the same page (articleTextHtml in article-text.ts). Spans are the
// model's half-open [start, end) offsets into the cleaned text, so nothing is copied and drifts.
import type { Article, Span } from '../model/article.js';
import type { ArticleId } from '../model/ids.js';
import { escapeHtml as h } from './escape.js';
import { outletOf } from './summary.js';

/** What kind of statement the evidence backs (a class on the mark, for styling). */
export type MarkKind = 'fact' | 'summary' | 'quote' | 'exclusive' | 'timeline';

export type Mark = Span & { id: string; kind: MarkKind };

/** Element id of the mark around [start, end) of an article. */
export function evidenceId(articleId: ArticleId, span: Span): string {
  return `evidence-${articleId}-${span.start}-${span.end}`;
}

export type Citations = {
  /** The article's number on this page (1-based, in the order given), for "[n]" labels. */
  numberOf(articleId: ArticleId): number | undefined;
  /**
   * A link to the evidence [start, end) in the article, registered so that the article text on
   * the page marks it. Without a valid span the link points at the article itself.
   */
  cite(articleId: ArticleId, span: Span | undefined, kind: MarkKind, label?: string): string;
  /** Marks registered for one article, sorted by start (outer spans first). */
  marksOf(articleId: ArticleId): Mark[];
};

/** Minimum share of the summary sentence's words a source sentence must hold to be its evidence. */
const MIN_SENTENCE_OVERLAP = 0.2;
const WORD = /[\p{L}\p{N}]{3,}/gu;

function words(s: string): Set<string> {
  return new Set(Array.from(s.toLowerCase().matchAll(WORD), (m) => m[0]));
}

/**
 * The sentence of `article` that best matches `text` by shared words (a summary sentence cites
 * articles, not spans), or `undefined` when none shares enough.
 */
export function bestSentence(article: Article, text: string): Span | undefined {
  const target = words(text);
  if (target.size === 0) return undefined;
  let best: Span | undefined;
  let bestScore = 0;
  for (const s of article.sentences) {
    const w = words(article.text.slice(s.start, s.end));
    let shared = 0;
    for (const x of w) if (target.has(x)) shared++;
    const score = shared / target.size;
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return bestScore >= MIN_SENTENCE_OVERLAP ? best : undefined;
}

/** Where `text` stands in the article: an exact occurrence, else the best-matching sentence. */
export function locate(article: Article, text: string): Span | undefined {
  const trimmed = text.replace(/^[\s…]+|[\s…]+$/g, '');
  if (trimmed === '') return undefined;
  const at = article.text.indexOf(trimmed);
  if (at >= 0) return { start: at, end: at + trimmed.length };
  return bestSentence(article, trimmed);
}

function validSpan(article: Article | undefined, span: Span | undefined): span is Span {
  return (
    article !== undefined &&
    span !== undefined &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end > span.start &&
    span.end <= article.text.length
  );
}

/**
 * Citations for one page. `articles` are the articles whose text the page shows, in the order of
 * its source list; a citation to an article not on the page links nowhere and says so.
 */
export function createCitations(articles: readonly Article[]): Citations {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const numbers = new Map(articles.map((a, i) => [a.id, i + 1]));
  const marks = new Map<ArticleId, Map<string, Mark>>();
  return {
    numberOf: (id) => numbers.get(id),
    cite(articleId, span, kind, label) {
      const article = byId.get(articleId);
      const n = numbers.get(articleId);
      const text = label ?? (n === undefined ? '?' : `[${n}]`);
      if (article === undefined) return `<span class="cite missing" title="source not on this page">${h(text)}</span>`;
      const who = `${outletOf(article)}${article.language === 'und' ? '' : ` (${article.language})`}`;
      if (!validSpan(article, span)) {
        return `<a class="cite" href="#${h(articleId)}" aria-label="${h(`${text} source: ${who}`)}">${h(text)}</a>`;
      }
      const id = evidenceId(articleId, span);
      let forArticle = marks.get(articleId);
      if (forArticle === undefined) marks.set(articleId, (forArticle = new Map<string, Mark>()));
      if (!forArticle.has(id)) forArticle.set(id, { id, kind, start: span.start, end: span.end });
      return `<a class="cite" href="#${h(id)}" data-ev="${h(id)}" aria-label="${h(`${text} evidence in ${who}`)}">${h(text)}</a>`;
    },
    marksOf(articleId) {
      const m = marks.get(articleId);
      if (m === undefined) return [];
      return [...m.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
