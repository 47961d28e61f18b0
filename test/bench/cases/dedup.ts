// Bench `dedup`: the incremental near-duplicate index (stage 5) over a synthetic stream of
// ≥ 100,000 articles (test/bench/cases/dedup-synth.ts: the example corpus replicated, made
// distinct, with 10 % near-duplicates and 10 % trimmed reprints), and the same at 10,000 to show
// linearity. Baseline in the same run: naive all-pairs exact Jaccard at 2,000 articles. Each
// measurement runs in its own child process so its peak RSS is its own. Also a micro-benchmark of
// the word hash (FNV-1a) against node:crypto.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { classify, createDedupIndex, type DedupVerdict } from '../../../src/stages/05-dedup/index.js';
import { WINDOW_DAYS } from '../../../src/stages/05-dedup/rules.js';
import { fnv1a, normalizedWords, overlap, shingleSet } from '../../../src/stages/05-dedup/shingles.js';
import type { Bench, BenchResult } from '../types.js';
import { runIsolated } from '../isolate.js';
import { BENCH_SPAN_DAYS } from './corpus.js';
import { corpusArticles, NEAR_DUPLICATE_SHARE, REPRINT_SHARE, synthesize, type Synthetic } from './dedup-synth.js';

export const DEDUP_BENCH_ARTICLES = Number(process.env['PARALLAX_DEDUP_ARTICLES'] ?? 100_000);
export const DEDUP_SMALL_ARTICLES = Math.round(DEDUP_BENCH_ARTICLES / 10);
export const ALL_PAIRS_ARTICLES = 2_000;

type Phase = 'index' | 'all-pairs' | 'hash';
type Measure = { articles: number; seconds: number; peakRssMb: number; notes: string[]; copies?: { precision: number; recall: number; marked: number; truth: number } };
const PHASE_FLAG = '--dedup-phase';

/** Running precision/recall of the origins the index reports against the planted copies. */
function scorer(): { add(s: Synthetic, got: string | undefined): void; result(): NonNullable<Measure['copies']> } {
  let marked = 0; let right = 0; let truth = 0; let found = 0;
  return {
    add(s, got) {
      const expected = s.copyOf?.origin;
      if (got !== undefined) { marked++; if (got === expected) right++; }
      if (expected !== undefined) { truth++; if (got === expected) found++; }
    },
    result: () => ({ precision: marked === 0 ? 0 : right / marked, recall: truth === 0 ? 1 : found / truth, marked, truth }),
  };
}

async function measure(phase: Phase, size: number): Promise<Measure> {
  const sources = await corpusArticles();
  if (phase === 'hash') {
    const words = sources.flatMap((a) => normalizedWords(a.text));
    const rounds = 200;
    const time = (f: (w: string) => unknown): number => { const t0 = performance.now(); for (let r = 0; r < rounds; r++) for (const w of words) f(w); return (performance.now() - t0) / (rounds * words.length) * 1e6; };
    time(fnv1a); time((w) => createHash('md5').update(w).digest().readUInt32LE(0));
    const fnv = time(fnv1a);
    const md5 = time((w) => createHash('md5').update(w).digest().readUInt32LE(0));
    const sha1 = time((w) => createHash('sha1').update(w).digest().readUInt32LE(0));
    return { articles: words.length, seconds: 0, peakRssMb: 0, notes: [`word hash, ns/word over ${String(words.length)} corpus words: FNV-1a ${fnv.toFixed(0)}, node:crypto md5 ${md5.toFixed(0)}, sha1 ${sha1.toFixed(0)} (FNV-1a ${(md5 / fnv).toFixed(0)}× faster than md5)`] };
  }
  const rssBefore = process.memoryUsage().rss / 2 ** 20;
  const score = scorer();
  let seconds = 0;
  if (phase === 'index') {
    const index = createDedupIndex();
    const heap: string[] = [];
    let n = 0;
    for (const s of synthesize(sources, size)) {
      const t0 = performance.now();
      const v: DedupVerdict = index.add(s.article);
      seconds += (performance.now() - t0) / 1000;
      score.add(s, v.duplicateOf ?? v.syndicatedFrom);
      if (++n % Math.ceil(size / 5) === 0 || n === size) heap.push(`${String(n)}: ${heapAfterGc()}`);
    }
    return {
      articles: size, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, copies: score.result(),
      notes: [
        `index size at the end: ${String(index.size)} articles (window ${String(WINDOW_DAYS)} days); RSS before the stream ${rssBefore.toFixed(0)} MB (engine + corpus)`,
        `heap used after a full GC (MB), by articles added (outside the timing) — flat means bounded: ${heap.join(', ')}`,
      ],
    };
  }
  // Naive baseline: exact Jaccard of every new article against every earlier one (verdicts as in stage 5).
  const seen: { id: string; origin: string; language: string; set: Uint32Array }[] = [];
  for (const s of synthesize(sources, size)) {
    const t0 = performance.now();
    const set = shingleSet(s.article.text);
    let best: { origin: string; jaccard: number } | undefined;
    for (const other of seen) {
      const o = overlap(set, other.set);
      if (classify(o, [s.article.language, other.language]) !== undefined && (best === undefined || o.jaccard > best.jaccard)) best = { origin: other.origin, jaccard: o.jaccard };
    }
    seen.push({ id: s.article.id, origin: best?.origin ?? s.article.id, language: s.article.language, set });
    seconds += (performance.now() - t0) / 1000;
    score.add(s, best?.origin);
  }
  return { articles: size, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, notes: [], copies: score.result() };
}

