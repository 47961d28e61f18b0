// createService: the Service port (service.ts) over a Store and an Engine. Ingest prepares only
// articles the store does not hold yet (stages 2–4, on worker threads for large batches), replaces
// earlier versions stored under the same key, and regroups the stored neighbourhood of the change
// (regroup.ts), written with one store.apply. Ingests and corrections run one at a time (mutex.ts).
// The worker threads are started on the first large batch and kept until close().
import { resolve } from 'node:path';
import { prepareArticle, type Engine } from '../engine.js';
import { ParallaxError } from '../errors.js';
import type { Article, RawArticle } from '../model/article.js';
import type { ArticleId } from '../model/ids.js';
import type { Rejection } from '../model/report.js';
import { ingest, type IngestOptions } from '../stages/01-ingest/index.js';
import { CORRECTIONS_VERSION, correctionArticleIds, parseCorrections, type Correction } from '../stages/06-cluster/corrections.js';
import type { Store } from '../storage/store.js';
import { PARALLEL_MIN_ARTICLES, createWorkerPool, type WorkerPool } from '../workers/pool.js';
import { createMutex } from './mutex.js';
import { finishHere, regroup, type Finisher } from './regroup.js';
import type { CorrectionResult, IngestSummary, Service } from './service.js';

export type { CorrectionResult, IngestSummary, Service } from './service.js';

export type ServiceOptions = {
  /** Stage 1 options for ingestPaths (metadata sidecar). */
  ingest?: IngestOptions;
};

/** The key that identifies "the same article" across versions: its URL, else input file (+ item). */
export function articleKey(a: Pick<RawArticle, 'url' | 'file' | 'item'>): string {
  if (a.url !== undefined && a.url !== '') return a.url;
  return a.item === undefined ? a.file : `${a.file}#${a.item}`;
}

export function createService(store: Store, engine: Engine, options: ServiceOptions = {}): Service {
  const mutex = createMutex();
  let pool: WorkerPool | undefined;
  let closed = false;

  async function prepare(raws: readonly RawArticle[]): Promise<(Article | Rejection)[]> {
    const { progress } = engine.ctx;
    progress.start('prepare', raws.length);
    try {
      if (engine.threads > 1 && raws.length >= PARALLEL_MIN_ARTICLES) {
        pool ??= createWorkerPool(engine.threads);
        return await pool.prepare(raws, (n) => { progress.tick(n); });
      }
      return raws.map((raw) => {
        const p = prepareArticle(raw);
        progress.tick();
        return p;
      });
    } finally {
      progress.stop();
    }
  }

  /** Rewritten events are finished on the worker threads when they hold enough articles to pay for it. */
  const finish: Finisher = async (events, byId) => {
    const members = events.reduce((n, e) => n + e.articleIds.length, 0);
    if (engine.threads <= 1 || members < PARALLEL_MIN_ARTICLES) return finishHere(engine)(events, byId);
    pool ??= createWorkerPool(engine.threads);
    const items = events.map((event) => ({ event, members: event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined) }));
    return pool.finish(items, engine.ctx.config);
  };

  async function ingestRawNow(raws: readonly RawArticle[], rejectedBefore: readonly Rejection[]): Promise<IngestSummary> {
    const rejected: Rejection[] = [...rejectedBefore];
    // Within the batch, the last version under a key wins; the same content twice counts once.
    const lastByKey = new Map<string, RawArticle>();
    let replaced = 0;
    let unchanged = 0;
    const seen = new Set<ArticleId>();
    for (const raw of raws) {
      if (seen.has(raw.id)) { unchanged++; continue; }
      seen.add(raw.id);
      const key = articleKey(raw);
      if (lastByKey.has(key)) replaced++;
      lastByKey.set(key, raw);
    }
    const candidates = [...lastByKey.values()];
    const existing = await store.existingArticleIds(candidates.map((r) => r.id));
    unchanged += existing.size;
    const fresh = candidates.filter((r) => !existing.has(r.id));
    const prepared = await prepare(fresh);
    const added: Article[] = [];
    for (const p of prepared) {
      if ('code' in p) rejected.push(p); else added.push(p);
    }
    const keys = new Map<ArticleId, string>(added.map((a) => [a.id, articleKey(a)]));
    const deleted = new Set<ArticleId>();
    for (const a of added) {
      const previous = await store.articleByKey(keys.get(a.id) as string);
      if (previous !== undefined && previous.article.id !== a.id) { deleted.add(previous.article.id); replaced++; }
    }
    const summary: IngestSummary = { added: added.length - deleted.size, unchanged, replaced, rejected, eventsCreated: [], eventsUpdated: [], eventsDeleted: [], storiesChanged: [] };
    if (added.length === 0) return summary;
    const corrections = (await store.listCorrections()).map((c) => c.correction);
    const outcome = await regroup(store, engine, { added, keys, deleted, touched: [], corrections }, finish);
    await store.apply(outcome.update);
    return { ...summary, eventsCreated: outcome.eventsCreated, eventsUpdated: outcome.eventsUpdated, eventsDeleted: outcome.eventsDeleted, storiesChanged: outcome.storiesChanged };
  }

  async function correctNow(correction: Correction, author: string | undefined): Promise<CorrectionResult> {
    // Same validation as a corrections file (shape, article ids, no event ids).
    const [checked] = parseCorrections(JSON.stringify({ version: CORRECTIONS_VERSION, corrections: [correction] }), 'correction').corrections as [Correction];
    const ids = correctionArticleIds({ version: CORRECTIONS_VERSION, corrections: [checked] });
    const existing = await store.existingArticleIds(ids);
    const missing = ids.filter((id) => !existing.has(id));
    if (missing.length > 0) {
      throw new ParallaxError('E_CORRECTIONS', `correction (${checked.kind}): article id(s) not in the store: ${missing.join(', ')}; name articles by the ids the store lists`, missing.join(','));
    }
    const corrections = [...(await store.listCorrections()).map((c) => c.correction), checked];
    const outcome = await regroup(store, engine, { added: [], keys: new Map(), deleted: new Set(), touched: ids, corrections }, finish);
    const stored = await store.addCorrection(checked, author);
    await store.apply(outcome.update);
    return { stored, eventsCreated: outcome.eventsCreated, eventsUpdated: outcome.eventsUpdated, eventsDeleted: outcome.eventsDeleted };
  }

  /** Runs `work` after the earlier calls, unless the service was closed meanwhile. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    return mutex.run(() => (closed ? Promise.reject(new ParallaxError('E_STORE', 'the service is closed; open a new one to ingest or correct')) : work()));
  }

  return {
    store,
    ingestRaw: (raws, rejected = []) => serial(() => ingestRawNow(raws, rejected)),
    async ingestPaths(paths) {
      const read = await ingest(paths.map((p) => resolve(p)), options.ingest ?? {}, engine.ctx);
      return serial(() => ingestRawNow(read.articles, read.rejected));
    },
    correct: (correction, author) => serial(() => correctNow(correction, author)),
    close: () =>
      mutex.run(async () => {
        closed = true;
        const running = pool;
        pool = undefined;
        await running?.close();
      }),
  };
}
