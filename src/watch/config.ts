// parallax.config.json: what `parallax watch` polls and how it fetches. Validated with ajv (JSON
// Schema 2020-12); every error names the file, the JSON path and what is expected.
//
//   {
//     "db": "parallax.db",                      store location (relative to the config file); default: none (the CLI's --db or its default)
//     "feeds": [{
//       "url": "https://example.org/rss",       http(s) URL of an RSS or Atom feed (required)
//       "intervalMinutes": 30,                  poll interval, ≥ 1 (default 30)
//       "outlet": "Example Times",              outlet name for its articles (default: the feed's title)
//       "fetchArticles": "auto",                fetch each item's page: "auto" when the item is only a summary
//                                               (under 600 characters), "always", or "never" (default "auto")
//       "language": "en"                        ISO 639-1 language declared for items without one
//     }],
//     "folders": [{ "path": "inbox", "intervalMinutes": 5 }],   folders scanned for new or changed files (default interval 5)
//     "fetch": {
//       "maxBytes": 5242880,                    largest response, also after decompression (default 5 MiB)
//       "timeoutMs": 20000,                     time limit per fetch, redirects included (default 20 s)
//       "maxRedirects": 5,                      redirects followed at most (default 5)
//       "allowPrivate": []                      hosts, IPs or CIDRs allowed although private/loopback/link-local (default none)
//     },
//     "userAgent": "parallax-watch/0.1 (…)"     User-Agent sent with every request
//   }
//
// At least one feed or folder is required. Feed URLs must be unique.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { ParallaxError } from '../errors.js';
import { createAddressPolicy } from './address.js';
import type { FetchPolicy } from './fetch.js';
import {
  DEFAULT_FEED_INTERVAL_MINUTES, DEFAULT_FOLDER_INTERVAL_MINUTES, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS, DEFAULT_USER_AGENT, MIN_INTERVAL_MINUTES,
} from './rules.js';

export const CONFIG_FILE_NAME = 'parallax.config.json';

export type FetchArticles = 'auto' | 'always' | 'never';

export type FeedConfig = {
  url: string;
  intervalMinutes: number;
  outlet?: string;
  fetchArticles: FetchArticles;
  language?: string;
};

export type FolderConfig = {
  /** Absolute (resolved against the config file's folder). */
  path: string;
  intervalMinutes: number;
};

export type WatchConfig = {
  /** The config file, as given. */
  file: string;
  /** Store location, resolved against the config file's folder; undefined when not set. */
  db?: string;
  feeds: FeedConfig[];
  folders: FolderConfig[];
  fetch: FetchPolicy;
};

const MAX_INTERVAL_MINUTES = 7 * 24 * 60;

const interval = (what: string, fallback: number) => ({
  type: 'number', minimum: MIN_INTERVAL_MINUTES, maximum: MAX_INTERVAL_MINUTES,
  description: `minutes between two polls of this ${what}, from ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES} (default ${fallback})`,
});

export const WATCH_CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  description: 'a parallax watch configuration object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'a schema URL (ignored)' },
    db: { type: 'string', minLength: 1, description: 'the store location: an SQLite file path (relative to this file) or ":memory:"' },
    feeds: {
      type: 'array',
      description: 'a list of feeds to poll',
      items: {
        type: 'object',
        description: 'a feed: { "url": "https://…" } with optional intervalMinutes, outlet, fetchArticles, language',
        additionalProperties: false,
        required: ['url'],
        properties: {
          url: { type: 'string', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+', description: 'the feed\'s http:// or https:// URL' },
          intervalMinutes: interval('feed', DEFAULT_FEED_INTERVAL_MINUTES),
          outlet: { type: 'string', minLength: 1, description: 'the outlet name given to the feed\'s articles' },
          fetchArticles: { enum: ['auto', 'always', 'never'], description: 'whether to fetch each item\'s article page: "auto" (only for summaries), "always" or "never"' },
          language: { type: 'string', pattern: '^[a-z]{2}$', description: 'a two-letter ISO 639-1 language code such as "en"' },
        },
      },
    },
    folders: {
      type: 'array',
      description: 'a list of folders to scan for new or changed files',
      items: {
        type: 'object',
        description: 'a folder: { "path": "…" } with optional intervalMinutes',
        additionalProperties: false,
        required: ['path'],
        properties: {
          path: { type: 'string', minLength: 1, description: 'the folder\'s path (relative to this file)' },
          intervalMinutes: interval('folder', DEFAULT_FOLDER_INTERVAL_MINUTES),
        },
      },
    },
    fetch: {
      type: 'object',
      description: 'fetch limits: { maxBytes, timeoutMs, maxRedirects, allowPrivate }',
      additionalProperties: false,
      properties: {
        maxBytes: { type: 'integer', minimum: 1024, maximum: 1024 * 1024 * 1024, description: `the largest response in bytes, from 1024 to 1 GiB (default ${DEFAULT_MAX_BYTES})` },
        timeoutMs: { type: 'integer', minimum: 100, maximum: 600_000, description: `the time limit per fetch in milliseconds, from 100 to 600000 (default ${DEFAULT_TIMEOUT_MS})` },
        maxRedirects: { type: 'integer', minimum: 0, maximum: 20, description: `the number of redirects followed at most, from 0 to 20 (default ${DEFAULT_MAX_REDIRECTS})` },
        allowPrivate: {
          type: 'array',
          items: { type: 'string', minLength: 1, description: 'a host name, an IP address or a CIDR range such as "10.0.0.0/8"' },
          description: 'a list of hosts, IP addresses or CIDR ranges allowed although private, loopback or link-local',
        },
      },
    },
    userAgent: { type: 'string', minLength: 1, maxLength: 200, description: 'the User-Agent header sent with every request' },
  },
} as const;

