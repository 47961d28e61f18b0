import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../test/support/shared.js';
import { createEngine } from '../engine.js';
import type { RawArticle } from '../model/article.js';
import type { Rejection } from '../model/report.js';
import { createService } from '../service/index.js';
import type { IngestSummary, Service } from '../service/service.js';
import { createMemoryStore } from '../storage/index.js';
import type { Store } from '../storage/store.js';
import type { FeedConfig } from './config.js';
import { createFetcher, type Fetcher } from './fetch.js';
import { BACKOFF_MAX_MS, FOLDER_STATE_PREFIX } from './rules.js';
import { backoffMs, createWatcher, type SourceOutcome } from './scheduler.js';
import { startTestServer, type Handler, type TestServer } from './test-server.js';

const fixtures = join(repoRoot, 'test/fixtures/watch');
const MINUTE = 60_000;

let server: TestServer;
let fetcher: Fetcher;

/** Serves a fixture with {{BASE}} replaced by the server's address. */
function fixture(path: string, type: string, headers: Record<string, string> = {}): Handler {
  return (_req, res, base) => res.writeHead(200, { 'content-type': type, ...headers }).end(readFileSync(join(fixtures, path), 'utf8').replaceAll('{{BASE}}', base));
}

before(async () => {
  server = await startTestServer({
    '/full.rss': (req, res, base) => {
      if (req.headers['if-none-match'] === '"courier-1"') return void res.writeHead(304, { etag: '"courier-1"' }).end();
      fixture('feeds/full.rss', 'application/rss+xml', { etag: '"courier-1"' })(req, res, base);
    },
    '/dated.rss': (req, res, base) => {
      if (req.headers['if-modified-since'] === 'Thu, 06 Mar 2031 06:00:00 GMT') return void res.writeHead(304).end();
      fixture('feeds/full.rss', 'application/rss+xml', { 'last-modified': 'Thu, 06 Mar 2031 06:00:00 GMT' })(req, res, base);
    },
    '/summary.rss': fixture('feeds/summary.rss', 'application/rss+xml'),
    '/broken.rss': fixture('feeds/broken.rss', 'application/rss+xml'),
    '/page.html': fixture('pages/ferry.html', 'text/html; charset=utf-8'),
    '/articles/lighthouse.html': fixture('pages/lighthouse.html', 'text/html; charset=utf-8'),
    '/articles/ferry.html': fixture('pages/ferry.html', 'text/html; charset=utf-8'),
  });
  fetcher = createFetcher({ maxBytes: 1024 * 1024, timeoutMs: 3_000, maxRedirects: 3, allowPrivate: ['127.0.0.1'], userAgent: 'parallax-test' });
});

after(async () => {
  await server.close();
});

const EMPTY: IngestSummary = { added: 0, unchanged: 0, replaced: 0, rejected: [], eventsCreated: [], eventsUpdated: [], eventsDeleted: [], storiesChanged: [] };

/** A Service (the port) that records what it is given; the store is the real in-memory driver. */
function fakeService(store: Store = createMemoryStore()): Service & { batches: { raws: RawArticle[]; rejected: Rejection[] }[]; paths: string[][] } {
  const batches: { raws: RawArticle[]; rejected: Rejection[] }[] = [];
  const paths: string[][] = [];
  return {
    store,
    batches,
    paths,
    ingestRaw(raws, rejected = []) {
      batches.push({ raws: [...raws], rejected: [...rejected] });
      return Promise.resolve({ ...EMPTY, added: raws.length, rejected: [...rejected] });
    },
    ingestPaths(p) {
      paths.push([...p]);
      return Promise.resolve({ ...EMPTY, added: p.length });
    },
    correct() {
      return Promise.reject(new Error('not used'));
    },
    close: () => Promise.resolve(),
  };
}

function clock(start = '2031-03-06T08:00:00.000Z'): { now: () => Date; advance: (ms: number) => void } {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => { t += ms; } };
}

const feed = (path: string, extra: Partial<FeedConfig> = {}): FeedConfig => ({ url: `${server.base}${path}`, intervalMinutes: 10, fetchArticles: 'auto', ...extra });
const outcome = (outcomes: SourceOutcome[], source: string): SourceOutcome => {
  const o = outcomes.find((x) => x.source === source || x.source.endsWith(source));
  assert.ok(o, `no outcome for ${source}`);
  return o;
};
const requestsTo = (path: string) => server.requests.filter((r) => r.path === path);

