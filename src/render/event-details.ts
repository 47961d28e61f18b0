// HTML for what extraction adds to an event: who is involved, the quotes with their variants per
// outlet, and the timeline. Every string from articles is escaped.
import type { Article } from '../model/article.js';
import type { NewsEvent } from '../model/event.js';
import { escapeHtml as h } from './escape.js';
import { outletOf } from './summary.js';

/** How many entities are listed before "and N more". */
const MAX_ENTITIES = 16;

function sourceList(ids: readonly string[], byId: ReadonlyMap<string, Article>): string {
  return ids
    .map((id) => byId.get(id))
    .filter((a): a is Article => a !== undefined)
    .map((a) => `<a href="#${h(a.id)}">${h(outletOf(a))}</a>`)
    .join(', ');
}

function entitiesHtml(e: NewsEvent): string {
  if (e.entities.length === 0) return '';
  const shown = e.entities.slice(0, MAX_ENTITIES).map((x) => {
    const aliases = x.aliases.length === 0 ? '' : ` title="also: ${h(x.aliases.join(', '))}"`;
    return `<span class="entity ${h(x.type)}"${aliases}>${h(x.name)} <small>${h(x.type)} · ${x.articleIds.length}</small></span>`;
  });
  const more = e.entities.length > MAX_ENTITIES ? ` <span class="muted">and ${e.entities.length - MAX_ENTITIES} more</span>` : '';
  return `<h4>Who and where</h4><p class="chips">${shown.join('')}${more}</p>`;
}

function quotesHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>): string {
  if (e.quotes.length === 0) return '';
  const items = e.quotes.map((q) => {
    const variants =
      q.variants.length <= 1
        ? ''
        : `<details><summary>${q.variants.length} renderings</summary><ul>${q.variants
            .map((v) => {
              const a = byId.get(v.articleId);
              return `<li>“${h(v.text)}” <span class="muted">— ${a === undefined ? h(v.articleId) : `<a href="#${h(a.id)}">${h(outletOf(a))}</a>`}</span></li>`;
            })
            .join('')}</ul></details>`;
    return `<li><b>${q.speaker.trim() === '' ? '<span class="muted">unattributed</span>' : h(q.speaker)}</b>${q.indirect === true ? ' <span class="muted">(reported)</span>' : ''}: “${h(q.text)}” <span class="muted">— ${sourceList(q.articleIds, byId)}</span>${variants}</li>`;
  });
  return `<h4>Quotes</h4><ul class="quotes">${items.join('\n')}</ul>`;
}

function timelineHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>): string {
  if (e.timeline.length === 0) return '';
  const rows = e.timeline.map(
    (t) => `<tr><td>${h(t.date)}<br><small class="muted">${h(t.precision)}</small></td><td>${h(t.text)}</td><td>${sourceList(t.articleIds, byId)}</td></tr>`,
  );
  return `<h4>Timeline</h4><table><thead><tr><th>when</th><th>what</th><th>sources</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function eventDetailsHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>): string {
  return [entitiesHtml(e), quotesHtml(e, byId), timelineHtml(e, byId)].filter((s) => s !== '').join('\n');
}
