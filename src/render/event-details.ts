// The parts of an event shared by the static report and the web event page: cited summary,
// coverage matrix, disputed facts, quotes with their renderings, timeline, exclusives, entities and
// "why grouped". Each part is body HTML under a title; the page picks the heading level. Every
// string from articles is escaped; every citation goes through the page's Citations.
import type { Article } from '../model/article.js';
import type { Assignment, Evidence, NewsEvent, SummarySentence } from '../model/event.js';
import type { Citations } from './citations.js';
import { bestSentence, locate } from './citations.js';
import { escapeHtml as h } from './escape.js';
import { coverageMatrixHtml, disputedFactsHtml, exclusivesHtml } from './facts.js';
import { quotesHtml } from './quotes.js';
import { outletOf } from './summary.js';
import { eventTimelineSvg } from './timeline-svg.js';

/** How many entities are listed before "and N more". */
const MAX_ENTITIES = 16;

export type EventPart = { key: string; title: string; html: string };

export function entitiesHtml(e: NewsEvent): string {
  if (e.entities.length === 0) return '<p class="absent">No people, organizations or places were recognised in these articles.</p>';
  const shown = e.entities.slice(0, MAX_ENTITIES).map((x) => {
    const aliases = x.aliases.length === 0 ? '' : ` title="also: ${h(x.aliases.join(', '))}"`;
    return `<li class="entity ${h(x.type)}"${aliases}>${h(x.name)} <small>${h(x.type)} · ${x.articleIds.length}</small></li>`;
  });
  const more = e.entities.length > MAX_ENTITIES ? `<li class="muted">and ${e.entities.length - MAX_ENTITIES} more</li>` : '';
  return `<ul class="chips">${shown.join('')}${more}</ul>`;
}

const SUMMARY_KIND: Readonly<Record<SummarySentence['kind'], string>> = { what: '', fact: '', dispute: 'sources disagree', 'single-source': 'one source only' };

/**
 * The summary, each sentence followed by links to its sources' evidence (the span stage 9 aligned
 * it with; for a sentence without one, the source's best-matching sentence). Disputes and claims
 * from a single origin say so in words.
 */
export function citedSummaryHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>, cites: Citations): string {
  if (e.summary.length === 0) return '<p class="absent">No summary has been written for this event.</p>';
  const sentences = e.summary.map((s) => {
    const ordered = [...s.sources].sort((x, y) => (cites.numberOf(x) ?? Infinity) - (cites.numberOf(y) ?? Infinity));
    const links = ordered.map((id) => {
      const ev = (s.evidence as readonly Evidence[] | undefined)?.find((x) => x.articleId === id);
      const a = byId.get(id);
      return cites.cite(id, ev ?? (a === undefined ? undefined : bestSentence(a, s.text)), 'summary');
    });
    const note = Object.hasOwn(SUMMARY_KIND, s.kind) ? SUMMARY_KIND[s.kind] : '';
    const label = note === '' ? '' : ` <span class="status ${s.kind === 'dispute' ? 'disputed' : 'single'}">${note}</span>`;
    return `<li class="sentence ${h(s.kind)}">${h(s.text)}${label}${links.length === 0 ? ' <span class="muted">(no source)</span>' : ` <span class="cites">${links.join('')}</span>`}</li>`;
  });
  return `<ul class="summary">${sentences.join('\n')}</ul>`;
}

