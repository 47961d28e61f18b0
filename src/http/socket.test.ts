// The app on a real socket (@hono/node-server, port 0): JSON and headers over HTTP, and an oversize
// upload answered 413 while the client is still sending, the connection then closed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { createEngine } from '../engine.js';
import { createService } from '../service/index.js';
import { createMemoryStore } from '../storage/memory/index.js';
import type { EventListItem, Page } from '../storage/store.js';
import { listen, type Listening } from './server.js';
import { exampleCorpus, testApp, WRITE_TOKEN } from './testing.js';

const LIMIT = 64 * 1024;
let server: Listening;

before(async () => {
  const store = createMemoryStore();
  const service = createService(store, createEngine({ threads: 1 }));
  await service.ingestPaths([join(exampleCorpus, 'wire', 'cpa-wire.jsonl')]);
  server = await listen(testApp({ store, service }, { limits: { maxBodyBytes: LIMIT } }).app, { port: 0, host: '127.0.0.1' });
});
after(async () => {
  await server.close();
});

test('GET /api/events over HTTP: JSON, security headers', async () => {
  assert.ok(server.port > 0);
  const res = await fetch(`${server.url}/api/events`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/u);
  assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/u);
  const page = (await res.json()) as Page<EventListItem>;
  assert.ok(page.total >= 1 && page.items.every((e) => e.articleCount >= 1));
});

/** Streams up to `total` bytes (chunked or with a declared length) until the response arrives. */
function upload(total: number, declareLength: boolean): Promise<{ status: number; sent: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(16 * 1024, 'x');
    let sent = 0;
    let answered = false;
    const req = request(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(total) } : {}) },
    });
    req.on('response', (res) => {
      answered = true;
      const status = res.statusCode ?? 0;
      const connection = res.headers.connection;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        resolve({ status, sent, connection, body });
        req.destroy();
      });
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      // The server may close the socket while we are still writing; the response already arrived.
      if (!answered) reject(e);
    });
    const pump = (): void => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered && sent >= total) req.end();
    };
    pump();
  });
}

test('an oversize upload is answered 413 long before it is all sent, and the connection is closed', async () => {
  const total = 64 * 1024 * 1024;
  for (const declared of [true, false]) {
    const { status, sent, connection, body } = await upload(total, declared);
    assert.equal(status, 413, `declared length: ${String(declared)}`);
    assert.equal((JSON.parse(body) as { error: { code: string } }).error.code, 'E_TOO_LARGE');
    assert.equal(connection, 'close');
    assert.ok(sent < total / 4, `sent ${String(sent)} of ${String(total)} bytes before the answer (declared length: ${String(declared)})`);
  }
  assert.equal((await fetch(`${server.url}/api/health`)).status, 200, 'the server still serves');
});
