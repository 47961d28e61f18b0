// The article view (/articles/:id): metadata, the cleaned text, and a toggle (a checkbox, no
// script needed) that shows each removed line in place with the reason it was removed.
import type { Article } from '../../model/article.js';
import type { NewsEvent } from '../../model/event.js';
import { articleTextHtml } from '../../render/article-text.js';
import { escapeHtml as h, safeHref } from '../../render/escape.js';
import { outletOf } from '../../render/summary.js';
import { day, eventHref, plural } from '../format.js';
import type { Page } from '../layout.js';

export function articlePage(a: Article, event: NewsEvent | undefined): Page {
  const href = safeHref(a.url);
  const facts: [string, string][] = [
    ['Outlet', outletOf(a)],
    ['Published', day(a.published) || 'unknown'],
    ['Language', `${a.language}${a.originalLanguage === undefined || a.originalLanguage === a.language ? '' : ` (translated from ${a.originalLanguage})`}`],
    ['Input', `${a.file.split(/[\\/]/).slice(-2).join('/')}${a.item === undefined ? '' : `#${a.item}`} (${a.format}, ${a.encoding})`],
    ['Text', `${plural(a.paragraphs.length, 'paragraph')}, ${plural(a.sentences.length, 'sentence')}`],
  ];
  if (a.duplicateOf !== undefined) facts.push(['Copy', `near-identical to article ${a.duplicateOf}`]);
  else if (a.syndicatedFrom !== undefined) facts.push(['Copy', `wire copy of article ${a.syndicatedFrom}`]);
  const links = [
    event === undefined ? '' : `<a href="${h(eventHref(event.id))}">Event: ${h(event.title)}</a>`,
    href === undefined ? '' : `<a href="${h(href)}" rel="noopener noreferrer">Original page</a>`,
  ].filter((s) => s !== '');
  const removed = a.removed.length;
  const toggle =
    removed === 0
      ? '<p class="muted">Nothing was removed from this article while cleaning it.</p>'
      : `<p class="toggle"><input type="checkbox" id="show-removed"> <label for="show-removed">Show the ${plural(removed, 'removed line')} in place, with the reason</label></p>`;
  const body = `<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Events</a></li>${event === undefined ? '' : `<li><a href="${h(eventHref(event.id))}">${h(event.title)}</a></li>`}<li aria-current="page">Article</li></ol></nav>
<h1>${h(a.title ?? a.text.slice(0, 90))}</h1>
<dl class="meta facts">${facts.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>
${links.length === 0 ? '' : `<p>${links.join(' · ')}</p>`}
<section aria-labelledby="text-h"><h2 id="text-h">Cleaned text</h2>
${toggle}
${articleTextHtml(a)}
</section>`;
  return { title: a.title ?? 'Article', body };
}
