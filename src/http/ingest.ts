// POST /api/ingest body → raw articles, through the ingest stage's own assembly (HTML extraction
// with the text fallback, date and language normalisation, content id). Structural problems (not
// an object, a field of the wrong type) are 400 errors naming the field; content problems (no
// text left, HTML without an article, the same content twice) are rejections in the summary,
// as the file ingest reports them.
import type { RawArticle } from '../model/article.js';
import type { Rejection } from '../model/report.js';
import { assemble } from '../stages/01-ingest/assemble.js';
import { withStrings, type Draft } from '../stages/01-ingest/draft.js';
import { normalizeDate, normalizeLanguage } from '../stages/01-ingest/normalize.js';
import { ApiError } from './errors.js';

/** How rejections and `RawArticle.file` name articles sent over HTTP. */
export const API_SOURCE = 'api';

/** Fields of one article in the request. */
export const INGEST_FIELDS = ['id', 'title', 'body', 'html', 'url', 'outlet', 'published', 'language'] as const;
const STRING_FIELDS = INGEST_FIELDS;

export type IngestInput = { raws: RawArticle[]; rejected: Rejection[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function bad(message: string): never {
  throw new ApiError('E_BAD_BODY', message);
}

/** Validates `{ articles: [...] }` and assembles each article (at most `maxArticles`). */
export function ingestInput(body: unknown, maxArticles: number): IngestInput {
  if (!isRecord(body)) bad('expected a JSON object { "articles": [ { "title", "body" or "html", "url", "outlet", "published", "language" } ] }');
  const extra = Object.keys(body).filter((k) => k !== 'articles');
  if (extra.length > 0) bad(`unexpected field "${extra[0] ?? ''}" at the top level (only "articles")`);
  const { articles } = body;
  if (!Array.isArray(articles)) bad('"articles" must be an array of article objects');
  if (articles.length === 0) bad('"articles" is empty; send at least one article');
  if (articles.length > maxArticles) bad(`"articles" holds ${String(articles.length)} articles; send at most ${String(maxArticles)} per request`);
  const raws: RawArticle[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, string>();
  (articles as unknown[]).forEach((entry, i) => {
    const where = `articles[${String(i)}]`;
    const draft = toDraft(entry, where);
    const result = assemble(draft, API_SOURCE, 'utf-8', { singleArticle: true });
    if ('code' in result) {
      rejected.push(result);
      return;
    }
    // Without a URL or a client id, the content id names the article (so two different articles never replace each other).
    if (result.url === undefined && result.item === undefined) result.item = result.id;
    const first = seen.get(result.id);
    if (first !== undefined) {
      const input = `${API_SOURCE}:${where}`;
      rejected.push({ input, code: 'E_DUPLICATE', message: `${input}: the same article content as ${first} in this request; it was read once` });
      return;
    }
    seen.set(result.id, where);
    raws.push(result);
  });
  return { raws, rejected };
}

function toDraft(entry: unknown, where: string): Draft {
  if (!isRecord(entry)) bad(`${where} must be an object with "body" (plain text) or "html"`);
  const unknown = Object.keys(entry).filter((k) => !(INGEST_FIELDS as readonly string[]).includes(k));
  if (unknown.length > 0) bad(`${where}: unexpected field "${unknown[0] ?? ''}" (fields: ${INGEST_FIELDS.join(', ')})`);
  for (const k of STRING_FIELDS) {
    const v = entry[k];
    if (v !== undefined && v !== null && typeof v !== 'string') bad(`${where}.${k} must be a string`);
  }
  const body = typeof entry['body'] === 'string' ? entry['body'] : undefined;
  const html = typeof entry['html'] === 'string' ? entry['html'] : undefined;
  if (body !== undefined && html !== undefined) bad(`${where}: give "body" (plain text) or "html", not both`);
  if (body === undefined && html === undefined) bad(`${where}: "body" (plain text) or "html" is required`);
  const published = entry['published'];
  if (typeof published === 'string' && published.trim() !== '' && normalizeDate(published) === undefined) {
    bad(`${where}.published: "${published.slice(0, 40)}" is not a date; use ISO 8601 (2024-03-05 or 2024-03-05T14:30:00Z)`);
  }
  const language = entry['language'];
  if (typeof language === 'string' && language.trim() !== '' && normalizeLanguage(language) === undefined) {
    bad(`${where}.language: "${language.slice(0, 40)}" is not a language code; use ISO 639-1 such as "en", "fr", "es", "de"`);
  }
  const id = typeof entry['id'] === 'string' && entry['id'].trim() !== '' ? entry['id'].trim() : undefined;
  const draft: Draft = {
    format: html !== undefined ? 'html' : 'text',
    label: `${API_SOURCE}:${where}`,
    content: html !== undefined ? { kind: 'html', html, fragment: true } : { kind: 'text', text: body ?? '' },
  };
  if (id !== undefined) draft.item = id;
  return withStrings(draft, { url: entry['url'], title: entry['title'], outlet: entry['outlet'], published: entry['published'], language: entry['language'] });
}
