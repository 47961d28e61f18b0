// Self-contained HTML report (no network, no script): stories and a drawn timeline, events with
// their cited summary, coverage matrix, disputed facts, quotes, timeline, exclusives and why
// articles were grouped (the components the web pages use too), each article's cleaned text with
// the cited evidence marked and the removed lines struck through with their reason, and the
// rejected inputs. All article text is escaped.
import type { Article } from '../model/article.js';
import type { ArticleId } from '../model/ids.js';
import type { Report } from '../model/report.js';
import { articleTextHtml } from './article-text.js';
import { createCitations, type Citations } from './citations.js';
import { escapeHtml as h, safeHref } from './escape.js';
import { eventParts } from './event-details.js';
import { BASE_CSS, COMPONENT_CSS } from './styles.js';
import { coverage, outletOf, type EventCoverage } from './summary.js';
import { timelineSvg } from './timeline-svg.js';

const REPORT_CSS = `
.event{border:1px solid var(--line);border-radius:8px;padding:12px;margin:12px 0}
@media (max-width:600px){main{padding:8px}td,th{padding:3px}}
`;
const CSS = BASE_CSS + COMPONENT_CSS + REPORT_CSS;

function articleLabel(a: Article): string {
  return `${outletOf(a)}${a.published === undefined ? '' : ` · ${a.published.slice(0, 10)}`} · ${a.language}`;
}

function articleLink(a: Article): string {
  return `<a href="#${h(a.id)}">${h(a.title ?? a.text.slice(0, 90))}</a> <span class="muted">(${h(articleLabel(a))})</span>`;
}

function eventSection(c: EventCoverage, cites: Citations): string {
  const e = c.event;
  const dates = c.firstPublished === undefined ? '' : ` · published ${c.firstPublished}${c.lastPublished !== c.firstPublished ? ` – ${c.lastPublished ?? ''}` : ''}`;
  const parts = eventParts(e, c.articles, cites, { timelineChart: false })
    .map((p) => (p.key === 'why' ? `<details><summary>${h(p.title)}</summary>${p.html}</details>` : `<h4>${h(p.title)}</h4>\n${p.html}`))
    .join('\n');
  return `<section class="event" id="${h(e.id)}" aria-labelledby="${h(e.id)}-t">
<h3 id="${h(e.id)}-t">${h(e.title)}</h3>
<p class="muted">${h(e.date ?? 'date unknown')}${h(dates)} · ${c.articles.length} articles · ${c.outlets.length} outlets${e.independentSources === undefined ? '' : ` · ${e.independentSources} independent source${e.independentSources === 1 ? '' : 's'}`}</p>
<ul class="chips">${c.outlets.map((o) => `<li>${h(o)}</li>`).join('')} ${c.languages.map((l) => `<li>${h(l)}</li>`).join('')}</ul>
<ol>${c.articles.map((a) => `<li>${articleLink(a)}</li>`).join('')}</ol>
${parts}
</section>`;
}

function articleSection(a: Article, cites: Citations | undefined): string {
  const href = safeHref(a.url);
  const meta = [
    `file ${a.file}${a.item === undefined ? '' : `#${a.item}`}`,
    `format ${a.format}`,
    `language ${a.language}${a.originalLanguage === undefined ? '' : ` (translated from ${a.originalLanguage})`}`,
    `${a.sentences.length} sentences`,
  ].join(' · ');
  return `<details id="${h(a.id)}"><summary>${h(a.title ?? a.text.slice(0, 90))} <span class="muted">— ${h(articleLabel(a))}</span></summary>
<p class="muted">${h(meta)}${href === undefined ? '' : ` · <a href="${h(href)}" rel="noopener noreferrer">source</a>`} · ${a.removed.length} line(s) removed as not article text</p>
${articleTextHtml(a, cites?.marksOf(a.id) ?? [])}
</details>`;
}

export function renderHtml(report: Report): string {
  const cov = new Map(coverage(report).map((c) => [c.event.id, c]));
  const citesOf = new Map<ArticleId, Citations>();
  const stories = report.stories
    .map((s) => {
      const events = s.eventIds.map((id) => cov.get(id)).filter((c): c is EventCoverage => c !== undefined);
      return `<h2>Story: ${h(s.title)} <span class="muted">(${events.length} event${events.length === 1 ? '' : 's'})</span></h2>
${s.explanation.length === 0 ? '' : `<p class="muted">${s.explanation.map(h).join('<br>')}</p>`}
${events
  .map((c) => {
    const cites = createCitations(c.articles);
    for (const a of c.articles) citesOf.set(a.id, cites);
    return eventSection(c, cites);
  })
  .join('\n')}`;
    })
    .join('\n');
  const rejected =
    report.rejected.length === 0
      ? ''
      : `<h2>Rejected inputs (${report.rejected.length})</h2><table><thead><tr><th>input</th><th>code</th><th>message</th></tr></thead><tbody>${report.rejected
          .map((r) => `<tr><td>${h(r.input)}</td><td>${h(r.code)}</td><td>${h(r.message)}</td></tr>`)
          .join('')}</tbody></table>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Parallax report — ${report.events.length} events</title><style>${CSS}</style></head>
<body><main>
<h1>Parallax report</h1>
<p class="muted">Generated ${h(report.generatedAt)} · report schema v${report.schemaVersion}</p>
<div class="stats"><span class="stat">${report.articles.length} articles</span><span class="stat">${report.events.length} events</span><span class="stat">${report.stories.length} stories</span><span class="stat">${report.rejected.length} rejected</span></div>
<h2>Timeline</h2>
${timelineSvg(report)}
${stories}
<h2>Articles (${report.articles.length})</h2>
${report.articles.map((a) => articleSection(a, citesOf.get(a.id))).join('\n')}
${rejected}
</main></body></html>
`;
}
