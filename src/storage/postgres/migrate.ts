// Brings a PostgreSQL schema to the version this code knows, under an advisory lock so that two
// processes opening the same database at once do not both migrate: each pending migration in its
// own transaction, recorded in schema_migrations. A schema written by a newer Parallax, or one
// holding another program's tables, is refused with a clear E_STORE instead of being changed.
// Then, outside the versioned migrations because it depends on what the server permits: the
// unaccent extension and the accent-stripping copies of the text search configurations.
import type { PoolClient } from 'pg';
import { ParallaxError } from '../../errors.js';
import { APPLICATION_ID, type Migration } from '../sql/migrations.js';
import { HEADLINE_PREFIX } from './search.js';

export type MigrationResult = { from: number; to: number; applied: number[] };

/** What opening found about full-text search on this server. */
export type SearchSetup = {
  /** Stemming configurations the server has (among the ones the driver maps languages to). */
  configs: Set<string>;
  /** Whether the accent-stripping headline configurations exist (unaccent was available). */
  unaccent: boolean;
};

/** Advisory lock held while migrating: (APPLICATION_ID, MIGRATION_LOCK), one per database. */
const MIGRATION_LOCK = 0;

/** The schema's recorded version (0 when none) and whether it holds tables that are not ours. */
async function inspect(client: PoolClient, schema: string): Promise<{ version: number; foreign: boolean }> {
  const tables = await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1', [schema]);
  const names = new Set(tables.rows.map((r) => r.name));
  if (!names.has('schema_migrations')) return { version: 0, foreign: names.has('articles') || names.has('events') };
  const row = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return { version: row.rows[0]?.v ?? 0, foreign: false };
}

async function inTransaction(client: PoolClient, body: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await body();
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

/** unaccent (a trusted extension: a database owner may create it) and the headline configurations. */
async function setupSearch(client: PoolClient, wanted: readonly string[]): Promise<SearchSetup> {
  const present = await client.query<{ name: string }>("SELECT cfgname AS name FROM pg_ts_config WHERE cfgnamespace = 'pg_catalog'::regnamespace");
  const configs = new Set(present.rows.map((r) => r.name).filter((c) => wanted.includes(c)));
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  } catch {
    // Not installed or not permitted: search still folds accents (words are folded before they
    // are indexed); only snippets then mark just the words spelled as in the query.
  }
  const ext = await client.query<{ schema: string }>("SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'");
  const extSchema = ext.rows[0]?.schema;
  if (extSchema === undefined) return { configs, unaccent: false };
  const mine = await client.query<{ name: string }>('SELECT cfgname AS name FROM pg_ts_config WHERE cfgnamespace = current_schema()::regnamespace');
  const have = new Set(mine.rows.map((r) => r.name));
  const dictionary = `${client.escapeIdentifier(extSchema)}.unaccent`;
  for (const config of ['simple', ...configs]) {
    const name = `${HEADLINE_PREFIX}${config}`;
    if (have.has(name)) continue;
    const stem = config === 'simple' ? 'simple' : `${config}_stem`;
    await inTransaction(client, async () => {
      await client.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = pg_catalog.${config})`);
      await client.query(`ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH ${dictionary}, ${stem}`);
    });
  }
  return { configs, unaccent: true };
}

export async function migrate(
  client: PoolClient,
  migrations: readonly Migration[],
  options: { label: string; schema: string | undefined; now: () => Date; configs: readonly string[] },
): Promise<{ migration: MigrationResult; search: SearchSetup }> {
  const { label, now } = options;
  const latest = migrations.at(-1)?.version ?? 0;
  await client.query('SELECT pg_advisory_lock($1, $2)', [APPLICATION_ID, MIGRATION_LOCK]);
  try {
    if (options.schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(options.schema)}`);
    const current = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
    const schema = current.rows[0]?.schema ?? null;
    if (schema === null) throw new ParallaxError('E_STORE', `${label}: no schema to create the store in (the search_path names none that exists); create one or give ?schema=`, label);
    const { version: from, foreign } = await inspect(client, schema);
    if (foreign) throw new ParallaxError('E_STORE', `${label}: schema "${schema}" holds tables that Parallax did not create; give another database or ?schema=`, label);
    if (from > latest) {
      throw new ParallaxError('E_STORE', `${label}: the database schema is version ${String(from)}, newer than this Parallax knows (${String(latest)}); upgrade Parallax to open it`, label);
    }
    const applied: number[] = [];
    for (const m of migrations) {
      if (m.version <= from) continue;
      await inTransaction(client, async () => {
        await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, now().toISOString()]);
      });
      applied.push(m.version);
    }
    const search = await setupSearch(client, options.configs);
    return { migration: { from, to: Math.max(from, latest), applied }, search };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, $2)', [APPLICATION_ID, MIGRATION_LOCK]);
  }
}
