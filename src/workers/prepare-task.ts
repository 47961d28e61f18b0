// Worker-thread tasks, loaded by the pool in src/workers/pool.ts: the same pure functions the
// engine runs in-process. Default: stages 2–4 for a chunk of raw articles. `finishEvents`: the
// per-event stages (merges, compare, cited summary) for events whose member articles come along.
import type { Config } from '../config/index.js';
import { createEngine, finishEvent, prepareArticle } from '../engine.js';
import type { Article, RawArticle } from '../model/article.js';
import type { NewsEvent } from '../model/event.js';
import type { ArticleId } from '../model/ids.js';
import type { Rejection } from '../model/report.js';

export default function prepareChunk(raws: readonly RawArticle[]): (Article | Rejection)[] {
  return raws.map(prepareArticle);
}

/** An event to finish with its member articles (as the service holds them). */
export type FinishItem = { event: NewsEvent; members: Article[] };

export function finishEvents(input: { config: Config; items: readonly FinishItem[] }): NewsEvent[] {
  const engine = createEngine({ config: input.config, threads: 1 });
  return input.items.map(({ event, members }) => finishEvent(engine, event, new Map<ArticleId, Article>(members.map((a) => [a.id, a]))));
}
