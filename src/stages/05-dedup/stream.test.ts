// The incremental index: window eviction by date, the hard size cap, late arrivals that become the
// origin, and reproducible verdicts for the same input order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asArticleId } from '../../model/ids.js';
import { repoRoot } from '../../../test/support/shared.js';
import { createDedupIndex, type DedupInput } from './index.js';
import { bandKeys, minhashSeeds, shingleSet, signature } from './shingles.js';
import { LSH_BANDS, LSH_ROWS, MINHASH_SEED } from './rules.js';

const text = (name: string): string => readFileSync(join(repoRoot, 'test/fixtures/dedup', `${name}.txt`), 'utf8');
const input = (id: string, name: string, published?: string): DedupInput => ({ id: asArticleId(id), text: text(name), language: 'en', ...(published === undefined ? {} : { published }) });

test('add: copy and reprint point at the origin; unrelated articles get nothing', () => {
  const index = createDedupIndex();
  assert.deepEqual(index.add(input('o', 'original', '2026-10-03')), {});
  const copy = index.add(input('c', 'original', '2026-10-03T12:00:00Z'));
  assert.equal(copy.duplicateOf, 'o');
  assert.equal(copy.match?.jaccard, 1);
  assert.equal(index.add(input('r', 'reprint', '2026-10-04')).syndicatedFrom, 'o');
  assert.deepEqual(index.add(input('s', 'same-topic', '2026-10-04')), {});
  assert.equal(index.size, 4);
});

test('window eviction: an origin older than windowDays is forgotten, memory stays bounded', () => {
  const index = createDedupIndex({ windowDays: 7 });
  index.add(input('o', 'original', '2026-10-01'));
  index.add(input('s', 'same-topic', '2026-10-09'));
  assert.equal(index.size, 1);
  assert.equal(index.origin(asArticleId('o')), undefined);
  assert.deepEqual(index.add(input('late-copy', 'original', '2026-10-10')), {});
});

test('a copy still in the window keeps the chain to an evicted origin', () => {
  const index = createDedupIndex({ windowDays: 7 });
  index.add(input('o', 'original', '2026-10-01'));
  index.add(input('c', 'original', '2026-10-06'));
  index.add(input('s', 'same-topic', '2026-10-10'));
  assert.equal(index.origin(asArticleId('o')), undefined);
  assert.equal(index.add(input('c2', 'original', '2026-10-11')).duplicateOf, 'o');
});

test('maxIndexed caps the index whatever the dates', () => {
  const index = createDedupIndex({ maxIndexed: 2 });
  for (const [i, name] of ['original', 'same-topic', 'translation-fr', 'reprint'].entries()) index.add({ ...input(`a${String(i)}`, name), language: 'und' });
  assert.equal(index.size, 2);
});

test('evictBefore drops articles published before a time', () => {
  const index = createDedupIndex();
  index.add(input('o', 'original', '2026-10-01'));
  index.add(input('s', 'same-topic', '2026-10-05'));
  assert.equal(index.evictBefore(Date.parse('2026-10-03')), 1);
  assert.equal(index.size, 1);
});

test('a late arrival published before its origin supersedes it', () => {
  const index = createDedupIndex();
  index.add(input('r', 'reprint', '2026-10-04'));
  index.add(input('c', 'reprint', '2026-10-05'));
  const v = index.add(input('o', 'original', '2026-10-03'));
  assert.equal(v.supersedes, 'r');
  assert.equal(v.syndicatedFrom, undefined);
  assert.deepEqual(index.origin(asArticleId('r')), { id: 'o', kind: 'syndicated' });
  assert.deepEqual(index.origin(asArticleId('c')), { id: 'o', kind: 'syndicated' });
  assert.deepEqual(index.origin(asArticleId('o')), { id: 'o' });
});

test('signatures are seeded: the same text gives the same band keys in every index', () => {
  const seeds = minhashSeeds(LSH_BANDS * LSH_ROWS, MINHASH_SEED);
  const a = bandKeys(signature(shingleSet(text('original')), seeds), LSH_ROWS);
  const b = bandKeys(signature(shingleSet(text('original')), minhashSeeds(LSH_BANDS * LSH_ROWS, MINHASH_SEED)), LSH_ROWS);
  assert.deepEqual([...a], [...b]);
  assert.equal(a.length, LSH_BANDS);
});

test('empty text is never a copy', () => {
  const index = createDedupIndex();
  index.add({ id: asArticleId('e1'), text: '' });
  assert.deepEqual(index.add({ id: asArticleId('e2'), text: '… — !' }), {});
});
