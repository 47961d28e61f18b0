// The SQLite driver against the Store contract (each test on a new file in a temporary folder),
// then what only SQLite has: migrations, refusing foreign or newer databases, the FTS index in step.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isParallaxError } from '../../src/errors.js';
import { asStoryId } from '../../src/model/ids.js';
import { openStore } from '../../src/storage/index.js';
import { SQLITE_MIGRATIONS } from '../../src/storage/sql/migrations.js';
import { createSqliteStore } from '../../src/storage/sqlite/index.js';
import type { EventQuery } from '../../src/storage/store.js';
import { NOW, corpusReport, stored } from './fixture.js';
import { storeContract } from './store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
after(() => { rmSync(dir, { recursive: true, force: true }); });
let files = 0;
const newFile = (): string => join(dir, `store-${++files}.db`);
const clock = (): Date => new Date(NOW);

storeContract({
  driver: 'sqlite',
  open: (now) => {
    const file = newFile();
    return Promise.resolve({ store: createSqliteStore(file, { now }), reopen: () => Promise.resolve(createSqliteStore(file, { now })) });
  },
});

const latest = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;

test('sqlite: migrations are applied once, on the first open, and recorded', async () => {
  const file = newFile();
  const first = createSqliteStore(file, { now: clock });
  assert.deepEqual(first.migration, { from: 0, to: latest, applied: SQLITE_MIGRATIONS.map((m) => m.version) });
  await first.close();
  const second = createSqliteStore(file, { now: () => new Date('2030-01-01T00:00:00Z') });
  assert.deepEqual(second.migration, { from: latest, to: latest, applied: [] });
  await second.close();
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version').all();
    assert.deepEqual(rows, SQLITE_MIGRATIONS.map((m) => ({ version: m.version, applied_at: NOW.toISOString() })));
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  } finally {
    db.close();
  }
});

test('sqlite: migration versions increase strictly', () => {
  SQLITE_MIGRATIONS.forEach((m, i) => { assert.equal(m.version, i + 1, m.name); });
});

test('sqlite: a database from a newer Parallax is refused, unchanged', () => {
  const file = newFile();
  const db = new Database(file);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(latest + 1, 'from the future', NOW.toISOString());
  db.close();
  assert.throws(() => createSqliteStore(file), (e: unknown) => isParallaxError(e) && e.code === 'E_STORE' && e.message.includes(`version ${latest + 1}, newer`) && e.input === file);
  const check = new Database(file, { readonly: true });
  assert.equal(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'articles'").pluck().get(), 0);
  check.close();
});

test('sqlite: another program\'s database or a file that is not SQLite is refused with E_STORE', () => {
  const other = newFile();
  const db = new Database(other);
  db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
  db.close();
  assert.throws(() => createSqliteStore(other), (e: unknown) => isParallaxError(e) && e.code === 'E_STORE' && /not written by Parallax/.test(e.message));
  const text = join(dir, 'notes.db');
  writeFileSync(text, 'these are my notes, not a database\n'.repeat(200));
  assert.throws(() => createSqliteStore(text), (e: unknown) => isParallaxError(e) && e.code === 'E_STORE' && e.input === text);
  assert.throws(() => createSqliteStore(join(dir, 'no-such-folder', 'x.db')), (e: unknown) => isParallaxError(e) && e.code === 'E_STORE' && /folder/.test(e.message));
});

test('sqlite: the full-text index stays in step through replacements and deletes', async () => {
  const report = await corpusReport();
  const file = newFile();
  const store = createSqliteStore(file);
  const articles = report.articles.slice(0, 6);
  await store.apply({ putArticles: articles.map((a) => stored(a)) });
  await store.apply({ putArticles: articles.slice(0, 3).map((a) => stored({ ...a, title: `${a.title ?? ''} revised` })) });
  await store.apply({ deleteArticles: articles.slice(3).map((a) => a.id) });
  assert.equal((await store.searchArticles({ text: 'revised' })).total, 3);
  await store.close();
  const db = new Database(file);
  try {
    db.exec("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)");
    assert.deepEqual(db.pragma('foreign_key_check'), []);
  } finally {
    db.close();
  }
});

test('openStore: memory, SQLite file, PostgreSQL (unreachable: E_STORE without the password), empty refused', async () => {
  const memory = await openStore(':memory:');
  assert.equal(memory.driver, 'memory');
  await memory.close();
  assert.equal((await openStore('memory:')).driver, 'memory');
  const file = await openStore(newFile());
  assert.equal(file.driver, 'sqlite');
  await file.close();
  await assert.rejects(openStore('postgres://user:secret@127.0.0.1:1/parallax'), (e: unknown) =>
    isParallaxError(e) && e.code === 'E_STORE' && /127\.0\.0\.1:1\/parallax/.test(e.message) && !e.message.includes('secret'));
  await assert.rejects(openStore(''), (e: unknown) => isParallaxError(e) && e.code === 'E_CONFIG');
});

test('sqlite: listEvents gives the same pages whether it collects matches, walks the sort index or chooses by cost', async () => {
  const report = await corpusReport();
  const collect = createSqliteStore(newFile(), { listPlan: 'collect' });
  const walk = createSqliteStore(newFile(), { listPlan: 'walk' });
  const auto = createSqliteStore(newFile());
  try {
    for (const s of [collect, walk, auto]) await s.apply({ putArticles: report.articles.map((a) => stored(a)), putEvents: report.events, putStories: report.stories });
    const entity = report.events[0]?.entities[0]?.name ?? '';
    const days = report.events.flatMap((e) => (e.date === undefined ? [] : [e.date.slice(0, 10)])).sort();
    const queries: EventQuery[] = [
      { language: 'de' },
      { language: 'en', outlet: report.articles[0]?.outlet ?? '' },
      { entity },
      { entity, language: 'fr' },
      { from: days[2] ?? '', language: 'es' },
      { from: days[1] ?? '', to: days.at(-2) ?? '' },
      { to: days[4] ?? '', entity },
      { storyId: report.events[0]?.storyId ?? asStoryId('') , language: 'en' },
    ];
    let walked = 0;
    for (const q of queries) {
      for (const sort of ['recency', 'size'] as const) {
        for (const [limit, offset] of [[50, 0], [2, 0], [2, 2], [3, 1]] as const) {
          const a = await collect.listEvents({ ...q, sort, limit, offset });
          assert.deepEqual(await walk.listEvents({ ...q, sort, limit, offset }), a, JSON.stringify({ ...q, sort, limit, offset }));
          assert.deepEqual(await auto.listEvents({ ...q, sort, limit, offset }), a);
          if (a.items.length > 0) walked++;
        }
      }
    }
    assert.ok(walked > 20, 'most queries find events');
  } finally {
    for (const s of [collect, walk, auto]) await s.close();
  }
});
