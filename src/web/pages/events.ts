// The event list (/): filters (date range, entity, language, outlet, sort), each event with its
// coverage (outlets, languages, articles, independent sources, dates), a drawn timeline of the
// listed events by story, and pagination.
import { escapeHtml as h } from '../../render/escape.js';
import { storyRows, timelineRowsSvg } from '../../render/timeline-svg.js';
import type { EventListItem, EventQuery, EventSort, Page as StorePage } from '../../storage/store.js';
import { day, eventHref, isoDay, plural, storyHref, withQuery } from '../format.js';
import type { Page } from '../layout.js';

export const PAGE_SIZE = 20;
/** Longest free-text filter accepted (entity, outlet). */
const MAX_FILTER_CHARS = 200;
const LANGUAGE = /^[a-z]{2,3}$/;

export type ListFilters = { from?: string; to?: string; entity?: string; language?: string; outlet?: string; sort: EventSort; page: number };

/** Filters from the query string; values that cannot be used are dropped and named in `problems`. */
export function parseListQuery(params: Readonly<Record<string, string | undefined>>): { filters: ListFilters; problems: string[] } {
  const problems: string[] = [];
  const filters: ListFilters = { sort: params['sort'] === 'size' ? 'size' : 'recency', page: 1 };
  for (const key of ['from', 'to'] as const) {
    const v = params[key]?.trim();
    if (v === undefined || v === '') continue;
    const d = isoDay(v);
    if (d === undefined) problems.push(`"${v.slice(0, 40)}" is not a date (YYYY-MM-DD); the ${key} filter was ignored`);
    else filters[key] = d;
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    problems.push(`the range ${filters.from} – ${filters.to} ends before it starts; the dates were swapped`);
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  for (const key of ['entity', 'outlet'] as const) {
    const v = params[key]?.trim();
    if (v !== undefined && v !== '') filters[key] = v.slice(0, MAX_FILTER_CHARS);
  }
  const lang = params['language']?.trim().toLowerCase();
  if (lang !== undefined && lang !== '') {
    if (LANGUAGE.test(lang)) filters.language = lang;
    else problems.push(`"${lang.slice(0, 20)}" is not a language code (en, fr, es, de…); the language filter was ignored`);
  }
  const page = Number(params['page'] ?? '1');
  filters.page = Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
  return { filters, problems };
}

export function storeQuery(f: ListFilters): EventQuery {
  const q: EventQuery = { sort: f.sort, limit: PAGE_SIZE, offset: (f.page - 1) * PAGE_SIZE };
  if (f.from !== undefined) q.from = f.from;
  if (f.to !== undefined) q.to = f.to;
  if (f.entity !== undefined) q.entity = f.entity;
  if (f.language !== undefined) q.language = f.language;
  if (f.outlet !== undefined) q.outlet = f.outlet;
  return q;
}

const filterParams = (f: ListFilters): Record<string, string | undefined> => ({
  from: f.from,
  to: f.to,
  entity: f.entity,
  language: f.language,
  outlet: f.outlet,
  sort: f.sort === 'recency' ? undefined : f.sort,
});

export type Facets = { outlets: string[]; languages: string[] };

function filterForm(f: ListFilters, facets: Facets, filtered: boolean): string {
  const text = (name: keyof ListFilters, label: string, type = 'text', list?: string): string =>
    `<label for="f-${name}">${label}<input id="f-${name}" name="${name}" type="${type}" value="${h(String(f[name] ?? ''))}"${list === undefined ? '' : ` list="${list}"`}${type === 'text' ? ' autocomplete="off"' : ''}></label>`;
  const options = (id: string, values: readonly string[]): string => `<datalist id="${id}">${values.map((v) => `<option value="${h(v)}">`).join('')}</datalist>`;
  return `<details class="filter-box"${filtered || f.sort !== 'recency' ? ' open' : ''}><summary>Filter and sort</summary><form class="filters" method="get" action="/" aria-label="Filter events">
${text('from', 'From (event date)', 'date')}
${text('to', 'To', 'date')}
${text('entity', 'Person, organization or place')}
${text('language', 'Language (code)', 'text', 'languages')}
${text('outlet', 'Outlet', 'text', 'outlets')}
<label for="f-sort">Sort by<select id="f-sort" name="sort"><option value="recency"${f.sort === 'recency' ? ' selected' : ''}>most recent</option><option value="size"${f.sort === 'size' ? ' selected' : ''}>most articles</option></select></label>
<div class="actions"><button type="submit">Apply</button> <a href="/">Clear</a></div>
${options('languages', facets.languages)}${options('outlets', facets.outlets)}
</form></details>`;
}

function eventItem(e: EventListItem): string {
  const sources = e.independentSources === undefined ? '' : ` · ${plural(e.independentSources, 'independent source')}`;
  const published = e.lastPublished === undefined ? '' : ` · latest article ${day(e.lastPublished)}`;
  return `<li><h2><a href="${h(eventHref(e.id))}">${h(e.title)}</a></h2>
<p class="meta">${h(e.date ?? 'date unknown')} · ${plural(e.articleCount, 'article')} · ${plural(e.outlets.length, 'outlet')}${sources}${h(published)}</p>
<ul class="chips" aria-label="Outlets and languages">${e.outlets.map((o) => `<li>${h(o)}</li>`).join('')}${e.languages.map((l) => `<li class="lang">${h(l)}</li>`).join('')}</ul>
<p class="meta"><a href="${h(storyHref(e.storyId))}">Story</a></p></li>`;
}

export function pager(path: string, params: Record<string, string | undefined>, page: number, total: number, size: number): string {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return '';
  const prev = page > 1 ? `<a rel="prev" href="${h(withQuery(path, { ...params, page: page === 2 ? undefined : String(page - 1) }))}">← Previous</a>` : '<span></span>';
  const next = page < pages ? `<a rel="next" href="${h(withQuery(path, { ...params, page: String(page + 1) }))}">Next →</a>` : '<span></span>';
  return `<nav class="pager" aria-label="Pages">${prev}<span>Page ${page} of ${pages}</span>${next}</nav>`;
}

export function eventListPage(result: StorePage<EventListItem>, f: ListFilters, facets: Facets, storyTitles: ReadonlyMap<string, string>, problems: readonly string[]): Page {
  const from = result.total === 0 ? 0 : result.offset + 1;
  const to = result.offset + result.items.length;
  const filtered = f.from !== undefined || f.to !== undefined || f.entity !== undefined || f.language !== undefined || f.outlet !== undefined;
  const stories = [...new Set(result.items.map((e) => e.storyId))].map((id) => ({
    title: storyTitles.get(id) ?? 'story',
    eventIds: result.items.filter((e) => e.storyId === id).map((e) => e.id),
  }));
  const dots = result.items.map((e) => ({ id: e.id, title: e.title, date: e.date, size: e.articleCount }));
  const list =
    result.items.length === 0
      ? `<p class="absent">${filtered ? 'No event matches these filters.' : 'No events yet: ingest some articles first.'}</p>`
      : `<ol class="events">${result.items.map(eventItem).join('\n')}</ol>`;
  const body = `<h1>Events</h1>
${filterForm(f, facets, filtered)}
${problems.map((p) => `<p class="notice error" role="alert">${h(p)}</p>`).join('')}
<p class="meta" role="status">${result.total === 0 ? 'No events' : `Events ${from}–${to} of ${result.total}`}${filtered ? ' (filtered)' : ''}, ${f.sort === 'size' ? 'most articles first' : 'most recent first'}.</p>
${result.items.length === 0 ? '' : `<h2 class="visually-hidden">Timeline of these events</h2><div class="chart">${timelineRowsSvg(storyRows(dots, stories, eventHref), { width: 760, ariaLabel: 'Timeline of the listed events by story' })}</div>`}
${list}
${pager('/', filterParams(f), f.page, result.total, PAGE_SIZE)}`;
  return { title: 'Events', body };
}
