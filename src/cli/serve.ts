// `parallax serve`: the HTTP API (src/http) over a store. Opens the store, optionally ingests paths
// first, listens, prints the URL (and, on the first start without a configured token, the
// generated write token — once: only its hash is kept), and on SIGINT/SIGTERM closes the server
// (in-flight requests finish) and then the store.
import { InvalidArgumentError, type Command } from 'commander';
import { createEngine } from '../engine.js';
import { createApp } from '../http/app.js';
import { createAuth, resolveTokens } from '../http/auth.js';
import { DEFAULT_LIMITS, type Limits } from '../http/limits.js';
import { listen, type Listening } from '../http/server.js';
import { createService } from '../service/index.js';
import { openStore } from '../storage/index.js';
import type { Store } from '../storage/store.js';
import { DEFAULT_DB, EXIT, failed, positiveInt, type CommandContext, type Io } from './command.js';
import { formatSummary } from './ingest.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
/** Environment variables read when --token / --read-token are not given (keeps tokens out of `ps`). */
export const TOKEN_ENV = 'PARALLAX_TOKEN';
export const READ_TOKEN_ENV = 'PARALLAX_READ_TOKEN';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export type ServeOptions = {
  port: number;
  host: string;
  db: string;
  token?: string[];
  readToken?: string;
  ingest?: string[];
  maxBodyMb?: number;
  timeoutS?: number;
  threads?: number;
};

export type RunningServer = Listening & { store: Store; generatedToken?: string; stop(): Promise<void> };

const EXAMPLES = `
Examples:
  $ parallax serve                                    # ./parallax.db on http://127.0.0.1:8080
  $ parallax serve --db news.db --port 9000 --ingest inbox/
  $ PARALLAX_TOKEN=… parallax serve --read-token …     # reads need a token too
  $ curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
      -d '{"articles":[{"title":"…","body":"…"}]}' http://127.0.0.1:8080/api/ingest`;

/** A port number 0–65535 (0: any free port). */
function port(v: string): number {
  const n = Number(v);
  if (!/^\d{1,5}$/u.test(v) || n > 65_535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
}

const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/** Opens the store, prepares tokens, ingests, listens. The caller owns stop(). */
export async function startServer(opts: ServeOptions, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const limits: Limits = {
    ...DEFAULT_LIMITS,
    ...(opts.maxBodyMb === undefined ? {} : { maxBodyBytes: Math.round(opts.maxBodyMb * 1024 * 1024) }),
    ...(opts.timeoutS === undefined ? {} : { requestTimeoutMs: opts.timeoutS * 1000 }),
  };
  const store = await openStore(opts.db);
  try {
    const writeTokens = opts.token ?? (env[TOKEN_ENV] === undefined || env[TOKEN_ENV] === '' ? [] : [env[TOKEN_ENV]]);
    const readToken = opts.readToken ?? (env[READ_TOKEN_ENV] === '' ? undefined : env[READ_TOKEN_ENV]);
    const tokens = await resolveTokens(store, { writeTokens, ...(readToken === undefined ? {} : { readToken }) });
    const engine = createEngine(opts.threads === undefined ? {} : { threads: opts.threads });
    const service = createService(store, engine);
    if (opts.ingest !== undefined && opts.ingest.length > 0) io.stdout(formatSummary(await service.ingestPaths(opts.ingest)));
    const app = createApp({ store, service, auth: createAuth(tokens.options), limits, log: (line) => { io.stderr(line + '\n'); } });
    const listening = await listen(app, { port: opts.port, host: opts.host, requestTimeoutMs: limits.requestTimeoutMs });
    let stopping: Promise<void> | undefined;
    return {
      ...listening,
      store,
      ...(tokens.generated === undefined ? {} : { generatedToken: tokens.generated }),
      stop: () => (stopping ??= listening.close().finally(() => service.close()).finally(() => store.close())),
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}

async function runServe(opts: ServeOptions, io: Io): Promise<number> {
  let running: RunningServer;
  try {
    running = await startServer(opts, io);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      io.stderr(`parallax: cannot listen on ${opts.host}:${String(opts.port)} (${code}); choose another --port or --host\n`);
      return EXIT.failed;
    }
    return failed(io, e);
  }
  const counts = `${plural(await running.store.countArticles(), 'article')} in ${plural(await running.store.countEvents(), 'event')}`;
  io.stdout(`parallax: serving ${running.url}  (store ${opts.db}: ${counts}; API description at ${running.url}/openapi.json)\n`);
  if (running.generatedToken !== undefined) {
    io.stdout(`parallax: write token (shown this once; only its hash is kept in the store): ${running.generatedToken}\n`);
  }
  if (!LOOPBACK.has(running.host) && !LOOPBACK.has(opts.host)) {
    io.stderr('parallax: warning: listening beyond this machine over plain HTTP; put a TLS proxy in front so tokens are not sent in clear\n');
  }
  await new Promise<void>((resolve) => {
    const handlers = SIGNALS.map((signal) => [signal, () => {
      for (const [s, h] of handlers) process.off(s, h);
      io.stderr(`parallax: ${signal}: closing the server and the store\n`);
      resolve();
    }] as const);
    for (const [s, h] of handlers) process.on(s, h);
  });
  await running.stop();
  return EXIT.ok;
}

export function register(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('serve')
    .description('serve the store over HTTP: the JSON API under /api (events, stories, articles, search, corrections, ingest) and its OpenAPI description')
    .option('--port <n>', 'port to listen on (0: any free port)', port, DEFAULT_PORT)
    .option('--host <address>', 'address to listen on', DEFAULT_HOST)
    .option('--db <file>', 'the store: a SQLite file (created when missing) or ":memory:"', DEFAULT_DB)
    .option('--token <token...>', `write token(s) for POST requests (default: $${TOKEN_ENV}, else one generated on the first start and printed once)`)
    .option('--read-token <token>', `require this token for reads too (default: $${READ_TOKEN_ENV}; reads are open without it)`)
    .option('--ingest <paths...>', 'ingest these files or folders before serving')
    .option('--max-body-mb <n>', `largest request body (default ${String(DEFAULT_LIMITS.maxBodyBytes / 1024 / 1024)} MB)`, positiveInt)
    .option('--timeout-s <n>', `request time limit in seconds (default ${String(DEFAULT_LIMITS.requestTimeoutMs / 1000)})`, positiveInt)
    .option('--threads <n>', 'worker threads for analysing ingested articles (default: one per core)', positiveInt)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: ServeOptions) => {
      setExit(await runServe(opts, io));
    });
}
