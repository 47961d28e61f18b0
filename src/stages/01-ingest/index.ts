// Stage 1 — ingest: turn paths (files, folders) into raw articles; rejections are values.
// PLACEHOLDER: replaced by the real ingest (formats, meta sidecar, encodings, rejections).
import type { RawArticle } from '../../model/article.js';
import type { Rejection } from '../../model/report.js';
import type { StageContext } from '../../context.js';

export type IngestOptions = {
  /** Path of a metadata sidecar; `false` ignores sidecars; undefined uses `meta.jsonl` found in input folders. */
  meta?: string | false;
};

export type IngestResult = { articles: RawArticle[]; rejected: Rejection[] };

export async function ingest(_paths: readonly string[], _options: IngestOptions, _ctx: StageContext): Promise<IngestResult> {
  return Promise.resolve({ articles: [], rejected: [] });
}
