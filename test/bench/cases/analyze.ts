// Bench `analyze`: the whole engine over ≥ 10,000 articles, end to end from files and in memory,
// each beside a baseline of stages 1–2 alone. Every measurement runs in its own child process so
// its peak RSS (resourceUsage().maxRSS) is its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, analyzeArticles, createEngine } from '../../../src/engine.js';
import { clean } from '../../../src/stages/02-clean/index.js';
import { ingest } from '../../../src/stages/01-ingest/index.js';
import type { Bench, BenchResult } from '../types.js';
import { runIsolated } from '../isolate.js';
import { BENCH_ARTICLES, BENCH_SPAN_DAYS, benchArticles, sourceFolders, writeCorpus } from './corpus.js';

type Phase = 'analyze-files' | 'ingest-clean-files' | 'analyze-memory' | 'clean-memory';
type Measure = { articles: number; seconds: number; peakRssMb: number; notes: string[] };

const PHASE_FLAG = '--bench-phase';

async function measure(phase: Phase, dir: string): Promise<Measure> {
  const engine = createEngine();
  const raws = phase.endsWith('memory') ? await benchArticles() : [];
  const notes: string[] = [];
  const t0 = performance.now();
  let articles: number;
  switch (phase) {
    case 'analyze-files': {
      const report = await analyze(engine, [dir]);
      articles = report.articles.length;
      notes.push(`${report.events.length} events, ${report.stories.length} stories, ${report.rejected.length} rejected`);
      break;
    }
    case 'ingest-clean-files': {
      const { articles: read } = await ingest([dir], {}, engine.ctx);
      articles = read.map((a) => clean(a)).length;
      break;
    }
    case 'analyze-memory': {
      const report = analyzeArticles(engine, raws);
      articles = report.articles.length;
      notes.push(`${report.events.length} events, ${report.stories.length} stories, ${report.rejected.length} rejected`);
      break;
    }
    case 'clean-memory':
      articles = raws.map((a) => clean(a)).length;
      break;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { articles, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, notes };
}

/** Runs one phase in a child process (same loader flags, so it works under tsx and from dist). */
function isolated(phase: Phase, dir: string): Promise<Measure> {
  return runIsolated<Measure>(import.meta.url, [PHASE_FLAG, phase, dir], `bench phase ${phase}`);
}

function toResult(name: string, m: Measure): Omit<BenchResult, 'baseline'> {
  return { name, articles: m.articles, seconds: m.seconds, articlesPerSecond: m.articles / m.seconds, peakRssMb: Math.round(m.peakRssMb), notes: m.notes };
}

function context(): string[] {
  return [
    `corpus: ${sourceFolders().label}, replicated to ${BENCH_ARTICLES} articles dated over ${BENCH_SPAN_DAYS} days`,
    `machine: ${availableParallelism()} cores, Node ${process.version}; goal ≥ 500 articles/s end to end`,
  ];
}

async function pair(name: string, main: Phase, base: Phase, label: string, files: boolean): Promise<BenchResult> {
  let dir = '';
  try {
    if (files) {
      dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
      writeCorpus(dir, await benchArticles());
    }
    const baseline = await isolated(base, dir);
    const full = await isolated(main, dir);
    const result: BenchResult = { ...toResult(name, full), baseline: { ...toResult(name, baseline), label } };
    result.notes = [...context(), ...full.notes];
    return result;
  } finally {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  }
}

export const analyzeBench: Bench = {
  name: 'analyze',
  description: 'whole engine from files (analyze on a folder of ≥10k .txt + meta.jsonl); baseline: ingest + clean',
  run: () => pair('analyze', 'analyze-files', 'ingest-clean-files', 'ingest + clean (stages 1–2) from files', true),
};

export const analyzeArticlesBench: Bench = {
  name: 'analyze-articles',
  description: 'whole engine on raw articles in memory (createEngine + analyzeArticles); baseline: clean alone',
  run: () => pair('analyze-articles', 'analyze-memory', 'clean-memory', 'clean (stage 2) in memory', false),
};

// Child-process entry: `<this file> --bench-phase PHASE DIR`.
if (process.argv[2] === PHASE_FLAG && process.send) {
  const phase = process.argv[3] as Phase;
  const m = await measure(phase, process.argv[4] ?? '');
  process.send(m, () => process.exit(0));
}
