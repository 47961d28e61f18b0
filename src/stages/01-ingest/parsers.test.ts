import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, type FeedResult } from './feeds.js';
import { looksLikeHtml } from './fragment.js';
import { htmlToText } from './html.js';
import { parseJsonl } from './jsonl.js';
import { lookupMeta, parseSidecar } from './meta.js';

function feedOf(r: FeedResult): Extract<FeedResult, { kind: 'feed' }> {
  if (r.kind !== 'feed') assert.fail(`expected a feed, got ${JSON.stringify(r)}`);
  return r;
}

test('JSONL: text or html per line; a malformed line is a rejection naming file:line, the rest is kept', () => {
  const input = [
    '{"id":"x1","text":"First","published":"2024-01-02","language":"fr-FR"}',
    '{"text": broken',
    '',
    '{"html":"<p>Second</p>","title":"T"}',
    '[1,2]',
    '{"text":""}',
    '{"text":42}',
  ].join('\r\n');
  const { drafts, rejected } = parseJsonl(input, 'wire.jsonl');
  assert.deepEqual(drafts.map((d) => [d.item, d.label, d.content.kind]), [['x1', 'wire.jsonl:1', 'text'], ['4', 'wire.jsonl:4', 'html']]);
  assert.equal(drafts[0]?.published, '2024-01-02');
  assert.equal(drafts[0].language, 'fr-FR');
  assert.deepEqual(rejected.map((r) => [r.code, r.input]), [
    ['E_JSONL_LINE', 'wire.jsonl:2'], ['E_JSONL_LINE', 'wire.jsonl:5'], ['E_JSONL_LINE', 'wire.jsonl:6'], ['E_JSONL_LINE', 'wire.jsonl:7'],
  ]);
  for (const r of rejected) assert.ok(r.message.startsWith(`${r.input}: `), r.message);
});

test('RSS: items with content:encoded over description, guid, link, pubDate, channel title and language', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
    <title>Town &amp; Country</title><language>en-GB</language>
    <item><title>One</title><link>https://x.example/1</link><guid>g1</guid><pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate>
      <description>Short</description><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>
    <item><title>Two</title><description>Plain &amp; simple</description></item>
  </channel></rss>`;
  const r = feedOf(parseFeed(rss, 'f.rss'));
  assert.equal(r.format, 'rss');
  const [one, two] = r.drafts;
  assert.ok(one && two);
  assert.deepEqual(one.content, { kind: 'html', html: '<p>Full text</p>', fragment: true });
  assert.equal(one.outlet, 'Town & Country');
  assert.equal(one.url, 'https://x.example/1');
  assert.equal(one.item, 'g1');
  assert.equal(one.label, 'f.rss#g1');
  assert.equal(one.published, 'Mon, 01 Jan 2024 10:00:00 +0000');
  assert.equal(one.language, 'en-GB');
  assert.deepEqual(two.content, { kind: 'text', text: 'Plain & simple' });
  assert.equal(two.item, '2', 'no guid: the position');
});

test('Atom: html (escaped), xhtml (inline markup) and text content; alternate link; xml:lang', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es"><title>Obs</title>
    <entry><id>e1</id><title>A</title><link rel="self" href="https://x/self"/><link rel="alternate" href="https://x/a"/>
      <updated>2024-02-03T04:05:06Z</updated><content type="html">&lt;p&gt;Uno &amp;amp; dos&lt;/p&gt;</content></entry>
    <entry><id>e2</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Tres</p></div></content></entry>
    <entry><id>e3</id><summary><![CDATA[Cuatro]]></summary></entry>
  </feed>`;
  const r = feedOf(parseFeed(atom, 'f.atom'));
  assert.equal(r.format, 'atom');
  const first = r.drafts[0];
  assert.ok(first);
  assert.deepEqual(r.drafts.map((d) => d.content), [
    { kind: 'html', html: '<p>Uno &amp; dos</p>', fragment: true },
    { kind: 'html', html: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Tres</p></div>', fragment: true },
    { kind: 'text', text: 'Cuatro' },
  ]);
  assert.equal(first.url, 'https://x/a');
  assert.equal(first.published, '2024-02-03T04:05:06Z');
  assert.equal(first.language, 'es');
  assert.equal(first.outlet, 'Obs');
});

test('feeds: malformed XML, entity declarations (billion laughs) and non-feed roots are told apart', () => {
  assert.equal(parseFeed('<rss><channel><item><title>x</title></channel></rss>', 'a.rss').kind, 'malformed');
  const laughs = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
  const r = parseFeed(laughs, 'b.rss');
  assert.match(r.kind === 'malformed' ? r.reason : `not rejected: ${r.kind}`, /ENTITY/);
  assert.deepEqual(parseFeed('<catalog><book/></catalog>', 'c.xml'), { kind: 'not-a-feed', root: 'catalog' });
  const empty = parseFeed('<rss version="2.0"><channel><title>T</title></channel></rss>', 'd.rss');
  assert.equal(empty.kind === 'feed' ? empty.rejected[0]?.code : undefined, 'E_EMPTY');
});

test('HTML fragment fallback: blocks become paragraphs, <br> a line, scripts dropped', () => {
  const text = htmlToText('<p>One <b>bold</b>\n text</p><script>x()</script><ul><li>A</li><li>B<br>C</li></ul><p>Tail</p>');
  assert.ok(!text.includes('x()'), 'scripts are dropped');
  assert.deepEqual(text.split('\n\n')[0], 'One bold text');
  assert.match(text, /A\nB\nC/);
  assert.ok(text.endsWith('\n\nTail'));
  assert.ok(looksLikeHtml('<p>x</p>') && looksLikeHtml('a &amp; b') && !looksLikeHtml('3 < 4 and 5 > 2'));
});

test('sidecar: keys by relative path, by base name and by file#item; malformed lines are E_META naming sidecar:line', () => {
  const { sidecar, rejected } = parseSidecar([
    '{"file":"a/one.txt","published":"2024-01-02T03:04:05+01:00","original_language":"fr-FR","outlet":"O"}',
    '{"file":"two.txt"',
    '{"file":"feed.rss#g1","published":"2024-03-04","title":"Item title"}',
    '{"published":"2024-01-01"}',
    '{"file":"three.txt","published":"someday"}',
  ].join('\n'), 'corpus/meta.jsonl');
  assert.deepEqual(lookupMeta(sidecar, ['a/one.txt']), { file: 'a/one.txt', published: '2024-01-02T02:04:05Z', originalLanguage: 'fr', outlet: 'O' });
  assert.equal(lookupMeta(sidecar, ['elsewhere/one.txt'])?.file, 'a/one.txt', 'base-name match');
  assert.equal(lookupMeta(sidecar, ['sub/feed.rss'], 'g1')?.title, 'Item title');
  assert.equal(lookupMeta(sidecar, ['sub/feed.rss']), undefined, 'an item entry is not a file entry');
  assert.deepEqual(lookupMeta(sidecar, ['three.txt']), { file: 'three.txt' }, 'bad date ignored, entry kept');
  assert.deepEqual(rejected.map((r) => [r.code, r.input]), [['E_META', 'corpus/meta.jsonl:2'], ['E_META', 'corpus/meta.jsonl:4'], ['E_META', 'corpus/meta.jsonl:5']]);
});
