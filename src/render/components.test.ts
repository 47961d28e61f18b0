import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticles, createEngine } from '../engine.js';
import type { Article, RawArticle } from '../model/article.js';
import type { Fact, FactValue, NewsEvent } from '../model/event.js';
import { asArticleId } from '../model/ids.js';
import { articleTextHtml, markedSlice } from './article-text.js';
import { bestSentence, createCitations, evidenceId, locate, type Mark } from './citations.js';
import { citedSummaryHtml, eventParts } from './event-details.js';
import { coverageMatrixHtml, disputedFactsHtml, exclusivesHtml, normalizedText } from './facts.js';
import { quotesHtml } from './quotes.js';
import { axisTicks, dayNumber, eventTimelineSvg } from './timeline-svg.js';

// Three short articles written for this test: two outlets agree on the toll, one disputes it.
const bodies = [
  'At least 12 people died when the Brenn river flooded Weidenau on Wednesday, officials said.\n\nMayor Klaus Obermaier said: "There is only mud today."',
  'Twelve people died in the Weidenau flood on Wednesday, the regional government said.\n\nRescuers searched the valley overnight.',
  'Fourteen people died in the Brenntal flood, according to the hospital in Weidenau.\n\nThe storm stalled over the valley for six hours.',
];
const raws: RawArticle[] = bodies.map((body, i) => ({
  id: asArticleId(`a00000000000010${String(i)}`),
  file: `test-${String(i)}.txt`,
  format: 'text',
  encoding: 'utf-8',
  outlet: ['Courier <i>A</i>', 'Daily B', 'Gazette C'][i] ?? '',
  title: `Flood report ${String(i)}`,
  published: '2026-05-14',
  body,
  removed: [],
}));
const report = analyzeArticles(createEngine({ now: () => new Date('2026-05-15T00:00:00Z'), threads: 1 }), raws);
const articles = report.articles;
const [a0, a1, a2] = articles as [Article, Article, Article];
const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));

function span(a: Article, text: string): { start: number; end: number; text: string; articleId: Article['id'] } {
  const start = a.text.indexOf(text);
  assert.ok(start >= 0, `"${text}" in ${a.id}`);
  return { articleId: a.id, start, end: start + text.length, text };
}

const toll: Fact = {
  topic: 'people dead <b>',
  status: 'disputed',
  values: [
    { value: '12', articleIds: [a0.id, a1.id], evidence: [span(a0, 'At least 12 people died'), span(a1, 'Twelve people died')] },
    { value: '14', articleIds: [a2.id], evidence: [span(a2, 'Fourteen people died')] },
  ],
};
const hours: Fact = { topic: 'hours stalled', status: 'single-source', values: [{ value: 'six hours', unit: 'min', low: 360, high: 360, articleIds: [a2.id], evidence: [span(a2, 'six hours')] }] };

function event(over: Partial<NewsEvent> = {}): NewsEvent {
  const base = report.events.find((e) => e.articleIds.includes(a0.id));
  assert.ok(base !== undefined);
  return { ...base, articleIds: articles.map((a) => a.id), ...over };
}

test('marks nest, and split where spans cross; the id sits on the first piece only', () => {
  const text = 'abcdefghij';
  const m = (id: string, start: number, end: number, kind: Mark['kind'] = 'fact'): Mark => ({ id, start, end, kind });
  const nested = markedSlice(text, 0, 10, [m('o', 1, 8), m('i', 3, 5)]);
  assert.equal(nested, 'a<mark class="ev fact" id="o" tabindex="-1" data-ev="o">bc<mark class="ev fact" id="i" tabindex="-1" data-ev="i">de</mark>fgh</mark>ij');
  const crossing = markedSlice(text, 0, 10, [m('x', 1, 5), m('y', 3, 8)]);
  assert.equal(crossing, 'a<mark class="ev fact" id="x" tabindex="-1" data-ev="x">bc<mark class="ev fact" id="y" tabindex="-1" data-ev="y">de</mark></mark><mark class="ev fact" data-ev="y">fgh</mark>ij');
  // Crossing a mark of higher priority (fact evidence over a timeline sentence): the fact stays whole.
  const ranked = markedSlice(text, 0, 10, [m('t', 1, 5, 'timeline'), m('f', 3, 8, 'fact')]);
  assert.equal(ranked, 'a<mark class="ev timeline" id="t" tabindex="-1" data-ev="t">bc</mark><mark class="ev fact" id="f" tabindex="-1" data-ev="f"><mark class="ev timeline" data-ev="t">de</mark>fgh</mark>ij');
  assert.equal(markedSlice('<b>&', 0, 4, [m('z', 0, 3)]), '<mark class="ev fact" id="z" tabindex="-1" data-ev="z">&lt;b&gt;</mark>&amp;');
});

