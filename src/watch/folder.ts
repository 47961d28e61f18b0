// One poll of one watched folder: list its article files with stage 1's walker, compare each
// file's mtime and size with the snapshot kept in the store (settings), and hand the new or changed
// ones to service.ingestPaths. When the folder holds a metadata sidecar (meta.jsonl), or every file
// is new, the whole folder is ingested so sidecar keys resolve as in `analyze` (the service
// prepares only content it does not hold yet). Deleted files are forgotten; their articles stay.
import { stat } from 'node:fs/promises';
import { ParallaxError } from '../errors.js';
import type { IngestSummary, Service } from '../service/service.js';
import { walkInputs } from '../stages/01-ingest/files.js';
import { FOLDER_SNAPSHOT_SETTING } from './rules.js';

/** File path → [mtime in ms, size in bytes]. */
export type FolderSnapshot = Record<string, [number, number]>;

export type FolderPoll = { changed: number; files: number; summary?: IngestSummary };

function parseSnapshot(text: string | undefined): FolderSnapshot {
  if (text === undefined) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as FolderSnapshot) : {};
  } catch {
    return {}; // a damaged snapshot only means files are compared as new
  }
}

/** Polls the folder at `path` (absolute); throws E_NOT_FOUND/E_UNREADABLE when the folder itself cannot be read. */
export async function pollFolder(path: string, service: Service): Promise<FolderPoll> {
  const walk = await walkInputs([path]);
  const own = walk.rejected.find((r) => r.input === path);
  if (own !== undefined) throw new ParallaxError(own.code === 'E_NOT_FOUND' ? 'E_NOT_FOUND' : 'E_UNREADABLE', `${own.message} (watched folder)`, path);
  const settingKey = `${FOLDER_SNAPSHOT_SETTING}${path}`;
  const before = parseSnapshot(await service.store.getSetting(settingKey));
  const now: FolderSnapshot = {};
  const changed: string[] = [];
  let sidecarChanged = false;
  const entries = [...walk.files.map((f) => ({ path: f.path, sidecar: false })), ...walk.sidecars.map((s) => ({ path: s, sidecar: true }))];
  for (const entry of entries) {
    let info;
    try {
      info = await stat(entry.path);
    } catch {
      continue; // vanished between the walk and the stat: seen next time, if it comes back
    }
    const mark: [number, number] = [Math.trunc(info.mtimeMs), info.size];
    now[entry.path] = mark;
    const old = before[entry.path];
    if (old !== undefined && old[0] === mark[0] && old[1] === mark[1]) continue;
    if (entry.sidecar) sidecarChanged = true;
    else changed.push(entry.path);
  }
  const files = walk.files.length;
  if (changed.length === 0 && !sidecarChanged) {
    if (JSON.stringify(before) !== JSON.stringify(now)) await service.store.putSetting(settingKey, JSON.stringify(now));
    return { changed: 0, files };
  }
  const whole = walk.sidecars.length > 0 || changed.length === files;
  const summary = await service.ingestPaths(whole ? [path] : changed);
  // Only after a successful ingest: a failure leaves the files "changed" for the next poll.
  await service.store.putSetting(settingKey, JSON.stringify(now));
  return { changed: changed.length, files, summary };
}
