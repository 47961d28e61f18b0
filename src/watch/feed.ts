// One poll of one feed: conditional GET (ETag / Last-Modified; 304 → nothing to do), decode and
// parse with stage 1 (decodeBytes, parseFeed), build raw articles with stage 1's assemble, and for
// items that are only a summary fetch the article page through the guarded fetcher and extract it
// (assemble → extractHtml). Throws on feed-level failure; the scheduler records it and backs off.
import type { RawArticle } from '../model/article.js';
import type { Rejection } from '../model/report.js';
import { ParallaxError, isParallaxError } from '../errors.js';
import { assemble } from '../stages/01-ingest/assemble.js';
import { decodeBytes } from '../stages/01-ingest/decode.js';
import type { Draft } from '../stages/01-ingest/draft.js';
import { parseFeed } from '../stages/01-ingest/feeds.js';
import type { IngestSummary, Service } from '../service/service.js';
import type { FeedState } from '../storage/store.js';
import type { FeedConfig } from './config.js';
import type { Fetcher } from './fetch.js';
import { mapLimit } from './limit.js';
import { FEED_ACCEPT, MAX_PAGES_PER_POLL, PAGE_ACCEPT, PAGE_CONCURRENCY, SUMMARY_MAX_CHARS } from './rules.js';

export type FeedPoll =
  | { kind: 'not-modified' }
  | {
    kind: 'fetched';
    etag?: string;
    lastModified?: string;
    items: number;
    /** Article pages fetched and extracted; pages that failed (the item's summary was kept instead). */
    pages: number;
    pageErrors: string[];
    /** Summary-only items already stored from their page: left alone. */
    skipped: number;
    summary: IngestSummary;
  };

type Item = { raw: RawArticle | Rejection; page?: 'fetched' | 'failed'; pageError?: string } | { skip: true };

