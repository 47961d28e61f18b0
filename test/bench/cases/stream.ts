// Bench `stream`: the online path of issue C — near-duplicate index (05-dedup createDedupIndex)
// then the stream clusterer (06-cluster createStreamClusterer) — over a stream of 10,000 and of
// 100,000 articles, each size in its own child process (own peak RSS), fed in micro-batches of
// STREAM_BATCH articles. Retired events are handed to onRetire and only counted, as a consumer
// writing them out would, so memory is bounded by the window. Baseline in the same run: naive
// all-pairs clustering (each article scored against every earlier article, no index, no window)
// on the 10,000-article stream, under a time cap, with its quadratic projection.
//
// Stream generation (deterministic): the example corpus (47 articles, through the engine once)
// is copied in generations; copy k of an article gets its publication date moved by
// floor(k / COPIES_PER_DAY) days (≈ COPIES_PER_DAY × 47 articles a day), a changed first number
// and a closing sentence naming a copy-specific person and figure, so ids, names and numbers vary.
// Every BENCH_DATA_EVERY-th stream position takes the next real bench-data item instead, undated:
// News-T titles (../shared/bench-data/news-titles-mstream) then ECB+ documents (all splits).
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { analyze, createEngine } from '../../../src/engine.js';
import { resolveConfig } from '../../../src/config/index.js';
import type { Article } from '../../../src/model/article.js';
import { asArticleId } from '../../../src/model/ids.js';
import { createDedupIndex } from '../../../src/stages/05-dedup/index.js';
import { pairScore } from '../../../src/stages/06-cluster/events.js';
import { EVENT_THRESHOLD } from '../../../src/stages/06-cluster/rules.js';
import { profileBatch, emptyStats, type Profile } from '../../../src/stages/06-cluster/similarity.js';
import { createStreamClusterer } from '../../../src/stages/06-cluster/stream.js';
import { benchDataDir, repoRoot } from '../../support/shared.js';
import type { Bench, BenchResult } from '../types.js';
import { runIsolated } from '../isolate.js';

const SIZES = [10_000, 100_000] as const;
const STREAM_BATCH = 100;
const COPIES_PER_DAY = 20;
const BENCH_DATA_EVERY = 8;
/** Forgetting window for undated items in this bench (config streamWindowArticles). */
const WINDOW_ARTICLES = 20_000;
/** The naive baseline stops after this many seconds and projects the rest. */
const NAIVE_SECONDS = 60;
const PHASE_FLAG = '--stream-phase';
/** The stream phase samples the live heap (after a forced GC, time excluded) every this many articles. */
const HEAP_SAMPLE_EVERY = 20_000;

type Measure = { articles: number; seconds: number; cpuSeconds: number; peakRssMb: number; notes: string[] };

function benchData(): Article[] {
  const out: Article[] = [];
  const minimal = (id: string, text: string): Article => ({ id: asArticleId(id), file: id, format: 'text', encoding: 'utf-8', text, removed: [], language: 'en', languageSpans: [], paragraphs: [], sentences: [] });
  const news = join(benchDataDir, 'news-titles-mstream', 'News-T.jsonl');
  if (existsSync(news)) for (const l of readFileSync(news, 'utf8').split('\n')) if (l.trim() !== '') { const r = JSON.parse(l) as { Id: string; textCleaned: string }; out.push(minimal(`newst-${r.Id}`, r.textCleaned)); }
  const ecb = join(benchDataDir, 'ecbplus', 'docs.jsonl');
  if (existsSync(ecb)) for (const l of readFileSync(ecb, 'utf8').split('\n')) if (l.trim() !== '') { const d = JSON.parse(l) as { doc_id: string; sentences: string[][] }; out.push(minimal(`ecb-${d.doc_id}`, d.sentences.map((s) => s.join(' ')).join('\n\n'))); }
  return out;
}

