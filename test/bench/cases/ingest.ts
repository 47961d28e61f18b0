// Bench `ingest`: incremental ingest (the service over a SQLite store) of the replicated example
// corpus in batches, in date order as news arrives. Reports articles/s over the first 10,000
// articles and over the last batches (does it slow down as the store grows?), and the peak RSS.
// Baseline in the same run: one-shot analysis of the same articles in memory (same engine and
// worker threads). Each measurement runs in its own child process so its peak RSS is its own.
// Wall-clock rates depend on what else the machine runs, so every rate is also given per CPU-second
// (all threads), with the main thread's share (Linux) and the load average during the phase.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticlesParallel, createEngine } from '../../../src/engine.js';
import type { RawArticle } from '../../../src/model/article.js';
import { createService } from '../../../src/service/index.js';
import { openStore } from '../../../src/storage/index.js';
import type { Bench, BenchResult } from '../types.js';
import { runIsolated } from '../isolate.js';
import { BENCH_SPAN_DAYS, benchArticles, sourceFolders } from './corpus.js';

/** Articles ingested (the issue asks for the rate at 10k and at 50k or more). */
const INGEST_ARTICLES = Number(process.env['PARALLAX_BENCH_INGEST_ARTICLES'] ?? 50_000);
/** Articles per ingest call. */
const BATCH = Number(process.env['PARALLAX_BENCH_INGEST_BATCH'] ?? 500);
/** The early rate is taken over this many articles. */
const EARLY = 10_000;
/** The late rate is taken over this many final batches (one batch alone is noisy). */
const LATE_BATCHES = 10;

type Phase = 'ingest' | 'one-shot';
type Measure = { articles: number; seconds: number; peakRssMb: number; notes: string[] };

const PHASE_FLAG = '--bench-phase';

/** The replicated corpus, each copy under its own URL (copies of one article would otherwise replace each other). */
async function articles(): Promise<RawArticle[]> {
  const raws = await benchArticles(INGEST_ARTICLES);
  return raws.map((r) => (r.url === undefined ? r : { ...r, url: `${r.url}?copy=${r.file.slice(r.file.lastIndexOf('~') + 1)}` }));
}

const rate = (n: number, seconds: number): string => `${(n / seconds).toFixed(0)} articles/s`;
const perCpu = (n: number, cpuSeconds: number): string => `${(n / cpuSeconds).toFixed(0)} per CPU-second`;

/** CPU seconds of the whole process (worker threads included) since `from`. */
const cpuSince = (from: NodeJS.CpuUsage): number => { const u = process.cpuUsage(from); return (u.user + u.system) / 1e6; };

