// The story page (/stories/:id): why its events were linked, its events on a drawn timeline and
// as a dated list.
import type { Story } from '../../model/event.js';
import { escapeHtml as h } from '../../render/escape.js';
import { eventTimelineSvg, timelineRowsSvg } from '../../render/timeline-svg.js';
import type { EventListItem } from '../../storage/store.js';
import { eventHref, plural } from '../format.js';
import type { Page } from '../layout.js';

export function storyPage(s: Story, events: readonly EventListItem[]): Page {
  const ordered = [...events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
  const row = {
    label: s.title,
    dots: ordered.flatMap((e, i) => (e.date === undefined ? [] : [{ date: e.date, size: e.articleCount, href: eventHref(e.id), label: String(i + 1), title: `${i + 1}. ${e.date} — ${e.title} (${plural(e.articleCount, 'article')})` }])),
  };
  const list = ordered
    .map(
      (e) => `<li><a href="${h(eventHref(e.id))}">${h(e.title)}</a><p class="meta">${h(e.date ?? 'date unknown')} · ${plural(e.articleCount, 'article')} · ${plural(e.outlets.length, 'outlet')}${e.independentSources === undefined ? '' : ` · ${plural(e.independentSources, 'independent source')}`}</p></li>`,
    )
    .join('\n');
  const byEvent = new Map(events.map((e) => [e.id as string, e]));
  const told = s.timeline ?? [];
  const dates =
    told.length === 0
      ? ''
      : `<section aria-labelledby="dates-h"><h2 id="dates-h">What happened when</h2>
<div class="chart" role="region" aria-label="Timeline chart" tabindex="0">${eventTimelineSvg(told)}</div>
<div class="scroll" role="region" aria-label="Dates in the story" tabindex="0"><table class="timeline-list"><thead><tr><th scope="col">#</th><th scope="col">when</th><th scope="col">what</th><th scope="col">told in</th></tr></thead><tbody>${told
          .map((t, i) => {
            const links = t.eventIds.map((id) => byEvent.get(id)).filter((e): e is EventListItem => e !== undefined).map((e) => `<a href="${h(eventHref(e.id))}">${h(e.date ?? e.title)}</a>`);
            return `<tr><td>${i + 1}</td><td class="when">${h(t.date)}<br><small class="muted">${h(t.precision)}</small></td><td>${h(t.text)}</td><td>${links.join(', ')}</td></tr>`;
          })
          .join('')}</tbody></table></div></section>`;
  const body = `<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Events</a></li><li aria-current="page">Story</li></ol></nav>
<h1>${h(s.title)}</h1>
<p class="meta">${plural(ordered.length, 'event')}</p>
<section aria-labelledby="tl-h"><h2 id="tl-h">Timeline</h2><div class="chart">${timelineRowsSvg([row], { width: 760, labels: false, ariaLabel: `Events of the story, numbered as in the list below` })}</div>
<ol class="story-events">${list}</ol></section>
${dates}
<section aria-labelledby="why-h"><h2 id="why-h">Why these events form one story</h2>
${s.explanation.length === 0 ? '<p class="absent">No explanation was recorded.</p>' : `<ul>${s.explanation.map((x) => `<li>${h(x)}</li>`).join('')}</ul>`}</section>`;
  return { title: s.title, body };
}