function shiftDay(iso: string | undefined, days: number): string {
  const base = iso === undefined ? Date.UTC(2024, 0, 1) : Date.parse(iso.slice(0, 10));
  return new Date(base + days * 86_400_000).toISOString().slice(0, 10);
}

/** The stream, generated lazily in micro-batches so the input never sits in memory whole. */
export async function* streamBatches(count: number, batchSize = STREAM_BATCH): AsyncGenerator<Article[]> {
  const report = await analyze(createEngine({ now: () => new Date(0) }), [join(repoRoot, 'examples', 'corpus')]);
  const corpus = report.articles;
  const extra = benchData();
  let extraAt = 0;
  let copy = 0;
  let batch: Article[] = [];
  for (let i = 0; i < count; i++) {
    const next = extra[extraAt];
    if (i % BENCH_DATA_EVERY === 0 && next !== undefined) {
      batch.push(next);
      extraAt++;
    } else {
      const src = corpus[copy % corpus.length] as Article;
      const k = Math.floor(copy / corpus.length);
      copy++;
      let first = true;
      const text = `${src.text.replace(/\b\d+\b/, (n) => (first ? ((first = false), String(Number(n) + k)) : n))}\n\nReporter Vela Marrin${k} counted ${1000 + k * 7} people there.`;
      batch.push({ ...src, id: asArticleId(`${src.id}~${k}`), text, published: shiftDay(src.published, Math.floor(k / COPIES_PER_DAY)) });
    }
    if (batch.length === batchSize || i === count - 1) {
      yield batch;
      batch = [];
    }
  }
}

