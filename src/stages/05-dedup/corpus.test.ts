// Acceptance on the example corpus (gold `wireOf`) and the seeds, scored by the `dedup` eval
// suite's own functions so the test and the figures cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { originOf, scoreCorpus, seedOverlaps } from '../../../test/eval/suites/dedup.js';
import { needsShared } from '../../../test/support/shared.js';
import type { Article } from '../../model/article.js';
import { dedup } from './index.js';

test('corpus: exactly the gold wire copies are marked, each pointing at its wire original', async () => {
  const s = await scoreCorpus();
  assert.deepEqual([...s.ours].sort(), [...s.goldPairs].sort());
  assert.equal(s.goldPairs.size, 6);
  for (const [k, g] of s.gold) if (g.wireOf !== undefined) assert.equal(s.originKey.get(k), g.wireOf, k);
  for (const e of s.sources) assert.equal(e.ours, e.gold, `independentSources of ${e.event}`);
});

test('corpus: the same marks under shuffling (seeded shuffles)', async () => {
  const { articles } = await scoreCorpus();
  const expected = new Map(articles.map((a) => [a.id, originOf(a)]));
  let state = 42;
  const rand = (): number => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 2 ** 32; };
  for (let round = 0; round < 5; round++) {
    const shuffled: Article[] = [...articles];
    for (let i = shuffled.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [shuffled[i], shuffled[j]] = [shuffled[j] as Article, shuffled[i] as Article]; }
    const got = dedup(shuffled).articles;
    assert.deepEqual(new Map(got.map((a) => [a.id, originOf(a)])), expected);
    assert.deepEqual(got.map((a) => a.id), shuffled.map((a) => a.id));
  }
});

test('seeds: no duplicates or syndication among five outlets\' own articles', needsShared(), async () => {
  const { articles, pairs } = await seedOverlaps();
  assert.equal(articles.length, 5);
  assert.deepEqual(articles.filter((a) => originOf(a) !== a.id).map((a) => a.id), []);
  // Measured: the highest pair (000/001, both Geneva 21 January) shares Jaccard 0.049, containment 0.12.
  for (const p of pairs) assert.ok(p.jaccard < 0.1 && p.containment < 0.2, `${p.a} / ${p.b}: ${p.jaccard.toFixed(3)} / ${p.containment.toFixed(3)}`);
});
