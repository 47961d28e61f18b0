// The event page (/events/:id): title, date, sources, then the shared comparison parts (cited
// summary, coverage matrix, disputed facts, quotes, timeline, exclusives, entities, why grouped)
// and the member articles' text, where every citation's evidence is marked. A signed-in editor
// gets correction forms (move an article to another event, split it out, merge two events).
import type { Article } from '../../model/article.js';
import type { Assignment, NewsEvent, Story } from '../../model/event.js';
import { articleTextHtml } from '../../render/article-text.js';
import { createCitations } from '../../render/citations.js';
import { escapeHtml as h, safeHref } from '../../render/escape.js';
import { eventParts } from '../../render/event-details.js';
import { outletOf } from '../../render/summary.js';
import type { EventListItem } from '../../storage/store.js';
import { articleHref, day, eventHref, plural, storyHref } from '../format.js';
import type { Page } from '../layout.js';

export type Editor = {
  csrf: string;
  /** Other events an article can be moved to or merged with (nearby in time, same story first). */
  candidates: EventListItem[];
};

function candidateOptions(candidates: readonly EventListItem[]): string {
  return candidates.map((c) => `<option value="${h(c.id)}">${h(`${c.date ?? '????-??-??'} — ${c.title.length > 70 ? c.title.slice(0, 69) + '…' : c.title} (${c.articleCount})`)}</option>`).join('');
}

function correctionForm(e: NewsEvent, x: Assignment, editor: Editor, byId: ReadonlyMap<string, Article>): string {
  const a = byId.get(x.articleId);
  const name = a === undefined ? x.articleId : outletOf(a);
  const sel = `mv-${x.articleId}`;
  const move =
    editor.candidates.length === 0
      ? ''
      : `<label class="visually-hidden" for="${h(sel)}">Event to move the ${h(name)} article to</label><select id="${h(sel)}" name="target">${candidateOptions(editor.candidates)}</select><button type="submit" name="kind" value="move" class="secondary">Move</button>`;
  const split = e.articleIds.length > 1 ? `<button type="submit" name="kind" value="split" class="secondary" aria-label="Split the ${h(name)} article out into its own event">Split out</button>` : '';
  if (move === '' && split === '') return '<span class="muted">—</span>';
  return `<form class="correct" method="post" action="${h(eventHref(e.id))}/corrections"><input type="hidden" name="csrf" value="${h(editor.csrf)}"><input type="hidden" name="article" value="${h(x.articleId)}">${move}${split}</form>`;
}

function mergeForm(e: NewsEvent, editor: Editor): string {
  if (editor.candidates.length === 0) return '<p class="muted">No other event nearby in time to merge with.</p>';
  return `<form class="correct" method="post" action="${h(eventHref(e.id))}/corrections"><input type="hidden" name="csrf" value="${h(editor.csrf)}"><input type="hidden" name="kind" value="merge">
<label for="merge-target">Merge this event with</label><select id="merge-target" name="target">${candidateOptions(editor.candidates)}</select><button type="submit">Merge</button></form>`;
}

function sourceArticle(a: Article, n: number, marks: string): string {
  const href = safeHref(a.url);
  const meta = [outletOf(a), a.language, day(a.published)].filter((s) => s !== '').join(' · ');
  const copy = a.duplicateOf !== undefined ? ' · duplicate copy' : a.syndicatedFrom !== undefined ? ' · wire copy' : '';
  return `<details id="${h(a.id)}"><summary>[${n}] ${h(a.title ?? a.text.slice(0, 90))} <span class="muted">— ${h(meta + copy)}</span></summary>
<p class="meta"><a href="${h(articleHref(a.id))}">Full article view with removed lines</a>${href === undefined ? '' : ` · <a href="${h(href)}" rel="noopener noreferrer">original</a>`}</p>
${marks}
</details>`;
}

export function eventPage(e: NewsEvent, articles: readonly Article[], story: Story | undefined, editor: Editor | undefined): Page {
  const cites = createCitations(articles);
  const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));
  const parts = eventParts(e, articles, cites, {
    articleHref: (id) => `#${id}`,
    eventHref,
    ...(editor === undefined ? {} : { actions: (x: Assignment) => correctionForm(e, x, editor, byId) }),
  });
  const outlets = new Set(articles.map(outletOf));
  const languages = [...new Set(articles.map((a) => a.language))].sort();
  const published = articles.map((a) => day(a.published)).filter((d) => d !== '').sort();
  const range = published.length === 0 ? '' : ` · published ${published[0] ?? ''}${published.at(-1) === published[0] ? '' : ` – ${published.at(-1) ?? ''}`}`;
  const sources = e.independentSources === undefined ? '' : ` · ${plural(e.independentSources, 'independent source')}`;
  const sections = parts
    .map((p) => {
      const extra = p.key === 'why' && editor !== undefined ? `<h3>Correct the grouping</h3>${mergeForm(e, editor)}` : '';
      return `<section class="part" id="${p.key}" aria-labelledby="${p.key}-h"><h2 id="${p.key}-h">${h(p.title)}</h2>
${p.html}${extra}</section>`;
    })
    .join('\n');
  // Article texts last: the citations above registered the marks they need.
  const texts = articles.map((a, i) => sourceArticle(a, i + 1, articleTextHtml(a, cites.marksOf(a.id)))).join('\n');
  const toc = parts.map((p) => `<li><a href="#${p.key}">${h(p.title)}</a></li>`).join('');
  const body = `<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Events</a></li>${story === undefined ? '' : `<li><a href="${h(storyHref(story.id))}">Story: ${h(story.title)}</a></li>`}<li aria-current="page">This event</li></ol></nav>
<h1>${h(e.title)}</h1>
<p class="meta">${h(e.date ?? 'date unknown')} · ${plural(articles.length, 'article')} · ${plural(outlets.size, 'outlet')}${sources} · ${h(languages.join(', '))}${h(range)}</p>
<nav aria-label="On this page"><ul class="chips">${toc}<li><a href="#sources">Sources</a></li></ul></nav>
<section class="part" aria-labelledby="list-h"><h2 id="list-h">Sources</h2>
<ol>${articles.map((a) => `<li><a href="#${h(a.id)}">${h(outletOf(a))}</a>: ${h(a.title ?? '')} <span class="muted">(${h([a.language, day(a.published)].filter((s) => s !== '').join(', '))})</span></li>`).join('')}</ol>
<p class="meta">Citations such as [1] link to the words in the article text below; hover or focus one to highlight them.</p></section>
${sections}
<section class="part sources" id="sources" aria-labelledby="sources-h"><h2 id="sources-h">Article texts</h2>
${texts}
</section>`;
  return { title: e.title, body };
}
