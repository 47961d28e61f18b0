// An article's cleaned text as HTML paragraphs: evidence spans wrapped in <mark> (nested when
// spans nest, split where they cross; the first piece carries the id a citation links to) and
// each removed line shown in place with its reason. Every character of article text is escaped.
import type { Article, Removal } from '../model/article.js';
import { escapeHtml as h } from './escape.js';
import type { Mark } from './citations.js';

function removedLine(r: Removal): string {
  return `<p class="removed"><del>${h(r.text)}</del> <span class="reason" title="rule ${h(r.rule)}">${h(r.reason)}</span></p>`;
}

function openMark(m: Mark, first: boolean): string {
  return `<mark class="ev ${m.kind}"${first ? ` id="${h(m.id)}" tabindex="-1"` : ''} data-ev="${h(m.id)}">`;
}

/**
 * Which mark stays whole when two cross (the other is split into pieces): evidence for facts and
 * the summary over exclusives and quotes, the timeline's sentences last.
 */
const PRIORITY: Readonly<Record<Mark['kind'], number>> = { fact: 5, summary: 4, exclusive: 3, quote: 2, timeline: 1 };

/**
 * Text of [from, to) with the marks that overlap it. Marks nest when their spans nest; where two
 * cross, the one of lower priority is split. `opened` holds the ids already placed (a split mark,
 * or one crossing paragraphs, carries its id on its first piece only).
 */
export function markedSlice(text: string, from: number, to: number, marks: readonly Mark[], opened = new Set<string>()): string {
  const inside = marks.filter((m) => m.start < to && m.end > from);
  if (inside.length === 0) return h(text.slice(from, to));
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const stack: Mark[] = [];
  const out: string[] = [];
  const close = (depth: number): void => {
    for (let k = stack.length; k > depth; k--) out.push('</mark>');
    stack.length = depth;
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i] as number;
    const e = points[i + 1] as number;
    const active = inside.filter((m) => m.start <= s && m.end >= e);
    // Keep the open marks down to the first that ended; those above it that go on reopen.
    let keep = 0;
    while (keep < stack.length && active.includes(stack[keep] as Mark)) keep++;
    const reopen = stack.slice(keep).filter((m) => active.includes(m));
    const newcomers = active.filter((m) => !stack.includes(m));
    // A newcomer that outlives an open mark of lower priority goes outside it (that one is split).
    let depth = keep;
    for (let k = 0; k < keep; k++) {
      const o = stack[k] as Mark;
      if (newcomers.some((n) => !reopen.includes(n) && n.end > o.end && PRIORITY[n.kind] > PRIORITY[o.kind])) {
        depth = k;
        break;
      }
    }
    const popped = stack.slice(depth, keep);
    close(depth);
    // Open outer first: the mark that ends last outermost, so fewer pieces follow.
    const toOpen = [...new Set([...popped, ...reopen, ...newcomers])].filter((m) => !stack.includes(m));
    toOpen.sort((a, b) => b.end - a.end || PRIORITY[b.kind] - PRIORITY[a.kind] || a.start - b.start);
    for (const m of toOpen) {
      out.push(openMark(m, !opened.has(m.id)));
      opened.add(m.id);
      stack.push(m);
    }
    out.push(h(text.slice(s, e)));
  }
  close(0);
  return out.join('');
}

/**
 * Paragraphs of the article with marks, and its removed lines in place (class "removed", which a
 * page may hide). Removals made while extracting text from markup (no position) come last.
 */
export function articleTextHtml(a: Article, marks: readonly Mark[] = []): string {
  const inPlace = a.removed.filter((r) => r.at !== undefined);
  const atExtraction = a.removed.filter((r) => r.at === undefined);
  const body: string[] = [];
  const opened = new Set<string>();
  let next = 0;
  for (const p of a.paragraphs) {
    for (; next < inPlace.length && (inPlace[next]?.at ?? 0) <= p.start; next++) body.push(removedLine(inPlace[next] as Removal));
    body.push(`<p>${markedSlice(a.text, p.start, p.end, marks, opened)}</p>`);
  }
  for (; next < inPlace.length; next++) body.push(removedLine(inPlace[next] as Removal));
  const extraction =
    atExtraction.length === 0
      ? ''
      : `<div class="removed"><p class="muted">Removed while extracting the text from the page (${atExtraction.length}):</p>${atExtraction.map(removedLine).join('\n')}</div>`;
  return `<div class="article-text">${body.join('\n')}${extraction}</div>`;
}
