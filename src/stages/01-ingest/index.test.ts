import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { resolveConfig, type Config } from '../../config/index.js';
import { silentProgress, type Progress, type StageContext } from '../../context.js';
import { ERROR_CODES } from '../../errors.js';
import { ingest, type IngestResult } from './index.js';
import { needsShared, repoRoot, seedsDir } from '../../../test/support/shared.js';

const fixtures = join(repoRoot, 'test/fixtures/ingest');
const ctx = (config: Partial<Config> = {}, progress: Progress = silentProgress): StageContext => ({ config: resolveConfig(config), now: () => new Date(0), progress });

function byName(result: IngestResult): Map<string, IngestResult['articles'][number]> {
  return new Map(result.articles.map((a) => [a.item === undefined ? basename(a.file) : `${basename(a.file)}#${a.item}`, a]));
}

test('a corpus folder: every format, sorted order, sidecar applied, non-articles skipped', async () => {
  const result = await ingest([join(fixtures, 'good')], {}, ctx());
  assert.deepEqual(result.rejected, []);
  const articles = byName(result);
  assert.deepEqual([...articles.keys()], [
    'city.rss#lakeside-101', 'city.rss#https://lakeside.example/school-roof', 'council-vote.html', 'crlf.text', 'harbour-ferry.txt',
    'lines.md', 'science.atom#urn:example:obs:1', 'science.atom#urn:example:obs:2', 'deeper.txt', 'nested.txt',
    'truncated-with-text.html', 'wire.jsonl#w1', 'wire.jsonl#w2', 'wire.jsonl#4',
  ], 'gold.json, README.md, LICENSE, pixel.png, meta.jsonl and .hidden.txt are not articles');
  const get = (k: string) => articles.get(k) ?? assert.fail(`missing ${k}`);

  const ferry = get('harbour-ferry.txt');
  assert.deepEqual({ published: ferry.published, outlet: ferry.outlet, title: ferry.title, orig: ferry.originalLanguage, format: ferry.format, enc: ferry.encoding },
    { published: '2024-02-20', outlet: 'Island Post', title: 'Ferry resumes', orig: 'nl', format: 'text', enc: 'utf-8' });
  assert.match(ferry.body, /^Harbour ferry service resumes after storm repairs\n\nThe ferry between/);
  assert.equal(get('lines.md').body.split('\n\n').length, 4, 'no blank lines: each line is a paragraph');
  assert.doesNotMatch(get('crlf.text').body, /\r/);

  const council = get('council-vote.html');
  assert.equal(council.outlet, 'Sidecar Gazette', 'the sidecar wins over og:site_name');
  assert.equal(council.published, '2024-03-05T07:30:00Z', 'in-band date-time kept (sidecar has none) and normalised to UTC');
  assert.equal(council.declaredLanguage, 'en');
  assert.equal(council.url, 'https://courier.example/cycle-lanes');
  assert.doesNotMatch(council.body, /All rights reserved/);
  assert.match(get('truncated-with-text.html').body, /Engineers inspecting the old stone bridge/, 'truncated HTML with text is analysed');

  const rss = get('city.rss#lakeside-101');
  assert.deepEqual([rss.format, rss.outlet, rss.published, rss.url, rss.declaredLanguage, rss.title],
    ['rss', 'Lakeside Daily (sidecar)', '2024-04-02T07:45:00Z', 'https://lakeside.example/varn', 'en', 'Water levels fall at Lake Varn']);
  assert.equal(get('city.rss#https://lakeside.example/school-roof').body, 'The roof of Lakeside primary school will be replaced this summer.', 'short fragment: plain HTML-to-text fallback');
  const atom = get('science.atom#urn:example:obs:2');
  assert.deepEqual([atom.format, atom.outlet, atom.published, atom.declaredLanguage], ['atom', 'Observatory Notes', '2024-05-02', 'de']);
  assert.match(atom.body, /telescope & its dome/);

  const w2 = get('wire.jsonl#w2');
  assert.deepEqual([w2.published, w2.url, w2.declaredLanguage, w2.title], ['2024-01-16', 'https://wire.example/w2', 'fr', 'Le port rouvre'], 'file#item sidecar entry wins');
  assert.equal(get('wire.jsonl#w1').published, '2024-01-14T06:15:00Z');
  assert.equal(get('nested.txt').published, '2024-06-01T20:00:00Z', 'keyed by path relative to the sidecar folder');
  assert.equal(get('deeper.txt').published, '2024-06-08', 'keyed by base name');
  for (const a of result.articles) assert.match(a.id, /^a[0-9a-f]{15}$/);
});

