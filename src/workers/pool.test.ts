import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeArticles, analyzeArticlesParallel, createEngine } from '../engine.js';
import { ingest } from '../stages/01-ingest/index.js';
import { replicate } from '../../test/bench/cases/corpus.js';
import { repoRoot } from '../../test/support/shared.js';
import { PARALLEL_MIN_ARTICLES } from './pool.js';

const now = (): Date => new Date('2026-11-25T00:00:00Z');

test('worker threads give exactly the report of a single-thread run, in the same order', async () => {
  const engine = createEngine({ now, threads: 2 });
  const { articles } = await ingest([join(repoRoot, 'examples', 'corpus')], {}, engine.ctx);
  const raws = replicate(articles, PARALLEL_MIN_ARTICLES + 37);
  const single = analyzeArticles(createEngine({ now, threads: 1 }), raws);
  const parallel = await analyzeArticlesParallel(engine, raws);
  assert.equal(parallel.articles.length, raws.length);
  assert.deepEqual(parallel, single);
});

test('a bad thread count is a configuration error', () => {
  assert.throws(() => createEngine({ threads: 0 }), /threads must be a positive integer/);
});
