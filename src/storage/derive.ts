// What every driver computes the same way: query validation, the list view of an event (outlets,
// languages, latest publication of its members), folded entity keys, search terms and paging.
// Drivers differ only in where they keep things; the meaning lives here.
import { ParallaxError, isParallaxError } from '../errors.js';
import type { Article } from '../model/article.js';
import type { NewsEvent } from '../model/event.js';
import type { ArticleId, EventId, StoryId } from '../model/ids.js';
import { fold } from '../text/fold.js';
import type { EventListItem, EventQuery, EventSort } from './store.js';

/** Page size when a query gives none, and the largest page a query may ask for (larger is clamped). */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
/** Words around the matched terms in a search snippet. */
export const SNIPPET_TOKENS = 20;
/** Search weights of an article's title and cleaned text (BM25 column weights). */
export const TITLE_WEIGHT = 5;
export const TEXT_WEIGHT = 1;
/** A search hit's title when the article has none: the start of its text, cut at this length. */
export const FALLBACK_TITLE_CHARS = 100;
/** Snippet marks around matched words (plain text: escape when rendering). */
export const MARK_OPEN = '«';
export const MARK_CLOSE = '»';
export const ELLIPSIS = '…';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORTS: readonly EventSort[] = ['recency', 'size'];

/** The calendar day (YYYY-MM-DD) of an ISO date or date-time. */
export const dayOf = (date: string | undefined): string | undefined => (date === undefined ? undefined : date.slice(0, 10));

/** Entity filter key: folded (case- and accent-free), whitespace collapsed. */
export const entityKey = (name: string): string => fold(name).replace(/\s+/gu, ' ').trim();

/** Folded names and aliases of an event's entities, unique and sorted. */
export function entityKeys(event: NewsEvent): string[] {
  const keys = new Set<string>();
  for (const entity of event.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = entityKey(name);
      if (key !== '') keys.add(key);
    }
  }
  return [...keys].sort();
}

/** The member fields an event's list view needs. */
export type MemberFacts = Pick<Article, 'outlet' | 'language' | 'published'>;

/** Outlets, languages (sorted, unique) and the latest publication among an event's stored members. */
export function memberSummary(members: readonly MemberFacts[]): Pick<EventListItem, 'outlets' | 'languages' | 'lastPublished'> {
  const outlets = new Set<string>();
  const languages = new Set<string>();
  let lastPublished: string | undefined;
  for (const m of members) {
    if (m.outlet !== undefined && m.outlet !== '') outlets.add(m.outlet);
    languages.add(m.language);
    if (m.published !== undefined && (lastPublished === undefined || m.published > lastPublished)) lastPublished = m.published;
  }
  return { outlets: [...outlets].sort(), languages: [...languages].sort(), ...(lastPublished === undefined ? {} : { lastPublished }) };
}

/** The list view of an event, given its members' facts. */
export function listItem(event: NewsEvent, members: readonly MemberFacts[]): EventListItem {
  const item: EventListItem = { id: event.id, storyId: event.storyId, title: event.title, articleCount: event.articleIds.length, ...memberSummary(members) };
  const day = dayOf(event.date);
  if (day !== undefined) item.date = day;
  if (event.independentSources !== undefined) item.independentSources = event.independentSources;
  return item;
}

/** A validated page request: limit in 1..MAX_LIMIT (larger asks are clamped), offset ≥ 0. */
export function pageOf(query: { limit?: number; offset?: number } | undefined): { limit: number; offset: number } {
  const limit = query?.limit ?? DEFAULT_LIMIT;
  const offset = query?.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1) throw new ParallaxError('E_QUERY', `limit must be a positive integer, got ${String(limit)}`, 'limit');
  if (!Number.isInteger(offset) || offset < 0) throw new ParallaxError('E_QUERY', `offset must be a non-negative integer, got ${String(offset)}`, 'offset');
  return { limit: Math.min(limit, MAX_LIMIT), offset };
}

/** An event query with defaults applied and values normalised for matching. */
export type NormalizedEventQuery = {
  from?: string;
  to?: string;
  /** Folded (entityKey). */
  entity?: string;
  /** Lower case. */
  language?: string;
  outlet?: string;
  storyId?: StoryId;
  sort: EventSort;
  limit: number;
  offset: number;
};

function isoDay(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(value))) throw new ParallaxError('E_QUERY', `${name} must be an ISO date YYYY-MM-DD, got "${value}"`, name);
  return value;
}

/** Validates an event query (E_QUERY naming the bad field) and normalises it. */
export function normalizeEventQuery(query: EventQuery = {}): NormalizedEventQuery {
  const sort = query.sort ?? 'recency';
  if (!SORTS.includes(sort)) throw new ParallaxError('E_QUERY', `sort must be one of ${SORTS.join(', ')}, got "${sort}"`, 'sort');
  const q: NormalizedEventQuery = { sort, ...pageOf(query) };
  const from = isoDay(query.from, 'from');
  const to = isoDay(query.to, 'to');
  if (from !== undefined) q.from = from;
  if (to !== undefined) q.to = to;
  const entity = query.entity === undefined ? '' : entityKey(query.entity);
  if (entity !== '') q.entity = entity;
  const language = query.language?.trim().toLowerCase() ?? '';
  if (language !== '') q.language = language;
  const outlet = query.outlet?.trim() ?? '';
  if (outlet !== '') q.outlet = outlet;
  if (query.storyId !== undefined && query.storyId !== '') q.storyId = query.storyId;
  return q;
}

/** Validates an ISO day range for eventsBetween. */
export function dayRange(from: string, to: string): { from: string; to: string } {
  return { from: isoDay(from, 'from') ?? '0000-00-00', to: isoDay(to, 'to') ?? '9999-99-99' };
}

/**
 * Orders list items as listEvents does. recency: latest member publication first (events with no
 * publication date last), then id. size: most articles first, then as recency.
 */
export function compareItems(sort: EventSort): (a: EventListItem, b: EventListItem) => number {
  const desc = (x: string | undefined, y: string | undefined): number => (x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : x < y ? 1 : -1);
  const recency = (a: EventListItem, b: EventListItem): number => desc(a.lastPublished, b.lastPublished) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return sort === 'size' ? (a, b) => b.articleCount - a.articleCount || recency(a, b) : recency;
}

/**
 * Search terms as SQLite FTS5's unicode61 tokenizer with remove_diacritics 2 sees them: runs of
 * letters and digits, lower case, accents removed.
 */
export function searchTerms(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A search hit's title: the article's, or the start of its text's first line. */
export function displayTitle(title: string | undefined | null, text: string | undefined | null): string {
  if (title !== undefined && title !== null && title.trim() !== '') return title;
  const line = (text ?? '').trimStart().split('\n', 1)[0] ?? '';
  return line.length <= FALLBACK_TITLE_CHARS ? line : `${line.slice(0, FALLBACK_TITLE_CHARS).trimEnd()}${ELLIPSIS}`;
}

/** The error for an update that would leave an event naming an article that is not stored. */
export function danglingArticle(event: EventId, article: ArticleId): ParallaxError {
  return new ParallaxError('E_STORE', `store update rejected: event ${event} names article ${article}, which is not stored (put the article, or rewrite or delete the event, in the same update)`, event);
}

/** Wraps a failure inside `apply` (nothing was written) as E_STORE, keeping ParallaxErrors as they are. */
export function updateFailed(e: unknown): ParallaxError {
  if (isParallaxError(e)) return e;
  return new ParallaxError('E_STORE', `store update failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`, undefined, { cause: e });
}
