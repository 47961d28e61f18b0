// Stage 5 on fixtures written for it (test/fixtures/dedup/): an exact copy is a duplicate, a
// reprint with a new headline, rewritten first sentence and trimmed end is syndicated, a
// translation and another outlet's article on the same event are neither. Plus root resolution,
// shuffling, independentSources and pathological inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareArticle } from '../../engine.js';
import type { Article } from '../../model/article.js';
import { asArticleId, type ArticleId } from '../../model/ids.js';
import { repoRoot } from '../../../test/support/shared.js';
import { classify, dedup, independentSources } from './index.js';
import { overlap, shingleSet } from './shingles.js';
import { DUPLICATE_JACCARD, MIN_CONTAINMENT_SHINGLES, SYNDICATION_CONTAINMENT, SYNDICATION_JACCARD } from './rules.js';
import { cpuNow } from '../../../test/support/cpu.js';

const dir = join(repoRoot, 'test/fixtures/dedup');
type Entry = { id: string; file: string; title: string; published: string; language: string };
const manifest = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { articles: Entry[] }).articles;

function article(id: string, body: string, published: string, language = 'en', title?: string): Article {
  const prepared = prepareArticle({ id: asArticleId(id), file: `${id}.txt`, format: 'text', encoding: 'utf-8', body, published, declaredLanguage: language, removed: [], ...(title === undefined ? {} : { title }) });
  if ('code' in prepared) throw new Error(prepared.message);
  return prepared;
}

const fixtures = (): Article[] => manifest.map((e) => article(e.id, readFileSync(join(dir, e.file), 'utf8'), e.published, e.language, e.title));
const text = (name: string): string => readFileSync(join(dir, `${name}.txt`), 'utf8');
const marks = (articles: readonly Article[]): Record<string, string> =>
  Object.fromEntries(articles.flatMap((a) => (a.duplicateOf !== undefined ? [[a.id, `duplicateOf ${a.duplicateOf}`]] : a.syndicatedFrom !== undefined ? [[a.id, `syndicatedFrom ${a.syndicatedFrom}`]] : [])));

test('fixtures: exact copy → duplicateOf, edited reprint → syndicatedFrom, translation and same-topic article → neither', () => {
  const copy = article('copy', text('original'), '2026-10-03T18:00:00Z', 'en', 'Ferry crossings to Mhor suspended');
  const got = dedup([...fixtures(), copy]).articles;
  assert.deepEqual(marks(got), { copy: 'duplicateOf original', reprint: 'syndicatedFrom original' });
});

test('fixtures: the figures behind each verdict sit on the right side of the thresholds', () => {
  const o = shingleSet(text('original'));
  const reprint = overlap(o, shingleSet(text('reprint')));
  assert.ok(reprint.jaccard < DUPLICATE_JACCARD && reprint.jaccard >= SYNDICATION_JACCARD, `reprint Jaccard ${reprint.jaccard.toFixed(3)}`);
  assert.ok(reprint.containment >= SYNDICATION_CONTAINMENT && reprint.smaller >= MIN_CONTAINMENT_SHINGLES);
  for (const other of ['translation-fr', 'same-topic']) {
    const x = overlap(o, shingleSet(text(other)));
    assert.ok(x.jaccard < 0.05 && x.containment < 0.1, `${other}: Jaccard ${x.jaccard.toFixed(3)}, containment ${x.containment.toFixed(3)}`);
  }
});

test('containment catches a short reprint: lead dropped, two paragraphs kept, the rest cut (Jaccard alone would not)', () => {
  const paragraphs = text('original').split('\n\n');
  const half = paragraphs.slice(1, 3).join('\n\n');
  const o = overlap(shingleSet(text('original')), shingleSet(half));
  assert.ok(o.jaccard < SYNDICATION_JACCARD, `Jaccard ${o.jaccard.toFixed(3)}`);
  assert.equal(classify(o, ['en', 'en']), 'syndicated');
  const got = dedup([article('original', text('original'), '2026-10-03'), article('half', half, '2026-10-04')]).articles;
  assert.deepEqual(marks(got), { half: 'syndicatedFrom original' });
});

