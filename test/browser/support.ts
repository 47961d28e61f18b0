// Support for the browser tests: the real app (HTTP API + web UI) on a Node server on port 0 over
// a SQLite store in a temp folder, and a headless Debian Chromium driven by playwright-core.
// Without Chromium the tests skip with a visible notice (scripts/ensure-chromium.mjs installs it).
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createEngine } from '../../src/engine.js';
import { createApp } from '../../src/http/app.js';
import { createService } from '../../src/service/index.js';
import type { Service } from '../../src/service/service.js';
import { openStore } from '../../src/storage/index.js';
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

export type Running = { url: string; store: Store; service: Service; close(): Promise<void> };

/** The app over the SQLite file `db` (created on first use), listening on 127.0.0.1 port 0. */
export async function startServer(db: string): Promise<Running> {
  const store = await openStore(db);
  const service = createService(store, createEngine({ threads: 1 }));
  const app = createApp({ store, service, auth: { writeTokens: [EDITOR_TOKEN] }, log: () => undefined });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    store,
    service,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
