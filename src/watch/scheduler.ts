// The watch scheduler: polls each feed and folder when it is due, records its state in the store
// (store.putFeedState: consecutive failures, last error, next fetch) and backs off exponentially
// with jitter after failures. A failure of one feed or folder is recorded and never stops the
// others. runOnce() is one cycle (tests call it with an injected clock and fetcher, no sleeping);
// run() repeats cycles until its signal aborts, sleeping until the next one is due.
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { IngestSummary, Service } from '../service/service.js';
import type { FeedState } from '../storage/store.js';
import type { FeedConfig, FolderConfig } from './config.js';
import type { Fetcher } from './fetch.js';
import { pollFeed } from './feed.js';
import { pollFolder } from './folder.js';
import { mapLimit } from './limit.js';
import { BACKOFF_JITTER, BACKOFF_MAX_MS, FEED_CONCURRENCY, FOLDER_STATE_PREFIX, MAX_SLEEP_MS, MIN_SLEEP_MS } from './rules.js';

export type WatchOptions = {
  feeds: readonly FeedConfig[];
  folders: readonly FolderConfig[];
  service: Service;
  fetcher: Fetcher;
  /** Clock (default: the system clock). */
  now?: () => Date;
  /** Uniform random number in [0, 1) for the backoff jitter (default Math.random). */
  random?: () => number;
};

type Counts = { added: number; replaced: number; unchanged: number; rejected: number };

export type SourceOutcome = {
  kind: 'feed' | 'folder';
  /** Feed URL or folder path. */
  source: string;
  /**
   * waiting: not due yet; not-modified: 304 (or a folder without changes); updated: read and
   * ingested; failed: recorded with backoff.
   */
  status: 'waiting' | 'not-modified' | 'updated' | 'failed';
  /** Feed items read, or files in the folder. */
  items?: number;
  /** Article pages fetched (feeds) or files new/changed (folders). */
  fetched?: number;
  /** Errors that did not fail the source: article pages that could not be fetched (summary kept). */
  warnings: string[];
  error?: string;
  counts: Counts;
  nextFetch?: string;
  consecutiveFailures: number;
};

export type CycleReport = {
  at: string;
  outcomes: SourceOutcome[];
  totals: Counts;
  /** When the next source is due (ISO), undefined when nothing is watched. */
  nextDue?: string;
};

export type Watcher = {
  runOnce(): Promise<CycleReport>;
  /** Cycles until `signal` aborts; `onCycle` sees each report. */
  run(options: { signal: AbortSignal; onCycle?: (report: CycleReport) => void; sleep?: (ms: number, signal: AbortSignal) => Promise<void> }): Promise<void>;
};

const MINUTE_MS = 60_000;

/**
 * Delay before the next poll after `failures` consecutive failures: interval × 2^failures, capped
 * at BACKOFF_MAX_MS (or the interval when longer), reduced by up to BACKOFF_JITTER at random.
 * With one failure the delay lies between the interval and twice the interval: a failing source
 * is never polled more often than a healthy one.
 */
