// `parallax ingest <paths…> [--db FILE]`: adds articles to a store. Articles already stored are
// skipped, new versions (same URL, or same file and item) replace old ones, and only the events
// the new articles touch are regrouped. Prints what changed.
import type { Command } from 'commander';
import { createEngine } from '../engine.js';
import { createService, type IngestSummary } from '../service/index.js';
import { DEFAULT_DB, EXIT, positiveInt, withStore, type CommandContext, type Io } from './command.js';
import { terminalProgress } from './progress.js';

type IngestOptions = { db: string; meta: string | boolean; strict?: boolean; json?: boolean; threads?: number; maxFileMb: number };

const EXAMPLES = `
Examples:
  $ parallax ingest examples/corpus                   # into ./parallax.db (created when missing)
  $ parallax ingest inbox/ feeds/*.xml --db news.db
  $ parallax ingest today.jsonl --db news.db --json   # the summary as JSON`;

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** One-paragraph summary of an ingest (what the store holds now is the caller's to add). */
export function formatSummary(s: IngestSummary): string {
  const lines = [
    `${plural(s.added, 'article')} added, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.rejected.length} rejected`,
    `events: ${s.eventsCreated.length} created, ${s.eventsUpdated.length} updated, ${s.eventsDeleted.length} deleted; ${plural(s.storiesChanged.length, 'story', 'stories')} changed`,
  ];
  for (const r of s.rejected) lines.push(`  rejected ${r.code.padEnd(18)} ${r.message.replace(/\s+/gu, ' ')}`);
  return lines.join('\n') + '\n';
}

async function runIngest(paths: string[], opts: IngestOptions, io: Io): Promise<number> {
  const engine = createEngine({
    config: { maxFileBytes: Math.round(opts.maxFileMb * 1024 * 1024) },
    progress: terminalProgress(),
    ...(opts.threads === undefined ? {} : { threads: opts.threads }),
  });
  const meta = opts.meta === false ? false : typeof opts.meta === 'string' ? opts.meta : undefined;
  return withStore(io, opts.db, false, async (store) => {
    const service = createService(store, engine, meta === undefined ? {} : { ingest: { meta } });
    const summary = await service.ingestPaths(paths).finally(() => service.close());
    if (opts.json === true) io.stdout(JSON.stringify(summary, null, 2) + '\n');
    else {
      io.stdout(formatSummary(summary));
      io.stdout(`store ${opts.db}: ${plural(await store.countArticles(), 'article')} in ${plural(await store.countEvents(), 'event')}\n`);
    }
    const nothing = summary.added + summary.replaced + summary.unchanged === 0;
    if (nothing) io.stderr('parallax: no article could be read from the inputs\n');
    if (nothing) return EXIT.failed;
    return opts.strict === true && summary.rejected.length > 0 ? EXIT.rejected : EXIT.ok;
  });
}

export function register(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('ingest')
    .description('add articles (files, folders, .txt/.html/.jsonl/RSS/Atom) to a store; only the events they touch are regrouped')
    .argument('<paths...>', 'files or folders to ingest')
    .option('--db <file>', 'the store: a SQLite file (created when missing) or ":memory:"', DEFAULT_DB)
    .option('--meta <file>', 'metadata sidecar (JSON Lines); default: meta.jsonl in each input folder')
    .option('--no-meta', 'ignore metadata sidecars')
    .option('--strict', 'exit with code 3 when any input was rejected')
    .option('--json', 'print the summary as JSON')
    .option('--max-file-mb <n>', 'reject files larger than this many MB', (v) => Number(v), 20)
    .option('--threads <n>', 'worker threads for cleaning, language and extraction (default: one per core)', positiveInt)
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: IngestOptions) => {
      setExit(await runIngest(paths, opts, io));
    });
}
