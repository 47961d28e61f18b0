// What the outlets say about each fact of an event: a coverage matrix (outlets × facts, each cell
// "agrees", "disputes" or "silent" in words and symbols, never colour alone), the disputed facts
// with their competing values side by side, and what only one outlet reports. Evidence is cited
// through the page's Citations, so every value links to the words it came from.
import type { Article } from '../model/article.js';
import type { Exclusive, Fact, FactValue, NewsEvent } from '../model/event.js';
import type { ArticleId } from '../model/ids.js';
import type { Citations } from './citations.js';
import { locate } from './citations.js';
import { escapeHtml as h } from './escape.js';
import { outletOf } from './summary.js';

export type CellState = 'agrees' | 'disputes' | 'silent';

const SYMBOL: Readonly<Record<CellState, string>> = { agrees: '✓', disputes: '≠', silent: '–' };

/** Unit names as a reader says them (base units of stage 4's quantities). */
const UNIT_LABEL: Readonly<Record<string, string>> = { person: 'people', '%': '%', pp: 'pp', km: 'km', ha: 'ha', kg: 'kg' };

function amount(n: number, unit: string | undefined): string {
  if (unit === 'min') {
    const hours = Math.floor(n / 60);
    const minutes = Math.round(n - hours * 60);
    return hours === 0 ? `${String(minutes)} min` : minutes === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(minutes)} min`;
  }
  const num = n.toLocaleString('en', { maximumFractionDigits: 2 });
  if (unit === undefined || unit === '') return num;
  const label = UNIT_LABEL[unit] ?? unit;
  return label === '%' ? `${num}%` : `${num} ${label}`;
}

/** The value as written in the article ("nearly four hours", "trois heures"). */
export function valueText(v: FactValue): string {
  return v.value;
}

/**
 * The value in comparable form, from its bounds ("= 3 h", "≈ 3 h 36 min – 4 h", "≥ 40 people",
 * "= 2026-03-09"), or undefined when the fact gives none.
 */
export function normalizedText(v: FactValue): string | undefined {
  const show = (x: number | string): string => (typeof x === 'number' ? amount(x, v.unit) : x);
  const sign = v.approximate === true ? '≈' : '=';
  if (v.low !== undefined && v.high !== undefined) return v.low === v.high ? `${sign} ${show(v.low)}` : `${sign} ${show(v.low)} – ${show(v.high)}`;
  if (v.low !== undefined) return `≥ ${show(v.low)}`;
  if (v.normalized !== undefined) return `${sign} ${show(v.normalized)}`;
  return undefined;
}

/**
 * A value as shown: in the words of the given articles' own evidence when there is some (an
 * outlet's cell shows what that outlet wrote, not another outlet's wording), with the normalized value.
 */
function valueHtml(v: FactValue, own?: ReadonlySet<ArticleId>): string {
  const norm = normalizedText(v);
  const words = own === undefined ? undefined : v.evidence.find((e) => own.has(e.articleId))?.text.trim();
  return `<span class="value">${h(words !== undefined && words !== '' ? words : valueText(v))}</span>${norm === undefined ? '' : ` <small class="norm">(${h(norm)})</small>`}`;
}

/** The value most articles give (the first on a tie): the one a disputing outlet differs from. */
export function referenceValue(f: Fact): FactValue | undefined {
  let best: FactValue | undefined;
  for (const v of f.values) if (best === undefined || v.articleIds.length > best.articleIds.length) best = v;
  return best;
}

/** Outlets of the event in a stable order, each with its articles. */
export function outletsOf(articles: readonly Article[]): { outlet: string; articles: Article[] }[] {
  const by = new Map<string, Article[]>();
  for (const a of articles) {
    const o = outletOf(a);
    const list = by.get(o);
    if (list === undefined) by.set(o, [a]);
    else list.push(a);
  }
  return [...by.entries()].sort((x, y) => x[0].localeCompare(y[0])).map(([outlet, list]) => ({ outlet, articles: list }));
}

/** Citation links for a value's evidence in the given articles (one per evidence span). */
function evidenceLinks(v: FactValue, ids: ReadonlySet<ArticleId>, cites: Citations): string {
  const links = v.evidence.filter((e) => ids.has(e.articleId)).map((e) => cites.cite(e.articleId, e, 'fact'));
  const cited = new Set(v.evidence.map((e) => e.articleId));
  for (const id of v.articleIds) if (ids.has(id) && !cited.has(id)) links.push(cites.cite(id, undefined, 'fact'));
  return links.join(' ');
}

/** Whether a value agrees with the fact's reference value: it is that value, or compatible with it. */
export function agreesWith(f: Fact, v: FactValue, reference: FactValue | undefined): boolean {
  if (f.status !== 'disputed' || v === reference || reference === undefined) return true;
  const refIndex = f.values.indexOf(reference);
  return (v.compatibleWith ?? []).includes(refIndex) || (reference.compatibleWith ?? []).includes(f.values.indexOf(v));
}

function cell(f: Fact, reference: FactValue | undefined, outletArticles: readonly Article[], cites: Citations): string {
  const ids = new Set(outletArticles.map((a) => a.id));
  const held = f.values.filter((v) => v.articleIds.some((id) => ids.has(id)));
  if (held.length === 0) return `<td class="cell silent"><span aria-hidden="true">${SYMBOL.silent}</span> silent</td>`;
  const states = held.map((v): CellState => (agreesWith(f, v, reference) ? 'agrees' : 'disputes'));
  const parts = held.map((v, i) => {
    const state = states[i] ?? 'agrees';
    const compatible = state === 'agrees' && v !== reference && f.status === 'disputed' ? ' <small class="muted">(compatible)</small>' : '';
    return `<span class="state ${state}"><span aria-hidden="true">${SYMBOL[state]}</span> ${state}</span> ${valueHtml(v, ids)}${compatible} ${evidenceLinks(v, ids, cites)}`;
  });
  const state = new Set(states).size > 1 ? 'mixed' : (states[0] ?? 'agrees');
  return `<td class="cell ${state}">${parts.join('<br>')}</td>`;
}

const STATUS_TEXT: Readonly<Record<Fact['status'], string>> = { agreed: 'agreed', disputed: 'disputed', 'single-source': 'one source' };

/** Facts as rows, outlets as columns; a caption explains the symbols. */
export function coverageMatrixHtml(e: NewsEvent, articles: readonly Article[], cites: Citations): string {
  if (e.facts.length === 0) {
    return '<p class="absent">No facts were compared across sources for this event, so there is no coverage matrix.</p>';
  }
  const outlets = outletsOf(articles);
  const head = outlets.map((o) => `<th scope="col">${h(o.outlet)}</th>`).join('');
  const rows = e.facts.map((f) => {
    const ref = referenceValue(f);
    const origins = f.origins === undefined ? '' : ` <small class="muted">${f.origins} origin${f.origins === 1 ? '' : 's'}</small>`;
    return `<tr class="${h(f.status)}"><th scope="row">${h(f.topic)} <span class="status ${h(f.status)}">${STATUS_TEXT[f.status]}</span>${origins}</th>${outlets.map((o) => cell(f, ref, o.articles, cites)).join('')}</tr>`;
  });
  return `<p class="legend" id="${h(e.id)}-legend">What each outlet reports: <span aria-hidden="true">${SYMBOL.agrees}</span> agrees (gives the most-reported value), <span aria-hidden="true">${SYMBOL.disputes}</span> disputes (gives another value), <span aria-hidden="true">${SYMBOL.silent}</span> silent (does not say). Each value links to its evidence.</p>
<div class="scroll" role="region" aria-label="Coverage matrix" tabindex="0"><table class="matrix" aria-describedby="${h(e.id)}-legend">
<caption class="visually-hidden">Coverage matrix: facts by outlet</caption>
<thead><tr><th scope="col">fact</th>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

/** Each disputed fact with its values side by side, each with the outlets and their words. */
export function disputedFactsHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>, cites: Citations): string {
  if (e.facts.length === 0) return '<p class="absent">No facts were compared across sources for this event.</p>';
  const disputed = e.facts.filter((f) => f.status === 'disputed');
  if (disputed.length === 0) return `<p class="absent">The sources do not contradict each other on any of the ${e.facts.length} compared fact${e.facts.length === 1 ? '' : 's'}.</p>`;
  return disputed
    .map((f) => {
      const columns = f.values.map((v) => {
        const outlets = [...new Set(v.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined).map(outletOf))];
        const quotes = v.evidence.map((ev) => `<blockquote>${h(ev.text)} ${cites.cite(ev.articleId, ev, 'fact')}</blockquote>`);
        return `<div class="side"><p class="side-value">${valueHtml(v)}</p><p class="muted">${outlets.length === 0 ? 'no outlet' : h(outlets.join(', '))}</p>${quotes.join('')}</div>`;
      });
      return `<div class="dispute"><h4>${h(f.topic)}</h4><div class="sides">${columns.join('')}</div></div>`;
    })
    .join('\n');
}

