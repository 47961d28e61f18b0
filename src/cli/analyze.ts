// `parallax analyze`: one-shot analysis of files and folders into report.json and report.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { analyze, createEngine } from '../engine.js';
import { isParallaxError } from '../errors.js';
import type { Report } from '../model/report.js';
import { loadCorrections, unknownArticleIds, unsatisfiedCorrections, type Corrections } from '../stages/06-cluster/corrections.js';
import { renderHtml } from '../render/html.js';
import { renderText } from '../render/text.js';
import { EXIT, positiveInt, type CommandContext, type Io } from './command.js';
import { terminalProgress } from './progress.js';

const EXAMPLES = `
Examples:
  $ parallax analyze examples/corpus                 # folder (recursive), meta.jsonl picked up
  $ parallax analyze ../shared/seeds --out /tmp/r    # writes /tmp/r/report.json and report.html
  $ parallax analyze a.html b.txt feed.rss --no-meta
  $ parallax analyze news.jsonl --format json > report.json
  $ parallax analyze inbox/ --meta other-meta.jsonl --strict
  $ parallax analyze examples/corpus --corrections corrections.json   # your fixes to the grouping`;

type AnalyzeOptions = { out: string; meta: string | boolean; format: 'text' | 'json' | 'html'; strict?: boolean; maxFileMb: number; quiet?: boolean; threads?: number; corrections?: string };

async function runAnalyze(paths: string[], opts: AnalyzeOptions, io: Io): Promise<number> {
  let corrections: Corrections | undefined;
  try {
    if (opts.corrections !== undefined) corrections = loadCorrections(opts.corrections);
  } catch (e) {
    if (isParallaxError(e)) {
      io.stderr(`parallax: ${e.message}\n`);
      return EXIT.failed;
    }
    throw e;
  }
  const engine = createEngine({
    ...(corrections === undefined ? {} : { corrections }),
    config: { maxFileBytes: Math.round(opts.maxFileMb * 1024 * 1024) },
    progress: terminalProgress(),
    ...(opts.threads === undefined ? {} : { threads: opts.threads }),
  });
  const meta = opts.meta === false ? false : typeof opts.meta === 'string' ? opts.meta : undefined;
  let report: Report;
  try {
    report = await analyze(engine, paths, meta === undefined ? {} : { meta });
  } catch (e) {
    if (isParallaxError(e)) {
      io.stderr(`parallax: ${e.message}\n`);
      return EXIT.failed;
    }
    throw e;
  }
  const out = resolve(opts.out);
  mkdirSync(out, { recursive: true });
  const json = JSON.stringify(report, null, 2) + '\n';
  writeFileSync(join(out, 'report.json'), json);
  writeFileSync(join(out, 'report.html'), renderHtml(report));
  if (opts.format === 'json') io.stdout(json);
  else if (opts.format === 'html') io.stdout(renderHtml(report));
  else if (opts.quiet !== true) io.stdout(renderText(report, { width: process.stdout.columns || 100 }));
  io.stderr(`parallax: wrote ${join(out, 'report.json')} and ${join(out, 'report.html')}\n`);
  if (corrections !== undefined) warnCorrections(opts.corrections as string, corrections, report, io);
  if (report.rejected.length > 0) io.stderr(`parallax: ${report.rejected.length} input(s) rejected — see "rejected" in the report\n`);
  return opts.strict === true && report.rejected.length > 0 ? EXIT.rejected : EXIT.ok;
}

/** Warns about corrections naming articles not in this run, and corrections a later one contradicted. */
function warnCorrections(file: string, corrections: Corrections, report: Report, io: Io): void {
  const unknown = unknownArticleIds(corrections, new Set(report.articles.map((a) => a.id)));
  if (unknown.length > 0) io.stderr(`parallax: warning: ${file}: ${unknown.length} article id(s) not found in this run (ignored; the rest of each correction was applied): ${unknown.join(', ')}\n`);
  const eventOf = new Map(report.events.flatMap((e) => e.articleIds.map((id) => [id as string, e.id] as const)));
  const unsatisfied = unsatisfiedCorrections(corrections, eventOf);
  if (unsatisfied.length > 0) {
    io.stderr(`parallax: warning: ${file}: ${unsatisfied.map((i) => `corrections[${i}]`).join(', ')} contradicted by a later correction (the later one wins)\n`);
  }
}

export function register(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('analyze')
    .description('read articles (files, folders, .txt/.html/.jsonl/RSS/Atom), clean them, group them into events and stories, and write a report')
    .argument('<paths...>', 'files or folders to analyse')
    .option('-o, --out <dir>', 'folder for report.json and report.html', 'out')
    .option('--meta <file>', 'metadata sidecar (JSON Lines: file, published, outlet, title, url, original_language); default: meta.jsonl in each input folder')
    .option('--no-meta', 'ignore metadata sidecars')
    .addOption(new Option('-f, --format <format>', 'what to print on stdout').choices(['text', 'json', 'html']).default('text'))
    .option('--strict', 'exit with code 3 when any input was rejected')
    .option('--max-file-mb <n>', 'reject files larger than this many MB', (v) => Number(v), 20)
    .option('-q, --quiet', 'do not print the event table')
    .option('--corrections <file>', 'your corrections to the grouping (JSON: move, merge, split, naming articles by id), respected on every run')
    .option('--threads <n>', 'worker threads for cleaning, language and extraction (default: one per core)', positiveInt)
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: AnalyzeOptions) => {
      setExit(await runAnalyze(paths, opts, io));
    });
}
