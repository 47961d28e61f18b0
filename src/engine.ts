// The only file that knows the order of the stages. Wires ingest → clean → language → extract →
// dedup → grouping → per-event enrichment, and assembles the report.
import { resolveConfig, type Config } from './config/index.js';
import { silentProgress, type Progress, type StageContext } from './context.js';
import { ParallaxError } from './errors.js';
import type { Article, RawArticle } from './model/article.js';
import type { ArticleId } from './model/ids.js';
import { SCHEMA_VERSION, type Rejection, type Report } from './model/report.js';
import { ingest, type IngestOptions } from './stages/01-ingest/index.js';
import { clean } from './stages/02-clean/index.js';
import { annotate } from './stages/03-language/index.js';
import { enrichEvent, extract } from './stages/04-extract/index.js';
import { dedup, independentSources } from './stages/05-dedup/index.js';
import { createGrouper, type Grouper } from './stages/06-cluster/index.js';

export type EngineOptions = {
  config?: Partial<Config>;
  now?: () => Date;
  progress?: Progress;
  grouper?: Grouper;
};

export type Engine = {
  readonly ctx: StageContext;
  readonly grouper: Grouper;
};

export function createEngine(options: EngineOptions = {}): Engine {
  const ctx: StageContext = {
    config: resolveConfig(options.config),
    now: options.now ?? (() => new Date()),
    progress: options.progress ?? silentProgress,
  };
  return { ctx, grouper: options.grouper ?? createGrouper() };
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

/** Runs stages 2 onward over raw articles already in memory. */
export function analyzeArticles(engine: Engine, raws: readonly RawArticle[], rejected: readonly Rejection[] = []): Report {
  const { ctx } = engine;
  const articles: Article[] = [];
  const allRejected: Rejection[] = [...rejected];
  ctx.progress.start('clean', raws.length);
  for (const raw of raws) {
    const prepared = prepareArticle(raw);
    if ('code' in prepared) allRejected.push(prepared);
    else articles.push(prepared);
    ctx.progress.tick();
  }
  ctx.progress.stop();
  const deduped = dedup(articles).articles;
  const { events, stories } = engine.grouper.group(deduped, ctx);
  const byId = new Map<ArticleId, Article>(deduped.map((a) => [a.id, a]));
  const enriched = events.map((event) => {
    const members = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    return { ...enrichEvent(event, members), independentSources: independentSources(event.articleIds, byId) };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: ctx.now().toISOString(),
    articles: deduped,
    events: enriched,
    stories,
    rejected: allRejected,
  };
}

/** Reads the inputs and analyses them. Throws E_NOTHING_ANALYSED when no article survived. */
export async function analyze(engine: Engine, paths: readonly string[], options: IngestOptions = {}): Promise<Report> {
  const { articles, rejected } = await ingest(paths, options, engine.ctx);
  const report = analyzeArticles(engine, articles, rejected);
  if (report.articles.length === 0) {
    const reasons = report.rejected.map((r) => `  ${r.input}: ${r.message}`).join('\n');
    throw new ParallaxError('E_NOTHING_ANALYSED', `no input could be analysed${reasons ? `:\n${reasons}` : ''}`);
  }
  return report;
}