/** What only one outlet reports, grouped by outlet. */
export function exclusivesHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>, cites: Citations): string {
  if (e.exclusive.length === 0) return '<p class="absent">No detail was found in only one outlet for this event.</p>';
  const by = new Map<string, Exclusive[]>();
  for (const x of e.exclusive) {
    const a = byId.get(x.articleId);
    const o = a === undefined ? x.articleId : outletOf(a);
    const list = by.get(o);
    if (list === undefined) by.set(o, [x]);
    else list.push(x);
  }
  return `<dl class="exclusives">${[...by.entries()]
    .sort((x, y) => x[0].localeCompare(y[0]))
    .map(([outlet, list]) => {
      const items = list.map((x) => {
        const a = byId.get(x.articleId);
        const span = x.start !== undefined && x.end !== undefined ? { start: x.start, end: x.end } : a === undefined ? undefined : locate(a, x.text);
        const what = x.kind === undefined ? '' : `<span class="chip">${h(x.topic ?? x.kind)}</span> `;
        return `<li>${what}${h(x.text)} ${cites.cite(x.articleId, span, 'exclusive')}</li>`;
      });
      return `<dt>${h(outlet)}</dt><dd><ul>${items.join('')}</ul></dd>`;
    })
    .join('')}</dl>`;
}
