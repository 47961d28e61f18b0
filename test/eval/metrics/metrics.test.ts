// Validates the re-implemented metrics: on the shipped reference outputs the shingle metric must
// reproduce the published figures; the segment metric is checked on hand-made cases.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { benchDataDir, needsShared } from '../../support/shared.js';
import { segmentCounts, segmentScore } from './segments.js';
import { scoreShingles, shingleOverlap, shingles, tokenize } from './shingles.js';

describe('shingle metric', () => {
  test('tokens are Unicode \\w runs; short texts are one shingle', () => {
    assert.deepEqual(tokenize('Ça va, naïve_1 — 2031!'), ['Ça', 'va', 'naïve_1', '2031']);
    assert.deepEqual([...shingles('a b')], [['a b', 1]]);
    assert.deepEqual([...shingles('')], []);
    assert.deepEqual(shingleOverlap('a b c d e', 'a b c d x'), { tp: 1, fp: 1, fn: 1 });
  });

  test('empty gold and empty prediction score 1; empty prediction alone scores 0', () => {
    const gold = new Map([['x', ''], ['y', 'one two three four']]);
    const s = scoreShingles(gold, new Map([['x', ''], ['y', '']]));
    assert.equal(s.precision, 0.5);
    assert.equal(s.recall, 0.5);
  });

  const dir = join(benchDataDir, 'article-extraction');
  const published: [string, number][] = [['readability_js', 0.947], ['trafilatura', 0.958], ['AutoExtract', 0.970]];
  for (const [system, f1] of published) {
    test(`reproduces the published F1 of ${system} (${f1})`, needsShared('bench-data/article-extraction'), () => {
      const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
      const raw = JSON.parse(readFileSync(join(dir, 'output', `${system}.json`), 'utf8')) as
        { output?: Record<string, { articleBody?: string }> } & Record<string, { articleBody?: string }>;
      const out = raw.output ?? raw;
      const gold = new Map(Object.entries(truth).map(([k, v]) => [k, v.articleBody]));
      const pred = new Map(Object.entries(out).map(([k, v]) => [k, v.articleBody ?? '']));
      const s = scoreShingles(gold, pred);
      assert.ok(Math.abs(s.f1 - f1) < 0.0015, `F1 ${s.f1.toFixed(4)} vs published ${f1}`);
    });
  }
});

describe('segment metric', () => {
  test('whitespace-normalised substring matches, summed counts', () => {
    const c = segmentCounts('The  quick\nbrown fox. Impressum', ['quick brown', 'lazy dog'], ['Impressum', 'Datenschutz']);
    assert.deepEqual(c, { tp: 1, fn: 1, fp: 1, tn: 1 });
    assert.deepEqual(segmentScore(c), { precision: 0.5, recall: 0.5, accuracy: 0.5, f1: 0.5 });
    assert.deepEqual(segmentCounts(undefined, ['a'], ['b']), { tp: 0, fn: 1, fp: 0, tn: 1 });
  });
});
