import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { repoRoot } from '../../test/support/shared.js';
import { isParallaxError, type ErrorCode } from '../errors.js';
import { blockedRange, createAddressPolicy } from './address.js';
import { createFetcher, type FetchPolicy, type Resolver } from './fetch.js';
import { startTestServer, type TestServer } from './test-server.js';

// Only 127.0.0.1 is ever connected to. Tests of refused addresses rely on the refusal happening
// before any connection: they use literal addresses or a fake resolver, never real DNS.

const KB = 1024;
const MB = 1024 * KB;
const POLICY: FetchPolicy = { maxBytes: 64 * KB, timeoutMs: 2_000, maxRedirects: 3, allowPrivate: ['127.0.0.1'], userAgent: 'parallax-test' };

let server: TestServer;
const bomb = gzipSync(Buffer.alloc(64 * MB), { level: 9 });
const brBomb = brotliCompressSync(Buffer.alloc(64 * MB), { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } });

before(async () => {
  server = await startTestServer({
    '/hello': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('hello world'),
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"' }).end('fresh');
    },
    '/gzip': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('compressed text')),
    '/bomb': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb),
    '/br-bomb': (_req, res) => res.writeHead(200, { 'content-encoding': 'br' }).end(brBomb),
    '/corrupt-gzip': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('not gzip at all, just bytes')),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 100; i++) res.write(Buffer.alloc(KB, 0x61));
      res.end();
    },
    '/big-declared': (_req, res) => res.writeHead(200, { 'content-length': String(MB) }).end(Buffer.alloc(MB, 0x61)),
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('a little, then nothing');
    },
    '/no-answer': () => { /* never answers */ },
    '/error': (_req, res) => res.writeHead(503, 'Service Unavailable').end(),
    '/to-private': (_req, res) => res.writeHead(302, { location: 'http://10.0.0.7/feed.xml' }).end(),
    '/to-metadata': (_req, res) => res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/to-hello': (_req, res) => res.writeHead(307, { location: '/hello' }).end(),
    '/unknown-encoding': (_req, res) => res.writeHead(200, { 'content-encoding': 'zstd' }).end('x'),
  });
  // /loop/N redirects to /loop/N+1 forever.
  for (let i = 0; i < 10; i++) server.route(`/loop/${i}`, (_req, res) => res.writeHead(302, { location: `/loop/${i + 1}` }).end());
});

after(async () => {
  await server.close();
});

