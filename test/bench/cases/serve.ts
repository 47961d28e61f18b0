// Bench `serve`: the HTTP API over a SQLite store of 100,000 articles (the analysed example corpus
// replicated as in the `store` bench), the server in its own process on loopback, load from
// autocannon in this one: 100 connections × LOAD_SECONDS on GET /api/events (page 1) and on
// GET /api/events/:id (ids spread over the whole store): requests/s and p50/p99 latency. Baseline:
// GET /api/health (no store work: the framework-and-socket ceiling). When the web UI serves
// /events/:id, its server time is measured too (one connection, sequential; goal < 200 ms).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { analyze, createEngine } from '../../../src/engine.js';
import type { EventId } from '../../../src/model/ids.js';
import { createApp } from '../../../src/http/app.js';
import { listen } from '../../../src/http/server.js';
import { createService } from '../../../src/service/index.js';
import { createSqliteStore } from '../../../src/storage/sqlite/index.js';
import type { StoreUpdate } from '../../../src/storage/store.js';
import { repoRoot } from '../../support/shared.js';
import type { Bench, BenchResult } from '../types.js';
import { generation, STORE_ARTICLES } from './store.js';

/** Connections and seconds per autocannon run. */
const CONNECTIONS = Number(process.env['PARALLAX_BENCH_SERVE_CONNECTIONS'] ?? 100);
const LOAD_SECONDS = Number(process.env['PARALLAX_BENCH_SERVE_SECONDS'] ?? 10);
/** Sequential requests for the UI page's server time. */
const PAGE_RUNS = 200;
const WARMUP_SECONDS = 3;
const PAGE_GOAL_MS = 200;
const BATCH_ARTICLES = 1000;
const SPAN_DAYS = 365;
const PHASE_FLAG = '--bench-serve';
/** Event ids handed to the load generator (spread over the whole store). */
const SAMPLE_EVENTS = 2000;

type Filled = { kind: 'filled'; articles: number; events: number; writeSeconds: number; eventIds: string[] };
type Ready = { kind: 'ready'; port: number; storeCalls: string[] };
type Stopped = { kind: 'stopped'; peakRssMb: number };
/** The server process's CPU time so far (user + system, µs). */
type Cpu = { kind: 'cpu'; micros: number };
type Message = Filled | Ready | Stopped | Cpu;

const send = (m: Message): Promise<void> => new Promise((resolve) => { process.send?.(m, () => { resolve(); }); });

/** Child 1: write the store and close it (the server then opens it fresh, as after a restart). */
async function fillChild(file: string): Promise<void> {
  const report = await analyze(createEngine({ threads: 1 }), [join(repoRoot, 'examples', 'corpus')]);
  const store = createSqliteStore(file);
  const generations = Math.ceil(STORE_ARTICLES / report.articles.length);
  const eventIds: string[] = [];
  let articles = 0;
  let events = 0;
  let batch: Required<Pick<StoreUpdate, 'putArticles' | 'putEvents' | 'putStories'>> = { putArticles: [], putEvents: [], putStories: [] };
  const t0 = performance.now();
  for (let k = 0; k < generations && articles < STORE_ARTICLES; k++) {
    const g = generation(report, k, Math.floor((k * SPAN_DAYS) / generations));
    batch.putArticles.push(...g.articles.map((a) => ({ article: a, key: a.url ?? a.file, storedAt: '2026-07-01T00:00:00.000Z' })));
    batch.putEvents.push(...g.events);
    batch.putStories.push(...g.stories);
    articles += g.articles.length;
    events += g.events.length;
    if (k % Math.max(1, Math.floor(generations / SAMPLE_EVENTS)) === 0) eventIds.push(...g.events.slice(0, 1).map((e) => e.id));
    if (batch.putArticles.length >= BATCH_ARTICLES || k === generations - 1 || articles >= STORE_ARTICLES) {
      await store.apply(batch);
      batch = { putArticles: [], putEvents: [], putStories: [] };
    }
  }
  await store.close();
  await send({ kind: 'filled', articles, events, writeSeconds: (performance.now() - t0) / 1000, eventIds });
}