test('a shared quote paragraph is not a reprint (MIN_CONTAINMENT_SHINGLES)', () => {
  const quote = text('original').split('\n\n')[2] ?? '';
  const o = overlap(shingleSet(text('original')), shingleSet(quote));
  assert.ok(o.containment > 0.9 && o.smaller < MIN_CONTAINMENT_SHINGLES);
  assert.equal(classify(o, ['en', 'en']), undefined);
});

test('different known languages are never copies, even with identical text', () => {
  assert.equal(classify({ jaccard: 1, containment: 1, smaller: 200 }, ['en', 'fr']), undefined);
  assert.equal(classify({ jaccard: 1, containment: 1, smaller: 200 }, ['en', 'und']), 'duplicate');
});

test('chains resolve to the earliest article: a copy of the reprint points at the original, as syndicated', () => {
  const all = [
    ...fixtures(),
    article('copy-of-reprint', text('reprint'), '2026-10-05'),
    article('late-copy', text('original'), '2026-10-06'),
  ];
  assert.deepEqual(marks(dedup(all).articles), {
    reprint: 'syndicatedFrom original', 'copy-of-reprint': 'syndicatedFrom original', 'late-copy': 'duplicateOf original',
  });
});

test('origin is the earliest by published date, then id, whatever the input order', () => {
  const a = article('zeta', text('original'), '2026-10-01');
  const b = article('alpha', text('original'), '2026-10-02');
  const c = article('beta', text('original'), '2026-10-02');
  for (const order of [[a, b, c], [c, b, a], [b, a, c]]) assert.deepEqual(marks(dedup(order).articles), { alpha: 'duplicateOf zeta', beta: 'duplicateOf zeta' });
  assert.deepEqual(marks(dedup([c, b]).articles), { beta: 'duplicateOf alpha' });
});

test('dedup clears stale marks and keeps the input order', () => {
  const [o, r] = fixtures();
  const stale = { ...(o as Article), duplicateOf: asArticleId('gone') };
  const got = dedup([r as Article, stale]).articles;
  assert.deepEqual(got.map((x) => x.id), ['reprint', 'original']);
  assert.equal(got[1]?.duplicateOf, undefined);
});

test('independentSources counts each origin once', () => {
  const copy = article('copy', text('original'), '2026-10-03T18:00:00Z');
  const got = dedup([...fixtures(), copy]).articles;
  const byId = new Map<ArticleId, Article>(got.map((x) => [x.id, x]));
  assert.equal(independentSources(got.map((x) => x.id), byId), 3); // original (+copy, reprint), translation, same-topic
  assert.equal(independentSources([asArticleId('reprint'), asArticleId('copy')], byId), 1);
  assert.equal(independentSources([], byId), 1);
});

test('pathological inputs finish within a generous linear bound', () => {
  const words = Array.from({ length: 40_000 }, (_, i) => `mot${String(i % 997)}`).join(' '); // ~250 KB, no punctuation
  const inputs = [
    words,
    '"'.repeat(10_000) + ' quoted',
    '«'.repeat(5_000) + ' unbalanced “ quotes ' + '„'.repeat(5_000),
    Array.from({ length: 5_000 }, (_, i) => (i % 2 === 0 ? 'مرحبا 🙂 עולם' : 'naïve café 👩‍👩‍👧')).join(' '),
  ];
  for (const body of inputs) {
    const t0 = cpuNow();
    const s = shingleSet(body);
    const got = dedup([article('p1', body, '2026-01-01'), article('p2', body, '2026-01-02')]).articles;
    const ms = cpuNow() - t0;
    assert.ok(ms < 3000, `${String(body.length)} chars took ${ms.toFixed(0)} ms`);
    if (s.length > 0) assert.equal(got[1]?.duplicateOf, 'p1');
  }
});

test('mass copying stays bounded: 3,000 copies of one article', () => {
  const body = text('original');
  const one = article('seed', body, '2026-10-03');
  const many = Array.from({ length: 3_000 }, (_, i) => ({ ...one, id: asArticleId(`c${String(i).padStart(5, '0')}`) }));
  const t0 = cpuNow();
  const got = dedup(many).articles;
  const ms = cpuNow() - t0;
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  assert.equal(got.filter((a) => a.duplicateOf === 'c00000').length, 2_999);
});
