// `parallax watch` through its command module, on a loopback server serving fictional feeds.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { repoRoot } from '../../test/support/shared.js';
import { startTestServer, type Handler, type TestServer } from '../watch/test-server.js';
import { EXIT } from './command.js';
import { run } from './main.js';
import { formatCycle, register } from './watch.js';

const fixtures = join(repoRoot, 'test/fixtures/watch');
let server: TestServer;
let dir = '';

const serve = (path: string): Handler => (_req, res, base) =>
  res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html' : 'application/rss+xml' }).end(readFileSync(join(fixtures, path), 'utf8').replaceAll('{{BASE}}', base));

before(async () => {
  server = await startTestServer({
    '/full.rss': serve('feeds/full.rss'),
    '/broken.rss': serve('feeds/broken.rss'),
    '/error.rss': (_req, res) => res.writeHead(500, 'Internal Server Error').end(),
  });
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-watch-'));
});

after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function watch(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  let code: number = EXIT.ok;
  const program = new Command('parallax').exitOverride().configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
  register(program, { io: { stdout: (s) => (out += s), stderr: (s) => (err += s) }, setExit: (c) => (code = c) });
  try {
    await program.parseAsync(['watch', ...args], { from: 'user' });
  } catch {
    code = EXIT.usage;
  }
  return { code, out, err };
}

function config(name: string, feeds: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ feeds: feeds.map((f) => ({ url: `${server.base}${f}` })), fetch: { allowPrivate: ['127.0.0.1'], timeoutMs: 3000 } }));
  return file;
}

test('--once polls what is due, prints one progress line, and a second run finds nothing due', async () => {
  const db = join(dir, 'news.db');
  const file = config('ok.json', ['/full.rss']);
  const first = await watch(['--config', file, '--db', db, '--once', '--threads', '1']);
  assert.equal(first.code, EXIT.ok, first.err);
  assert.match(first.out, /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] 1 feed polled \(1 updated, 0 unchanged, 0 failed\); \+2 added, 0 replaced, 0 unchanged, 0 rejected; next poll \d\d:\d\d:\d\d\n$/);
  const second = await watch(['--config', file, '--db', db, '--once', '--threads', '1']);
  assert.equal(second.code, EXIT.ok);
  assert.match(second.out, /0 feeds polled, 1 waiting; \+0 added/);
});

test('--once with failing feeds: each failure is listed and the exit code says so', async () => {
  const file = config('mixed.json', ['/full.rss', '/broken.rss', '/error.rss']);
  const r = await watch(['--config', file, '--db', ':memory:', '--once', '--threads', '1']);
  assert.equal(r.code, EXIT.rejected, 'some sources failed');
  assert.match(r.out, /3 feeds polled \(1 updated, 0 unchanged, 2 failed\)/);
  assert.match(r.out, /\n {2}failed {2}http:\/\/127\.0\.0\.1:\d+\/broken\.rss: the feed is malformed: .* \(failure 1, retry at \d\d:\d\d:\d\d\)/);
  assert.match(r.out, /error\.rss: the server answered HTTP 500 Internal Server Error \(failure 1/);
  const all = await watch(['--config', config('bad.json', ['/broken.rss']), '--db', ':memory:', '--once']);
  assert.equal(all.code, EXIT.failed);
});

test('a bad or missing config is one clear error line and exit code 1', async () => {
  const bad = join(dir, 'invalid.json');
  writeFileSync(bad, JSON.stringify({ feeds: [{ url: 'file:///etc/passwd' }], fetch: { maxRedirects: -1 } }));
  const r = await watch(['--config', bad, '--db', ':memory:', '--once']);
  assert.equal(r.code, EXIT.failed);
  assert.match(r.err, /^parallax: .*invalid\.json: the watch configuration is invalid:\n {2}- \$\.feeds\[0\]\.url: got "file:\/\/\/etc\/passwd"; expected the feed's http:\/\/ or https:\/\/ URL\n {2}- \$\.fetch\.maxRedirects: got -1;/);
  const missing = await watch(['--config', join(dir, 'nope.json'), '--once']);
  assert.equal(missing.code, EXIT.failed);
  assert.match(missing.err, /nope\.json: no such file; create parallax\.config\.json/);
});

test('--help documents the config and the exit codes', async () => {
  const r = await watch(['--help']);
  assert.match(r.out, /--once/);
  assert.match(r.out, /parallax\.config\.json:/);
  assert.match(r.out, /Exit codes with --once/);
});

test('remote text in errors and warnings is printed without control characters', () => {
  const out = formatCycle({
    at: '2031-03-06T08:00:00.000Z',
    totals: { added: 0, replaced: 0, unchanged: 0, rejected: 0 },
    outcomes: [{
      kind: 'feed', source: 'http://x.example/rss', status: 'failed', warnings: ['page said \u001b[2J\u001b[31mboo'], counts: { added: 0, replaced: 0, unchanged: 0, rejected: 0 },
      error: 'http://x.example/rss: the feed is malformed: tag <\u001b]0;title\u0007> \u202eevil', consecutiveFailures: 2, nextFetch: '2031-03-06T08:40:00.000Z',
    }],
  });
  const controls = Array.from(out).filter((ch) => { const c = ch.codePointAt(0) ?? 0; return (c < 32 && c !== 10) || (c >= 127 && c < 160) || (c >= 0x202a && c <= 0x202e); });
  assert.deepEqual(controls, []);
  assert.match(out, /1 feed polled \(0 updated, 0 unchanged, 1 failed\)/);
  assert.match(out, /failed {2}http:\/\/x\.example\/rss: the feed is malformed: .*\(failure 2, retry at 08:40:00\)/);
  assert.match(out, /warning page said \[2J\[31mboo/);
});

test('parallax watch is registered in the command line', async () => {
  let out = '';
  const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (out += s) };
  assert.equal(await run(['--help'], io), EXIT.ok);
  assert.match(out, /watch .*poll RSS\/Atom feeds and folders/);
  let err = '';
  const code = await run(['watch', '--config', join(dir, 'absent.json'), '--once'], { stdout: () => undefined, stderr: (s) => (err += s) });
  assert.equal(code, EXIT.failed);
  assert.match(err, /absent\.json: no such file/);
});