async function rejectsWith(promise: Promise<unknown>, code: ErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(isParallaxError(e), `expected a ParallaxError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (message) assert.match(e.message, message);
    return true;
  });
}

test('address ranges: private, loopback, link-local, CGNAT, multicast, unspecified and IPv4-mapped are blocked; public is not', () => {
  for (const a of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '127.0.0.1', '127.8.8.8', '169.254.169.254', '100.64.0.1', '100.127.255.254',
    '224.0.0.1', '239.255.255.250', '0.0.0.0', '255.255.255.255', '::', '::1', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:8.8.8.8']) {
    assert.ok(blockedRange(a) !== undefined, `${a} should be blocked`);
  }
  for (const a of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2001:4860:4860::8888']) {
    assert.equal(blockedRange(a), undefined, `${a} should be allowed`);
  }
  assert.match(blockedRange('::ffff:10.0.0.1')?.name ?? '', /IPv4-mapped/);
  assert.match(blockedRange('100.64.3.4')?.name ?? '', /carrier-grade/);
});

test('allow-list: hosts, addresses and CIDR ranges; bad entries name the entry', () => {
  const policy = createAddressPolicy(['127.0.0.1', '10.20.0.0/16', 'intranet.example', 'fd00::/8']);
  assert.equal(policy.refusal('127.0.0.1', '127.0.0.1'), undefined);
  assert.match(policy.refusal('127.0.0.2', '127.0.0.2') ?? '', /loopback/);
  assert.equal(policy.refusal('x', '10.20.3.4'), undefined);
  assert.match(policy.refusal('x', '10.21.3.4') ?? '', /private.*allowPrivate/);
  assert.equal(policy.refusal('Intranet.Example.', '192.168.0.3'), undefined);
  assert.equal(policy.refusal('x', 'fd00::5'), undefined);
  assert.equal(policy.refusal('public.example', '8.8.8.8'), undefined);
  assert.throws(() => createAddressPolicy(['10.0.0.0/33']), (e: unknown) => isParallaxError(e) && e.code === 'E_CONFIG' && /allowPrivate\[0\]/.test(e.message));
  assert.throws(() => createAddressPolicy(['ok.example', 'not a host!']), (e: unknown) => isParallaxError(e) && /allowPrivate\[1\].*not a host!/.test(e.message));
});

test('fetches an allowed loopback URL', async () => {
  const res = await createFetcher(POLICY).fetch(`${server.base}/hello`);
  assert.equal(res.status, 200);
  assert.equal(res.body.toString(), 'hello world');
  assert.equal(server.requests.at(-1)?.headers['user-agent'], 'parallax-test');
});

test('the connection is pinned to the checked address: one lookup per hop, Host header keeps the name', async () => {
  let calls = 0;
  // A rebinding resolver: the checked answer first, a private one on every later lookup.
  const resolve: Resolver = (host) => {
    assert.equal(host, 'news.test');
    return Promise.resolve([{ address: calls++ === 0 ? '127.0.0.1' : '10.0.0.1', family: 4 }]);
  };
  const res = await createFetcher(POLICY, { resolve }).fetch(`http://news.test:${server.port}/hello`);
  assert.equal(res.body.toString(), 'hello world');
  assert.equal(calls, 1, 'no second lookup between the check and the connection');
  assert.equal(server.requests.at(-1)?.headers.host, `news.test:${server.port}`);
  // Each redirect hop is resolved and checked again: here the second answer is private.
  calls = 0;
  await rejectsWith(createFetcher(POLICY, { resolve }).fetch(`http://news.test:${server.port}/to-hello`), 'E_FETCH_BLOCKED', /news\.test:\d+\/hello: 10\.0\.0\.1/);
  assert.equal(calls, 2);
});

test('a relative redirect is followed and reported', async () => {
  const res = await createFetcher(POLICY).fetch(`${server.base}/to-hello`);
  assert.equal(res.body.toString(), 'hello world');
  assert.equal(res.url, `${server.base}/hello`);
  assert.deepEqual(res.redirects, [`${server.base}/hello`]);
});

test('loopback is refused unless allowed, before any connection', async () => {
  const before = server.requests.length;
  const strict = createFetcher({ ...POLICY, allowPrivate: [] });
  await rejectsWith(strict.fetch(`${server.base}/hello`), 'E_FETCH_BLOCKED', /127\.0\.0\.1 is a loopback address.*allowPrivate/);
  await rejectsWith(createFetcher(POLICY).fetch(`http://127.0.0.2:${server.port}/hello`), 'E_FETCH_BLOCKED', /loopback/);
  await rejectsWith(strict.fetch(`http://[::ffff:127.0.0.1]:${server.port}/hello`), 'E_FETCH_BLOCKED', /IPv4-mapped/);
  await rejectsWith(strict.fetch(`http://2130706433:${server.port}/hello`), 'E_FETCH_BLOCKED', /loopback/);
  await rejectsWith(strict.fetch(`http://[::1]:${server.port}/hello`), 'E_FETCH_BLOCKED', /loopback/);
  assert.equal(server.requests.length, before, 'the server saw no request');
});