test('ETag: the first poll reads the feed, a later one sends If-None-Match and a 304 ingests nothing', async () => {
  const service = fakeService();
  const c = clock();
  const watcher = createWatcher({ feeds: [feed('/full.rss')], folders: [], service, fetcher, now: c.now });
  const first = await watcher.runOnce();
  const o = outcome(first.outcomes, '/full.rss');
  assert.equal(o.status, 'updated', o.error);
  assert.equal(o.items, 2);
  assert.equal(o.fetched, 0, 'full-content items need no page');
  assert.equal(service.batches.length, 1);
  const raws = service.batches[0]?.raws ?? [];
  assert.deepEqual(raws.map((r) => r.title), ['Northmere council approves new tram line to the harbour', 'Heavy rain floods the lower market square in Northmere']);
  assert.equal(raws[0]?.outlet, 'Northmere Courier');
  assert.equal(raws[0].url, `${server.base}/full/tram-line.html`);
  assert.equal(raws[0].published, '2031-03-04T09:30:00Z');
  assert.match(raws[0].body, /Councillors voted 23 to 9/);
  const state = await service.store.getFeedState(feed('/full.rss').url);
  assert.equal(state?.etag, '"courier-1"');
  assert.equal(state.nextFetch, '2031-03-06T08:10:00.000Z');

  // Not due yet: no request at all.
  const seen = requestsTo('/full.rss').length;
  c.advance(5 * MINUTE);
  assert.equal(outcome((await watcher.runOnce()).outcomes, '/full.rss').status, 'waiting');
  assert.equal(requestsTo('/full.rss').length, seen);

  c.advance(5 * MINUTE);
  const second = outcome((await watcher.runOnce()).outcomes, '/full.rss');
  assert.equal(second.status, 'not-modified');
  assert.equal(requestsTo('/full.rss').at(-1)?.headers['if-none-match'], '"courier-1"');
  assert.equal(service.batches.length, 1, 'nothing ingested on 304');
  assert.equal((await service.store.getFeedState(feed('/full.rss').url))?.nextFetch, '2031-03-06T08:20:00.000Z');
});

test('Last-Modified: If-Modified-Since is sent back and a 304 is handled', async () => {
  const service = fakeService();
  const c = clock();
  const watcher = createWatcher({ feeds: [feed('/dated.rss')], folders: [], service, fetcher, now: c.now });
  assert.equal(outcome((await watcher.runOnce()).outcomes, '/dated.rss').status, 'updated');
  c.advance(10 * MINUTE);
  assert.equal(outcome((await watcher.runOnce()).outcomes, '/dated.rss').status, 'not-modified');
  assert.equal(requestsTo('/dated.rss').at(-1)?.headers['if-modified-since'], 'Thu, 06 Mar 2031 06:00:00 GMT');
});

test('a summary-only feed: each item\'s page is fetched and extracted; feed metadata kept', async () => {
  const service = fakeService();
  const watcher = createWatcher({ feeds: [feed('/summary.rss')], folders: [], service, fetcher, now: clock().now });
  const o = outcome((await watcher.runOnce()).outcomes, '/summary.rss');
  assert.equal(o.status, 'updated', o.error);
  assert.equal(o.fetched, 2);
  assert.deepEqual(o.warnings, []);
  const raws = service.batches[0]?.raws ?? [];
  assert.equal(raws.length, 2);
  const lighthouse = raws.find((r) => r.url === `${server.base}/articles/lighthouse.html`);
  assert.ok(lighthouse);
  assert.match(lighthouse.body, /granite tower itself is sound/);
  assert.doesNotMatch(lighthouse.body, /Subscribe to our newsletter|Sport/, 'navigation and footer removed by the extractor');
  assert.equal(lighthouse.title, 'Saltbay lighthouse to be restored after a century of storms');
  assert.equal(lighthouse.outlet, 'Saltbay Herald');
  assert.equal(lighthouse.published, '2031-03-06T07:15:00Z');
  assert.equal(lighthouse.file, feed('/summary.rss').url);
  assert.ok(requestsTo('/articles/ferry.html').length > 0);
});

