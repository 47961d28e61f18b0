// Worker-thread task: stages 2–4 for a chunk of raw articles (the same pure function the engine
// runs in-process). Loaded by the pool in src/workers/pool.ts.
import { prepareArticle } from '../engine.js';
import type { Article, RawArticle } from '../model/article.js';
import type { Rejection } from '../model/report.js';

export default function prepareChunk(raws: readonly RawArticle[]): (Article | Rejection)[] {
  return raws.map(prepareArticle);
}