test('private, link-local and CGNAT addresses are refused, literal or resolved; one bad address refuses the host', async () => {
  const fakeDns: Record<string, string[]> = {
    'intranet.test': ['10.0.0.5'],
    'metadata.test': ['169.254.169.254'],
    'cgnat.test': ['100.64.0.9'],
    'mixed.test': ['93.184.216.34', '192.168.0.10'],
    'v6.test': ['fe80::1'],
  };
  const resolve: Resolver = (host) => Promise.resolve((fakeDns[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  const fetcher = createFetcher(POLICY, { resolve });
  await rejectsWith(fetcher.fetch('http://intranet.test/feed.xml'), 'E_FETCH_BLOCKED', /^http:\/\/intranet\.test\/feed\.xml: 10\.0\.0\.5 \(resolved from intranet\.test\) is a private address/);
  await rejectsWith(fetcher.fetch('http://metadata.test/'), 'E_FETCH_BLOCKED', /link-local/);
  await rejectsWith(fetcher.fetch('http://cgnat.test/'), 'E_FETCH_BLOCKED', /carrier-grade/);
  await rejectsWith(fetcher.fetch('http://mixed.test/'), 'E_FETCH_BLOCKED', /192\.168\.0\.10/);
  await rejectsWith(fetcher.fetch('https://v6.test/'), 'E_FETCH_BLOCKED', /link-local/);
  await rejectsWith(fetcher.fetch('http://169.254.169.254/latest/meta-data/'), 'E_FETCH_BLOCKED', /link-local/);
  await rejectsWith(fetcher.fetch('http://0.0.0.0/'), 'E_FETCH_BLOCKED', /unspecified/);
  await rejectsWith(fetcher.fetch('http://[ff02::1]/'), 'E_FETCH_BLOCKED', /multicast/);
  await rejectsWith(fetcher.fetch('http://unknown.test/'), 'E_FETCH', /has no address/);
});

test('a redirect to a private or link-local address or to file: is refused', async () => {
  const fetcher = createFetcher(POLICY);
  await rejectsWith(fetcher.fetch(`${server.base}/to-private`), 'E_FETCH_BLOCKED', /^http:\/\/10\.0\.0\.7\/feed\.xml: .*private/);
  await rejectsWith(fetcher.fetch(`${server.base}/to-metadata`), 'E_FETCH_BLOCKED', /169\.254\.169\.254.*link-local/);
  await rejectsWith(fetcher.fetch(`${server.base}/to-file`), 'E_FETCH_BLOCKED', /scheme "file:"/);
});

test('only http and https: file:, ftp:, data: and garbage are refused', async () => {
  const fetcher = createFetcher(POLICY);
  await rejectsWith(fetcher.fetch('file:///etc/passwd'), 'E_FETCH_BLOCKED', /file:\/\/\/etc\/passwd: the scheme "file:" is refused/);
  await rejectsWith(fetcher.fetch('ftp://127.0.0.1/feed.xml'), 'E_FETCH_BLOCKED', /"ftp:"/);
  await rejectsWith(fetcher.fetch('data:text/plain,hi'), 'E_FETCH_BLOCKED', /"data:"/);
  await rejectsWith(fetcher.fetch('not a url'), 'E_FETCH', /not a valid URL/);
});

test('redirects: followed up to the limit, one more is an error', async () => {
  const fetcher = createFetcher(POLICY);
  await rejectsWith(fetcher.fetch(`${server.base}/loop/0`), 'E_FETCH', /loop\/0: more than 3 redirects/);
  const three = createFetcher({ ...POLICY, maxRedirects: 3 });
  server.route('/loop/3', (_req, res) => res.writeHead(200).end('arrived'));
  const res = await three.fetch(`${server.base}/loop/0`);
  assert.equal(res.body.toString(), 'arrived');
  assert.equal(res.redirects.length, 3);
  server.route('/loop/3', (_req, res) => res.writeHead(302, { location: '/loop/4' }).end());
});

test('size limit: chunked and declared bodies over the limit are refused', async () => {
  const fetcher = createFetcher(POLICY);
  await rejectsWith(fetcher.fetch(`${server.base}/big-chunked`), 'E_FETCH_TOO_LARGE', /over the limit of 65536 bytes/);
  await rejectsWith(fetcher.fetch(`${server.base}/big-declared`), 'E_FETCH_TOO_LARGE', /declares 1048576 bytes/);
  const roomy = createFetcher({ ...POLICY, maxBytes: 200 * KB });
  assert.equal((await roomy.fetch(`${server.base}/big-chunked`)).body.length, 100 * KB);
});

test('compressed responses are decoded; a gzip or brotli bomb stops at the limit', async () => {
  assert.ok(bomb.length < POLICY.maxBytes, 'the bomb itself is small');
  const fetcher = createFetcher(POLICY);
  assert.equal((await fetcher.fetch(`${server.base}/gzip`)).body.toString(), 'compressed text');
  const started = process.memoryUsage().rss;
  await rejectsWith(fetcher.fetch(`${server.base}/bomb`), 'E_FETCH_TOO_LARGE', /gzip-compressed response decompresses to more than 65536 bytes/);
  await rejectsWith(fetcher.fetch(`${server.base}/br-bomb`), 'E_FETCH_TOO_LARGE', /br-compressed/);
  assert.ok(process.memoryUsage().rss - started < 48 * MB, 'the 64 MB bomb was not inflated in memory');
  await rejectsWith(fetcher.fetch(`${server.base}/corrupt-gzip`), 'E_FETCH', /corrupt/);
  await rejectsWith(fetcher.fetch(`${server.base}/unknown-encoding`), 'E_FETCH', /content encoding "zstd"/);
});

test('time limit: a server that stalls (headers or body) times out', async () => {
  const fetcher = createFetcher({ ...POLICY, timeoutMs: 250 });
  const t0 = Date.now();
  await rejectsWith(fetcher.fetch(`${server.base}/slow-body`), 'E_FETCH_TIMEOUT', /slow-body: no complete response within 250 ms/);
  await rejectsWith(fetcher.fetch(`${server.base}/no-answer`), 'E_FETCH_TIMEOUT', /no-answer/);
  assert.ok(Date.now() - t0 < 2_000);
});

test('a resolver that never answers also times out', async () => {
  const fetcher = createFetcher({ ...POLICY, timeoutMs: 150 }, { resolve: () => new Promise(() => undefined) });
  await rejectsWith(fetcher.fetch('http://stuck.test/'), 'E_FETCH_TIMEOUT', /stuck\.test/);
});

test('conditional GET: If-None-Match sent, 304 comes back with an empty body', async () => {
  const fetcher = createFetcher(POLICY);
  const first = await fetcher.fetch(`${server.base}/etag`);
  assert.equal(first.status, 200);
  assert.equal(first.headers.etag, '"v1"');
  const second = await fetcher.fetch(`${server.base}/etag`, { etag: '"v1"' });
  assert.equal(second.status, 304);
  assert.equal(second.body.length, 0);
});

test('HTTP errors name the URL and the status', async () => {
  await rejectsWith(createFetcher(POLICY).fetch(`${server.base}/error`), 'E_FETCH', /\/error: the server answered HTTP 503 Service Unavailable/);
  await rejectsWith(createFetcher(POLICY).fetch(`${server.base}/missing`), 'E_FETCH', /HTTP 404/);
});

test('https: the pinned connection sends the host name as SNI and an unverifiable certificate is refused', async () => {
  const tls = join(repoRoot, 'test/fixtures/watch/tls');
  const key = readFileSync(join(tls, 'news.test.key.pem'));
  const cert = readFileSync(join(tls, 'news.test.cert.pem'));
  const names: string[] = [];
  const https = createHttpsServer({
    key, cert,
    SNICallback: (name, done) => { names.push(name); done(null, createSecureContext({ key, cert })); },
  }, (_req, res) => res.end('secret'));
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = https.address() as AddressInfo;
    const resolve: Resolver = () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    await rejectsWith(createFetcher(POLICY, { resolve }).fetch(`https://news.test:${port}/feed.xml`), 'E_FETCH', /news\.test:\d+\/feed\.xml: the request failed \(self-signed certificate\)/);
    assert.deepEqual(names, ['news.test']);
  } finally {
    https.closeAllConnections();
    await new Promise<void>((resolve) => https.close(() => { resolve(); }));
  }
});
