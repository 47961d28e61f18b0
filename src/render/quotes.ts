// Quotes of an event: one statement per item, its speaker, and the wording each outlet printed
// (translations included) side by side, each wording cited to where it stands in its article.
import type { Article } from '../model/article.js';
import type { NewsEvent, Quote, QuoteVariant } from '../model/event.js';
import type { Citations } from './citations.js';
import { escapeHtml as h } from './escape.js';
import { outletOf } from './summary.js';

function speakerHtml(q: Quote): string {
  return q.speaker.trim() === '' ? '<span class="muted">unattributed</span>' : h(q.speaker);
}

function spanOf(v: QuoteVariant): { start: number; end: number } | undefined {
  return v.start === undefined || v.end === undefined ? undefined : { start: v.start, end: v.end };
}

function variantCard(v: QuoteVariant, byId: ReadonlyMap<string, Article>, cites: Citations): string {
  const a = byId.get(v.articleId);
  const who = a === undefined ? h(v.articleId) : `${h(outletOf(a))} <span class="lang">${h(a.language)}</span>`;
  const lang = a === undefined || a.language === 'und' ? '' : ` lang="${h(a.language)}"`;
  return `<figure class="variant"><blockquote${lang}>“${h(v.text)}”</blockquote><figcaption>${who} ${cites.cite(v.articleId, spanOf(v), 'quote')}</figcaption></figure>`;
}

export function quotesHtml(e: NewsEvent, byId: ReadonlyMap<string, Article>, cites: Citations): string {
  if (e.quotes.length === 0) return '<p class="absent">No quotation was found in the articles of this event.</p>';
  const items = e.quotes.map((q) => {
    const variants = q.variants;
    const outlets = new Set(variants.map((v) => byId.get(v.articleId)).filter((a): a is Article => a !== undefined).map(outletOf));
    const head = `<p class="quote-head"><b>${speakerHtml(q)}</b>${q.indirect === true ? ' <span class="muted">(reported speech)</span>' : ''}: “${h(q.text)}” <span class="muted">— ${variants.length} rendering${variants.length === 1 ? '' : 's'} in ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}</span></p>`;
    const cards = variants.length === 0 ? '' : `<div class="variants">${variants.map((v) => variantCard(v, byId, cites)).join('')}</div>`;
    return `<li class="quote">${head}${cards}</li>`;
  });
  return `<ul class="quotes">${items.join('\n')}</ul>`;
}