test('fetchArticles "never" keeps the summaries; a page that fails keeps the summary with a warning', async () => {
  const never = fakeService();
  const before = requestsTo('/articles/lighthouse.html').length;
  await createWatcher({ feeds: [feed('/summary.rss', { fetchArticles: 'never', outlet: 'Herald (configured)' })], folders: [], service: never, fetcher, now: clock().now }).runOnce();
  assert.equal(requestsTo('/articles/lighthouse.html').length, before);
  const raws = never.batches[0]?.raws ?? [];
  assert.equal(raws[0]?.body, 'The old lighthouse on Gull Point will be restored, the harbour board decided.');
  assert.equal(raws[1]?.body, 'The Skarn ferry will not sail until next Thursday.');
  assert.equal(raws[0].outlet, 'Herald (configured)', 'the configured outlet wins over the feed title');

  server.route('/gone.rss', (_req, res, base) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
    readFileSync(join(fixtures, 'feeds/summary.rss'), 'utf8').replaceAll('{{BASE}}/articles/ferry.html', `${base}/articles/missing.html`).replaceAll('{{BASE}}', base),
  ));
  const partial = fakeService();
  const o = outcome((await createWatcher({ feeds: [feed('/gone.rss')], folders: [], service: partial, fetcher, now: clock().now }).runOnce()).outcomes, '/gone.rss');
  assert.equal(o.status, 'updated');
  assert.equal(o.fetched, 1);
  assert.equal(o.warnings.length, 1);
  assert.match(o.warnings[0] ?? '', /articles\/missing\.html: the server answered HTTP 404/);
  assert.equal(partial.batches[0]?.raws.find((r) => r.url?.endsWith('missing.html'))?.body, 'The Skarn ferry will not sail until next Thursday.');

  // An item linking to a cloud metadata address: the page is refused by the guarded fetcher.
  server.route('/ssrf.rss', (_req, res, base) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
    readFileSync(join(fixtures, 'feeds/summary.rss'), 'utf8').replaceAll('{{BASE}}/articles/lighthouse.html', 'http://169.254.169.254/latest/meta-data/').replaceAll('{{BASE}}', base),
  ));
  const ssrf = outcome((await createWatcher({ feeds: [feed('/ssrf.rss')], folders: [], service: fakeService(), fetcher, now: clock().now }).runOnce()).outcomes, '/ssrf.rss');
  assert.equal(ssrf.status, 'updated');
  assert.equal(ssrf.fetched, 1);
  assert.match(ssrf.warnings.join('\n'), /169\.254\.169\.254\/latest\/meta-data\/: 169\.254\.169\.254 is a link-local/);
});

test('a broken or refused feed is recorded and the other feeds go on', async () => {
  const service = fakeService();
  const broken = feed('/broken.rss');
  const missing = feed('/nothing-here.rss');
  const privateFeed: FeedConfig = { url: 'http://10.0.0.1/rss', intervalMinutes: 10, fetchArticles: 'auto' };
  const watcher = createWatcher({ feeds: [broken, missing, privateFeed, feed('/full.rss')], folders: [], service, fetcher, now: clock().now, random: () => 0 });
  const report = await watcher.runOnce();
  assert.equal(outcome(report.outcomes, '/full.rss').status, 'updated');
  assert.equal(service.batches.length, 1);
  const b = outcome(report.outcomes, '/broken.rss');
  assert.equal(b.status, 'failed');
  assert.match(b.error ?? '', /broken\.rss: the feed is malformed/);
  const state = await service.store.getFeedState(broken.url);
  assert.equal(state?.consecutiveFailures, 1);
  assert.match(state.lastError ?? '', /malformed/);
  assert.match((await service.store.getFeedState(missing.url))?.lastError ?? '', /HTTP 404/);
  assert.match((await service.store.getFeedState(privateFeed.url))?.lastError ?? '', /10\.0\.0\.1 is a private address/);
  assert.equal(report.totals.added, 2);
});

test('backoff: the delay doubles with each failure up to the cap, jitter only shortens it, success resets it', async () => {
  const interval = 10 * MINUTE;
  assert.deepEqual([1, 2, 3, 4].map((n) => backoffMs(interval, n, () => 0)), [2, 4, 8, 16].map((k) => k * interval));
  assert.equal(backoffMs(interval, 30, () => 0), BACKOFF_MAX_MS);
  assert.equal(backoffMs(2 * BACKOFF_MAX_MS, 3, () => 0), 2 * BACKOFF_MAX_MS, 'an interval longer than the cap is kept');
  const jittered = backoffMs(interval, 1, () => 0.999);
  assert.ok(jittered > interval && jittered < 2 * interval, String(jittered));

  let healthy = false;
  server.route('/flaky.rss', (req, res, base) => {
    if (healthy) fixture('feeds/full.rss', 'application/rss+xml')(req, res, base);
    else res.writeHead(500, 'Internal Server Error').end();
  });
  const service = fakeService();
  const c = clock();
  const flaky = feed('/flaky.rss');
  const watcher = createWatcher({ feeds: [flaky], folders: [], service, fetcher, now: c.now, random: () => 0 });
  const delays: number[] = [];
  for (let i = 0; i < 5; i++) {
    await watcher.runOnce();
    const state = await service.store.getFeedState(flaky.url);
    assert.equal(state?.consecutiveFailures, i + 1);
    assert.match(state.lastError ?? '', /HTTP 500/);
    const wait = Date.parse(state.nextFetch ?? '') - c.now().getTime();
    delays.push(wait / interval);
    c.advance(wait);
  }
  assert.deepEqual(delays, [2, 4, 8, 16, 32]);
  healthy = true;
  const o = outcome((await watcher.runOnce()).outcomes, '/flaky.rss');
  assert.equal(o.status, 'updated');
  const state = await service.store.getFeedState(flaky.url);
  assert.equal(state?.consecutiveFailures, 0);
  assert.equal(state.lastError, undefined);
  assert.equal(Date.parse(state.nextFetch ?? '') - c.now().getTime(), interval);
  assert.equal(state.lastSuccess, c.now().toISOString());
});

