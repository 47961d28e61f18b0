// Input of the store contract: the example corpus analysed by the real engine (articles with
// their extraction, events with entities, quotes and facts, stories), analysed once per process.
import { join, relative } from 'node:path';
import { analyze, createEngine } from '../../src/engine.js';
import type { Article } from '../../src/model/article.js';
import type { Report } from '../../src/model/report.js';
import type { StoredArticle } from '../../src/storage/store.js';
import { repoRoot } from '../support/shared.js';

export const CORPUS = join(repoRoot, 'examples', 'corpus');
/** Fixed clock so stored timestamps are predictable. */
export const NOW = new Date('2026-07-01T08:00:00.000Z');
export const STORED_AT = '2026-07-01T08:00:00.000Z';

let cached: Promise<Report> | undefined;

/** The example corpus analysed in this thread (no workers), once. */
export function corpusReport(): Promise<Report> {
  cached ??= analyze(createEngine({ threads: 1, now: () => NOW }), [CORPUS]);
  return cached;
}

/** The identity the service gives an article: its URL, else its input file (+ item). */
export function keyOf(article: Article): string {
  if (article.url !== undefined) return article.url;
  const file = relative(CORPUS, article.file);
  return article.item === undefined ? file : `${file}#${article.item}`;
}

export function stored(article: Article, storedAt = STORED_AT): StoredArticle {
  return { article, key: keyOf(article), storedAt };
}

/** What a value looks like after a JSON round trip (undefined properties dropped): what a store must give back. */
export function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Lower case without accents: the test's own folding, to check the store's. */
export function plain(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
