// Search (/search?q=): matching articles with their snippet (matched words marked), outlet, date
// and event, paginated.
import { escapeHtml as h } from '../../render/escape.js';
import type { Page as StorePage, SearchHit } from '../../storage/store.js';
import { articleHref, day, eventHref } from '../format.js';
import type { Page } from '../layout.js';
import { pager } from './events.js';

export const SEARCH_PAGE_SIZE = 20;

/** The store's plain-text snippet with «matched» words: escaped, then the markers become <mark>. */
export function snippetHtml(snippet: string): string {
  return h(snippet).replace(/«([^«»]*)»/g, '<mark>$1</mark>');
}

function hit(x: SearchHit): string {
  const meta = [x.outlet ?? '', day(x.published)].filter((s) => s !== '').join(' · ');
  return `<li><h2><a href="${h(articleHref(x.articleId))}">${h(x.title || x.articleId)}</a></h2>
<p class="meta">${h(meta)}${x.eventId === undefined ? '' : ` · <a href="${h(eventHref(x.eventId))}">its event</a>`}</p>
<p>${snippetHtml(x.snippet)}</p></li>`;
}

export function searchPage(q: string, result: StorePage<SearchHit> | undefined, page: number): Page {
  const form = `<form role="search" method="get" action="/search" class="filters"><label for="q">Words to find<input id="q" type="search" name="q" value="${h(q)}"></label><div class="actions"><button type="submit">Search</button></div></form>`;
  if (result === undefined) return { title: 'Search', body: `<h1>Search articles</h1>${form}<p class="muted">Type words from the articles (names, places, numbers).</p>` };
  const from = result.total === 0 ? 0 : result.offset + 1;
  const list = result.items.length === 0 ? `<p class="absent">No article contains “${h(q)}”.</p>` : `<ol class="hits">${result.items.map(hit).join('\n')}</ol>`;
  const body = `<h1>Search: “${h(q)}”</h1>${form}
<p class="meta" role="status">${result.total === 0 ? 'No results' : `Results ${from}–${result.offset + result.items.length} of ${result.total}`}</p>
${list}
${pager('/search', { q }, page, result.total, SEARCH_PAGE_SIZE)}`;
  return { title: `Search: ${q}`, body };
}
