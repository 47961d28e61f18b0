// Spreads stages 2–4 (clean, language, extract: pure, per article) over worker threads with
// piscina. Results come back in input order, so the report is the same as a single-thread run.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Article, RawArticle } from '../model/article.js';
import type { Rejection } from '../model/report.js';

/** Articles sent to a worker at a time: large enough to amortise messaging, small enough to balance. */
export const CHUNK_ARTICLES = 64;

/** Below this many articles, starting workers costs more than it saves. */
export const PARALLEL_MIN_ARTICLES = 400;

/** Worker threads to use by default: one per core, at most 8. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** The task next to this file: compiled prepare-task.js, or from source a shim that loads the .ts through tsx. */
function taskFile(): string {
  return fileURLToPath(new URL(FROM_SOURCE ? './prepare-task.dev.mjs' : './prepare-task.js', import.meta.url));
}

/** Prepares articles on `threads` workers, calling `onChunk` with each finished chunk's size. */
export async function prepareParallel(
  raws: readonly RawArticle[],
  threads: number,
  onChunk: (n: number) => void = () => undefined,
): Promise<(Article | Rejection)[]> {
  const pool = new Piscina({ filename: taskFile(), minThreads: threads, maxThreads: threads, });
  try {
    const chunks: RawArticle[][] = [];
    for (let i = 0; i < raws.length; i += CHUNK_ARTICLES) chunks.push(raws.slice(i, i + CHUNK_ARTICLES));
    const results = await Promise.all(
      chunks.map(async (chunk) => {
        const out = (await pool.run(chunk)) as (Article | Rejection)[];
        onChunk(chunk.length);
        return out;
      }),
    );
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
