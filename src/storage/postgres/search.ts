// Full-text search in PostgreSQL's own terms. Documents and queries are folded in JavaScript first
// (derive.ts searchTerms: the words every driver sees), then handed to a text search
// configuration: 'simple' for exact words, the article language's stemming configuration for
// stems. Snippets come from ts_headline over the original text with a configuration that strips
// accents (the unaccent extension) so "négociations" is marked for "negociations".
import { MARK_CLOSE, MARK_OPEN, SNIPPET_TOKENS, TEXT_WEIGHT, TITLE_WEIGHT, searchTerms } from '../derive.js';

/** How search matches: exact (folded) words, as every driver; or stems in each article's language. */
export type SearchMode = 'words' | 'stems';

/** ISO 639-1 language → PostgreSQL text search configuration (those PostgreSQL ships). */
export const LANGUAGE_CONFIGS: Readonly<Record<string, string>> = {
  ar: 'arabic',
  ca: 'catalan',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hi: 'hindi',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  nb: 'norwegian',
  ne: 'nepali',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

/** The configuration for languages PostgreSQL has no stemmer for (or unknown ones). */
export const FALLBACK_CONFIG = 'simple';

/** Prefix of the accent-stripping copies of the configurations, used for snippets. */
export const HEADLINE_PREFIX = 'parallax_';

/**
 * ts_rank weights {D, C, B, A}: title words (A) against text words (B) in the ratio of
 * derive.ts TITLE_WEIGHT to TEXT_WEIGHT, as the other drivers weigh them.
 */
export const RANK_WEIGHTS = `{0, 0, ${String(TEXT_WEIGHT / TITLE_WEIGHT)}, 1}`;

/** ts_headline options: a window of about SNIPPET_TOKENS words, matches between «». */
export const HEADLINE_OPTIONS = `StartSel="${MARK_OPEN}", StopSel="${MARK_CLOSE}", MaxWords=${String(SNIPPET_TOKENS)}, MinWords=${String(Math.floor(SNIPPET_TOKENS / 2))}, ShortWord=0, MaxFragments=0`;

/** The configuration for an article language, among those the server has. */
export function configFor(language: string, available: ReadonlySet<string>): string {
  const config = LANGUAGE_CONFIGS[language.toLowerCase()];
  return config !== undefined && available.has(config) ? config : FALLBACK_CONFIG;
}

/** The folded words of a text, one space apart: what to_tsvector and plainto_tsquery are given. */
export function foldedWords(text: string | undefined): string {
  return text === undefined ? '' : searchTerms(text).join(' ');
}

/** The distinct folded words of a query, one space apart ('' when there are none). */
export function queryWords(text: string): string {
  return [...new Set(searchTerms(text))].join(' ');
}

/** SQL (parameter $1: the query words) for the tsquery a search mode matches with. */
export function matchQuery(mode: SearchMode, configs: readonly string[]): string {
  if (mode === 'words') return `plainto_tsquery('simple', $1)`;
  return [FALLBACK_CONFIG, ...configs].map((c) => `plainto_tsquery('${c}', $1)`).join(' || ');
}