/** Child 2: open the store, serve it until the parent says stop. */
async function serveChild(file: string, eventIds: readonly string[]): Promise<void> {
  const store = createSqliteStore(file);
  // The store calls behind the routes, in this process without HTTP: what the server time is made of.
  const storeCalls = [
    await callTime('store.listEvents page 1 (GET /api/events)', () => store.listEvents({ limit: 50, offset: 0 })),
    await callTime('store.getEvent (GET /api/events/:id)', (i) => store.getEvent(eventIds[i % eventIds.length] as EventId)),
    await callTime('store.countArticles + countEvents (GET /api/health)', () => Promise.all([store.countArticles(), store.countEvents()])),
  ];
  const app = createApp({ store, service: createService(store, createEngine({ threads: 1 })), auth: { writeTokens: ['bench-write-token-0123456789'] } });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  process.on('message', (m) => {
    if (m === 'cpu') {
      const { user, system } = process.cpuUsage();
      void send({ kind: 'cpu', micros: user + system });
      return;
    }
    if (m !== 'stop') return;
    void server.close().then(() => store.close()).then(() => send({ kind: 'stopped', peakRssMb: process.resourceUsage().maxRSS / 1024 })).then(() => process.exit(0));
  });
  await send({ kind: 'ready', port: server.port, storeCalls });
}

/** Forks this file in a phase; resolves with the first message of `kind`. */
function child(args: string[]): { process: ChildProcess; next: <K extends Message['kind']>(kind: K) => Promise<Extract<Message, { kind: K }>> } {
  const proc = fork(fileURLToPath(import.meta.url), [PHASE_FLAG, ...args], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <K extends Message['kind']>(kind: K): Promise<Extract<Message, { kind: K }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (m: unknown): void => {
        if ((m as Message).kind !== kind) return;
        proc.off('exit', onExit);
        proc.off('message', onMessage);
        resolve(m as Extract<Message, { kind: K }>);
      };
      const onExit = (code: number | null): void => { reject(new Error(`serve bench child (${args[0] ?? ''}) exited with code ${String(code)} before "${kind}"`)); };
      proc.on('message', onMessage);
      proc.once('exit', onExit);
    });
  return { process: proc, next };
}

const STORE_CALL_RUNS = 200;

async function callTime(label: string, call: (i: number) => Promise<unknown>): Promise<string> {
  const ms: number[] = [];
  for (let i = 0; i < STORE_CALL_RUNS; i++) {
    const t0 = performance.now();
    await call(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return `${label.padEnd(52)} p50 ${(ms[Math.floor(ms.length / 2)] ?? 0).toFixed(2)} ms, p99 ${(ms[Math.floor(ms.length * 0.99)] ?? 0).toFixed(2)} ms (in process, no HTTP)`;
}

type Load = { label: string; requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number; total: number; cpuMsPerRequest: number };

/** Asks the server process for its CPU time. */
type CpuProbe = () => Promise<number>;

async function load(label: string, url: string, paths: readonly string[], cpu: CpuProbe, connections = CONNECTIONS, seconds = LOAD_SECONDS): Promise<Load> {
  let next = 0;
  const cpuBefore = await cpu();
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] ?? '/' }) }],
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
    cpuMsPerRequest: (await cpu() - cpuBefore) / 1000 / Math.max(1, result.requests.total),
  };
}

/** Sequential GETs: server time per request (one connection, nothing queued). */
async function serverTime(url: string, paths: readonly string[], runs: number): Promise<{ p50: number; p99: number; status: number }> {
  const ms: number[] = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await fetch(url + (paths[i % paths.length] ?? '/'));
    await res.arrayBuffer();
    ms.push(performance.now() - t0);
    status = res.status;
  }
  ms.sort((a, b) => a - b);
  const at = (p: number): number => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] ?? 0;
  return { p50: at(50), p99: at(99), status };
}

const line = (l: Load): string =>
  `${l.label.padEnd(44)} ${l.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(l.p50).padStart(4)} ms   p99 ${String(l.p99).padStart(5)} ms   server CPU ${l.cpuMsPerRequest.toFixed(2)} ms/request (≈ ${(1000 / l.cpuMsPerRequest).toFixed(0)} req/s per free core)   (${String(l.total)} requests, ${String(l.non2xx)} non-2xx, ${String(l.errors)} errors)`;

