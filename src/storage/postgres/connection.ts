// Reading a postgres:// URL: the driver's own parameters (?schema=, ?search=) are taken out before
// the rest goes to `pg`, and every message names the URL without its password.
import { ParallaxError } from '../../errors.js';
import type { SearchMode } from './search.js';

export type ParsedUrl = {
  /** What `pg` connects with (the driver's parameters removed). */
  connectionString: string;
  /** The URL for messages: no password. */
  label: string;
  schema?: string;
  search?: SearchMode;
};

/** Schema names the driver accepts (unquoted SQL identifiers, so they need no escaping in search_path). */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;
const MODES: readonly SearchMode[] = ['words', 'stems'];

/** The URL without a password (in the user part or as a parameter). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '';
    if (u.searchParams.has('password')) u.searchParams.set('password', '…');
    return u.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/u, '//…@');
  }
}

export function checkSchema(schema: string, label: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new ParallaxError('E_CONFIG', `${label}: schema must be a lower-case SQL name (letters, digits, _), got "${schema}"`, label);
  return schema;
}

export function parseUrl(url: string): ParsedUrl {
  const label = redactUrl(url);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ParallaxError('E_CONFIG', `${label}: not a valid PostgreSQL URL; write postgres://user:password@host:5432/database`, label);
  }
  const parsed: ParsedUrl = { connectionString: url, label };
  const schema = u.searchParams.get('schema');
  const search = u.searchParams.get('search');
  if (schema !== null) parsed.schema = checkSchema(schema, label);
  if (search !== null) {
    if (!MODES.includes(search as SearchMode)) throw new ParallaxError('E_CONFIG', `${label}: search must be one of ${MODES.join(', ')}, got "${search}"`, label);
    parsed.search = search as SearchMode;
  }
  if (schema !== null || search !== null) {
    u.searchParams.delete('schema');
    u.searchParams.delete('search');
    parsed.connectionString = u.toString();
  }
  return parsed;
}

/** A driver error's message, including Node's AggregateError (several addresses refused) whose own message is empty. */
export function describe(e: unknown): string {
  if (e instanceof AggregateError && e.message === '') return e.errors.map((x) => describe(x)).join('; ');
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return e.message !== '' ? e.message : typeof code === 'string' ? code : e.name;
  }
  return String(e);
}
