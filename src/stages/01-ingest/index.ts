// Stage 1 — ingest: turn paths (files, folders) into raw articles; rejections are values.
//
// Order: expand paths (files.ts) → read sidecars (meta.ts) → per file, in sorted order: stat and
// size limit, read, decode (decode.ts), parse by format (text.ts, jsonl.ts, feeds.ts; HTML via
// html.ts) → per article: extract, apply sidecar metadata, normalise, id (assemble.ts) → drop
// exact duplicates. Only this file and files.ts touch the file system.
import { dirname } from 'node:path';
import type { RawArticle } from '../../model/article.js';
import type { Rejection } from '../../model/report.js';
import type { StageContext } from '../../context.js';
import { assemble, type ArticleMeta } from './assemble.js';
import { decodeBytes } from './decode.js';
import type { Draft } from './draft.js';
import { parseFeed } from './feeds.js';
import { extensionOf, readInput, relativeKey, walkInputs, type InputFile } from './files.js';
import { parseJsonl } from './jsonl.js';
import { lookupMeta, parseSidecar, type Sidecar } from './meta.js';
import { FORMAT_BY_EXTENSION, READ_CONCURRENCY, SUPPORTED_EXTENSIONS_HINT } from './rules.js';

export type IngestOptions = {
  /** Path of a metadata sidecar; `false` ignores sidecars; undefined uses `meta.jsonl` found in input folders. */
  meta?: string | false;
};

export type IngestResult = { articles: RawArticle[]; rejected: Rejection[] };

type Sidecars = { kind: 'none' } | { kind: 'given'; sidecar: Sidecar; folder: string } | { kind: 'found'; byFolder: Map<string, Sidecar> };

type Parsed = { drafts: Draft[]; encoding: string; rejected: Rejection[] };

async function loadSidecar(path: string, maxBytes: number, rejected: Rejection[]): Promise<Sidecar | undefined> {
  const read = await readInput(path, maxBytes);
  if (read.kind === 'rejected') {
    rejected.push({ ...read.rejection, message: `${read.rejection.message} (metadata sidecar)` });
    return undefined;
  }
  const decoded = decodeBytes(read.bytes);
  if (decoded.kind !== 'text') {
    rejected.push({ input: path, code: 'E_META', message: `${path}: the metadata sidecar is not readable text (${decoded.reason}); save it as UTF-8 JSON Lines` });
    return undefined;
  }
  const { sidecar, rejected: lines } = parseSidecar(decoded.text, path);
  rejected.push(...lines);
  return sidecar;
}

/** The file's entry and (for an item) the item's entry, from the nearest sidecar that has one. */
function metaFor(sidecars: Sidecars, file: InputFile, item: string | undefined, singleArticle: boolean): ArticleMeta {
  const result: ArticleMeta = { singleArticle };
  const find = (itemKey: string | undefined) => {
    if (sidecars.kind === 'none') return undefined;
    if (sidecars.kind === 'given') {
      const keys = [relativeKey(sidecars.folder, file.path), ...file.folders.map((f) => relativeKey(f, file.path))];
      return lookupMeta(sidecars.sidecar, keys, itemKey);
    }
    for (const folder of file.folders) {
      const sidecar = sidecars.byFolder.get(folder);
      const hit = sidecar && lookupMeta(sidecar, [relativeKey(folder, file.path)], itemKey);
      if (hit) return hit;
    }
    return undefined;
  };
  const fileEntry = find(undefined);
  const itemEntry = item === undefined ? undefined : find(item);
  if (fileEntry) result.file = fileEntry;
  if (itemEntry) result.item = itemEntry;
  return result;
}

function reject(input: string, code: Rejection['code'], message: string): Parsed {
  return { drafts: [], encoding: '', rejected: [{ input, code, message }] };
}

