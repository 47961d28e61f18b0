// HTML → article text and metadata. Pure: a string in, an extraction out.
//
// Cascade: drop scripts/styles and cap the size → parse with linkedom (fast) → when linkedom lost
// the body (junk before <html>, a second <html>, a fragment) or the nesting is hostile, re-parse
// through parse5 and hand its serialisation to linkedom → read metadata → remove markup-level noise
// by named rules (html-rules.ts), recording each removal → Mozilla Readability picks the article
// → its DOM becomes text with paragraph breaks.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse, serialize, type DefaultTreeAdapterTypes as P5 } from 'parse5';
import type { Removal } from '../../model/article.js';
import { ParallaxError } from '../../errors.js';
import {
  BLOCK_TAGS, BYLINE_META, CELL_TAGS, HTML_COMMENT, LINE_TAGS, MAX_HTML_CHARS, MAX_NESTING_DEPTH,
  MAX_REMOVAL_TEXT, MAX_PROSE_IN_NOISE, MIN_ARTICLE_CHARS, MIN_BODY_CHARS, NOISE_RULES, NON_TEXT_TAGS, OUTLET_META,
  PROSE_PARAGRAPH_CHARS, PUBLISHED_META, SCRIPT_OR_STYLE, type NoiseRule,
} from './html-rules.js';

export type HtmlExtraction = {
  /** Plain text: paragraphs separated by one blank line, lines inside a paragraph by "\n". */
  body: string;
  title?: string;
  /** Declared language: <html lang>, Content-Language or og:locale (as written, `_` → `-`). */
  lang?: string;
  /** ISO 8601 date or date-time of publication. */
  published?: string;
  /** Outlet name: og:site_name or JSON-LD publisher. */
  outlet?: string;
  /** Canonical URL (link rel=canonical, og:url), else the URL given. */
  url?: string;
  byline?: string;
  /** Elements removed at the markup level, with the rule that removed them. */
  removed: Removal[];
};

export type HtmlOptions = { url?: string; source: string };

// Structural views of the parts of linkedom's DOM used here (the project has no DOM lib types).
type DomNode = {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
};
type DomElement = DomNode & {
  readonly tagName: string;
  readonly isConnected: boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
};
type DomDocument = {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
};

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Extracts the article text and metadata from an HTML page; throws E_HTML when there is none. */
export function extractHtml(html: string, options: HtmlOptions): HtmlExtraction {
  const prepared = prepare(html);
  const doc = parseDocument(prepared);
  const meta = readMetadata(doc, options.url);
  let removed = removeNoise(doc);
  let article = readArticle(doc);
  // Fallback: the noise rules can take away what Readability needed to find the story (a product
  // page whose text sits in a "promo" box); retry on the untouched page. Fixture: noise-wrapped.
  if (article.body.length < MIN_ARTICLE_CHARS) {
    article = readArticle(parseDocument(prepared));
    removed = [];
  }
  const { body, parsed } = article;
  if (body.length < MIN_ARTICLE_CHARS) {
    throw new ParallaxError(
      'E_HTML',
      `${options.source}: no article text found in the HTML (${body.length} characters of text after removing navigation and boilerplate); ` +
        'check that the file is an article page rather than an index, login or error page, or supply the article as plain text',
      options.source,
    );
  }
  const result: HtmlExtraction = { body, removed };
  const title = clean(parsed?.title) ?? meta.title;
  const byline = clean(parsed?.byline) ?? meta.byline;
  const outlet = meta.outlet ?? clean(parsed?.siteName);
  const published = meta.published ?? isoDate(parsed?.publishedTime);
  const lang = meta.lang ?? clean(parsed?.lang);
  if (title !== undefined) result.title = title;
  if (lang !== undefined) result.lang = lang;
  if (published !== undefined) result.published = published;
  if (outlet !== undefined) result.outlet = outlet;
  if (meta.url !== undefined) result.url = meta.url;
  if (byline !== undefined) result.byline = byline;
  return result;
}

/**
 * Plain text of any HTML (a fragment from a feed item or JSON Lines, or a page) without article
 * detection: the fallback when `extractHtml` finds no article. Same block/line rules as articles.
 */