/** The text inside the mark with this id (nested marks included), unescaped. */
function markText(html: string, id: string): string {
  let i = html.indexOf(`id="${id}"`);
  i = html.indexOf('>', i) + 1;
  let depth = 1;
  const tag = /<(\/?)mark\b[^>]*>/g;
  tag.lastIndex = i;
  let end = i;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) {
      end = m.index;
      break;
    }
  }
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
  return html.slice(i, end).replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (e) => entities[e] ?? e);
}

test('any set of marks gives balanced markup, the text unchanged, and each id once', () => {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const kinds: Mark['kind'][] = ['fact', 'summary', 'exclusive', 'quote', 'timeline'];
  const text = 'The quick brown fox jumps over the lazy dog & <cat>.';
  for (let round = 0; round < 300; round++) {
    const marks: Mark[] = Array.from({ length: 1 + rand(6) }, (_, i) => {
      const start = rand(text.length - 1);
      return { id: `m${String(i)}`, start, end: start + 1 + rand(text.length - start), kind: kinds[rand(kinds.length)] ?? 'fact' };
    });
    const html = markedSlice(text, 0, text.length, marks);
    let depth = 0;
    for (const t of html.matchAll(/<(\/?)mark\b/g)) {
      depth += t[1] === '/' ? -1 : 1;
      assert.ok(depth >= 0);
    }
    assert.equal(depth, 0, html);
    assert.equal(html.replace(/<[^>]*>/g, ''), text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    for (const mk of marks) assert.equal(html.split(`id="${mk.id}"`).length - 1, 1, `${mk.id} once in ${html}`);
  }
});

test('every citation on an event page resolves to a mark holding exactly the evidence', () => {
  const e = event({ facts: [toll, hours], summary: [{ text: 'At least 12 people died in the Weidenau flood.', sources: [a0.id, a1.id], kind: 'fact', evidence: [span(a1, 'Twelve people died')] }], exclusive: [{ articleId: a2.id, text: 'The storm stalled over the valley for six hours.' }] });
  const cites = createCitations(articles);
  const parts = eventParts(e, articles, cites).map((p) => p.html).join('\n');
  const texts = articles.map((a) => articleTextHtml(a, cites.marksOf(a.id))).join('\n');
  const targets = [...parts.matchAll(/href="#(evidence-[^"]+)"/g)].map((m) => m[1] ?? '');
  assert.ok(targets.length >= 6, `citations: ${String(targets.length)}`);
  for (const id of new Set(targets)) {
    assert.ok(texts.includes(`id="${id}"`), `${id} has a mark`);
    const [, aid, s, t] = /^evidence-(a[0-9a-f]+)-(\d+)-(\d+)$/.exec(id) ?? [];
    const a = byId.get(aid ?? '');
    assert.ok(a !== undefined);
    assert.equal(markText(texts, id), a.text.slice(Number(s), Number(t)), `${id} holds its evidence`);
  }
  assert.ok(texts.includes(`id="${evidenceId(a2.id, { start: toll.values[1]?.evidence[0]?.start ?? 0, end: toll.values[1]?.evidence[0]?.end ?? 0 })}"`));
});

test('the coverage matrix says agrees / disputes / silent in words, per outlet, and escapes', () => {
  const cites = createCitations(articles);
  const html = coverageMatrixHtml(event({ facts: [toll, hours] }), articles, cites);
  const rows = html.split('<tr').slice(2);
  assert.equal(rows.length, 2);
  // Columns are outlets sorted by name: Courier <i>A</i>, Daily B, Gazette C.
  const cells = (row: string): string[] => [...row.matchAll(/<td class="cell (\w+)"/g)].map((m) => m[1] ?? '');
  assert.deepEqual(cells(rows[0] ?? ''), ['agrees', 'agrees', 'disputes']);
  assert.deepEqual(cells(rows[1] ?? ''), ['silent', 'silent', 'agrees']);
  assert.match(html, /✓<\/span> agrees/);
  assert.match(html, /≠<\/span> disputes/);
  assert.match(html, /silent/);
  assert.match(html, /people dead &lt;b&gt;/);
  assert.match(html, /Courier &lt;i&gt;A&lt;\/i&gt;/);
  assert.match(html, /six hours<\/span> <small class="norm">\(= 6 h\)<\/small>/);
  // Each outlet's cell shows that outlet's own words for the shared value, not another outlet's.
  const words = (row: string): string[] => [...row.matchAll(/<span class="value">([^<]*)<\/span>/g)].map((m) => m[1] ?? '');
  assert.deepEqual(words(rows[0] ?? ''), ['At least 12 people died', 'Twelve people died', 'Fourteen people died']);
  // A value compatible with the reference agrees ("less than two hours" with "90 minutes").
  const compatible: Fact = { ...toll, values: [toll.values[0], { ...(toll.values[1] as Fact['values'][number]), compatibleWith: [0] }] as Fact['values'] };
  const html2 = coverageMatrixHtml(event({ facts: [compatible] }), articles, createCitations(articles));
  assert.deepEqual(cells(html2.split('<tr').slice(2)[0] ?? ''), ['agrees', 'agrees', 'agrees']);
  assert.match(html2, /\(compatible\)/);
});

test('values are shown as written, with their comparable form', () => {
  const v = (over: Partial<FactValue>): FactValue => ({ value: 'x', articleIds: [], evidence: [], ...over });
  assert.equal(normalizedText(v({ unit: 'min', low: 216, high: 240, approximate: true })), '≈ 3 h 36 min – 4 h');
  assert.equal(normalizedText(v({ unit: 'person', low: 40 })), '≥ 40 people');
  assert.equal(normalizedText(v({ unit: '%', normalized: 3.25 })), '= 3.25%');
  assert.equal(normalizedText(v({ unit: 'EUR', low: 50_000_000, high: 50_000_000 })), '= 50,000,000 EUR');
  assert.equal(normalizedText(v({ low: '2026-03-09', high: '2026-03-09' })), '= 2026-03-09');
  assert.equal(normalizedText(v({})), undefined);
});

test('absent comparison parts say so plainly', () => {
  const cites = createCitations(articles);
  const e = event({ facts: [], summary: [], exclusive: [], quotes: [] });
  assert.match(coverageMatrixHtml(e, articles, cites), /No facts were compared/);
  assert.match(disputedFactsHtml(e, byId, cites), /No facts were compared/);
  assert.match(disputedFactsHtml(event({ facts: [hours] }), byId, cites), /do not contradict each other on any of the 1 compared fact\b/);
  assert.match(citedSummaryHtml(e, byId, cites), /No summary/);
  assert.match(exclusivesHtml(e, byId, cites), /No detail was found in only one outlet/);
  assert.match(quotesHtml(e, byId, cites), /No quotation/);
});

test('disputed facts side by side, each value with its outlets and cited words', () => {
  const html = disputedFactsHtml(event({ facts: [toll, hours] }), byId, createCitations(articles));
  const sides = html.split('<div class="side">').slice(1);
  assert.equal(sides.length, 2);
  assert.match(sides[0] ?? '', /12<\/span><\/p><p class="muted">Courier &lt;i&gt;A&lt;\/i&gt;, Daily B/);
  assert.match(sides[1] ?? '', /Fourteen people died/);
  assert.ok(!html.includes('hours stalled'), 'undisputed facts are not listed');
});

test('the summary cites the best-matching sentence of each source; quotes show meaning changes', () => {
  const cites = createCitations(articles);
  const html = citedSummaryHtml(event({ summary: [{ text: 'At least 12 people died in Weidenau.', sources: [a0.id, a2.id], kind: 'dispute', evidence: [] }] }), byId, cites);
  assert.equal([...html.matchAll(/class="cite"/g)].length, 2);
  assert.match(html, /sources disagree/);
  const s0 = bestSentence(a0, 'At least 12 people died in Weidenau.');
  assert.ok(s0 !== undefined && a0.text.slice(s0.start, s0.end).startsWith('At least 12 people died'));
  assert.equal(bestSentence(a0, 'zzz qqq'), undefined);
  assert.deepEqual(locate(a2, 'six hours'), { start: a2.text.indexOf('six hours'), end: a2.text.indexOf('six hours') + 9 });
  const q = quotesHtml(
    event({
      quotes: [{
        speaker: 'Klaus Obermaier',
        text: 'There is only mud today.',
        articleIds: [a0.id, a1.id],
        variants: [{ text: 'There is only mud today.', articleId: a0.id }, { text: 'There is <b>nothing</b> but mud', articleId: a1.id }],
        meaningChanges: [{ articleId: a1.id, kind: 'strengthened', words: ['nothing'], against: a0.id }],
      }],
    }),
    byId,
    cites,
  );
  assert.match(q, /wording changes the meaning/);
  assert.match(q, /meaning strengthened: “nothing” \(compared with Courier &lt;i&gt;A&lt;\/i&gt;\)/);
  assert.match(q, /There is &lt;b&gt;nothing&lt;\/b&gt; but mud/);
});

test('timeline dates of every precision are placed; mentions on one day are stacked and numbered', () => {
  assert.equal(dayNumber('2026-01-01'), Date.UTC(2026, 0, 1) / 86_400_000);
  assert.equal(dayNumber('2026-01'), dayNumber('2026-01-01'));
  assert.equal(dayNumber('2026'), dayNumber('2026-01-01'));
  assert.equal(dayNumber('2026-W01'), dayNumber('2025-12-29'), 'ISO week 1 of 2026 starts on Monday 29 December 2025');
  assert.equal(dayNumber('soon'), undefined);
  const svg = eventTimelineSvg([
    { date: '2026-05-14', precision: 'day', text: 'a <b>', articleIds: [a0.id] },
    { date: '2026-05-14', precision: 'day', text: 'b', articleIds: [a1.id] },
    { date: '2026-05', precision: 'month', text: 'c', articleIds: [a2.id] },
  ]);
  assert.equal([...svg.matchAll(/<circle/g)].length, 3);
  for (const n of [1, 2, 3]) assert.match(svg, new RegExp(`>${String(n)}</text>`));
  assert.match(svg, /1\. 2026-05-14 \(day\): a &lt;b&gt;/);
});

test('axis ticks fall on whole days, months or years and never exceed the room', () => {
  const d = (iso: string): number => dayNumber(iso) ?? Number.NaN;
  const days = axisTicks(d('2026-04-01'), d('2026-04-11'), 6);
  assert.deepEqual(days.map((t) => t.label), ['2026-04-01', '2026-04-03', '2026-04-05', '2026-04-07', '2026-04-09', '2026-04-11']);
  const months = axisTicks(d('2026-01-15'), d('2026-09-20'), 5);
  assert.deepEqual(months.map((t) => t.label), ['2026-02', '2026-04', '2026-06', '2026-08']);
  const years = axisTicks(d('2024-09-01'), d('2030-02-01'), 4);
  assert.deepEqual(years.map((t) => t.label), ['2025', '2027', '2029']);
  for (const t of [...days, ...months, ...years]) assert.ok(Number.isInteger(t.day));
});