/** Reads, decodes and parses one input file into drafts. */
async function parseFile(file: InputFile, maxBytes: number): Promise<Parsed> {
  const { path } = file;
  const kind = FORMAT_BY_EXTENSION[extensionOf(path)];
  if (kind === undefined) {
    const ext = extensionOf(path) || '(no extension)';
    return reject(path, 'E_UNSUPPORTED', `${path}: files of type "${ext}" are not supported; give ${SUPPORTED_EXTENSIONS_HINT}`);
  }
  const read = await readInput(path, maxBytes);
  if (read.kind === 'rejected') return { drafts: [], encoding: '', rejected: [read.rejection] };
  if (read.bytes.length === 0) return reject(path, 'E_EMPTY', `${path}: the file is empty; add the article text or remove the file`);
  const decoded = decodeBytes(read.bytes, { sniffCharset: kind === 'html' || kind === 'feed' });
  if (decoded.kind === 'binary') {
    return reject(path, 'E_BINARY', `${path}: this is a binary file, not text (${decoded.reason}); remove it from the input or convert it to text`);
  }
  if (decoded.kind === 'invalid') {
    return reject(path, 'E_ENCODING', `${path}: the bytes are not valid text (${decoded.reason}); re-save the file as UTF-8`);
  }
  const { text, encoding } = decoded;
  if (text.trim() === '') return reject(path, 'E_EMPTY', `${path}: the file holds only whitespace; add the article text or remove the file`);
  switch (kind) {
    case 'text':
      return { drafts: [{ format: 'text', label: path, content: { kind: 'text', text } }], encoding, rejected: [] };
    case 'html':
      return { drafts: [{ format: 'html', label: path, content: { kind: 'html', html: text, fragment: false } }], encoding, rejected: [] };
    case 'jsonl':
      return { ...parseJsonl(text, path), encoding };
    default: {
      const feed = parseFeed(text, path);
      if (feed.kind === 'malformed') {
        return reject(path, 'E_FEED', `${path}: the feed is malformed: ${feed.reason}; check that the file is complete RSS 2.0 or Atom XML`);
      }
      if (feed.kind === 'not-a-feed') {
        return reject(path, 'E_UNSUPPORTED', `${path}: an XML file whose root element <${feed.root}> is neither RSS (<rss>) nor Atom (<feed>); give an RSS or Atom feed`);
      }
      return { drafts: feed.drafts, encoding, rejected: feed.rejected };
    }
  }
}

/** Reads the inputs; every problem with an input is a rejection in the result, never an exception. */
export async function ingest(paths: readonly string[], options: IngestOptions, ctx: StageContext): Promise<IngestResult> {
  const { maxFileBytes } = ctx.config;
  const rejected: Rejection[] = [];
  const walk = await walkInputs(paths);
  rejected.push(...walk.rejected);

  let sidecars: Sidecars = { kind: 'none' };
  if (typeof options.meta === 'string') {
    const sidecar = await loadSidecar(options.meta, maxFileBytes, rejected);
    if (sidecar) sidecars = { kind: 'given', sidecar, folder: dirname(options.meta) };
  } else if (options.meta !== false) {
    const byFolder = new Map<string, Sidecar>();
    for (const path of walk.sidecars) {
      const sidecar = await loadSidecar(path, maxFileBytes, rejected);
      if (sidecar) byFolder.set(dirname(path), sidecar);
    }
    sidecars = { kind: 'found', byFolder };
  }

  const articles: RawArticle[] = [];
  const seen = new Map<string, string>();
  const files = walk.files;
  ctx.progress.start('ingest', files.length);
  try {
    for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
      const batch = files.slice(start, start + READ_CONCURRENCY);
      const parsed = await Promise.all(batch.map((f) => parseFile(f, maxFileBytes)));
      batch.forEach((file, i) => {
        const { drafts, encoding, rejected: fileRejected } = parsed[i] ?? { drafts: [], encoding: '', rejected: [] };
        rejected.push(...fileRejected);
        const single = drafts.length === 1 && (drafts[0]?.format === 'text' || drafts[0]?.format === 'html');
        for (const draft of drafts) {
          const result = assemble(draft, file.path, encoding, metaFor(sidecars, file, single ? undefined : draft.item, single));
          if ('code' in result) {
            rejected.push(result);
            continue;
          }
          const first = seen.get(result.id);
          if (first !== undefined) {
            rejected.push({
              input: draft.label,
              code: 'E_DUPLICATE',
              message: `${draft.label}: the same article content was already read from ${first}; remove one of the two copies`,
            });
            continue;
          }
          seen.set(result.id, draft.label);
          articles.push(result);
        }
        ctx.progress.tick();
      });
    }
  } finally {
    ctx.progress.stop();
  }
  return { articles, rejected };
}