export function htmlToText(html: string): string {
  const doc = parseDocument(`<!doctype html><html><body>${prepare(html)}</body></html>`);
  return doc.body === null ? '' : toText(doc.body);
}

type Parsed = ReturnType<Readability<DomElement>['parse']>;

/** Runs Readability (which mutates the document) and turns its article into text. */
function readArticle(doc: DomDocument): { body: string; parsed: Parsed } {
  const parsed = new Readability<DomElement>(doc, { serializer: (node: unknown) => node as DomElement }).parse();
  const content = parsed?.content ?? undefined;
  return { body: content === undefined ? '' : toText(content), parsed };
}

/** Drops scripts (except JSON-LD), styles and comments, then caps the size. */
function prepare(html: string): string {
  const slim = html.replace(SCRIPT_OR_STYLE, '').replace(HTML_COMMENT, '');
  return slim.length > MAX_HTML_CHARS ? slim.slice(0, MAX_HTML_CHARS) : slim;
}

function parseDocument(html: string): DomDocument {
  if (maxDepthEstimate(html) > MAX_NESTING_DEPTH) return viaParse5(html);
  const doc = (parseHTML(html) as unknown as { document: DomDocument }).document;
  const chars = bodyChars(doc);
  if (chars >= MIN_BODY_CHARS) return doc;
  const again = viaParse5(html);
  return bodyChars(again) >= chars ? again : doc;
}

/** Text length of <body>; 0 when linkedom made no <html> root (a fragment, an empty input). */
function bodyChars(doc: DomDocument): number {
  if (doc.documentElement?.tagName.toUpperCase() !== 'HTML') return 0;
  return doc.body?.textContent?.trim().length ?? 0;
}

/** parse5 builds the tree the HTML spec prescribes from any input; flatten hostile nesting, then
 * give linkedom a well-formed serialisation. */
function viaParse5(html: string): DomDocument {
  const tree = parse(html);
  flattenDeep(tree);
  return (parseHTML(serialize(tree)) as unknown as { document: DomDocument }).document;
}

const VOID_OR_OPTIONAL = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|option|tr|td|th|tbody|thead|html|head|body)$/iu;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/gu;

/** Upper bound of element nesting from a tag scan (implicitly closed tags are not counted). */
function maxDepthEstimate(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const [, close, name = '', selfClose] = m;
    if (VOID_OR_OPTIONAL.test(name) || selfClose === '/') continue;
    depth = close === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

function flattenDeep(root: P5.Document): void {
  const stack: [P5.ParentNode, number][] = [[root, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    for (const child of node.childNodes) {
      if (!('childNodes' in child)) continue;
      if (depth + 1 >= MAX_NESTING_DEPTH) {
        const value = parse5Text(child);
        child.childNodes = [{ nodeName: '#text', value, parentNode: child }];
      } else stack.push([child, depth + 1]);
    }
  }
}

function parse5Text(root: P5.ParentNode): string {
  const out: string[] = [];
  const stack: P5.Node[] = [root];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.nodeName === '#text' && 'value' in n) out.push(n.value);
    else if ('childNodes' in n) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i] as P5.Node);
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Metadata

type Meta = { title?: string; lang?: string; published?: string; outlet?: string; url?: string; byline?: string };

function readMetadata(doc: DomDocument, given: string | undefined): Meta {
  const metas = new Map<string, string>();
  const all = doc.querySelectorAll('meta');
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    const key = (m?.getAttribute('property') ?? m?.getAttribute('name') ?? m?.getAttribute('itemprop') ?? m?.getAttribute('http-equiv'))?.toLowerCase();
    const value = clean(m?.getAttribute('content'));
    if (key !== undefined && value !== undefined && !metas.has(key)) metas.set(key, value);
  }
  const first = (keys: readonly string[]): string | undefined => keys.map((k) => metas.get(k)).find((v) => v !== undefined);
  const meta: Meta = {};
  const lang = clean(doc.documentElement?.getAttribute('lang')) ?? clean(doc.documentElement?.getAttribute('xml:lang')) ??
    metas.get('content-language') ?? metas.get('og:locale');
  if (lang !== undefined) meta.lang = lang.replace('_', '-');
  const time = doc.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime], time[datetime]');
  const published = isoDate(first(PUBLISHED_META)) ?? isoDate(time?.getAttribute('datetime'));
  if (published !== undefined) meta.published = published;
  const outlet = first(OUTLET_META);
  if (outlet !== undefined) meta.outlet = outlet;
  const byline = first(BYLINE_META);
  if (byline !== undefined && !/^https?:/u.test(byline)) meta.byline = byline;
  const title = metas.get('og:title') ?? clean(doc.querySelector('title')?.textContent);
  if (title !== undefined) meta.title = title;
  const url = resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), given) ??
    resolveUrl(metas.get('og:url'), given) ?? given;
  if (url !== undefined) meta.url = url;
  return meta;
}

function resolveUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  const h = clean(href);
  if (h === undefined) return undefined;
  try {
    return new URL(h, base).href;
  } catch {
    return undefined;
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** An ISO 8601 date (kept as a day when only a day is given) or date-time (UTC). */
function isoDate(value: string | null | undefined): string | undefined {
  const v = clean(value);
  if (v === undefined) return undefined;
  if (ISO_DAY.test(v)) return v;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  return year < 1900 || year > 2200 ? undefined : new Date(ms).toISOString();
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/gu, ' ').trim();
  return t === undefined || t === '' ? undefined : t;
}

// ---------------------------------------------------------------------------------------------
// Markup-level noise

function removeNoise(doc: DomDocument): Removal[] {
  const removed: Removal[] = [];
  const body = doc.documentElement?.tagName.toUpperCase() === 'HTML' ? doc.body : null;
  if (body === null) return removed;
  const elements = body.querySelectorAll('*');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (el === undefined || !el.isConnected) continue;
    const rule = matchRule(el);
    if (rule === undefined) continue;
    const text = el.textContent ?? '';
    if (proseChars(el) > MAX_PROSE_IN_NOISE) continue;
    el.remove();
    const t = clean(text);
    if (t !== undefined) removed.push({ text: t.slice(0, MAX_REMOVAL_TEXT), reason: rule.reason, rule: rule.name });
  }
  return removed;
}

/** Characters in the element's long paragraphs (article prose, not link lists or captions). */
function proseChars(el: DomElement): number {
  const ps = el.querySelectorAll('p');
  let sum = 0;
  for (let i = 0; i < ps.length; i++) {
    const n = ps[i]?.textContent?.trim().length ?? 0;
    if (n >= PROSE_PARAGRAPH_CHARS) sum += n;
  }
  return sum;
}

function matchRule(el: DomElement): NoiseRule | undefined {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'ARTICLE' || tag === 'MAIN') return undefined;
  const attrs = [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('role'), el.getAttribute('aria-label')]
    .filter((a): a is string => a !== null && a !== '').join(' ');
  return NOISE_RULES.find((r) => r.tags?.has(tag) === true || (attrs !== '' && r.attr?.test(attrs) === true));
}

// ---------------------------------------------------------------------------------------------
// DOM → text

/** Block elements → blank line, line elements and <br> → newline, cells → space; whitespace
 * collapsed except in <pre>. */
function toText(root: DomElement): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const t = line.replace(/[ \t\f\r]+/gu, ' ').trim();
    if (t !== '') lines.push(t);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  // Iterative walk: [node, leaving?]; `pre` counts open <pre> ancestors.
  const stack: [DomNode, boolean][] = [[root, false]];
  let pre = 0;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, leaving] = item;
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      if (pre > 0) {
        const [head = '', ...rest] = t.split('\n');
        line += head;
        for (const r of rest) { endLine(); line = r; }
      } else line += t.replace(/\s+/gu, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = node.nodeName.toUpperCase();
    if (NON_TEXT_TAGS.has(tag)) continue;
    if (tag === 'BR') { endLine(); continue; }
    const block = BLOCK_TAGS.has(tag);
    if (leaving) {
      if (tag === 'PRE') pre--;
      if (block) endParagraph();
      else if (LINE_TAGS.has(tag)) endLine();
      else if (CELL_TAGS.has(tag)) line += ' ';
      continue;
    }
    if (block) endParagraph();
    else if (LINE_TAGS.has(tag)) endLine();
    if (tag === 'PRE') pre++;
    stack.push([node, true]);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k !== undefined) stack.push([k, false]);
    }
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