async function run(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-serve-'));
  const file = join(dir, 'serve.db');
  const filler = child(['fill', file]);
  const filled = await filler.next('filled');
  const ids = join(dir, 'event-ids.json');
  writeFileSync(ids, JSON.stringify(filled.eventIds));
  const server = child(['serve', file, ids]);
  try {
    const ready = await server.next('ready');
    const cpu: CpuProbe = async () => {
      const reply = server.next('cpu');
      server.process.send('cpu');
      return (await reply).micros;
    };
    const url = `http://127.0.0.1:${String(ready.port)}`;
    const eventPaths = filled.eventIds.map((id) => `/api/events/${id as EventId}`);
    const load1 = loadavg()[0] ?? 0;
    // Warm-up (JIT, SQLite page cache, the GC after the write phase), not measured.
    await load('warm-up', url, ['/api/health', '/api/events', ...eventPaths.slice(0, 100)], cpu, 10, WARMUP_SECONDS);
    const one = await load(`GET /api/events/:id (${String(eventPaths.length)} ids)`, url, eventPaths, cpu);
    const list = await load('GET /api/events (page 1 of 50, recency)', url, ['/api/events'], cpu);
    const health = await load('GET /api/health (baseline)', url, ['/api/health'], cpu);
    const notes = [
      `store: SQLite, ${String(filled.articles)} articles / ${String(filled.events)} events (example corpus replicated over ${String(SPAN_DAYS)} days), written in ${filled.writeSeconds.toFixed(0)} s by another process; the server opened it fresh`,
      `load: autocannon, ${String(CONNECTIONS)} connections × ${String(LOAD_SECONDS)} s per route, server in its own process on loopback; machine: ${String(availableParallelism())} cores (shared with the load generator), Node ${process.version}; load average ${load1.toFixed(1)} when the load started`,
      'the articles/s column is requests/s on GET /api/events; seconds is the load duration',
      line(list),
      line(one),
      line(health),
      ...ready.storeCalls,
    ];
    const uiPaths = filled.eventIds.map((id) => `/events/${id}`);
    const probe = await fetch(url + (uiPaths[0] ?? '/'));
    await probe.arrayBuffer();
    if (probe.status === 200 && (probe.headers.get('content-type') ?? '').startsWith('text/html')) {
      const page = await serverTime(url, uiPaths, PAGE_RUNS);
      notes.push(`UI GET /events/:id server time (1 connection, ${String(PAGE_RUNS)} requests): p50 ${page.p50.toFixed(1)} ms, p99 ${page.p99.toFixed(1)} ms (goal < ${String(PAGE_GOAL_MS)} ms)`);
      notes.push(line(await load('UI GET /events/:id', url, uiPaths, cpu)));
    } else notes.push(`UI GET /events/:id: not served yet (status ${String(probe.status)}); measured once the web UI is mounted`);
    const apiTime = await serverTime(url, eventPaths, PAGE_RUNS);
    notes.push(`API GET /api/events/:id server time (1 connection, ${String(PAGE_RUNS)} requests): p50 ${apiTime.p50.toFixed(2)} ms, p99 ${apiTime.p99.toFixed(2)} ms`);
    const stopping = server.next('stopped');
    server.process.send('stop');
    const stopped = await stopping;
    return {
      name: 'serve',
      articles: filled.articles,
      seconds: LOAD_SECONDS,
      articlesPerSecond: list.requestsPerSecond,
      peakRssMb: Math.round(stopped.peakRssMb),
      baseline: { name: 'serve', label: 'GET /api/health (req/s)', articles: filled.articles, seconds: LOAD_SECONDS, articlesPerSecond: health.requestsPerSecond, peakRssMb: Math.round(stopped.peakRssMb) },
      notes,
    };
  } finally {
    for (const c of [filler, server]) if (c.process.exitCode === null) c.process.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const serveBench: Bench = {
  name: 'serve',
  description: `HTTP API over SQLite with ${String(STORE_ARTICLES)} articles: autocannon ${String(CONNECTIONS)} connections × ${String(LOAD_SECONDS)} s on GET /api/events and /api/events/:id`,
  run,
};

// Child-process entries: `<this file> --bench-serve fill DB` and `… serve DB EVENT-IDS.json`.
if (process.argv[2] === PHASE_FLAG && process.send) {
  const [phase, file = '', ids = ''] = process.argv.slice(3);
  if (phase === 'fill') await fillChild(file);
  else await serveChild(file, JSON.parse(readFileSync(ids, 'utf8')) as string[]);
}