/** Heap in use after a full collection (the child runs with --expose-gc), in MB. */
function heapAfterGc(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
}

function isolated(phase: Phase, size: number): Promise<Measure> {
  return runIsolated<Measure>(import.meta.url, [PHASE_FLAG, phase, String(size)], `dedup bench phase ${phase}`, { exposeGc: true });
}

const toResult = (m: Measure): Omit<BenchResult, 'baseline'> => ({ name: 'dedup', articles: m.articles, seconds: m.seconds, articlesPerSecond: m.articles / m.seconds, peakRssMb: Math.round(m.peakRssMb), notes: m.notes });
const copies = (m: Measure): string => m.copies === undefined ? '' : `copies found: precision ${m.copies.precision.toFixed(3)}, recall ${m.copies.recall.toFixed(3)} (${String(m.copies.marked)} marked, ${String(m.copies.truth)} planted)`;

export const dedupBench: Bench = {
  name: 'dedup',
  description: `stage 5 incremental index over ${String(DEDUP_BENCH_ARTICLES)} synthetic articles (and ${String(DEDUP_SMALL_ARTICLES)}); baseline: naive all-pairs Jaccard at ${String(ALL_PAIRS_ARTICLES)}`,
  async run() {
    const hash = await isolated('hash', 0);
    const small = await isolated('index', DEDUP_SMALL_ARTICLES);
    const large = await isolated('index', DEDUP_BENCH_ARTICLES);
    const naive = await isolated('all-pairs', ALL_PAIRS_ARTICLES);
    const ratio = large.seconds / small.seconds;
    const result: BenchResult = { ...toResult(large), baseline: { ...toResult(naive), label: `naive all-pairs exact Jaccard, ${String(ALL_PAIRS_ARTICLES)} articles` } };
    result.notes = [
      `stream: examples/corpus replicated to N articles dated over ${String(BENCH_SPAN_DAYS)} days, made distinct (35 % of words replaced), ${String(NEAR_DUPLICATE_SHARE * 100)} % near-duplicates and ${String(REPRINT_SHARE * 100)} % trimmed reprints of a recent article`,
      `machine: ${String(availableParallelism())} cores, Node ${process.version}; goal ≥ 1,000 articles/s`,
      `${String(large.articles)} articles: ${(large.seconds * 1000 / large.articles).toFixed(3)} ms/article; ${copies(large)}`,
      ...large.notes,
      `${String(small.articles)} articles: ${small.seconds.toFixed(2)} s, ${(small.articles / small.seconds).toFixed(0)} articles/s, peak ${String(Math.round(small.peakRssMb))} MB; ${copies(small)}`,
      `time ratio ${String(large.articles)} / ${String(small.articles)} articles: ${ratio.toFixed(2)}× (linear = 10×)`,
      `baseline at ${String(naive.articles)}: ${(naive.seconds * 1000 / naive.articles).toFixed(3)} ms/article and growing with the stream (quadratic); ${copies(naive)}`,
      ...hash.notes,
    ];
    return result;
  },
};

// Child-process entry: `<this file> --dedup-phase PHASE SIZE`.
if (process.argv[2] === PHASE_FLAG && process.send) {
  const m = await measure(process.argv[3] as Phase, Number(process.argv[4]));
  process.send(m, () => process.exit(0));
}
