// Spreads stages 2–4 (clean, language, extract: pure, per article) and the per-event stages
// (finishEvent: merges, compare, cited summary) over worker threads with piscina. Results come
// back in input order, so the outcome is the same as a single-thread run.
// A pool can live across calls (the service keeps one, so that each ingest does not pay for
// starting threads and compiling the stages again); idle threads never keep the process alive.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Config } from '../config/index.js';
import type { Article, RawArticle } from '../model/article.js';
import type { NewsEvent } from '../model/event.js';
import type { Rejection } from '../model/report.js';
import type { FinishItem } from './prepare-task.js';

export type { FinishItem } from './prepare-task.js';

/** Articles sent to a worker at a time: large enough to amortise messaging, small enough to balance. */
export const CHUNK_ARTICLES = 64;

/** Below this many articles, starting workers costs more than it saves. */
export const PARALLEL_MIN_ARTICLES = 400;

/** Events go to a worker in groups of about this many member articles. */
export const FINISH_CHUNK_MEMBERS = 64;

/**
 * A long-lived pool's threads end after this long without work (milliseconds) and start again
 * on the next large batch: a server that ingests now and then does not hold their memory.
 */
export const POOL_IDLE_MS = 120_000;

/** Worker threads to use by default: one per core, at most 8. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** The task next to this file: compiled prepare-task.js, or from source a shim that loads the .ts through tsx. */
function taskFile(): string {
  return fileURLToPath(new URL(FROM_SOURCE ? './prepare-task.dev.mjs' : './prepare-task.js', import.meta.url));
}

export type WorkerPool = {
  /** Stages 2–4 for each raw article, in input order; `onChunk` gets each finished chunk's size. */
  prepare(raws: readonly RawArticle[], onChunk?: (n: number) => void): Promise<(Article | Rejection)[]>;
  /** finishEvent for each event with its members, under `config`, in input order. */
  finish(items: readonly FinishItem[], config: Config): Promise<NewsEvent[]>;
  /** Ends the threads (waits for running chunks). Later calls are refused. */
  close(): Promise<void>;
};

/** A pool of `threads` workers, started on first use; an idle thread ends after `idleMs` (default POOL_IDLE_MS). */
export function createWorkerPool(threads: number, options: { idleMs?: number } = {}): WorkerPool {
  let pool: Piscina | undefined;
  let closed = false;
  const started = (): Piscina => {
    if (closed) throw new Error('the worker pool is closed');
    pool ??= new Piscina({ filename: taskFile(), minThreads: 0, maxThreads: threads, idleTimeout: options.idleMs ?? POOL_IDLE_MS });
    return pool;
  };
  return {
    async prepare(raws, onChunk = () => undefined) {
      const running = started();
      const chunks: RawArticle[][] = [];
      for (let i = 0; i < raws.length; i += CHUNK_ARTICLES) chunks.push(raws.slice(i, i + CHUNK_ARTICLES));
      const results = await Promise.all(
        chunks.map(async (chunk) => {
          const out = (await running.run(chunk)) as (Article | Rejection)[];
          onChunk(chunk.length);
          return out;
        }),
      );
      return results.flat();
    },
    async finish(items, config) {
      const running = started();
      const chunks: FinishItem[][] = [];
      let members = Infinity;
      for (const item of items) {
        if (members >= FINISH_CHUNK_MEMBERS) { chunks.push([]); members = 0; }
        (chunks[chunks.length - 1] as FinishItem[]).push(item);
        members += item.members.length;
      }
      const results = await Promise.all(chunks.map((chunk) => running.run({ config, items: chunk }, { name: 'finishEvents' }) as Promise<NewsEvent[]>));
      return results.flat();
    },
    async close() {
      closed = true;
      const running = pool;
      pool = undefined;
      await running?.destroy();
    },
  };
}

/** Prepares articles on `threads` workers started for this call alone, calling `onChunk` with each finished chunk's size. */
export async function prepareParallel(
  raws: readonly RawArticle[],
  threads: number,
  onChunk: (n: number) => void = () => undefined,
): Promise<(Article | Rejection)[]> {
  const pool = createWorkerPool(threads);
  try {
    return await pool.prepare(raws, onChunk);
  } finally {
    await pool.close();
  }
}
