import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticles, createEngine } from '../engine.js';
import type { RawArticle } from '../model/article.js';
import { asArticleId } from '../model/ids.js';
import { createReportValidator } from '../report/validate.js';
import { renderHtml } from './html.js';
import { renderText } from './text.js';
import { escapeHtml, safeHref } from './escape.js';

const hostile: RawArticle = {
  id: asArticleId('a00000000000001'),
  file: 'evil<script>.html',
  format: 'html',
  encoding: 'utf-8',
  url: 'javascript:alert(1)',
  outlet: 'The <b>Bold</b> Herald',
  title: '<img src=x onerror=alert(1)> Flood waters rise in Velmora',
  published: '2026-04-02',
  body: 'Flood waters rose on Tuesday in the river town of Velmora, officials said. <script>alert("x")</script> More rain is expected.',
  removed: [{ text: '<a href="javascript:alert(1)">Share</a>', reason: 'share-prompt', rule: 'TEST' }],
};

const fixedNow = (): Date => new Date('2026-04-03T10:00:00Z');

test('a report built from hostile input is schema-valid and its HTML escapes every article string', () => {
  const report = analyzeArticles(createEngine({ now: fixedNow }), [hostile]);
  const result = createReportValidator()(report);
  assert.deepEqual(result, { valid: true });
  const html = renderHtml(report);
  assert.ok(!html.includes('<script>alert'), 'script tag from article text must be escaped');
  assert.ok(!html.includes('<img src=x'), 'markup in titles must be escaped');
  assert.ok(!html.includes('href="javascript:'), 'javascript: URLs must never become links');
  assert.ok(html.includes('&lt;script&gt;'), 'escaped text is still shown');
  assert.ok(html.includes("Content-Security-Policy"), 'the page carries a CSP');
  assert.ok(!/<script\b/i.test(html), 'the report has no script at all');
  assert.ok(!/https?:\/\/(?!parallax\.invalid)/.test(html.replace(/href="https?:[^"]*"/g, '')), 'no network resources are referenced');
});

test('the schema rejects a report that breaks the contract', () => {
  const validate = createReportValidator();
  const report = analyzeArticles(createEngine({ now: fixedNow }), [hostile]);
  const broken = { ...report, events: report.events.map((e) => ({ ...e, articleIds: [] })) };
  const r = validate(broken);
  assert.equal(r.valid, false);
  const noVersion: Record<string, unknown> = { ...report };
  delete noVersion['schemaVersion'];
  assert.equal(validate(noVersion).valid, false);
});

test('the text table lists each event under its story with counts', () => {
  const report = analyzeArticles(createEngine({ now: fixedNow }), [hostile]);
  const text = renderText(report, { width: 100 });
  assert.match(text, /^1 articles → 1 events in 1 stories/);
  assert.match(text, /story:/);
  assert.match(text, /Flood waters rise in Velmora/);
});

test('escapeHtml and safeHref', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  assert.equal(safeHref('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(safeHref('javascript:alert(1)'), undefined);
  assert.equal(safeHref('data:text/html,hi'), undefined);
  assert.equal(safeHref('not a url'), undefined);
});

test('entities, quotes with variants and the timeline are drawn, escaped', () => {
  const report = analyzeArticles(createEngine({ now: fixedNow }), [hostile]);
  const [event] = report.events;
  assert.ok(event !== undefined);
  const id = hostile.id;
  const withDetails = {
    ...report,
    events: [{
      ...event,
      independentSources: 1,
      entities: [{ name: 'Velmora <b>', type: 'place' as const, aliases: ['Velmóra'], articleIds: [id] }],
      quotes: [{ speaker: 'Mayor <i>Ortiz</i>', text: 'The water <script>rose</script>', articleIds: [id], variants: [{ text: 'v1 <x>', articleId: id }, { text: 'v2', articleId: id }] }],
      timeline: [{ date: '2026-04-02', precision: 'day' as const, text: 'Flood <em>peak</em>', articleIds: [id] }],
    }],
  };
  assert.deepEqual(createReportValidator()(withDetails), { valid: true });
  const html = renderHtml(withDetails);
  assert.match(html, /Who and where/);
  assert.match(html, /Velmora &lt;b&gt;/);
  assert.match(html, /Mayor &lt;i&gt;Ortiz&lt;\/i&gt;/);
  assert.match(html, /2 renderings/);
  assert.match(html, /Flood &lt;em&gt;peak&lt;\/em&gt;/);
  assert.match(html, /1 independent source\b/);
  assert.ok(!/<script\b/i.test(html));
});

test('a quote without a speaker is shown as unattributed, and timeline ticks do not crowd', () => {
  const report = analyzeArticles(createEngine({ now: fixedNow }), [hostile]);
  const [event] = report.events;
  assert.ok(event !== undefined);
  const html = renderHtml({ ...report, events: [{ ...event, quotes: [{ speaker: '', text: 'firm answer', articleIds: [hostile.id], variants: [{ text: 'firm answer', articleId: hostile.id }] }] }] });
  assert.match(html, /unattributed<\/span><\/b>: “firm answer”/);
  const ticks = [...html.matchAll(/class="tick"/g)].length;
  assert.ok(ticks >= 2 && ticks <= 8, `ticks: ${ticks}`);
});

test('an assignment decided by a user correction says so in "why grouped"', () => {
  const report = analyzeArticles(createEngine({ now: fixedNow }), [hostile]);
  const [event] = report.events;
  assert.ok(event !== undefined);
  const explanation = event.explanation.map((x) => ({ ...x, correction: 'merge' as const }));
  const html = renderHtml({ ...report, events: [{ ...event, explanation }] });
  assert.match(html, /placed by a user correction \(merge\)/);
});
