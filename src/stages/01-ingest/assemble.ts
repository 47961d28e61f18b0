// Draft → RawArticle: HTML through the article extractor (fragments fall back to plain
// HTML-to-text), sidecar metadata applied (the sidecar wins), values normalised, content id. Pure.
import type { RawArticle, Removal } from '../../model/article.js';
import type { Rejection } from '../../model/report.js';
import { isParallaxError } from '../../errors.js';
import type { Draft } from './draft.js';
import { extractHtml, htmlToText } from './html.js';
import type { MetaEntry } from './meta.js';
import { articleId, normalizeDate, normalizeLanguage } from './normalize.js';
import { textToBody } from './text.js';

/** Sidecar entries for one article: the file's entry and, for multi-article files, the item's. */
export type ArticleMeta = { file?: MetaEntry; item?: MetaEntry; singleArticle: boolean };

type Extracted = { body: string; removed: Removal[]; title?: string; lang?: string; published?: string; outlet?: string; url?: string };

function extract(draft: Draft, url: string | undefined): Extracted | Rejection {
  const { content } = draft;
  if (content.kind === 'text') return { body: textToBody(content.text), removed: [] };
  try {
    const options = url === undefined ? { source: draft.label } : { url, source: draft.label };
    return extractHtml(content.html, options);
  } catch (e) {
    if (!isParallaxError(e) || e.code !== 'E_HTML') throw e;
    if (content.fragment) {
      const body = textToBody(htmlToText(content.html));
      if (body !== '') return { body, removed: [] };
    }
    const message = e.message.startsWith(draft.label) ? e.message : `${draft.label}: ${e.message}`;
    return { input: draft.label, code: 'E_HTML', message };
  }
}

function firstDefined<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

/** Builds the raw article for a draft read from `file` (decoded from `encoding`), or a rejection. */
export function assemble(draft: Draft, file: string, encoding: string, meta: ArticleMeta): RawArticle | Rejection {
  // Per-article fields from the sidecar: the item's entry, or the file's when it holds one article.
  const own = meta.item ?? (meta.singleArticle ? meta.file : undefined);
  const metaUrl = own?.url;
  const extracted = extract(draft, metaUrl ?? draft.url);
  if ('code' in extracted) return extracted;
  if (extracted.body.trim() === '') {
    return { input: draft.label, code: 'E_EMPTY', message: `${draft.label}: the article has no text; add its text or remove it from the input` };
  }
  const article: RawArticle = {
    id: articleId(extracted.body),
    file,
    format: draft.format,
    encoding,
    body: extracted.body,
    removed: extracted.removed,
  };
  if (draft.item !== undefined) article.item = draft.item;
  const url = firstDefined(metaUrl, draft.url, extracted.url);
  const outlet = firstDefined(meta.item?.outlet, meta.file?.outlet, draft.outlet, extracted.outlet);
  const title = firstDefined(own?.title, draft.title, extracted.title);
  const published = firstDefined(own?.published, normalizeDate(draft.published ?? ''), normalizeDate(extracted.published ?? ''));
  const declared = normalizeLanguage(firstDefined(draft.language, extracted.lang) ?? '');
  const original = firstDefined(meta.item?.originalLanguage, meta.file?.originalLanguage);
  if (url !== undefined) article.url = url;
  if (outlet !== undefined) article.outlet = outlet;
  if (title !== undefined) article.title = title;
  if (published !== undefined) article.published = published;
  if (declared !== undefined) article.declaredLanguage = declared;
  if (original !== undefined) article.originalLanguage = original;
  return article;
}
