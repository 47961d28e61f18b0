// Self-contained HTML report (no network, no script): stories and a drawn timeline, events with
// their coverage and why articles were grouped, each article's cleaned text with the removed lines
// struck through with their reason, and the rejected inputs. All article text is escaped.
import type { Article, Removal } from '../model/article.js';
import type { Assignment } from '../model/event.js';
import type { Report } from '../model/report.js';
import { escapeHtml as h, safeHref } from './escape.js';
import { articleIndex, coverage, outletOf, type EventCoverage } from './summary.js';
import { timelineSvg } from './timeline-svg.js';
import { eventDetailsHtml } from './event-details.js';

const CSS = `
:root{--fg:#1d2430;--muted:#5b6573;--line:#d9dee5;--accent:#2457c5;--bg:#fff;--soft:#f4f6f9;--del:#a33}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0}
main{max-width:1040px;margin:0 auto;padding:16px}h1{font-size:1.5rem;margin:.2em 0}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:2em}
h3{font-size:1.05rem;margin:.2em 0}.muted{color:var(--muted)}a{color:var(--accent)}
.stats{display:flex;gap:12px;flex-wrap:wrap}.stat{background:var(--soft);border-radius:6px;padding:6px 12px}
.event{border:1px solid var(--line);border-radius:8px;padding:12px;margin:12px 0}
.chips span{display:inline-block;background:var(--soft);border-radius:10px;padding:0 8px;margin:2px;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.88rem}td,th{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
details{margin:6px 0}summary{cursor:pointer}.article-text p{margin:.5em 0}
.removed{color:var(--del)}.removed del{color:var(--muted)}.reason{font-size:.75rem;background:#fbe9e9;color:var(--del);border-radius:8px;padding:0 6px;margin-left:6px}
svg.timeline{width:100%;height:auto;font-size:11px}svg .grid{stroke:#eef1f5}svg .row{stroke:var(--line)}svg .dot{fill:var(--accent);fill-opacity:.75}
svg .tick,svg .story-label{fill:var(--muted)}
h4{font-size:.95rem;margin:.8em 0 .2em}.entity small{color:var(--muted)}.entity.person{background:#eaf1ff}.entity.place{background:#eaf7ee}.entity.organization{background:#fff4e0}
ul.quotes li{margin:.3em 0}
@media (max-width:600px){main{padding:8px}td,th{padding:3px}}
`;

function articleLabel(a: Article): string {
  return `${outletOf(a)}${a.published === undefined ? '' : ` · ${a.published.slice(0, 10)}`} · ${a.language}`;
}

function articleLink(a: Article): string {
  return `<a href="#${h(a.id)}">${h(a.title ?? a.text.slice(0, 90))}</a> <span class="muted">(${h(articleLabel(a))})</span>`;
}

function explanationRows(items: readonly Assignment[], byId: Map<string, Article>): string {
  return items
    .map((x) => {
      const a = byId.get(x.articleId);
      const matched = x.matchedArticleId === undefined ? undefined : byId.get(x.matchedArticleId);
      const why = [
        x.correction === undefined ? '' : `placed by a user correction (${x.correction})`,
        x.sharedNames.length > 0 ? `names: ${x.sharedNames.join(', ')}` : '',
        x.sharedTerms.length > 0 ? `terms: ${x.sharedTerms.join(', ')}` : '',
        x.sharedNumbers.length > 0 ? `numbers: ${x.sharedNumbers.join(', ')}` : '',
        x.dateGapDays === undefined ? '' : `date gap: ${x.dateGapDays} d`,
        x.runnerUp === undefined ? '' : `runner-up ${x.runnerUp.eventId} at ${x.runnerUp.score.toFixed(2)}`,
      ]
        .filter((s) => s !== '')
        .join('; ');
      return `<tr><td>${a === undefined ? h(x.articleId) : h(outletOf(a))}</td><td>${x.score.toFixed(2)} / ${x.threshold.toFixed(2)}</td><td>${matched === undefined ? 'opened the event' : h(outletOf(matched))}</td><td>${h(why)}</td></tr>`;
    })
    .join('\n');
}

