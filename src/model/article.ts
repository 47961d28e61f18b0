import type { ArticleId } from './ids.js';
import type { Extraction } from './extraction.js';

/** Where an article came from. */
export type InputFormat = 'text' | 'html' | 'jsonl' | 'rss' | 'atom';

/** Half-open character range [start, end) into an article's cleaned `text`. */
export type Span = { start: number; end: number };

/** Why a line or paragraph was removed from an article (see stages/02-clean/rules.ts). */
export type RemovalReason =
  | 'share-prompt'
  | 'disclaimer'
  | 'caption'
  | 'byline'
  | 'date-header'
  | 'related-link'
  | 'navigation'
  | 'promo'
  | 'cookie-banner'
  | 'comment-prompt'
  | 'source-credit'
  | 'duplicate'
  | 'boilerplate';

export type Removal = {
  text: string;
  reason: RemovalReason;
  /** Name of the rule (constant in a stage's rules.ts) that fired. */
  rule: string;
  /**
   * Offset in the cleaned text where the line stood (the start of the paragraph that followed it,
   * or the end of the text). Absent for removals made while extracting text from markup.
   */
  at?: number;
};

/** Stage 1 output: one article as read from its input, body as plain text. */
export type RawArticle = {
  id: ArticleId;
  /** Input path as given on the command line (or joined with the folder it was found in). */
  file: string;
  /** Item inside a multi-article file: JSONL `id` or line number, feed item guid/id or index. */
  item?: string;
  format: InputFormat;
  url?: string;
  outlet?: string;
  title?: string;
  /** ISO 8601 date (YYYY-MM-DD) or date-time of publication. */
  published?: string;
  /** Language declared by the input (JSONL `language`, feed/html lang attribute). */
  declaredLanguage?: string;
  /** Language the article was translated from (sidecar `original_language`). */
  originalLanguage?: string;
  /** Character encoding the bytes were decoded from. */
  encoding: string;
  /** Plain text: paragraphs separated by one blank line, lines inside a paragraph by "\n". */
  body: string;
  /** Removals already made while turning markup into text (navigation, figure captions …). */
  removed: Removal[];
};

/** Stage 2 output. */
export type CleanArticle = Omit<RawArticle, 'body'> & {
  /** Cleaned text: content paragraphs separated by "\n\n". All spans point into it. */
  text: string;
  removed: Removal[];
};

/** Stage 3 output: the article as later stages and the report see it. */
export type Article = CleanArticle & {
  /** ISO 639-1 code, or 'und' when it cannot be told. */
  language: string;
  /** Paragraphs whose detected language differs from the article's. */
  languageSpans: (Span & { language: string })[];
  paragraphs: Span[];
  sentences: Span[];
  /** Stage 4: entities, quotes, quantities and dates found in `text`. */
  extraction?: Extraction;
  /** Stage 5: near-identical copy of an earlier article. */
  duplicateOf?: ArticleId;
  /** Stage 5: copy of the same wire original with edits (the earliest article of that origin). */
  syndicatedFrom?: ArticleId;
};
