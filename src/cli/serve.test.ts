// `parallax serve`: a real server on a free port over a SQLite store. The generated write token is
// printed on the first start only and keeps working after a restart (its hash is in the store);
// SIGTERM closes the server and then the store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { openStore } from '../storage/index.js';
import { repoRoot } from '../../test/support/shared.js';
import { WRITE_TOKEN_HASH_SETTING, sha256Hex } from '../http/auth.js';
import { register, startServer } from './serve.js';

const WIRE = join(repoRoot, 'examples', 'corpus', 'wire', 'cpa-wire.jsonl');

function capture(): { io: { stdout: (s: string) => void; stderr: (s: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, out, err };
}

const ingestInit = (token: string, body: string): RequestInit => ({
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body: JSON.stringify({ articles: [{ title: 'Marlow', body }] }),
});

test('first start generates and prints a write token; a restart keeps accepting it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-'));
  t.after(() => { rmSync(dir, { recursive: true, force: true }); });
  const db = join(dir, 'store.db');
  const first = capture();
  const a = await startServer({ port: 0, host: '127.0.0.1', db, ingest: [WIRE], threads: 1 }, first.io, {});
  let token: string;
  try {
    assert.match(first.out.join(''), /4 articles added/u);
    assert.ok(a.generatedToken !== undefined && a.generatedToken.length >= 40);
    token = a.generatedToken;
    assert.equal(await a.store.getSetting(WRITE_TOKEN_HASH_SETTING), sha256Hex(token), 'only the hash is stored');
    const health = (await (await fetch(`${a.url}/api/health`)).json()) as { articles: number };
    assert.equal(health.articles, 4);
    const res = await fetch(`${a.url}/api/ingest`, ingestInit(token, 'The Marlow harbour authority opened its second container terminal on Monday.'));
    assert.equal(res.status, 200);
  } finally {
    await a.stop();
  }
  const second = capture();
  const b = await startServer({ port: 0, host: '127.0.0.1', db, threads: 1 }, second.io, {});
  try {
    assert.equal(b.generatedToken, undefined, 'not generated again');
    const ok = await fetch(`${b.url}/api/ingest`, ingestInit(token, 'Marlow councillors approved the budget for a new ferry pier on Tuesday evening.'));
    assert.equal(ok.status, 200);
    assert.equal((await fetch(`${b.url}/api/ingest`, ingestInit(token + 'x', 'x'))).status, 403);
    assert.equal(((await (await fetch(`${b.url}/api/health`)).json()) as { articles: number }).articles, 6);
  } finally {
    await b.stop();
  }
});

test('configured tokens (flag or environment) replace the generated one; short tokens are refused', async () => {
  const { io } = capture();
  const s = await startServer({ port: 0, host: '127.0.0.1', db: ':memory:', readToken: 'read-token-0123456789' }, io, { PARALLAX_TOKEN: 'env-write-token-0123456789' });
  try {
    assert.equal(s.generatedToken, undefined);
    assert.equal((await fetch(`${s.url}/api/events`)).status, 401, 'reads closed by the read token');
    assert.equal((await fetch(`${s.url}/api/events`, { headers: { authorization: 'Bearer read-token-0123456789' } })).status, 200);
    assert.equal((await fetch(`${s.url}/api/ingest`, ingestInit('env-write-token-0123456789', 'The ferry pier in Marlow opened to passengers on Friday after two years of work.'))).status, 200);
  } finally {
    await s.stop();
  }
  await assert.rejects(startServer({ port: 0, host: '127.0.0.1', db: ':memory:', token: ['short'] }, io, {}), { code: 'E_CONFIG' });
});

test('the serve command prints the URL, serves until SIGTERM, then closes the server and the store', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-'));
  t.after(() => { rmSync(dir, { recursive: true, force: true }); });
  const db = join(dir, 'store.db');
  const { io, out, err } = capture();
  let code = -1;
  const program = new Command('parallax').exitOverride();
  register(program, { io, setExit: (c) => { code = c; } });
  const done = program.parseAsync(['serve', '--port', '0', '--db', db, '--token', 'cli-write-token-0123456789'], { from: 'user' });
  let url: string | undefined;
  for (let i = 0; i < 200 && url === undefined; i++) {
    url = /serving (http:\/\/\S+)/u.exec(out.join(''))?.[1];
    if (url === undefined) await new Promise((r) => setTimeout(r, 25));
  }
  assert.ok(url !== undefined, `printed the URL: ${out.join('')}${err.join('')}`);
  assert.doesNotMatch(out.join(''), /write token/u, 'a configured token is never printed');
  assert.equal((await fetch(`${url}/api/health`)).status, 200);
  process.emit('SIGTERM');
  await done;
  assert.equal(code, 0);
  assert.match(err.join(''), /SIGTERM: closing/u);
  await assert.rejects(fetch(`${url}/api/health`), 'the server no longer listens');
  const reopened = await openStore(db);
  assert.equal(await reopened.countArticles(), 0);
  await reopened.close();
});

test('a port in use is a clear error, not a crash', async () => {
  const { io } = capture();
  const s = await startServer({ port: 0, host: '127.0.0.1', db: ':memory:', token: ['write-token-0123456789'] }, io, {});
  try {
    const { io: io2, err } = capture();
    let code = -1;
    const program = new Command('parallax').exitOverride();
    register(program, { io: io2, setExit: (c) => { code = c; } });
    await program.parseAsync(['serve', '--port', String(s.port), '--db', ':memory:', '--token', 'write-token-0123456789'], { from: 'user' });
    assert.equal(code, 1);
    assert.match(err.join(''), /cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/u);
  } finally {
    await s.stop();
  }
});
