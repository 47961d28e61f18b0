// Stage 2 — clean: classify each paragraph/line as content or noise; keep every removal with a reason.
// PLACEHOLDER: replaced by the rule cascade in rules.ts.
import type { CleanArticle, RawArticle, Removal } from '../../model/article.js';

export type CleanResult = { text: string; removed: Removal[] };

/** Cleans plain text (paragraphs separated by blank lines). Pure. */
export function cleanText(body: string): CleanResult {
  return { text: body.trim(), removed: [] };
}

export function clean(raw: RawArticle): CleanArticle {
  const { body, ...rest } = raw;
  const result = cleanText(body);
  return { ...rest, text: result.text, removed: [...raw.removed, ...result.removed] };
}