export function backoffMs(intervalMs: number, failures: number, random: () => number): number {
  const cap = Math.max(BACKOFF_MAX_MS, intervalMs);
  const grown = Math.min(cap, intervalMs * 2 ** Math.min(failures, 40));
  return Math.round(grown * (1 - BACKOFF_JITTER * random()));
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const NO_COUNTS: Counts = { added: 0, replaced: 0, unchanged: 0, rejected: 0 };
const countsOf = (s: IngestSummary | undefined): Counts =>
  s === undefined ? { ...NO_COUNTS } : { added: s.added, replaced: s.replaced, unchanged: s.unchanged, rejected: s.rejected.length };

function isDue(state: FeedState | undefined, now: Date): boolean {
  if (state?.nextFetch === undefined) return true;
  const next = Date.parse(state.nextFetch);
  return Number.isNaN(next) || next <= now.getTime();
}

export function createWatcher(options: WatchOptions): Watcher {
  const { service, fetcher } = options;
  const clock = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const store = service.store;

  /** Polls one source when due; records success or failure in its state. */
  async function pollSource(kind: 'feed' | 'folder', source: string, key: string, intervalMinutes: number, poll: (state: FeedState | undefined) => Promise<Omit<SourceOutcome, 'kind' | 'source' | 'nextFetch' | 'consecutiveFailures'> & { etag?: string; lastModified?: string }>): Promise<SourceOutcome> {
    const state = await store.getFeedState(key);
    const started = clock();
    const base = { kind, source };
    if (!isDue(state, started)) {
      const waiting: SourceOutcome = { ...base, status: 'waiting', warnings: [], counts: { ...NO_COUNTS }, consecutiveFailures: state?.consecutiveFailures ?? 0 };
      if (state?.nextFetch !== undefined) waiting.nextFetch = state.nextFetch;
      return waiting;
    }
    const intervalMs = intervalMinutes * MINUTE_MS;
    const next: FeedState = { url: key, consecutiveFailures: 0, lastFetched: started.toISOString() };
    if (state?.etag !== undefined) next.etag = state.etag;
    if (state?.lastModified !== undefined) next.lastModified = state.lastModified;
    let outcome: SourceOutcome;
    try {
      const { etag, lastModified, ...result } = await poll(state);
      const done = clock();
      if (etag !== undefined) next.etag = etag;
      if (lastModified !== undefined) next.lastModified = lastModified;
      next.lastSuccess = done.toISOString();
      next.nextFetch = new Date(done.getTime() + intervalMs).toISOString();
      outcome = { ...base, ...result, nextFetch: next.nextFetch, consecutiveFailures: 0 };
    } catch (e) {
      const failures = (state?.consecutiveFailures ?? 0) + 1;
      const done = clock();
      if (state?.lastSuccess !== undefined) next.lastSuccess = state.lastSuccess;
      next.consecutiveFailures = failures;
      next.lastError = message(e);
      next.nextFetch = new Date(done.getTime() + backoffMs(intervalMs, failures, random)).toISOString();
      outcome = { ...base, status: 'failed', warnings: [], error: next.lastError, counts: { ...NO_COUNTS }, nextFetch: next.nextFetch, consecutiveFailures: failures };
    }
    try {
      await store.putFeedState(next);
    } catch (e) {
      outcome.warnings.push(`the polling state could not be saved (${message(e)})`);
    }
    return outcome;
  }

  const feedJob = (feed: FeedConfig) => pollSource('feed', feed.url, feed.url, feed.intervalMinutes, async (state) => {
    const poll = await pollFeed(feed, state, service, fetcher);
    if (poll.kind === 'not-modified') return { status: 'not-modified', warnings: [], counts: { ...NO_COUNTS } };
    const result = { status: 'updated' as const, items: poll.items, fetched: poll.pages, warnings: poll.pageErrors, counts: countsOf(poll.summary) };
    return { ...result, ...(poll.etag === undefined ? {} : { etag: poll.etag }), ...(poll.lastModified === undefined ? {} : { lastModified: poll.lastModified }) };
  });

  const folderJob = (folder: FolderConfig) => pollSource('folder', folder.path, `${FOLDER_STATE_PREFIX}${folder.path}`, folder.intervalMinutes, async () => {
    const poll = await pollFolder(folder.path, service);
    return { status: poll.changed === 0 && poll.summary === undefined ? 'not-modified' : 'updated', items: poll.files, fetched: poll.changed, warnings: [], counts: countsOf(poll.summary) };
  });

  async function runOnce(): Promise<CycleReport> {
    const at = clock().toISOString();
    const feeds = await mapLimit(options.feeds, FEED_CONCURRENCY, feedJob);
    const folders: SourceOutcome[] = [];
    for (const folder of options.folders) folders.push(await folderJob(folder));
    const outcomes = [...feeds, ...folders];
    const totals = outcomes.reduce<Counts>((t, o) => ({
      added: t.added + o.counts.added, replaced: t.replaced + o.counts.replaced, unchanged: t.unchanged + o.counts.unchanged, rejected: t.rejected + o.counts.rejected,
    }), { ...NO_COUNTS });
    const report: CycleReport = { at, outcomes, totals };
    const due = outcomes.map((o) => o.nextFetch).filter((d): d is string => d !== undefined).sort()[0];
    if (due !== undefined) report.nextDue = due;
    return report;
  }

  const defaultSleep = async (ms: number, signal: AbortSignal): Promise<void> => {
    try {
      await sleepFor(ms, undefined, { signal });
    } catch {
      // aborted: the loop checks the signal
    }
  };

  return {
    runOnce,
    async run({ signal, onCycle, sleep = defaultSleep }) {
      const stopped = (): boolean => signal.aborted;
      while (!stopped()) {
        const report = await runOnce();
        onCycle?.(report);
        if (stopped()) return;
        const wait = report.nextDue === undefined ? MAX_SLEEP_MS : Date.parse(report.nextDue) - clock().getTime();
        await sleep(Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, wait)), signal);
      }
    },
  };
}
