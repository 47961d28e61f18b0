// Named constants and patterns for HTML extraction (html.ts). Each markup-level noise rule names
// the fixture under test/fixtures/html/ that shows why it exists; its gain on the extraction eval
// (`npx tsx test/eval/run.ts extraction`) is noted where it was measured.
import type { RemovalReason } from '../../model/article.js';

/** Input larger than this (UTF-16 units, after dropping scripts and styles) is cut; the parsers
 * cope with the truncated tail. Real article pages stay well under 2 MB once scripts are gone. */
export const MAX_HTML_CHARS = 3_000_000;

/** Elements nested deeper than this are flattened to their text (guards linkedom, which is
 * quadratic in nesting depth: 200 000 nested <div>s take ~20 s). Fixture: hostile markup test. */
export const MAX_NESTING_DEPTH = 256;

/** A body with less text than this after linkedom parsed it is re-parsed through parse5
 * (linkedom returns an empty <body> for text before <html> or a second <html>). Fixture: malformed. */
export const MIN_BODY_CHARS = 200;

/** Fewer characters of article text than this and the page has no article (E_HTML). Fixture: no-article. */
export const MIN_ARTICLE_CHARS = 80;

/** A noise-rule match holding paragraphs of at least PROSE_PARAGRAPH_CHARS characters totalling
 * more than MAX_PROSE_IN_NOISE characters is kept: it wraps article prose (a "related" box left
 * unclosed swallows the story that follows it). Fixture: unclosed-related. */
export const PROSE_PARAGRAPH_CHARS = 120;
export const MAX_PROSE_IN_NOISE = 400;

/** Removal texts are kept for the report up to this length. */
export const MAX_REMOVAL_TEXT = 500;

/** Script blocks other than JSON-LD and style blocks are dropped before parsing (size and speed). */
export const SCRIPT_OR_STYLE = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>/giu;

/** HTML comments are dropped before parsing. */
export const HTML_COMMENT = /<!--[\s\S]*?-->/gu;

/** Elements whose content is never text. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO',
  'AUDIO', 'MATH', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'FORM', 'HEAD', 'TITLE',
]);

/** Elements that start and end a paragraph when converting markup to text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'HR', 'ADDRESS', 'CENTER',
  'FIELDSET', 'DETAILS', 'SUMMARY', 'FIGURE', 'BODY', 'HTML',
]);

/** Elements that end a line (inside a paragraph) when converting markup to text. */
export const LINE_TAGS: ReadonlySet<string> = new Set(['LI', 'DT', 'DD', 'TR', 'CAPTION']);

/** Table cells: separated by a space within their row. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['TD', 'TH']);

/** A markup-level noise rule: elements whose tag is in `tags`, or whose class/id/role/aria-label
 * matches `attr`, are removed before Readability scores the page. */
export type NoiseRule = {
  name: string;
  reason: RemovalReason;
  tags?: ReadonlySet<string>;
  attr?: RegExp;
};

// Class/id tokens are matched at word-ish boundaries: start, end, or next to - _ space.
const B = '(?:^|[\\s_-])';
const E = '(?:$|[\\s_-])';

/** <figure>, <figcaption> and caption-named blocks: image captions and credits. Fixture: news-page. */
export const CAPTION_RULE: NoiseRule = {
  name: 'CAPTION_RULE',
  reason: 'caption',
  tags: new Set(['FIGURE', 'FIGCAPTION']),
  attr: new RegExp(`${B}(?:caption|wp-caption-text|image-credit|photo-credit|credit)${E}`, 'iu'),
};

/** Share/social widgets ("Share on …", "Tweet"). Readability keeps them when their class also
 * says "article" or "content". Fixture: news-page. */
export const SHARE_RULE: NoiseRule = {
  name: 'SHARE_RULE',
  reason: 'share-prompt',
  attr: new RegExp(`${B}(?:share|sharing|social|sharedaddy|addthis|share-?bar|social-?links)${E}`, 'iu'),
};

/** Related/recommended article lists and <aside>. Fixture: news-page. */
export const RELATED_RULE: NoiseRule = {
  name: 'RELATED_RULE',
  reason: 'related-link',
  tags: new Set(['ASIDE']),
  attr: new RegExp(`${B}(?:related|recommended|recommendations|more-?stories|read-?more|also-?read|outbrain|taboola|trending|most-?popular)${E}`, 'iu'),
};

/** Newsletter sign-ups, subscription prompts, promos and ad slots. Fixture: news-page. */
export const PROMO_RULE: NoiseRule = {
  name: 'PROMO_RULE',
  reason: 'promo',
  attr: new RegExp(`${B}(?:newsletter|subscribe|subscription|signup|sign-up|promo|advert|advertisement|ad|ads|adslot|ad-slot|ad-container|dfp|sponsored|paywall|cta)${E}`, 'iu'),
};

/** Cookie and consent banners. Fixture: news-page. */
export const COOKIE_RULE: NoiseRule = {
  name: 'COOKIE_RULE',
  reason: 'cookie-banner',
  attr: new RegExp(`${B}(?:cookie|cookies|consent|gdpr|cmp)${E}`, 'iu'),
};

/** Site navigation: <nav>, breadcrumbs, menus. Fixture: news-page. */
export const NAVIGATION_RULE: NoiseRule = {
  name: 'NAVIGATION_RULE',
  reason: 'navigation',
  tags: new Set(['NAV']),
  attr: new RegExp(`${B}(?:breadcrumbs?|menu|navigation|navbar|skip-link)${E}`, 'iu'),
};

/** Author bio boxes ("Jane covers tech for …"), under or beside the story. Fixture: news-page. */
export const AUTHOR_BIO_RULE: NoiseRule = {
  name: 'AUTHOR_BIO_RULE',
  reason: 'byline',
  attr: new RegExp(`${B}(?:author-?bio|author-?box|author-?info|author-?details|author-?card|author-?description|about-?(?:the-?)?author|post-author|bio|bio-?box)${E}`, 'iu'),
};

/** Image galleries and slideshows: captions, "Image 1 of 23", controls. Fixture: news-page. */
export const GALLERY_RULE: NoiseRule = {
  name: 'GALLERY_RULE',
  reason: 'caption',
  attr: new RegExp(`${B}(?:gallery|slideshow|carousel|lightbox|captionlink)${E}`, 'iu'),
};

/** Rules applied in order; an element removed by one is not seen by the next. */
export const NOISE_RULES: readonly NoiseRule[] = [
  COOKIE_RULE, NAVIGATION_RULE, CAPTION_RULE, GALLERY_RULE, SHARE_RULE, RELATED_RULE, PROMO_RULE, AUTHOR_BIO_RULE,
];

/** Meta tags (name/property/itemprop) read for the publication date, most specific first. */
export const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'article.published', 'published_time',
  'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.created', 'dc.date', 'date',
] as const;

/** Meta tags read for the outlet name. */
export const OUTLET_META = ['og:site_name', 'application-name', 'twitter:site'] as const;

/** Meta tags read for the byline when Readability finds none. */
export const BYLINE_META = ['author', 'article:author', 'parsely-author', 'dc.creator'] as const;
