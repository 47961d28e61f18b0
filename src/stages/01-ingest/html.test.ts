import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../../../test/support/shared.js';
import { isParallaxError } from '../../errors.js';
import { extractHtml } from './html.js';
import { MAX_HTML_CHARS } from './html-rules.js';
import { cpuNow } from '../../../test/support/cpu.js';

const fixture = (name: string): string => readFileSync(join(repoRoot, 'test', 'fixtures', 'html', name, 'input.html'), 'utf8');
const reasons = (x: { removed: { reason: string }[] }): Set<string> => new Set(x.removed.map((r) => r.reason));
const rules = (x: { removed: { rule: string }[] }): Set<string> => new Set(x.removed.map((r) => r.rule));

describe('extractHtml', () => {
  test('news page: article kept, markup noise removed with reasons', () => {
    const x = extractHtml(fixture('news-page'), { source: 'news-page/input.html' });
    assert.match(x.body, /^The harbour bridge in Eastmere will close/mu);
    assert.match(x.body, /“The cables have served us for forty years/u, 'entities decoded');
    // headings are their own paragraphs; list items are lines; <br> is a newline
    assert.match(x.body, /\n\nDiversions for drivers\n\n/u);
    assert.match(x.body, /Route 4 will stop at the ferry terminal every twenty minutes\.\nRoute 9 will run/u);
    assert.match(x.body, /on the north side\.\nThe walkway will be lit at night\./u);
    for (const noise of ['cookies', 'Advertisement', 'Share on', 'Photo: Courier archive', 'morning briefing', 'Ferry fares', 'covers transport', 'Sport', 'All rights reserved', 'Image 1 of 12', 'cable anchors', 'SCRIPT TEXT', 'STYLE TEXT']) {
      assert.ok(!x.body.includes(noise), `body must not contain ${noise}`);
    }
    assert.ok(!/\n{3,}/u.test(x.body), 'paragraphs separated by exactly one blank line');
    for (const r of ['caption', 'related-link', 'cookie-banner', 'share-prompt', 'promo', 'navigation', 'byline']) {
      assert.ok(reasons(x).has(r), `removal reason ${r}`);
    }
    for (const r of ['CAPTION_RULE', 'RELATED_RULE', 'COOKIE_RULE', 'SHARE_RULE', 'PROMO_RULE', 'NAVIGATION_RULE', 'AUTHOR_BIO_RULE', 'GALLERY_RULE']) {
      assert.ok(rules(x).has(r), `rule ${r} fired`);
    }
    const caption = x.removed.find((r) => r.reason === 'caption');
    assert.equal(caption?.text, 'The Eastmere harbour bridge at dusk. Photo: Courier archive');
    assert.equal(x.outlet, 'The Eastmere Courier');
    assert.equal(x.lang, 'en');
  });

  test('malformed page: junk before <html> and a second <html> still yield the article', () => {
    const x = extractHtml(fixture('malformed'), { source: 'malformed/input.html' });
    assert.match(x.body, /Die Stadtbibliothek in Nordwald öffnet ab dem kommenden Monat/u);
    assert.match(x.body, /ob das Angebot dauerhaft bleibt\.$/u);
    assert.ok(!x.body.includes('Warning: Undefined variable'), 'PHP warnings are not article text');
    assert.equal(x.lang, 'de');
  });

  test('truncated page: text up to the cut is kept', () => {
    const x = extractHtml(fixture('truncated'), { source: 'truncated/input.html' });
    assert.match(x.body, /^Fruit growers in the fictional Vale of Brimley/mu);
    assert.match(x.body, /when they expect demand to$/u);
    assert.equal(x.title, 'Orchard growers report record apple harvest');
  });

  test('metadata: lang, outlet, published, canonical url, byline, title', () => {
    const x = extractHtml(fixture('metadata'), { source: 'metadata/input.html', url: 'https://heraut-du-nord.example/x?utm=1' });
    assert.equal(x.lang, 'fr-CA');
    assert.equal(x.outlet, 'Le Héraut du Nord');
    assert.equal(x.published, '2031-05-14T12:30:00.000Z');
    assert.equal(x.url, 'https://heraut-du-nord.example/actualites/2031/05/nouveau-parc-lac-verdier');
    assert.equal(x.byline, 'Camille Ouellet');
    assert.equal(x.title, 'Un nouveau parc ouvre à Lac-Verdier');
    assert.match(x.body, /La municipalité de Lac-Verdier a inauguré samedi/u);
  });

  test('metadata fallbacks: <time datetime>, og:url, the given url', () => {
    const para = '<p>' + 'A fictional council met on Monday and agreed a budget for the coming year. '.repeat(8) + '</p>';
    const a = extractHtml(`<html><head><meta property="og:url" content="https://example.test/a"></head><body><article><time datetime="2031-02-03">3 Feb</time>${para}</article></body></html>`, { source: 'a' });
    assert.equal(a.published, '2031-02-03');
    assert.equal(a.url, 'https://example.test/a');
    assert.equal(a.lang, undefined);
    const b = extractHtml(`<html><body><article>${para}</article></body></html>`, { source: 'b', url: 'https://example.test/b' });
    assert.equal(b.url, 'https://example.test/b');
  });

  test('no article: E_HTML naming the source', () => {
    assert.throws(
      () => extractHtml(fixture('no-article'), { source: 'no-article/input.html' }),
      (e: unknown) => isParallaxError(e) && e.code === 'E_HTML' && e.input === 'no-article/input.html' && e.message.startsWith('no-article/input.html: '),
    );
    assert.throws(() => extractHtml('', { source: 'empty.html' }), (e: unknown) => isParallaxError(e) && e.code === 'E_HTML');
  });

  test('when the noise rules leave no article, the untouched page is read (fallback)', () => {
    const x = extractHtml(fixture('noise-wrapped'), { source: 'noise-wrapped/input.html' });
    assert.match(x.body, /Knitted by hand in the fictional village of Saltby/u);
    assert.match(x.body, /following Tuesday morning\.$/u);
    assert.deepEqual(x.removed, []);
  });

  test('a noise-named box that wraps the story is kept (prose guard)', () => {
    const x = extractHtml(fixture('unclosed-related'), { source: 'unclosed-related/input.html' });
    assert.match(x.body, /Agnes Holloway, who has kept the light/u);
    assert.match(x.body, /kept for historical events only\.$/u);
  });
});

