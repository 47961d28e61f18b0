// Quotes of an event: one statement per item, its speaker, and the wording each outlet printed
// (translations included) side by side, each wording cited to where it stands in its article.
import type { Article } from '../model/article.js';
import type { MeaningChange, NewsEvent, Quote, QuoteVariant } from '../model/event.js';
import type { Citations } from './citations.js';
import { escapeHtml as h } from './escape.js';
import { outletOf } from './summary.js';

function speakerHtml(q: Quote): string {
  return q.speaker.trim() === '' ? '<span class="muted">unattributed</span>' : h(q.speaker);
}

function spanOf(v: QuoteVariant): { start: number; end: number } | undefined {
  return v.start === undefined || v.end === undefined ? undefined : { start: v.start, end: v.end };
}

function changeText(c: MeaningChange, byId: ReadonlyMap<string, Article>): string {
  const against = c.against === undefined ? undefined : byId.get(c.against);
  const words = c.words.length === 0 ? '' : `: “${c.words.join(' ')}”`;
  return `${CHANGE_TEXT[c.kind]}${words}${against === undefined ? '' : ` (compared with ${outletOf(against)})`}`;
}

const CHANGE_TEXT: Readonly<Record<MeaningChange['kind'], string>> = {
  strengthened: 'meaning strengthened',
  weakened: 'meaning weakened',
  negation: 'negation added or dropped',
  number: 'different number',
};

function variantCard(q: Quote, v: QuoteVariant, byId: ReadonlyMap<string, Article>, cites: Citations): string {
  const a = byId.get(v.articleId);
  const changes = (q.meaningChanges ?? []).filter((c) => c.articleId === v.articleId);
  const warn = changes.length === 0 ? '' : `<p class="change"><span aria-hidden="true">⚠</span> ${changes.map((c) => h(changeText(c, byId))).join('; ')}</p>`;
  const who = a === undefined ? h(v.articleId) : `${h(outletOf(a))} <span class="lang">${h(a.language)}</span>`;
  const lang = a === undefined || a.language === 'und' ? '' : ` lang="${h(a.language)}"`;
  return `<figure class="variant"><blockquote${lang}>“${h(v.text)}”</blockquote><figcaption>${who} ${cites.cite(v.articleId, spanOf(v), 'quote')}</figcaption>${warn}</figure>`;
}

export function quotesHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>, cites: Citations): string {
  if (e.quotes.length === 0) return '<p class="absent">No quotation was found in the articles of this event.</p>';
  const items = e.quotes.map((q) => {
    const variants = q.variants;
    const outlets = new Set(variants.map((v) => byId.get(v.articleId)).filter((a): a is Article => a !== undefined).map(outletOf));
    const changed = (q.meaningChanges ?? []).length === 0 ? '' : ' <span class="status disputed">wording changes the meaning</span>';
    const only = variants.length === 1 ? variants[0] : undefined;
    if (only !== undefined) {
      // One rendering: the quote itself, cited; no card repeating it.
      const a = byId.get(only.articleId);
      const who = a === undefined ? '' : `${h(outletOf(a))} `;
      return `<li class="quote"><p class="quote-head"><b>${speakerHtml(q)}</b>${q.indirect === true ? ' <span class="muted">(reported speech)</span>' : ''}: “${h(only.text)}”${changed} <span class="muted">— ${who}</span>${cites.cite(only.articleId, spanOf(only), 'quote')}</p></li>`;
    }
    const head = `<p class="quote-head"><b>${speakerHtml(q)}</b>${q.indirect === true ? ' <span class="muted">(reported speech)</span>' : ''}: “${h(q.text)}”${changed} <span class="muted">— ${variants.length} rendering${variants.length === 1 ? '' : 's'} in ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}</span></p>`;
    const cards = variants.length === 0 ? '' : `<div class="variants">${variants.map((v) => variantCard(q, v, byId, cites)).join('')}</div>`;
    return `<li class="quote">${head}${cards}</li>`;
  });
  return `<ul class="quotes">${items.join('\n')}</ul>`;
}