async function measure(phase: string, size: number): Promise<Measure> {
  const notes: string[] = [];
  const batches = streamBatches(size);
  const first = await batches.next(); // corpus analysis and bench-data reading stay outside the timing
  const rssBefore = process.memoryUsage().rss / 1048576;
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  let articles = 0;
  const heapCurve: string[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  /** Live heap after a forced GC; the time it takes is left out of the wall and CPU figures. */
  const sampleHeap = (): void => {
    if (gc === undefined) return;
    const [w, c] = [performance.now(), process.cpuUsage()];
    gc();
    heapCurve.push(`${articles / 1000}k ${Math.round(process.memoryUsage().heapUsed / 1048576)}`);
    const c2 = process.cpuUsage(c);
    t0 += performance.now() - w;
    c0 = { user: c0.user + c2.user, system: c0.system + c2.system };
  };
  if (phase === 'stream') {
    const dedup = createDedupIndex();
    let copies = 0;
    let retired = 0;
    const clusterer = createStreamClusterer(resolveConfig({ streamWindowArticles: WINDOW_ARTICLES }), { onRetire: () => { retired++; } });
    let maxLive = 0;
    for (let r = first; r.done !== true; r = await batches.next()) {
      const batch = r.value;
      for (const a of batch) { const v = dedup.add(a); if (v.duplicateOf !== undefined || v.syndicatedFrom !== undefined) copies++; }
      clusterer.add(batch);
      articles += batch.length;
      maxLive = Math.max(maxLive, clusterer.stats().activeEvents);
      if (articles % HEAP_SAMPLE_EVERY === 0) sampleHeap();
    }
    if (heapCurve.length > 0) notes.push(`live heap after GC (MB) by articles: ${heapCurve.join(', ')}`);
    const st = clusterer.stats();
    notes.push(`${st.activeEvents + retired} events (${retired} retired through onRetire, max ${maxLive} live), ${copies} near-duplicate/syndicated verdicts, dedup index ${dedup.size}, vocabulary ${st.vocabulary} keys, postings ${st.postings}`);
  } else {
    // Naive: every article scored against every earlier one; joins the event of the best ≥ threshold.
    const stats = emptyStats();
    const seen: Profile[] = [];
    const eventOf: number[] = [];
    let events = 0;
    const window = resolveConfig().eventWindowDays;
    for (let r = first; r.done !== true && (performance.now() - t0) / 1000 < NAIVE_SECONDS; r = await batches.next()) {
      for (const p of profileBatch(r.value, stats, articles)) {
        let best = -1;
        let bestScore = EVENT_THRESHOLD;
        seen.forEach((q, j) => { const s = pairScore(p, q, window).score; if (s >= bestScore) { bestScore = s; best = j; } });
        eventOf.push(best < 0 ? events++ : (eventOf[best] as number));
        seen.push(p);
        articles++;
      }
    }
    notes.push(`${articles} of ${size} articles in the ${NAIVE_SECONDS} s cap, ${events} events`);
  }
  const cpu = process.cpuUsage(c0);
  (globalThis as { gc?: () => void }).gc?.();
  notes.push(`RSS ${Math.round(rssBefore)} MB before the stream (engine, corpus, bench data loaded), live heap at the end (after a forced GC) ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`);
  return { articles, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024, notes };
}

function isolated(phase: string, size: number): Promise<Measure> {
  return runIsolated<Measure>(import.meta.url, [PHASE_FLAG, phase, String(size)], `stream bench ${phase} ${String(size)}`, { exposeGc: true });
}

export const streamBench: Bench = {
  name: 'stream',
  description: 'dedup index + online clusterer over 10,000 and 100,000 streamed articles (bench data + corpus variations); baseline: naive all-pairs on 10,000',
  async run(): Promise<BenchResult> {
    const [small, large] = [await isolated('stream', SIZES[0]), await isolated('stream', SIZES[1])];
    const naive = await isolated('naive', SIZES[0]);
    const rate = (m: Measure): number => m.articles / m.seconds;
    const line = (m: Measure): string =>
      `${m.articles} articles: ${m.seconds.toFixed(2)} s wall (${rate(m).toFixed(0)} articles/s), ${m.cpuSeconds.toFixed(2)} s CPU (${(m.articles / m.cpuSeconds).toFixed(0)} articles per CPU-second), peak RSS ${Math.round(m.peakRssMb)} MB — ${m.notes.join('; ')}`;
    const projected = naive.seconds * (SIZES[0] / naive.articles) ** 2;
    return {
      name: 'stream', articles: large.articles, seconds: large.seconds, articlesPerSecond: rate(large), peakRssMb: Math.round(large.peakRssMb),
      baseline: { name: 'stream', label: `naive all-pairs (first ${naive.articles} of ${SIZES[0]})`, articles: naive.articles, seconds: naive.seconds, articlesPerSecond: rate(naive), peakRssMb: Math.round(naive.peakRssMb) },
      notes: [
        line(small),
        line(large),
        `time ratio 100k/10k: ${(large.seconds / small.seconds).toFixed(2)}× wall, ${(large.cpuSeconds / small.cpuSeconds).toFixed(2)}× CPU for 10× the articles (goal ≤ 12×)`,
        `load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine slows the wall figures, not the CPU ones)`,
        `naive all-pairs: ${naive.notes.join('; ')}; projected ${projected.toFixed(0)} s for ${SIZES[0]} (quadratic) vs ${small.seconds.toFixed(2)} s streamed: ${(projected / small.seconds).toFixed(0)}×`,
        `stream: every ${BENCH_DATA_EVERY}th item from bench data (News-T titles, then ECB+ docs; undated), the rest corpus copies (${COPIES_PER_DAY} generations a day), micro-batches of ${STREAM_BATCH}, streamWindowArticles ${WINDOW_ARTICLES}; input generated lazily per micro-batch (generation inside the timing; corpus analysis and bench-data reading before it)`,
        `machine: ${availableParallelism()} cores, Node ${process.version}`,
      ],
    };
  },
};

// Child-process entry: `<this file> --stream-phase PHASE SIZE`.
if (process.argv[2] === PHASE_FLAG && process.send) {
  const m = await measure(process.argv[3] ?? 'stream', Number(process.argv[4]));
  process.send(m, () => process.exit(0));
}