/** The dated mentions as a numbered table, after a chart of them when `chart` is set. */
export function timelineListHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>, cites: Citations, chart = true): string {
  if (e.timeline.length === 0) return '<p class="absent">No dates were found in these articles.</p>';
  const rows = e.timeline.map((t, i) => {
    const links = t.articleIds.map((id) => {
      const a = byId.get(id);
      return cites.cite(id, a === undefined ? undefined : locate(a, t.text), 'timeline');
    });
    return `<tr><td>${i + 1}</td><td class="when">${h(t.date)}<br><small class="muted">${h(t.precision)}</small></td><td>${h(t.text)}</td><td class="cites">${links.join('')}</td></tr>`;
  });
  return `${chart ? `<div class="chart" role="region" aria-label="Timeline chart" tabindex="0">${eventTimelineSvg(e.timeline)}</div>` : ''}
<div class="scroll" role="region" aria-label="Dates mentioned" tabindex="0"><table class="timeline-list"><thead><tr><th scope="col">#</th><th scope="col">when</th><th scope="col">what</th><th scope="col">sources</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function why(x: Assignment): string {
  return [
    x.correction === undefined ? '' : `placed by a user correction (${x.correction})`,
    x.sharedNames.length > 0 ? `names: ${x.sharedNames.join(', ')}` : '',
    x.sharedTerms.length > 0 ? `terms: ${x.sharedTerms.join(', ')}` : '',
    x.sharedNumbers.length > 0 ? `numbers: ${x.sharedNumbers.join(', ')}` : '',
    x.dateGapDays === undefined ? '' : `date gap: ${x.dateGapDays} d`,
  ]
    .filter((s) => s !== '')
    .join('; ');
}

export type ExplanationOptions = {
  /** Where an article links to (default: its section on the page). */
  articleHref?: (id: string) => string;
  /** Where an event links to (the runner-up); without it the id is shown as text. */
  eventHref?: (id: string) => string;
  /** Extra cell per row (the web page's correction buttons for an editor). */
  actions?: (x: Assignment) => string;
  /** Draw the event's timeline chart above its table (default true). */
  timelineChart?: boolean;
};

/** "Why grouped": per article, its score against the threshold, what it matched and shared, the runner-up. */
export function explanationHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>, options: ExplanationOptions = {}): string {
  if (e.explanation.length === 0) return '<p class="absent">The grouper gave no explanation for this event.</p>';
  const articleHref = options.articleHref ?? ((id: string) => `#${id}`);
  const label = (id: string): string => {
    const a = byId.get(id);
    return `<a href="${h(articleHref(id))}">${h(a === undefined ? id : outletOf(a))}</a>`;
  };
  const rows = e.explanation.map((x) => {
    const runner =
      x.runnerUp === undefined
        ? '<span class="muted">none</span>'
        : `${options.eventHref === undefined ? h(x.runnerUp.eventId) : `<a href="${h(options.eventHref(x.runnerUp.eventId))}">${h(x.runnerUp.eventId)}</a>`} at ${x.runnerUp.score.toFixed(2)}`;
    const opened = x.matchedArticleId === undefined && x.correction === undefined;
    const verdict = opened ? 'first article' : x.score >= x.threshold ? 'above threshold' : 'below threshold';
    return `<tr><th scope="row">${label(x.articleId)}</th><td>${x.score.toFixed(2)} / ${x.threshold.toFixed(2)}<br><small class="muted">${verdict}</small></td><td>${x.matchedArticleId === undefined ? 'opened the event' : label(x.matchedArticleId)}</td><td>${h(why(x)) || '<span class="muted">—</span>'}</td><td>${runner}</td>${options.actions === undefined ? '' : `<td>${options.actions(x)}</td>`}</tr>`;
  });
  return `<div class="scroll" role="region" aria-label="Why these articles were grouped" tabindex="0"><table class="why">
<thead><tr><th scope="col">article</th><th scope="col">score / threshold</th><th scope="col">matched</th><th scope="col">shared evidence</th><th scope="col">runner-up event</th>${options.actions === undefined ? '' : '<th scope="col">correct</th>'}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

/** The comparison parts of an event, in page order. */
export function eventParts(e: NewsEvent, articles: readonly Article[], cites: Citations, options: ExplanationOptions = {}): EventPart[] {
  const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));
  return [
    { key: 'summary', title: 'Summary', html: citedSummaryHtml(e, byId, cites) },
    { key: 'coverage', title: 'Coverage: who says what', html: coverageMatrixHtml(e, articles, cites) },
    { key: 'disputed', title: 'Disputed facts', html: disputedFactsHtml(e, byId, cites) },
    { key: 'quotes', title: 'Quotes and their renderings', html: quotesHtml(e, byId, cites) },
    { key: 'timeline', title: 'Timeline', html: timelineListHtml(e, byId, cites, options.timelineChart ?? true) },
    { key: 'exclusive', title: 'Only in one outlet', html: exclusivesHtml(e, byId, cites) },
    { key: 'entities', title: 'Who and where', html: entitiesHtml(e) },
    { key: 'why', title: 'Why these articles were grouped', html: explanationHtml(e, byId, options) },
  ];
}