test('sidecars: found automatically, replaced by options.meta, ignored with meta: false', async () => {
  const folder = join(fixtures, 'meta-other', 'articles');
  const pick = (r: IngestResult) => r.articles.map((a) => [basename(a.file), a.published, a.outlet]);
  assert.deepEqual(pick(await ingest([folder], {}, ctx())), [['one.txt', '2000-01-01', 'Folder Sidecar'], ['two.txt', undefined, undefined]]);
  const given = await ingest([folder], { meta: join(fixtures, 'meta-other', 'elsewhere', 'other-meta.jsonl') }, ctx());
  assert.deepEqual(pick(given), [['one.txt', '2024-07-01', 'Given Sidecar'], ['two.txt', '2024-07-02', undefined]]);
  assert.deepEqual(pick(await ingest([folder], { meta: false }, ctx())), [['one.txt', undefined, undefined], ['two.txt', undefined, undefined]]);
  const missing = await ingest([folder], { meta: join(fixtures, 'no-such-meta.jsonl') }, ctx());
  assert.equal(missing.articles.length, 2);
  assert.deepEqual(missing.rejected.map((r) => r.code), ['E_NOT_FOUND']);
  assert.match(missing.rejected[0]?.message ?? '', /no-such-meta\.jsonl/);
});

test('encodings: Windows-1252, UTF-16 (BOM and none), UTF-8 BOM, declared charsets; recorded per article', async () => {
  const result = await ingest([join(fixtures, 'encodings')], {}, ctx());
  assert.deepEqual(result.rejected, []);
  const enc = Object.fromEntries(result.articles.map((a) => [basename(a.file), a.encoding]));
  assert.deepEqual(enc, {
    'cp1252.txt': 'windows-1252', 'iso-8859-15.html': 'iso-8859-15', 'latin1-feed.xml': 'windows-1252',
    'utf16be-bom.txt': 'utf-16be', 'utf16le-bom.txt': 'utf-16le', 'utf16le-nobom.txt': 'utf-16le', 'utf8-bom.txt': 'utf-8',
  });
  const feed = result.articles.find((a) => a.file.endsWith('latin1-feed.xml'));
  assert.equal(feed?.title, 'Fête de quartier');
});

test('bad inputs: each is a rejection with its code and file name; the good article beside them is read', async () => {
  const bad = join(fixtures, 'bad');
  const result = await ingest([bad], {}, ctx());
  assert.deepEqual(result.articles.map((a) => [basename(a.file), a.item]), [['good-article.txt', undefined], ['mixed.jsonl', 'm1'], ['mixed.jsonl', 'm3']]);
  assert.equal(result.articles[0]?.published, '2024-09-09', 'the valid sidecar line was used');
  const expected: [string, string][] = [
    ['meta.jsonl:2', 'E_META'], ['meta.jsonl:3', 'E_META'], ['binary.txt', 'E_BINARY'], ['blank.txt', 'E_EMPTY'], ['broken.rss', 'E_FEED'],
    ['empty.txt', 'E_EMPTY'], ['entities.rss', 'E_FEED'], ['invalid-bytes.txt', 'E_ENCODING'], ['mixed.jsonl:2', 'E_JSONL_LINE'],
    ['slides.pdf', 'E_UNSUPPORTED'], ['truncated.html', 'E_HTML'],
  ];
  assert.deepEqual(result.rejected.map((r) => [basename(r.input), r.code]), expected);
  for (const r of result.rejected) {
    assert.ok(r.code in ERROR_CODES, r.code);
    assert.ok(r.message.includes(basename(r.input)), `message names the input: ${r.message}`);
    assert.match(r.message, /;|check|remove|fix|give/, `message says what to do: ${r.message}`);
  }
  const named = await ingest([join(bad, 'table.json')], { meta: false }, ctx());
  assert.deepEqual(named.rejected.map((r) => [basename(r.input), r.code]), [['table.json', 'E_UNSUPPORTED']], 'skipped in a folder, rejected when named');
});