function eventSection(c: EventCoverage, byId: Map<string, Article>): string {
  const e = c.event;
  const dates = c.firstPublished === undefined ? '' : ` · published ${c.firstPublished}${c.lastPublished !== c.firstPublished ? ` – ${c.lastPublished ?? ''}` : ''}`;
  return `<section class="event" id="${h(e.id)}" aria-labelledby="${h(e.id)}-t">
<h3 id="${h(e.id)}-t">${h(e.title)}</h3>
<p class="muted">${h(e.date ?? 'date unknown')}${h(dates)} · ${c.articles.length} articles · ${c.outlets.length} outlets${e.independentSources === undefined ? '' : ` · ${e.independentSources} independent source${e.independentSources === 1 ? '' : 's'}`}</p>
<p class="chips">${c.outlets.map((o) => `<span>${h(o)}</span>`).join('')} ${c.languages.map((l) => `<span>${h(l)}</span>`).join('')}</p>
<ul>${c.articles.map((a) => `<li>${articleLink(a)}</li>`).join('')}</ul>
${eventDetailsHtml(e, byId)}
${e.explanation.length === 0 ? '' : `<details><summary>Why these articles were grouped</summary><table><thead><tr><th>article</th><th>score / threshold</th><th>matched</th><th>shared evidence</th></tr></thead><tbody>${explanationRows(e.explanation, byId)}</tbody></table></details>`}
</section>`;
}

function articleSection(a: Article): string {
  const href = safeHref(a.url);
  const meta = [
    `file ${a.file}${a.item === undefined ? '' : `#${a.item}`}`,
    `format ${a.format}`,
    `language ${a.language}${a.originalLanguage === undefined ? '' : ` (translated from ${a.originalLanguage})`}`,
    `${a.sentences.length} sentences`,
  ].join(' · ');
  const inPlace = a.removed.filter((r) => r.at !== undefined);
  const atExtraction = a.removed.filter((r) => r.at === undefined);
  const removedLine = (r: Removal): string =>
    `<p class="removed"><del>${h(r.text)}</del><span class="reason" title="rule ${h(r.rule)}">${h(r.reason)}</span></p>`;
  const body: string[] = [];
  let next = 0;
  for (const p of a.paragraphs) {
    for (; next < inPlace.length && (inPlace[next]?.at ?? 0) <= p.start; next++) body.push(removedLine(inPlace[next] as Removal));
    body.push(`<p>${h(a.text.slice(p.start, p.end))}</p>`);
  }
  for (; next < inPlace.length; next++) body.push(removedLine(inPlace[next] as Removal));
  return `<details id="${h(a.id)}"><summary>${h(a.title ?? a.text.slice(0, 90))} <span class="muted">— ${h(articleLabel(a))}</span></summary>
<p class="muted">${h(meta)}${href === undefined ? '' : ` · <a href="${h(href)}" rel="noopener noreferrer">source</a>`} · ${a.removed.length} line(s) removed as not article text</p>
<div class="article-text">${body.join('\n')}</div>
${atExtraction.length === 0 ? '' : `<p class="muted">Removed while extracting the text from the page (${atExtraction.length}):</p>${atExtraction.map(removedLine).join('\n')}`}
</details>`;
}

export function renderHtml(report: Report): string {
  const byId = articleIndex(report);
  const cov = new Map(coverage(report).map((c) => [c.event.id, c]));
  const stories = report.stories
    .map((s) => {
      const events = s.eventIds.map((id) => cov.get(id)).filter((c): c is EventCoverage => c !== undefined);
      return `<h2>Story: ${h(s.title)} <span class="muted">(${events.length} event${events.length === 1 ? '' : 's'})</span></h2>
${s.explanation.length === 0 ? '' : `<p class="muted">${s.explanation.map(h).join('<br>')}</p>`}
${events.map((c) => eventSection(c, byId)).join('\n')}`;
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
${report.articles.map(articleSection).join('\n')}
${rejected}
</main></body></html>
`;
}
