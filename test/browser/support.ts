// Support for the browser tests: the real server (`parallax serve`: HTTP API + web UI) on port 0
// over a SQLite store in a temp folder, and a headless Debian Chromium driven by playwright-core.
// Without Chromium the tests skip with a visible notice (scripts/ensure-chromium.mjs installs it).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startServer as startServe } from '../../src/cli/serve.js';
import type { Store } from '../../src/storage/store.js';

export const EDITOR_TOKEN = 'browser-test-editor-token-0123456789';

export const chromiumPath = process.env['PARALLAX_CHROMIUM'] ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserSkipReason(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  const reason = `Chromium not found at ${chromiumPath}: browser tests skipped (run node scripts/ensure-chromium.mjs, or set PARALLAX_CHROMIUM)`;
  process.stderr.write(`\n  ⚠ ${reason}\n\n`);
  return reason;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

export type Running = { url: string; store: Store; output: string[]; close(): Promise<void> };

/**
 * The real server (`parallax serve`'s startServer: API + web UI) over the SQLite file `db`,
 * listening on 127.0.0.1 port 0, after ingesting `ingest` (paths) when given.
 */
export async function startServer(db: string, ingest: readonly string[] = []): Promise<Running> {
  const output: string[] = [];
  const io = { stdout: (s: string) => output.push(s), stderr: (s: string) => output.push(s) };
  const running = await startServe({ port: 0, host: '127.0.0.1', db, token: [EDITOR_TOKEN], threads: 1, ...(ingest.length === 0 ? {} : { ingest: [...ingest] }) }, io, {});
  return { url: running.url, store: running.store, output, close: () => running.stop() };
}