function header(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function isHtmlType(contentType: string | undefined): boolean {
  if (contentType === undefined) return true; // sniffed by the extractor
  return /^(text\/html|application\/xhtml\+xml)\b/i.test(contentType.trim());
}

/** The feed's text, or an E_FEED error naming the URL. */
function decodeFeed(body: Buffer, url: string): { text: string; encoding: string } {
  const decoded = decodeBytes(body, { sniffCharset: true });
  if (decoded.kind !== 'text') throw new ParallaxError('E_FEED', `${url}: the response is not readable text (${decoded.reason}); check that the URL is a feed`, url);
  if (decoded.text.trim() === '') throw new ParallaxError('E_FEED', `${url}: the response is empty; check that the URL is a feed`, url);
  return { text: decoded.text, encoding: decoded.encoding };
}

/** Fetches the item's page and builds the article from it. */
async function fromPage(draft: Draft, url: string, feedUrl: string, fetcher: Fetcher): Promise<RawArticle | Rejection> {
  const res = await fetcher.fetch(url, { accept: PAGE_ACCEPT });
  const type = header(res.headers['content-type']);
  if (!isHtmlType(type)) throw new ParallaxError('E_UNSUPPORTED', `${url}: the article page is ${type ?? 'not HTML'}, not HTML`, url);
  const decoded = decodeBytes(res.body, { sniffCharset: true });
  if (decoded.kind !== 'text') throw new ParallaxError('E_ENCODING', `${url}: the article page is not readable text (${decoded.reason})`, url);
  const page: Draft = { ...draft, format: 'html', label: `${draft.label} (${url})`, content: { kind: 'html', html: decoded.text, fragment: false } };
  return assemble(page, feedUrl, decoded.encoding, { singleArticle: true });
}

/** Whether this item should be read from its page rather than from the feed. */
function wantsPage(feed: FeedConfig, fromFeed: RawArticle | Rejection): boolean {
  if (feed.fetchArticles === 'never') return false;
  if (feed.fetchArticles === 'always') return true;
  return 'code' in fromFeed ? fromFeed.code === 'E_EMPTY' || fromFeed.code === 'E_HTML' : fromFeed.body.length < SUMMARY_MAX_CHARS;
}

/** Absolute http(s) link of the item, resolved against the feed URL; undefined otherwise. */
function itemUrl(draft: Draft, base: string): string | undefined {
  if (draft.url === undefined) return undefined;
  try {
    const url = new URL(draft.url, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

async function readItem(draft: Draft, feed: FeedConfig, feedUrl: string, encoding: string, service: Service, fetcher: Fetcher, budget: { pages: number }): Promise<Item> {
  const url = itemUrl(draft, feedUrl);
  const item: Draft = { ...draft };
  if (url !== undefined) item.url = url;
  else delete item.url;
  if (feed.outlet !== undefined) item.outlet = feed.outlet;
  if (item.language === undefined && feed.language !== undefined) item.language = feed.language;
  const fromFeed = assemble(item, feedUrl, encoding, { singleArticle: false });
  if (url === undefined || !wantsPage(feed, fromFeed)) return { raw: fromFeed };
  // Already stored from its page: the summary must not replace it, and the page is not fetched again.
  const stored = await service.store.articleByKey(url);
  if (stored !== undefined && stored.article.text.length >= SUMMARY_MAX_CHARS) return { skip: true };
  if (budget.pages <= 0) return { raw: fromFeed };
  budget.pages--;
  try {
    const page = await fromPage(item, url, feedUrl, fetcher);
    if ('code' in page && !('code' in fromFeed)) return { raw: fromFeed, page: 'failed', pageError: page.message };
    return { raw: page, page: 'fetched' };
  } catch (e) {
    if (!isParallaxError(e)) throw e;
    return { raw: fromFeed, page: 'failed', pageError: e.message };
  }
}

/** Polls one feed; throws (ParallaxError) when the feed itself cannot be fetched or read. */
export async function pollFeed(feed: FeedConfig, state: FeedState | undefined, service: Service, fetcher: Fetcher): Promise<FeedPoll> {
  const request: { accept: string; etag?: string; lastModified?: string } = { accept: FEED_ACCEPT };
  if (state?.etag !== undefined) request.etag = state.etag;
  if (state?.lastModified !== undefined) request.lastModified = state.lastModified;
  const res = await fetcher.fetch(feed.url, request);
  if (res.status === 304) return { kind: 'not-modified' };
  const { text, encoding } = decodeFeed(res.body, feed.url);
  const parsed = parseFeed(text, feed.url);
  if (parsed.kind === 'malformed') {
    throw new ParallaxError('E_FEED', `${feed.url}: the feed is malformed: ${parsed.reason}; check the URL or tell the publisher`, feed.url);
  }
  if (parsed.kind === 'not-a-feed') {
    throw new ParallaxError('E_FEED', `${feed.url}: the response's root element <${parsed.root}> is neither RSS nor Atom; give the feed's URL, not a page's`, feed.url);
  }
  const budget = { pages: MAX_PAGES_PER_POLL };
  const items = await mapLimit(parsed.drafts, PAGE_CONCURRENCY, (d) => readItem(d, feed, feed.url, encoding, service, fetcher, budget));
  const raws: RawArticle[] = [];
  const rejected: Rejection[] = [...parsed.rejected];
  const pageErrors: string[] = [];
  let pages = 0;
  let skipped = 0;
  for (const item of items) {
    if ('skip' in item) {
      skipped++;
      continue;
    }
    if (item.page === 'fetched') pages++;
    if (item.pageError !== undefined) pageErrors.push(item.pageError);
    if ('code' in item.raw) rejected.push(item.raw);
    else raws.push(item.raw);
  }
  const summary = await service.ingestRaw(raws, rejected);
  const result: FeedPoll = { kind: 'fetched', items: parsed.drafts.length, pages, pageErrors, skipped, summary };
  const etag = header(res.headers.etag);
  const lastModified = header(res.headers['last-modified']);
  if (etag !== undefined) result.etag = etag;
  if (lastModified !== undefined) result.lastModified = lastModified;
  return result;
}
