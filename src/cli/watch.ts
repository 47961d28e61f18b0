// `parallax watch [--config parallax.config.json] [--db FILE] [--once]`: polls the feeds and
// folders of a config file into a store, one progress line per cycle. Without --once it runs until
// interrupted (Ctrl-C / SIGTERM), sleeping until the next source is due.
import type { Command } from 'commander';
import { createEngine } from '../engine.js';
import { createService } from '../service/index.js';
import { CONFIG_FILE_NAME, loadWatchConfig, type WatchConfig } from '../watch/config.js';
import { createFetcher } from '../watch/fetch.js';
import { createWatcher, type CycleReport } from '../watch/scheduler.js';
import { DEFAULT_DB, EXIT, failed, positiveInt, withStore, type CommandContext, type Io } from './command.js';
import { plain } from './text.js';

type WatchOptions = { config: string; db?: string; once?: boolean; threads?: number; quiet?: boolean };

const EXAMPLES = `
Examples:
  $ parallax watch                                  # ./parallax.config.json, until Ctrl-C
  $ parallax watch --config feeds.json --db news.db
  $ parallax watch --once                           # one cycle (what is due), e.g. from cron

parallax.config.json:
  { "feeds": [{ "url": "https://example.org/rss", "intervalMinutes": 30 }],
    "folders": [{ "path": "inbox" }],
    "fetch": { "maxBytes": 5242880, "timeoutMs": 20000, "maxRedirects": 5, "allowPrivate": [] } }

Exit codes with --once: 0 every polled source succeeded, 3 some failed, 1 all failed or bad config.`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const clockTime = (iso: string): string => iso.slice(11, 19);

/** The cycle as one progress line, then one line per failure and per warning. */
export function formatCycle(report: CycleReport): string {
  const count = (kind: 'feed' | 'folder', status: string) => report.outcomes.filter((o) => o.kind === kind && o.status === status).length;
  const part = (kind: 'feed' | 'folder', polledWord: string) => {
    const all = report.outcomes.filter((o) => o.kind === kind);
    if (all.length === 0) return undefined;
    const waiting = count(kind, 'waiting');
    const polled = all.length - waiting;
    const detail = [`${count(kind, 'updated')} updated`, `${count(kind, 'not-modified')} unchanged`, `${count(kind, 'failed')} failed`].join(', ');
    return `${plural(polled, kind)} ${polledWord}${polled > 0 ? ` (${detail})` : ''}${waiting > 0 ? `, ${waiting} waiting` : ''}`;
  };
  const t = report.totals;
  const parts = [part('feed', 'polled'), part('folder', 'scanned'), `+${t.added} added, ${t.replaced} replaced, ${t.unchanged} unchanged, ${t.rejected} rejected`];
  if (report.nextDue !== undefined) parts.push(`next poll ${clockTime(report.nextDue)}`);
  const lines = [`[${report.at.slice(0, 10)} ${clockTime(report.at)}] ${parts.filter((p) => p !== undefined).join('; ')}`];
  for (const o of report.outcomes) {
    if (o.status === 'failed') {
      lines.push(`  failed  ${plain(o.error ?? o.source)} (failure ${o.consecutiveFailures}${o.nextFetch === undefined ? '' : `, retry at ${clockTime(o.nextFetch)}`})`);
    }
    for (const w of o.warnings) lines.push(`  warning ${plain(w)}`);
  }
  return lines.join('\n') + '\n';
}

function exitCode(report: CycleReport): number {
  const polled = report.outcomes.filter((o) => o.status !== 'waiting');
  const failures = polled.filter((o) => o.status === 'failed').length;
  if (failures === 0) return EXIT.ok;
  return failures === polled.length ? EXIT.failed : EXIT.rejected;
}

async function runWatch(opts: WatchOptions, io: Io): Promise<number> {
  let config: WatchConfig;
  let fetcher;
  try {
    config = loadWatchConfig(opts.config);
    fetcher = createFetcher(config.fetch);
  } catch (e) {
    return failed(io, e);
  }
  const db = opts.db ?? config.db ?? DEFAULT_DB;
  const engine = createEngine(opts.threads === undefined ? {} : { threads: opts.threads });
  return withStore(io, db, false, async (store) => {
    const service = createService(store, engine);
    try {
      const watcher = createWatcher({ feeds: config.feeds, folders: config.folders, service, fetcher });
      const sources = `${plural(config.feeds.length, 'feed')} and ${plural(config.folders.length, 'folder')} from ${config.file}`;
      if (opts.once === true) {
        const report = await watcher.runOnce();
        io.stdout(formatCycle(report));
        return exitCode(report);
      }
      io.stderr(`parallax: watching ${sources} into ${db}; Ctrl-C stops\n`);
      const controller = new AbortController();
      const stop = () => { controller.abort(); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await watcher.run({ signal: controller.signal, onCycle: (report) => { io.stdout(formatCycle(report)); } });
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      io.stderr('parallax: watch stopped\n');
      return EXIT.ok;
    } finally {
      await service.close();
    }
  });
}

export function register(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds and folders listed in a config file into a store (guarded fetching: size and time limits, no private addresses)')
    .option('-c, --config <file>', 'the watch configuration (feeds, folders, fetch limits)', CONFIG_FILE_NAME)
    .option('--db <file>', `the store: a SQLite file (created when missing) or ":memory:" (default: "db" in the config, else ${DEFAULT_DB})`)
    .option('--once', 'run one cycle (the feeds and folders that are due) and exit')
    .option('--threads <n>', 'worker threads for cleaning, language and extraction (default: one per core)', positiveInt)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: WatchOptions) => {
      setExit(await runWatch(opts, io));
    });
}