describe('extractHtml on hostile markup', () => {
  const story = '<p>' + 'The fictional town of Amberley opened a new library on Saturday with a reading for children. '.repeat(6) + '</p>';

  test('deep nesting is flattened quickly and the text survives', () => {
    const n = 50_000; // far above MAX_NESTING_DEPTH
    const html = `<html><body><article>${story}${'<div>'.repeat(n)}deep text${'</div>'.repeat(n)}</article></body></html>`;
    const t = cpuNow();
    const x = extractHtml(html, { source: 'deep.html' });
    assert.ok(cpuNow() - t < 5000, 'under 5 s');
    assert.match(x.body, /Amberley opened a new library/u);
  });

  test('huge input is capped; scripts and styles never appear; entities are decoded', () => {
    const filler = `<script>var junk = "${'x'.repeat(1000)}";</script><style>.a{}</style>`;
    const html = `<html><body><article><h1>Tom &amp; Jerry&#8217;s &quot;day&quot;</h1>${story}</article>${filler.repeat(4000)}<div>${'<p>more filler text here</p>'.repeat(200_000)}</div></body></html>`;
    assert.ok(html.length > MAX_HTML_CHARS);
    const t = cpuNow();
    const x = extractHtml(html, { source: 'huge.html' });
    assert.ok(cpuNow() - t < 20_000, 'bounded time');
    assert.ok(!x.body.includes('var junk') && !x.body.includes('.a{}'));
    assert.ok(x.body.includes('Amberley') || x.body.includes('more filler text here'));
  });

  test('a bare fragment is read as a document', () => {
    const x = extractHtml(story + story, { source: 'fragment.html' });
    assert.match(x.body, /^The fictional town of Amberley/u);
  });

  test('<pre> keeps its line breaks', () => {
    const x = extractHtml(`<html><body><article>${story}<pre>line one\n  line two</pre></article></body></html>`, { source: 'pre.html' });
    assert.match(x.body, /line one\nline two/u);
  });
});
