// The metadata sidecar (meta.jsonl): one JSON object per line with `file` and any of `published`,
// `outlet`, `title`, `url`, `original_language`.
//
// Precedence: the sidecar wins over in-band metadata (HTML meta tags, feed fields, JSONL fields):
// it is the user's explicit statement about the input.
// Keys: `file` is a path relative to the folder holding the sidecar (a match by base name also
// counts). For a file holding several articles (JSONL, feeds), a `file` entry gives `outlet` and
// `original_language` to every article in it, while `published`, `title` and `url` apply only to
// a text or HTML file (one article) — or to one item when the key is `file#item` (JSONL id or line
// number, feed guid/id or position).
// Malformed lines are rejections (E_META naming `sidecar:line`); the rest of the sidecar is used.
import { posix } from 'node:path';
import type { Rejection } from '../../model/report.js';
import { normalizeDate, normalizeLanguage } from './normalize.js';
import { readJsonLines } from './json-lines.js';

export type MetaEntry = {
  file: string;
  published?: string;
  outlet?: string;
  title?: string;
  url?: string;
  originalLanguage?: string;
};

export type Sidecar = {
  /** Path of the sidecar file (as it names rejections). */
  path: string;
  byPath: ReadonlyMap<string, MetaEntry>;
  byBase: ReadonlyMap<string, MetaEntry>;
};

const FIELD_SKIPPED = 'the field was ignored; the line\'s other fields and the other lines were used';
const STRING_FIELDS = ['file', 'published', 'outlet', 'title', 'url', 'original_language'] as const;

/** `./a\b.txt` → `a/b.txt`: the form sidecar keys and lookups are compared in. */
export function metaKey(path: string): string {
  const hash = path.indexOf('#');
  const file = hash < 0 ? path : path.slice(0, hash);
  return posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\//, '') + (hash < 0 ? '' : path.slice(hash));
}

function reject(path: string, line: number, problem: string, used = 'its other lines were used'): Rejection {
  const input = `${path}:${line}`;
  return { input, code: 'E_META', message: `${input}: ${problem}; fix this line of the metadata sidecar (${used})` };
}

/** Parses a sidecar's text; `path` names it in rejections. */
export function parseSidecar(text: string, path: string): { sidecar: Sidecar; rejected: Rejection[] } {
  const byPath = new Map<string, MetaEntry>();
  const byBase = new Map<string, MetaEntry>();
  const rejected: Rejection[] = [];
  const { records, problems } = readJsonLines(text, 'with a "file" field');
  for (const p of problems) rejected.push(reject(path, p.line, p.problem));
  for (const { line, record } of records) {
    const wrong = STRING_FIELDS.find((k) => record[k] !== undefined && record[k] !== null && typeof record[k] !== 'string');
    if (wrong !== undefined) {
      rejected.push(reject(path, line, `field "${wrong}" must be a string`));
      continue;
    }
    const file = typeof record['file'] === 'string' ? record['file'].trim() : '';
    if (file === '') {
      rejected.push(reject(path, line, 'has no "file" field naming the input it describes'));
      continue;
    }
    const entry: MetaEntry = { file };
    const str = (k: (typeof STRING_FIELDS)[number]): string | undefined => {
      const v = record[k];
      return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
    };
    const published = str('published');
    if (published !== undefined) {
      const iso = normalizeDate(published);
      if (iso === undefined) rejected.push(reject(path, line, `"published" value "${published}" is not a date (use YYYY-MM-DD or ISO 8601)`, FIELD_SKIPPED));
      else entry.published = iso;
    }
    const language = str('original_language');
    if (language !== undefined) {
      const code = normalizeLanguage(language);
      if (code === undefined) rejected.push(reject(path, line, `"original_language" value "${language}" is not a language code (use ISO 639-1, e.g. "fr")`, FIELD_SKIPPED));
      else entry.originalLanguage = code;
    }
    const outlet = str('outlet');
    const title = str('title');
    const url = str('url');
    if (outlet !== undefined) entry.outlet = outlet;
    if (title !== undefined) entry.title = title;
    if (url !== undefined) entry.url = url;
    const key = metaKey(file);
    byPath.set(key, entry);
    const hash = key.indexOf('#');
    const base = posix.basename(hash < 0 ? key : key.slice(0, hash)) + (hash < 0 ? '' : key.slice(hash));
    if (!byBase.has(base)) byBase.set(base, entry);
  }
  return { sidecar: { path, byPath, byBase }, rejected };
}

/**
 * The entry for an input: each candidate relative path, then the base name. With `item`, only the
 * item's own entry (`path#item`) is looked for.
 */
export function lookupMeta(sidecar: Sidecar, relativePaths: readonly string[], item?: string): MetaEntry | undefined {
  const suffix = item === undefined ? '' : `#${item}`;
  for (const path of relativePaths) {
    const hit = sidecar.byPath.get(metaKey(path) + suffix);
    if (hit) return hit;
  }
  const first = relativePaths[0];
  return first === undefined ? undefined : sidecar.byBase.get(posix.basename(metaKey(first)) + suffix);
}
