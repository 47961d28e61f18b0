// Bench `store`: 100,000 stored articles (the analysed example corpus replicated with new ids,
// keys and dates, events and stories with it) written into SQLite in batches, then the latency of
// the reads the service makes: listEvents (both sorts, with filters, shallow and deep pages),
// getEvent and search. Baseline: the same on the memory driver. Each driver runs in its own child
// process so its peak RSS is its own.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, createEngine } from '../../../src/engine.js';
import type { Article } from '../../../src/model/article.js';
import type { NewsEvent, Story } from '../../../src/model/event.js';
import { asArticleId, asEventId, asStoryId, type EventId } from '../../../src/model/ids.js';
import type { Report } from '../../../src/model/report.js';
import { createMemoryStore } from '../../../src/storage/memory/index.js';
import { createSqliteStore } from '../../../src/storage/sqlite/index.js';
import type { EventQuery, Store, StoreUpdate } from '../../../src/storage/store.js';
import { repoRoot } from '../../support/shared.js';
import type { Bench, BenchResult } from '../types.js';
import { runIsolated } from '../isolate.js';

/** Stored articles at the end of the write phase. */
export const STORE_ARTICLES = Number(process.env['PARALLAX_BENCH_STORE_ARTICLES'] ?? 100_000);
/** Articles per `apply` (one transaction), with the events and stories of their generations. */
const BATCH_ARTICLES = 1000;
/** Replicated generations are dated over this many days. */
const SPAN_DAYS = 365;
/** Timed calls per read query (after WARMUP untimed ones). */
const RUNS = 200;
const WARMUP = 10;

type Driver = 'sqlite' | 'memory';
type Measure = { articles: number; events: number; seconds: number; peakRssMb: number; notes: string[] };

const PHASE_FLAG = '--bench-store';

function shiftDate(iso: string | undefined, days: number): string | undefined {
  if (iso === undefined) return undefined;
  const day = new Date(Date.parse(iso.slice(0, 10)) + days * 86_400_000).toISOString().slice(0, 10);
  return day + iso.slice(10);
}

