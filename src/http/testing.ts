// Test support for the HTTP tests: the example corpus ingested through the service into a memory
// store, the app over it with a known write token, and the corpus's gold labels by article.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Hono } from 'hono';
import { createEngine } from '../engine.js';
import type { Article } from '../model/article.js';
import { createService } from '../service/index.js';
import type { Service } from '../service/service.js';
import { createMemoryStore } from '../storage/memory/index.js';
import type { Store } from '../storage/store.js';
import { repoRoot } from '../../test/support/shared.js';
import { createApp, type AppOptions } from './app.js';

export const WRITE_TOKEN = 'test-write-token-0123456789';
export const READ_TOKEN = 'test-read-token-0123456789';

export const exampleCorpus = join(repoRoot, 'examples', 'corpus');

export type GoldArticle = { event: string; language: string; outlet: string; published: string };

/** examples/corpus/gold.json: labels by "path relative to the corpus[#item]". */
export function goldArticles(): Map<string, GoldArticle> {
  const gold = JSON.parse(readFileSync(join(exampleCorpus, 'gold.json'), 'utf8')) as { articles: Record<string, GoldArticle> };
  return new Map(Object.entries(gold.articles));
}

/** The gold key of a stored article. */
export const goldKey = (a: Pick<Article, 'file' | 'item'>): string => {
  const path = relative(exampleCorpus, a.file).split('\\').join('/');
  return a.item === undefined ? path : `${path}#${a.item}`;
};

/** A memory store with the example corpus ingested through the service. */
export async function seededStore(): Promise<{ store: Store; service: Service }> {
  const store = createMemoryStore();
  const service = createService(store, createEngine({ threads: 1 }));
  const summary = await service.ingestPaths([exampleCorpus]);
  if (summary.added === 0) throw new Error('the example corpus was not ingested');
  return { store, service };
}

export type TestApp = { app: Hono; store: Store; service: Service; logged: string[] };

/** The app over `store` (write token WRITE_TOKEN unless `auth` says otherwise); errors it logs are collected. */
export function testApp(deps: { store: Store; service: Service }, options: Partial<Pick<AppOptions, 'auth' | 'limits'>> = {}): TestApp {
  const logged: string[] = [];
  const app = createApp({
    ...deps,
    auth: options.auth ?? { writeTokens: [WRITE_TOKEN] },
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    log: (line) => logged.push(line),
  });
  return { app, ...deps, logged };
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
export const jsonHeaders = (token?: string): Record<string, string> => ({ 'content-type': 'application/json', ...(token === undefined ? {} : bearer(token)) });