type RawConfig = {
  db?: string;
  feeds?: { url: string; intervalMinutes?: number; outlet?: string; fetchArticles?: FetchArticles; language?: string }[];
  folders?: { path: string; intervalMinutes?: number }[];
  fetch?: { maxBytes?: number; timeoutMs?: number; maxRedirects?: number; allowPrivate?: string[] };
  userAgent?: string;
};

const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
const validate = ajv.compile<RawConfig>(WATCH_CONFIG_SCHEMA);

/** `/feeds/0/url` → `$.feeds[0].url`. */
function jsonPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((path, p) => (/^\d+$/.test(p) ? `${path}[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${path}.${p}` : `${path}[${JSON.stringify(p)}]`), '$');
}

function describe(schema: unknown): string | undefined {
  return typeof schema === 'object' && schema !== null && 'description' in schema && typeof schema.description === 'string' ? schema.description : undefined;
}

function shown(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One readable line per ajv error: where, what is wrong, what is expected. */
function explain(e: ErrorObject): string {
  const path = jsonPath(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const name = String(params['missingProperty']);
      const properties = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      return `${path}: "${name}" is missing; expected ${describe(properties?.[name]) ?? 'a value'}`;
    }
    case 'additionalProperties': {
      const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      return `${path}: unknown setting "${String(params['additionalProperty'])}"; expected only ${known.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    }
    case 'enum':
      return `${path}: ${shown(e.data)} is not allowed; expected one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${path}: got ${shown(e.data)}; expected ${describe(e.parentSchema) ?? e.message ?? 'a valid value'}`;
  }
}

function configError(file: string, problems: string[]): ParallaxError {
  const list = problems.map((p) => `\n  - ${p}`).join('');
  return new ParallaxError('E_CONFIG', `${file}: the watch configuration is invalid:${list}`, file);
}

/** Validates the text of a config file named `file`; paths in it are resolved against its folder. */
export function parseWatchConfig(text: string, file: string): WatchConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ParallaxError('E_CONFIG', `${file}: not valid JSON (${(e as Error).message}); fix the syntax`, file, { cause: e });
  }
  if (!validate(data)) {
    throw configError(file, (validate.errors ?? []).map(explain));
  }
  const raw = data;
  const problems: string[] = [];
  const feeds = raw.feeds ?? [];
  const folders = raw.folders ?? [];
  if (feeds.length === 0 && folders.length === 0) problems.push('$: nothing to watch; expected at least one entry in "feeds" or "folders"');
  const seen = new Map<string, number>();
  feeds.forEach((f, i) => {
    let href: string;
    try {
      href = new URL(f.url).href;
    } catch {
      problems.push(`${jsonPath(`/feeds/${i}/url`)}: "${f.url}" is not a valid URL; expected the feed's http:// or https:// URL`);
      return;
    }
    const first = seen.get(href);
    if (first !== undefined) problems.push(`${jsonPath(`/feeds/${i}/url`)}: the same feed as feeds[${first}]; expected each feed once`);
    else seen.set(href, i);
  });
  const allowPrivate = raw.fetch?.allowPrivate ?? [];
  try {
    createAddressPolicy(allowPrivate, '$.fetch.allowPrivate');
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }
  if (problems.length > 0) throw configError(file, problems);

  const base = dirname(resolve(file));
  const config: WatchConfig = {
    file,
    feeds: feeds.map((f) => {
      const feed: FeedConfig = { url: new URL(f.url).href, intervalMinutes: f.intervalMinutes ?? DEFAULT_FEED_INTERVAL_MINUTES, fetchArticles: f.fetchArticles ?? 'auto' };
      if (f.outlet !== undefined) feed.outlet = f.outlet;
      if (f.language !== undefined) feed.language = f.language;
      return feed;
    }),
    folders: folders.map((f) => ({ path: resolve(base, f.path), intervalMinutes: f.intervalMinutes ?? DEFAULT_FOLDER_INTERVAL_MINUTES })),
    fetch: {
      maxBytes: raw.fetch?.maxBytes ?? DEFAULT_MAX_BYTES,
      timeoutMs: raw.fetch?.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRedirects: raw.fetch?.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      allowPrivate,
      userAgent: raw.userAgent ?? DEFAULT_USER_AGENT,
    },
  };
  if (raw.db !== undefined) config.db = raw.db === ':memory:' ? raw.db : resolve(base, raw.db);
  return config;
}

/** Reads and validates a config file. Throws E_CONFIG naming the file. */
export function loadWatchConfig(file: string): WatchConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    const hint = code === 'ENOENT' ? `no such file; create ${CONFIG_FILE_NAME} with { "feeds": [{ "url": "https://…" }] } or give --config` : `cannot be read (${(e as Error).message})`;
    throw new ParallaxError('E_CONFIG', `${file}: ${hint}`, file, { cause: e });
  }
  return parseWatchConfig(text, file);
}