test('size limit (checked before reading), missing path, duplicates, hidden and node_modules skipped, progress per file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  try {
    writeFileSync(join(dir, 'big.txt'), 'Big file line.\n'.repeat(200));
    writeFileSync(join(dir, 'small.txt'), 'A short article.\n\nWith two paragraphs.\n');
    writeFileSync(join(dir, 'copy.md'), 'A short   article.\nWith two paragraphs.');
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', 'dep.txt'), 'Never read.');
    mkdirSync(join(dir, '.cache'));
    writeFileSync(join(dir, '.cache', 'x.txt'), 'Never read.');
    const calls: string[] = [];
    const progress: Progress = { start: (label, total) => calls.push(`start ${label} ${total}`), tick: () => calls.push('tick'), stop: () => calls.push('stop') };
    const result = await ingest([dir, join(dir, 'missing.txt')], {}, ctx({ maxFileBytes: 1000 }, progress));
    assert.deepEqual(result.articles.map((a) => basename(a.file)), ['copy.md']);
    assert.deepEqual(result.rejected.map((r) => [basename(r.input), r.code]), [['missing.txt', 'E_NOT_FOUND'], ['big.txt', 'E_TOO_LARGE'], ['small.txt', 'E_DUPLICATE']]);
    const dup = result.rejected[2]?.message ?? '';
    assert.ok(dup.includes('small.txt') && dup.includes('copy.md'), `names both: ${dup}`);
    assert.match(result.rejected[1]?.message ?? '', /3000 bytes is over the size limit of 1000 bytes/);
    assert.deepEqual(calls, ['start ingest 3', 'tick', 'tick', 'tick', 'stop']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const isRoot = process.getuid?.() === 0;
test('an unreadable file is E_UNREADABLE', { skip: isRoot ? 'SKIPPED: running as root, where chmod 000 does not block reads' : false }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  const file = join(dir, 'locked.txt');
  try {
    writeFileSync(file, 'Locked article.');
    chmodSync(file, 0o000);
    const result = await ingest([file], {}, ctx());
    assert.deepEqual(result.rejected.map((r) => [r.input, r.code]), [[file, 'E_UNREADABLE']]);
    assert.match(result.rejected[0]?.message ?? '', /locked\.txt.*permission/);
  } finally {
    chmodSync(file, 0o644);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a named path that is not a regular file (a FIFO) is E_UNREADABLE, even as root', { skip: process.platform === 'win32' ? 'SKIPPED: no FIFOs on Windows' : false }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  const fifo = join(dir, 'pipe.txt');
  try {
    execFileSync('mkfifo', [fifo]);
    const result = await ingest([fifo], {}, ctx());
    assert.deepEqual(result.rejected.map((r) => [r.input, r.code]), [[fifo, 'E_UNREADABLE']]);
    assert.match(result.rejected[0]?.message ?? '', /pipe\.txt: is not a regular file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the seeds: 5 articles, dates from meta.jsonl, stable ids, same articles without the sidecar', needsShared(), async () => {
  const first = await ingest([seedsDir], {}, ctx());
  assert.deepEqual(first.rejected, []);
  assert.equal(first.articles.length, 5);
  assert.deepEqual(first.articles.map((a) => a.published), ['2022-01-21', '2022-01-21', '2022-01-21', '2022-01-10', '2022-01-21']);
  assert.deepEqual(first.articles.map((a) => a.originalLanguage), ['fr', 'es', 'fr', 'es', 'es']);
  const again = await ingest([seedsDir], {}, ctx());
  assert.deepEqual(again.articles.map((a) => a.id), first.articles.map((a) => a.id));
  const bare = await ingest([seedsDir], { meta: false }, ctx());
  assert.deepEqual(bare.articles.map((a) => a.id), first.articles.map((a) => a.id));
  assert.ok(bare.articles.every((a) => a.published === undefined && a.originalLanguage === undefined));
});