/** Generation `k` of the analysed corpus: new ids, keys, dates and a unique closing sentence. */
export function generation(report: Report, k: number, days: number): { articles: Article[]; events: NewsEvent[]; stories: Story[] } {
  const aid = (id: string): ReturnType<typeof asArticleId> => asArticleId(`${id}-g${k}`);
  const articles = report.articles.map((a): Article => {
    const copy: Article = { ...a, id: aid(a.id), file: `${a.file}~${k}`, text: `${a.text}\n\nReference ${k}: filed as item ${k * 7 + 3} in the archive.` };
    const published = shiftDate(a.published, days);
    if (published !== undefined) copy.published = published;
    if (a.url !== undefined) copy.url = `${a.url}?g=${k}`;
    return copy;
  });
  const events = report.events.map((e): NewsEvent => {
    const copy: NewsEvent = { ...e, id: asEventId(`${e.id}-g${k}`), storyId: asStoryId(`${e.storyId}-g${k}`), articleIds: e.articleIds.map(aid) };
    const date = shiftDate(e.date, days);
    if (date !== undefined) copy.date = date;
    return copy;
  });
  const stories = report.stories.map((s): Story => ({ ...s, id: asStoryId(`${s.id}-g${k}`), eventIds: s.eventIds.map((id) => asEventId(`${id}-g${k}`)) }));
  return { articles, events, stories };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function latency(label: string, call: (i: number) => Promise<unknown>): Promise<string> {
  for (let i = 0; i < WARMUP; i++) await call(i);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await call(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return `${label.padEnd(58)} p50 ${percentile(ms, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(ms, 99).toFixed(2).padStart(7)} ms`;
}

async function measure(driver: Driver, dir: string): Promise<Measure> {
  const report = await analyze(createEngine({ threads: 1 }), [join(repoRoot, 'examples', 'corpus')]);
  const generations = Math.ceil(STORE_ARTICLES / report.articles.length);
  const file = join(dir, 'bench.db');
  const store: Store = driver === 'sqlite' ? createSqliteStore(file) : createMemoryStore();
  const notes: string[] = [];
  const eventIds: EventId[] = [];
  let articles = 0;
  let batch: StoreUpdate = { putArticles: [], putEvents: [], putStories: [] };
  let writing = 0;
  for (let k = 0; k < generations && articles < STORE_ARTICLES; k++) {
    const g = generation(report, k, Math.floor((k * SPAN_DAYS) / generations));
    batch.putArticles?.push(...g.articles.map((a) => ({ article: a, key: a.url ?? a.file, storedAt: '2026-07-01T00:00:00.000Z' })));
    batch.putEvents?.push(...g.events);
    batch.putStories?.push(...g.stories);
    articles += g.articles.length;
    for (const e of g.events) eventIds.push(e.id);
    if ((batch.putArticles?.length ?? 0) >= BATCH_ARTICLES || k === generations - 1 || articles >= STORE_ARTICLES) {
      const t0 = performance.now();
      await store.apply(batch);
      writing += performance.now() - t0;
      batch = { putArticles: [], putEvents: [], putStories: [] };
    }
  }
  const seconds = writing / 1000;
  notes.push(`${driver}: wrote ${articles} articles, ${eventIds.length} events in batches of ~${BATCH_ARTICLES}: ${(articles / seconds).toFixed(0)} articles/s`);

  const entity = report.events.flatMap((e) => e.entities).find((en) => en.aliases.length > 1)?.aliases[0] ?? 'Vienna';
  const outlet = report.articles[0]?.outlet ?? '';
  const mid = shiftDate('2026-03-01', Math.floor(SPAN_DAYS / 2)) ?? '';
  const queries: [string, EventQuery][] = [
    ['recency, no filter', { sort: 'recency' }],
    ['size, no filter', { sort: 'size' }],
    ['recency, language=de', { sort: 'recency', language: 'de' }],
    ['size, language=fr', { sort: 'size', language: 'fr' }],
    [`recency, entity="${entity}"`, { sort: 'recency', entity }],
    [`size, entity="${entity}"`, { sort: 'size', entity }],
    [`recency, outlet="${outlet}"`, { sort: 'recency', outlet }],
    [`recency, 30 days from ${mid}`, { sort: 'recency', from: mid, to: shiftDate(mid, 30) ?? mid }],
    [`size, 30 days + language=es + entity`, { sort: 'size', from: mid, to: shiftDate(mid, 30) ?? mid, language: 'es', entity }],
  ];
  let total = 0;
  for (const [label, q] of queries) {
    const line = await latency(`${driver} listEvents ${label}, page 1 of 50`, async () => { total = (await store.listEvents({ ...q, limit: 50 })).total; });
    notes.push(`${line}  (${total} events)`);
  }
  notes.push(await latency(`${driver} listEvents recency, pages 1–100 (offset ≤ 4950)`, (i) => store.listEvents({ limit: 50, offset: (i % 100) * 50 })));
  notes.push(await latency(`${driver} getEvent (random ids)`, (i) => store.getEvent(eventIds[(i * 7919) % eventIds.length] as EventId)));
  for (const text of ['Velikov', 'huelga puerto', 'négociations Vienne']) {
    const line = await latency(`${driver} search "${text}", first 20`, async () => { total = (await store.searchArticles({ text, limit: 20 })).total; });
    notes.push(`${line}  (${total} hits)`);
  }
  await store.close();
  if (driver === 'sqlite') {
    const mb = (statSync(file).size / 1_048_576).toFixed(0);
    notes.splice(1, 0, `sqlite: database ${mb} MB for ${articles} articles (${((statSync(file).size / articles) / 1024).toFixed(1)} KiB per article, after close)`);
  }
  return { articles, events: eventIds.length, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, notes };
}

function isolated(driver: Driver, dir: string): Promise<Measure> {
  return runIsolated<Measure>(import.meta.url, [PHASE_FLAG, driver, dir], `store bench (${driver})`);
}

function toResult(m: Measure): Omit<BenchResult, 'baseline'> {
  return { name: 'store', articles: m.articles, seconds: m.seconds, articlesPerSecond: m.articles / m.seconds, peakRssMb: Math.round(m.peakRssMb) };
}

export const storeBench: Bench = {
  name: 'store',
  description: `SQLite store: write ${STORE_ARTICLES} analysed articles in batches, then listEvents/getEvent/search latency; baseline: memory driver`,
  run: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-store-'));
    try {
      const memory = await isolated('memory', dir);
      const sqlite = await isolated('sqlite', dir);
      return {
        ...toResult(sqlite),
        baseline: { ...toResult(memory), label: 'memory driver, same writes' },
        notes: [
          `corpus: examples/corpus analysed once, replicated to ${sqlite.articles} articles / ${sqlite.events} events over ${SPAN_DAYS} days; seconds = time inside apply()`,
          `machine: ${availableParallelism()} cores, Node ${process.version}; ${RUNS} timed calls per read`,
          ...sqlite.notes,
          ...memory.notes,
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

// Child-process entry: `<this file> --bench-store DRIVER DIR`.
if (process.argv[2] === PHASE_FLAG && process.send) {
  const m = await measure(process.argv[3] as Driver, process.argv[4] ?? '');
  process.send(m, () => process.exit(0));
}