/** CPU seconds of this process's main thread (Linux /proc; undefined elsewhere). */
function mainThreadCpu(): number | undefined {
  const file = `/proc/self/task/${String(process.pid)}/stat`;
  if (!existsSync(file)) return undefined;
  // Fields after "(comm) ": state is 0, utime 11, stime 12, in clock ticks (100 per second on Linux).
  const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** "load 3.1 → 5.2": the 1-minute load average when a phase began and ended. */
const loadNote = (before: number): string => `load average ${before.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores`;

function cpuNote(n: number, cpu: number, main0: number | undefined): string {
  const main = mainThreadCpu();
  const mainPart = main === undefined || main0 === undefined ? '' : ` (main thread ${(main - main0).toFixed(1)} CPU-s: ${perCpu(n, main - main0)})`;
  return `${cpu.toFixed(1)} CPU-s, ${perCpu(n, cpu)}${mainPart}`;
}

async function measure(phase: Phase, dir: string): Promise<Measure> {
  const raws = await articles();
  const engine = createEngine();
  const notes: string[] = [];
  const load0 = loadavg()[0] ?? 0;
  const main0 = mainThreadCpu();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  if (phase === 'one-shot') {
    const report = await analyzeArticlesParallel(engine, raws);
    const seconds = (performance.now() - t0) / 1000;
    notes.push(`${report.events.length} events, ${report.stories.length} stories; ${cpuNote(raws.length, cpuSince(cpu0), main0)}; ${loadNote(load0)}`);
    return { articles: report.articles.length, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, notes };
  }
  const db = join(dir, 'bench.db');
  const store = await openStore(db);
  const service = createService(store, engine);
  const batches: { seconds: number; cpu: number }[] = [];
  let added = 0;
  let rewritten = 0;
  try {
    for (let i = 0; i < raws.length; i += BATCH) {
      const b0 = performance.now();
      const c0 = process.cpuUsage();
      const s = await service.ingestRaw(raws.slice(i, i + BATCH));
      batches.push({ seconds: (performance.now() - b0) / 1000, cpu: cpuSince(c0) });
      added += s.added;
      rewritten += s.eventsCreated.length + s.eventsUpdated.length;
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuSince(cpu0);
    const sum = (xs: readonly { seconds: number; cpu: number }[]): { seconds: number; cpu: number } =>
      xs.reduce((a, b) => ({ seconds: a.seconds + b.seconds, cpu: a.cpu + b.cpu }), { seconds: 0, cpu: 0 });
    const earlyArticles = Math.min(EARLY, raws.length);
    const early = sum(batches.slice(0, Math.ceil(earlyArticles / BATCH)));
    const lastBatches = batches.slice(-LATE_BATCHES);
    const late = sum(lastBatches);
    const lateArticles = Math.min(raws.length, lastBatches.length * BATCH);
    notes.push(
      `batches of ${BATCH}: first ${earlyArticles} articles ${rate(earlyArticles, early.seconds)}, ${perCpu(earlyArticles, early.cpu)}; last ${lastBatches.length} batches (articles ${raws.length - lateArticles + 1}–${raws.length}) ${rate(lateArticles, late.seconds)}, ${perCpu(lateArticles, late.cpu)}; slowest batch ${Math.max(...batches.map((b) => b.seconds)).toFixed(2)} s`,
      `whole ingest: ${cpuNote(raws.length, cpu, main0)}; ${loadNote(load0)}`,
      `store at the end: ${await store.countArticles()} articles, ${await store.countEvents()} events, ${(statSync(db).size / 1e6).toFixed(0)} MB SQLite; ${added} added, ${rewritten} event writes`,
    );
    return { articles: raws.length, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, notes };
  } finally {
    await service.close();
    await store.close();
  }
}

function isolated(phase: Phase, dir: string): Promise<Measure> {
  return runIsolated<Measure>(import.meta.url, [PHASE_FLAG, phase, dir], `bench phase ${phase}`);
}

const toResult = (m: Measure): Omit<BenchResult, 'baseline'> => ({
  name: 'ingest', articles: m.articles, seconds: m.seconds, articlesPerSecond: m.articles / m.seconds, peakRssMb: Math.round(m.peakRssMb), notes: m.notes,
});

export const ingestBench: Bench = {
  name: 'ingest',
  description: `incremental ingest into SQLite through the service, ${INGEST_ARTICLES} articles in batches of ${BATCH}; baseline: one-shot analysis of the same articles in memory`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-ingest-'));
    try {
      const baseline = await isolated('one-shot', dir);
      const full = await isolated('ingest', dir);
      return {
        ...toResult(full),
        baseline: { ...toResult(baseline), label: 'one-shot analyzeArticlesParallel, in memory' },
        notes: [
          `corpus: ${sourceFolders().label}, replicated to ${INGEST_ARTICLES} articles dated over ${BENCH_SPAN_DAYS} days, ingested in date order`,
          `machine: ${availableParallelism()} cores, Node ${process.version}; goal ≥ 500 articles/s, not slowing down as the store grows`,
          ...full.notes,
          `baseline: ${baseline.notes.join('; ')}`,
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

// Child-process entry: `<this file> --bench-phase PHASE DIR`.
if (process.argv[2] === PHASE_FLAG && process.send) {
  const m = await measure(process.argv[3] as Phase, process.argv[4] ?? '');
  process.send(m, () => process.exit(0));
}