test('folders: new and changed files (mtime + size) go to ingestPaths; unchanged ones do not; a missing folder is an error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-watch-'));
  try {
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'a.txt'), 'First article text.');
    writeFileSync(join(inbox, 'b.txt'), 'Second article text.');
    writeFileSync(join(inbox, 'd.txt'), 'Fourth article text, never changed.');
    writeFileSync(join(inbox, 'notes.json'), '{}'); // not an article file: never ingested
    const service = fakeService();
    const c = clock();
    const gone = join(dir, 'gone');
    const watcher = createWatcher({ feeds: [], folders: [{ path: inbox, intervalMinutes: 1 }, { path: gone, intervalMinutes: 1 }], service, fetcher, now: c.now, random: () => 0 });
    let report = await watcher.runOnce();
    assert.deepEqual(service.paths, [[inbox]], 'everything new: the folder is ingested whole');
    assert.equal(outcome(report.outcomes, inbox).items, 3);
    const missing = outcome(report.outcomes, gone);
    assert.equal(missing.status, 'failed');
    assert.match(missing.error ?? '', /gone: no such file or folder.*watched folder/);
    assert.equal((await service.store.getFeedState(`${FOLDER_STATE_PREFIX}${gone}`))?.consecutiveFailures, 1);

    c.advance(MINUTE);
    report = await watcher.runOnce();
    assert.equal(outcome(report.outcomes, inbox).status, 'not-modified');
    assert.equal(service.paths.length, 1);

    writeFileSync(join(inbox, 'b.txt'), 'Second article text, corrected.');
    writeFileSync(join(inbox, 'c.txt'), 'Third article text.');
    utimesSync(join(inbox, 'a.txt'), new Date('2031-01-01'), new Date('2031-01-01')); // touched: mtime differs
    c.advance(MINUTE);
    report = await watcher.runOnce();
    assert.equal(outcome(report.outcomes, inbox).status, 'updated');
    assert.deepEqual(service.paths[1], [join(inbox, 'a.txt'), join(inbox, 'b.txt'), join(inbox, 'c.txt')]);

    c.advance(MINUTE);
    await watcher.runOnce();
    assert.equal(service.paths.length, 2, 'nothing changed since');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('run() repeats cycles and sleeps until the next source is due, until aborted', async () => {
  const service = fakeService();
  const c = clock();
  const watcher = createWatcher({ feeds: [feed('/full.rss', { intervalMinutes: 3 })], folders: [], service, fetcher, now: c.now });
  const controller = new AbortController();
  const sleeps: number[] = [];
  let cycles = 0;
  await watcher.run({
    signal: controller.signal,
    onCycle: () => { cycles++; },
    sleep: (ms) => {
      sleeps.push(ms);
      c.advance(ms);
      if (sleeps.length === 2) controller.abort();
      return Promise.resolve();
    },
  });
  assert.equal(cycles, 2);
  assert.deepEqual(sleeps, [60_000, 60_000], 'capped at MAX_SLEEP_MS');
});

test('with the real service: feeds become stored articles and events; summaries already read from their page are not fetched again', async () => {
  const store = createMemoryStore();
  const service = createService(store, createEngine({ threads: 1 }));
  const c = clock();
  const watcher = createWatcher({ feeds: [feed('/full.rss'), feed('/summary.rss')], folders: [], service, fetcher, now: c.now });
  const first = await watcher.runOnce();
  assert.deepEqual(first.outcomes.map((o) => [o.status, o.error]), [['updated', undefined], ['updated', undefined]]);
  assert.equal(first.totals.added, 4);
  assert.equal(await store.countArticles(), 4);
  const stored = await store.articleByKey(`${server.base}/articles/lighthouse.html`);
  assert.match(stored?.article.text ?? '', /Friends of Gull Point/);
  assert.ok((await store.countEvents()) >= 3);

  const pages = requestsTo('/articles/lighthouse.html').length;
  c.advance(10 * MINUTE);
  const second = await watcher.runOnce();
  assert.equal(outcome(second.outcomes, '/full.rss').status, 'not-modified');
  const summary = outcome(second.outcomes, '/summary.rss');
  assert.equal(summary.status, 'updated');
  assert.equal(summary.fetched, 0);
  assert.equal(requestsTo('/articles/lighthouse.html').length, pages, 'page not fetched again');
  assert.equal(await store.countArticles(), 4);
});
