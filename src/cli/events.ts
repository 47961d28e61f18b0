// `parallax events [--db] [filters] [--sort size|recency] [--limit N] [--json]`: the stored events
// as a table (or the page as JSON).
import { Option, type Command } from 'commander';
import type { EventListItem, EventQuery, EventSort, Page } from '../storage/store.js';
import { DEFAULT_DB, EXIT, nonNegativeInt, positiveInt, withStore, type CommandContext, type Io } from './command.js';
import { fit, terminalWidth } from './text.js';

type EventsOptions = { db: string; from?: string; to?: string; entity?: string; language?: string; outlet?: string; sort: EventSort; limit: number; offset: number; json?: boolean };

const EXAMPLES = `
Examples:
  $ parallax events                                   # latest 20 events in ./parallax.db
  $ parallax events --from 2026-04-01 --to 2026-04-30 --sort size
  $ parallax events --entity "Bank of Alvaria" --language de --json`;

/** Columns before the title: id, date, articles, independent sources, outlets, languages. */
const FIXED = [19, 10, 4, 4, 7, 11] as const;

export function renderEventTable(page: Page<EventListItem>, width: number): string {
  const titleWidth = Math.max(20, width - FIXED.reduce((a, b) => a + b + 2, 0));
  const row = (cells: readonly string[]): string => cells.map((c, i) => fit(c, i < FIXED.length ? (FIXED[i] as number) : titleWidth)).join('  ').trimEnd();
  const lines = [row(['event', 'date', 'art', 'src', 'outlets', 'languages', 'title'])];
  lines.push('─'.repeat(Math.min(width, lines[0]?.length ?? width)));
  for (const e of page.items) {
    lines.push(row([
      e.id, e.date ?? e.lastPublished?.slice(0, 10) ?? '?', String(e.articleCount), e.independentSources === undefined ? '' : String(e.independentSources),
      String(e.outlets.length), e.languages.join(','), e.title,
    ]));
  }
  const last = page.offset + page.items.length;
  lines.push('', page.total === 0 ? 'no events match' : `events ${page.items.length === 0 ? 0 : page.offset + 1}–${last} of ${page.total}${last < page.total ? ` (more with --offset ${last})` : ''}`);
  return lines.join('\n') + '\n';
}

async function runEvents(opts: EventsOptions, io: Io): Promise<number> {
  return withStore(io, opts.db, true, async (store) => {
    const query: EventQuery = { sort: opts.sort, limit: opts.limit, offset: opts.offset };
    if (opts.from !== undefined) query.from = opts.from;
    if (opts.to !== undefined) query.to = opts.to;
    if (opts.entity !== undefined) query.entity = opts.entity;
    if (opts.language !== undefined) query.language = opts.language;
    if (opts.outlet !== undefined) query.outlet = opts.outlet;
    const page = await store.listEvents(query);
    io.stdout(opts.json === true ? JSON.stringify(page, null, 2) + '\n' : renderEventTable(page, terminalWidth()));
    return EXIT.ok;
  });
}

export function register(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('events')
    .description('list the events in a store, filtered and sorted')
    .option('--db <file>', 'the store (a SQLite file made by "parallax ingest")', DEFAULT_DB)
    .option('--from <date>', 'events on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this day (YYYY-MM-DD)')
    .option('--entity <name>', 'events naming this person, organisation or place (any spelling the store knows; case and accents ignored)')
    .option('--language <code>', 'events with an article in this language (ISO 639-1, e.g. de)')
    .option('--outlet <name>', 'events with an article from this outlet')
    .addOption(new Option('--sort <order>', 'size: most articles first; recency: latest first').choices(['size', 'recency']).default('recency'))
    .option('--limit <n>', 'events per page (at most 500)', positiveInt, 20)
    .option('--offset <n>', 'skip this many events', nonNegativeInt, 0)
    .option('--json', 'print the page as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (opts: EventsOptions) => {
      setExit(await runEvents(opts, io));
    });
}
