// File-system edge of ingest: expand the given paths into input files (folders recursively, in
// sorted order, skipping hidden entries and node_modules), find sidecars, and read bytes with the
// size limit checked by stat before reading. Failures come back as values.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { Rejection } from '../../model/report.js';
import { SIDECAR_NAME, SKIPPED_BASENAMES, SKIPPED_DIRS, SKIPPED_EXTENSIONS } from './rules.js';

export type InputFile = {
  /** Path as given, or joined with the folder it was found in. */
  path: string;
  /** True when named on the command line (then an unsupported type is an error, not a skip). */
  explicit: boolean;
  /** Folders from the file's own up to the input folder, nearest first (where sidecars are looked for). */
  folders: string[];
};

export type Walk = { files: InputFile[]; sidecars: string[]; rejected: Rejection[] };

/** Extension used to pick a format: `.rss.xml` and `.atom.xml` count as `.xml` (sniffed by root). */
export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

/** A file found inside a folder that is not an input and not worth a rejection. */
export function skippedInFolder(name: string): boolean {
  const lower = name.toLowerCase();
  const ext = extensionOf(lower);
  if (lower === SIDECAR_NAME) return true;
  if (SKIPPED_EXTENSIONS.has(ext)) return true;
  const stem = ext === '' ? lower : lower.slice(0, -ext.length);
  return SKIPPED_BASENAMES.has(stem) && (ext === '' || ext === '.md' || ext === '.txt');
}

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** A rejection for a failed file-system call on `path`. */
export function fsRejection(path: string, e: unknown): Rejection {
  const code = errorCode(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return { input: path, code: 'E_NOT_FOUND', message: `${path}: no such file or folder; check the path` };
  }
  const why = code ?? (e instanceof Error ? e.message : String(e));
  return { input: path, code: 'E_UNREADABLE', message: `${path}: cannot be read (${why}); check that it exists and that you have permission to read it` };
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function walkFolder(dir: string, folders: string[], seen: Set<string>, out: Walk): Promise<void> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    names = await readdir(dir);
  } catch (e) {
    out.rejected.push(fsRejection(dir, e));
    return;
  }
  if (seen.has(real)) return; // a symlink loop or the same folder given twice
  seen.add(real);
  for (const name of names.sort(byName)) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const info = await statOrReject(path, out);
    if (info === undefined) continue;
    if (info.isDirectory()) {
      if (!SKIPPED_DIRS.has(name)) await walkFolder(path, [path, ...folders], seen, out);
    } else if (info.isFile()) {
      if (name.toLowerCase() === SIDECAR_NAME) out.sidecars.push(path);
      if (!skippedInFolder(name)) out.files.push({ path, explicit: false, folders });
    }
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** stat(), or undefined with a rejection recorded when the path cannot be read. */
async function statOrReject(path: string, out: Walk): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (e) {
    out.rejected.push(fsRejection(path, e));
    return undefined;
  }
}

/** Expands the given paths; missing paths and unreadable folders become rejections. */
export async function walkInputs(paths: readonly string[]): Promise<Walk> {
  const out: Walk = { files: [], sidecars: [], rejected: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await statOrReject(path, out);
    if (info === undefined) continue;
    if (info.isDirectory()) {
      await walkFolder(path, [path], seen, out);
    } else if (basename(path).toLowerCase() === SIDECAR_NAME) {
      out.sidecars.push(path); // a sidecar named on its own is metadata, never an article
    } else {
      const folder = dirname(path);
      out.files.push({ path, explicit: true, folders: [folder] });
      const sidecar = join(folder, SIDECAR_NAME);
      if (await isFile(sidecar)) out.sidecars.push(sidecar);
    }
  }
  out.sidecars = [...new Set(out.sidecars)];
  return out;
}

/** Path of `file` relative to `folder`, with forward slashes (how sidecar keys are written). */
export function relativeKey(folder: string, file: string): string {
  return relative(folder, file).split('\\').join('/');
}

export type ReadResult = { kind: 'bytes'; bytes: Buffer } | { kind: 'rejected'; rejection: Rejection };

/** Reads a file after checking its size with stat, so an oversized file is never loaded. */
export async function readInput(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      return { kind: 'rejected', rejection: { input: path, code: 'E_UNREADABLE', message: `${path}: is not a regular file; give a file or a folder of articles` } };
    }
    if (info.size > maxBytes) {
      return {
        kind: 'rejected',
        rejection: { input: path, code: 'E_TOO_LARGE', message: `${path}: ${info.size} bytes is over the size limit of ${maxBytes} bytes; split the file or raise maxFileBytes` },
      };
    }
    return { kind: 'bytes', bytes: await readFile(path) };
  } catch (e) {
    return { kind: 'rejected', rejection: fsRejection(path, e) };
  }
}
