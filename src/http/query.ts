// Query-string validation: unknown or repeated parameters, malformed dates, numbers out of range
// and unknown sort keys are 400 errors naming the parameter and what to send instead.
import type { EventQuery, EventSort } from '../storage/store.js';
import { asStoryId } from '../model/ids.js';
import { ApiError } from './errors.js';
import { DEFAULT_PAGE_LIMIT, MAX_FILTER_CHARS, MAX_OFFSET, MAX_PAGE_LIMIT, MAX_SEARCH_CHARS } from './limits.js';

export const EVENT_SORTS: readonly EventSort[] = ['recency', 'size'];
export const EVENT_FILTERS = ['from', 'to', 'entity', 'language', 'outlet', 'story', 'sort', 'limit', 'offset'] as const;
export const PAGE_PARAMS = ['limit', 'offset'] as const;
export const SEARCH_PARAMS = ['q', 'limit', 'offset'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const LANGUAGE = /^[a-z]{2,3}$/u;
const INTEGER = /^\d{1,10}$/u;

type Params = Map<string, string>;

/** Single values of the allowed parameters; unknown or repeated ones are refused. */
export function readParams(url: string, allowed: readonly string[]): Params {
  const params: Params = new Map();
  for (const [name, value] of new URL(url).searchParams) {
    if (!allowed.includes(name)) {
      const hint = allowed.length === 0 ? 'this route takes no query parameters' : `allowed: ${allowed.join(', ')}`;
      throw new ApiError('E_BAD_QUERY', `unknown query parameter "${clip(name)}" (${hint})`);
    }
    if (params.has(name)) throw new ApiError('E_BAD_QUERY', `query parameter "${name}" is given more than once`);
    params.set(name, value);
  }
  return params;
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function text(params: Params, name: string, max: number): string | undefined {
  const v = params.get(name);
  if (v === undefined) return undefined;
  const t = v.trim();
  if (t === '') throw new ApiError('E_BAD_QUERY', `query parameter "${name}" is empty; leave it out or give a value`);
  if (t.length > max) throw new ApiError('E_BAD_QUERY', `query parameter "${name}" is longer than ${String(max)} characters`);
  return t;
}

function isoDate(params: Params, name: string): string | undefined {
  const v = params.get(name);
  if (v === undefined) return undefined;
  const m = ISO_DATE.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.toISOString().slice(0, 10) !== v) {
    throw new ApiError('E_BAD_QUERY', `query parameter "${name}" must be a calendar date YYYY-MM-DD, got "${clip(v)}"`);
  }
  return v;
}

function integer(params: Params, name: string, min: number, max: number): number | undefined {
  const v = params.get(name);
  if (v === undefined) return undefined;
  const n = INTEGER.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ApiError('E_BAD_QUERY', `query parameter "${name}" must be an integer from ${String(min)} to ${String(max)}, got "${clip(v)}"`);
  }
  return n;
}

export type PageParams = { limit: number; offset: number };

export function pageParams(params: Params): PageParams {
  return { limit: integer(params, 'limit', 1, MAX_PAGE_LIMIT) ?? DEFAULT_PAGE_LIMIT, offset: integer(params, 'offset', 0, MAX_OFFSET) ?? 0 };
}

/** GET /api/events filters as a store query. */
export function eventQuery(url: string): EventQuery & PageParams {
  const params = readParams(url, EVENT_FILTERS);
  const query: EventQuery & PageParams = pageParams(params);
  const from = isoDate(params, 'from');
  const to = isoDate(params, 'to');
  if (from !== undefined && to !== undefined && from > to) throw new ApiError('E_BAD_QUERY', `"from" (${from}) is after "to" (${to})`);
  if (from !== undefined) query.from = from;
  if (to !== undefined) query.to = to;
  const entity = text(params, 'entity', MAX_FILTER_CHARS);
  if (entity !== undefined) query.entity = entity;
  const outlet = text(params, 'outlet', MAX_FILTER_CHARS);
  if (outlet !== undefined) query.outlet = outlet;
  const language = text(params, 'language', MAX_FILTER_CHARS)?.toLowerCase();
  if (language !== undefined) {
    if (!LANGUAGE.test(language)) throw new ApiError('E_BAD_QUERY', `query parameter "language" must be an ISO 639-1 code such as "en" or "fr", got "${clip(language)}"`);
    query.language = language;
  }
  const story = text(params, 'story', MAX_FILTER_CHARS);
  if (story !== undefined) query.storyId = asStoryId(story);
  const sort = params.get('sort');
  if (sort !== undefined) {
    const known = EVENT_SORTS.find((s) => s === sort);
    if (known === undefined) throw new ApiError('E_BAD_QUERY', `query parameter "sort" must be ${EVENT_SORTS.map((s) => `"${s}"`).join(' or ')}, got "${clip(sort)}"`);
    query.sort = known;
  }
  return query;
}

/** GET /api/search: `q` (required) and the page. */
export function searchQuery(url: string): { text: string } & PageParams {
  const params = readParams(url, SEARCH_PARAMS);
  const q = text(params, 'q', MAX_SEARCH_CHARS);
  if (q === undefined) throw new ApiError('E_BAD_QUERY', 'query parameter "q" (the words to search for) is required');
  return { text: q, ...pageParams(params) };
}

/** Routes that take only a page. */
export function pageQuery(url: string): PageParams {
  return pageParams(readParams(url, PAGE_PARAMS));
}

/** Routes that take no query parameters. */
export function noQuery(url: string): void {
  readParams(url, []);
}
