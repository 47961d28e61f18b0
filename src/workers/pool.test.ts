import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeArticles, analyzeArticlesParallel, createEngine, finishEvent, prepareArticle } from '../engine.js';
import { ingest } from '../stages/01-ingest/index.js';
import { replicate } from '../../test/bench/cases/corpus.js';
import { repoRoot } from '../../test/support/shared.js';
import { PARALLEL_MIN_ARTICLES, createWorkerPool } from './pool.js';

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

test('a long-lived pool serves several batches, each in input order, finishes events as finishEvent does, and refuses work once closed', async () => {
  const single = createEngine({ now, threads: 1 });
  const { articles } = await ingest([join(repoRoot, 'examples', 'corpus')], {}, single.ctx);
  const raws = replicate(articles, 150);
  const pool = createWorkerPool(1);
  try {
    const first = await pool.prepare(raws.slice(0, 100));
    const second = await pool.prepare(raws.slice(100));
    assert.deepEqual([...first, ...second], raws.map(prepareArticle));
    const report = analyzeArticles(single, articles);
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    const items = report.events.map((event) => ({ event, members: report.articles.filter((a) => event.articleIds.includes(a.id)) }));
    assert.ok(items.length > 5);
    assert.deepEqual(await pool.finish(items, single.ctx.config), report.events.map((e) => finishEvent(single, e, byId)));
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.prepare(raws.slice(0, 1)), /closed/);
});

test('a bad thread count is a configuration error', () => {
  assert.throws(() => createEngine({ threads: 0 }), /threads must be a positive integer/);
});
