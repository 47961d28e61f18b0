// Brings a SQLite database to the schema this code knows: each pending migration in its own
// transaction, recorded in schema_migrations. A database written by a newer Parallax, or one that
// is not a Parallax database, is refused with a clear E_STORE instead of being changed.
import type Database from 'better-sqlite3';
import { ParallaxError } from '../../errors.js';
import { APPLICATION_ID, type Migration } from '../sql/migrations.js';

export type MigrationResult = { from: number; to: number; applied: number[] };

/** The schema version recorded in the database (0 when none). */
export function schemaVersion(db: Database.Database): number {
  const table = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (table === undefined || table.n === 0) return 0;
  return db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get()?.v ?? 0;
}

export function migrate(db: Database.Database, migrations: readonly Migration[], file: string, now: () => Date): MigrationResult {
  const latest = migrations.at(-1)?.version ?? 0;
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()?.n ?? 0;
  const from = schemaVersion(db);
  if ((appId !== 0 && appId !== APPLICATION_ID) || (appId === 0 && tables > 0 && from === 0)) {
    throw new ParallaxError('E_STORE', `${file}: this SQLite database was not written by Parallax; give a new file or one Parallax created`, file);
  }
  if (from > latest) {
    throw new ParallaxError('E_STORE', `${file}: the database schema is version ${from}, newer than this Parallax knows (${latest}); upgrade Parallax to open it`, file);
  }
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now().toISOString());
      db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
    applied.push(m.version);
  }
  return { from, to: Math.max(from, latest), applied };
}
