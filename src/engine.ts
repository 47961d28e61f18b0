// The only file that knows the order of the stages. Wires ingest → clean → language → extract →
// dedup → grouping → per-event enrichment (extract's merges, then compare), and assembles the report.
import { resolveConfig, type Config } from './config/index.js';
import { silentProgress, type Progress, type StageContext } from './context.js';
import { ParallaxError } from './errors.js';
import type { Article, RawArticle } from './model/article.js';
import type { NewsEvent, Story } from './model/event.js';
import type { ArticleId, EventId } from './model/ids.js';
import { SCHEMA_VERSION, type Rejection, type Report } from './model/report.js';
import { ingest, type IngestOptions } from './stages/01-ingest/index.js';
import { clean } from './stages/02-clean/index.js';
import { annotate } from './stages/03-language/index.js';
import { enrichEvent, extract } from './stages/04-extract/index.js';
import { dedup, independentSources } from './stages/05-dedup/index.js';
import type { Corrections } from './stages/06-cluster/corrections.js';
import { createGrouper, type Grouper } from './stages/06-cluster/index.js';
import { compareEvent } from './stages/07-compare/index.js';
import { storyTimeline } from './stages/08-timeline/index.js';
import { summarize } from './stages/09-summarize/index.js';
import { PARALLEL_MIN_ARTICLES, defaultThreads, prepareParallel } from './workers/pool.js';

export type EngineOptions = {
  config?: Partial<Config>;
  now?: () => Date;
  progress?: Progress;
  grouper?: Grouper;
  /** A user's corrections to the grouping (loadCorrections), given to the default grouper; ignored with `grouper`. */
  corrections?: Corrections;
  /**
   * Worker threads for the per-article stages (clean, language, extract) in `analyze` and
   * `analyzeArticlesParallel`; 1 runs everything in this thread. Default: one per core (max 8).
   */
  threads?: number;
};

export type Engine = {
  readonly ctx: StageContext;
  readonly grouper: Grouper;
  readonly threads: number;
};

export function createEngine(options: EngineOptions = {}): Engine {
  const ctx: StageContext = {
    config: resolveConfig(options.config),
    now: options.now ?? (() => new Date()),
    progress: options.progress ?? silentProgress,
  };
  const threads = options.threads ?? defaultThreads();
  if (!Number.isInteger(threads) || threads < 1) throw new ParallaxError('E_CONFIG', `threads must be a positive integer, got ${String(threads)}`);
  return { ctx, grouper: options.grouper ?? createGrouper(options.corrections === undefined ? {} : { corrections: options.corrections }), threads };
}

/** Stages 2–4 for one raw article, or a rejection when nothing is left after cleaning. Pure. */
export function prepareArticle(raw: RawArticle): Article | Rejection {
  const cleaned = clean(raw);
  if (cleaned.text.trim() === '') {
    const input = raw.item === undefined ? raw.file : `${raw.file}#${raw.item}`;
    return { input, code: 'E_NO_ARTICLE_TEXT', message: `${input}: nothing was left after removing non-article lines` };
  }
  const article = annotate(cleaned);
  return { ...article, extraction: extract(article) };
}

/** Splits prepared results into articles and rejections (input order kept). */
function partition(prepared: readonly (Article | Rejection)[], rejected: readonly Rejection[]): { articles: Article[]; rejected: Rejection[] } {
  const articles: Article[] = [];
  const all: Rejection[] = [...rejected];
  for (const p of prepared) {
    if ('code' in p) all.push(p);
    else articles.push(p);
  }
  return { articles, rejected: all };
}

/**
 * Stages 4 (event merges), 7 (compare) and 9 (summarize) for one grouped event, with its
 * independent-source count. `byId` must hold the event's articles (it may hold more). Pure; the
 * batch report and the service's incremental ingest both finish events through here.
 */
export function finishEvent(engine: Engine, event: NewsEvent, byId: ReadonlyMap<ArticleId, Article>): NewsEvent {
  const members = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  const compared = { ...compareEvent(enrichEvent(event, members), members), independentSources: independentSources(event.articleIds, byId) };
  return { ...compared, summary: summarize(compared, members, { outputLanguage: engine.ctx.config.outputLanguage }) };
}

/** Stage 8 for stories: each story's timeline merged from its (finished) events' timelines. */
export function finishStories(stories: readonly Story[], events: readonly NewsEvent[]): Story[] {
  const byId = new Map<EventId, NewsEvent>(events.map((e) => [e.id, e]));
  return stories.map((story) => {
    const members = story.eventIds.map((id) => byId.get(id)).filter((e): e is NewsEvent => e !== undefined);
    return { ...story, timeline: storyTimeline(members) };
  });
}

/** Stages 5 onward (dedup, grouping, per-event enrichment) and the report. */
function assemble(engine: Engine, prepared: readonly Article[], rejected: readonly Rejection[]): Report {
  const { ctx } = engine;
  const articles = dedup(prepared).articles;
  const { events, stories } = engine.grouper.group(articles, ctx);
  const byId = new Map<ArticleId, Article>(articles.map((a) => [a.id, a]));
  const finished = events.map((event) => finishEvent(engine, event, byId));
  return { schemaVersion: SCHEMA_VERSION, generatedAt: ctx.now().toISOString(), articles, events: finished, stories: finishStories(stories, finished), rejected: [...rejected] };
}

/** Runs stages 2 onward over raw articles already in memory, in this thread. */
export function analyzeArticles(engine: Engine, raws: readonly RawArticle[], rejected: readonly Rejection[] = []): Report {
  const { progress } = engine.ctx;
  progress.start('prepare', raws.length);
  const prepared = raws.map((raw) => {
    const p = prepareArticle(raw);
    progress.tick();
    return p;
  });
  progress.stop();
  const parts = partition(prepared, rejected);
  return assemble(engine, parts.articles, parts.rejected);
}

/**
 * Same report as `analyzeArticles`, with the per-article stages spread over the engine's worker
 * threads when there are enough articles to pay for starting them.
 */
export async function analyzeArticlesParallel(engine: Engine, raws: readonly RawArticle[], rejected: readonly Rejection[] = []): Promise<Report> {
  if (engine.threads <= 1 || raws.length < PARALLEL_MIN_ARTICLES) return analyzeArticles(engine, raws, rejected);
  const { progress } = engine.ctx;
  progress.start('prepare', raws.length);
  const prepared = await prepareParallel(raws, engine.threads, (n) => { progress.tick(n); });
  progress.stop();
  const parts = partition(prepared, rejected);
  return assemble(engine, parts.articles, parts.rejected);
}

/** Reads the inputs and analyses them. Throws E_NOTHING_ANALYSED when no article survived. */
export async function analyze(engine: Engine, paths: readonly string[], options: IngestOptions = {}): Promise<Report> {
  const { articles, rejected } = await ingest(paths, options, engine.ctx);
  const report = await analyzeArticlesParallel(engine, articles, rejected);
  if (report.articles.length === 0) {
    const reasons = report.rejected.map((r) => `  ${r.input}: ${r.message}`).join('\n');
    throw new ParallaxError('E_NOTHING_ANALYSED', `no input could be analysed${reasons ? `:\n${reasons}` : ''}`);
  }
  return report;
}
