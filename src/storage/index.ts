// Opens a Store from a location string, as given on the command line or in configuration:
//   ':memory:' or 'memory:'         the in-memory driver (nothing kept after close)
//   'postgres://…', 'postgresql://…' PostgreSQL (?schema=, ?search=words|stems: postgres/index.ts)
//   anything else                    a SQLite database file (created, and migrated, on open)
import { ParallaxError } from '../errors.js';
import { createMemoryStore } from './memory/index.js';
import { createPostgresStore } from './postgres/index.js';
import { createSqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

export type OpenStoreOptions = {
  /** Clock for stored timestamps (corrections, migrations); tests inject a fixed one. */
  now?: () => Date;
};

const MEMORY = new Set([':memory:', 'memory:']);
const POSTGRES = /^postgres(?:ql)?:\/\//iu;

/** The driver a location names, without opening anything. */
export function storeKind(location: string): 'memory' | 'sqlite' | 'postgres' {
  if (MEMORY.has(location)) return 'memory';
  if (POSTGRES.test(location)) return 'postgres';
  return 'sqlite';
}

export function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const driverOptions = options.now === undefined ? {} : { now: options.now };
  try {
    if (location.trim() === '') throw new ParallaxError('E_CONFIG', 'the store location is empty; give a file path (e.g. ./parallax.db), ":memory:" or a postgres:// URL', location);
    switch (storeKind(location)) {
      case 'memory':
        return Promise.resolve(createMemoryStore(driverOptions));
      case 'postgres':
        return createPostgresStore(location, driverOptions);
      case 'sqlite':
        return Promise.resolve(createSqliteStore(location, driverOptions));
    }
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

export { createMemoryStore } from './memory/index.js';
export { createPostgresStore } from './postgres/index.js';
export { createSqliteStore } from './sqlite/index.js';
export type * from './store.js';
