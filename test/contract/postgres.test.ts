// The PostgreSQL driver against the Store contract, then what only PostgreSQL has: migrations
// under an advisory lock, refusing newer or foreign schemas, connection errors without the
// password, language-aware stemming. Runs against the server named by PARALLAX_TEST_PG (default
// postgres://postgres@127.0.0.1:5432/postgres, trust auth): a fresh database per run
// (parallax_test_<random>), dropped afterwards, each store in its own schema. Skips, saying why,
// when no server answers.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isParallaxError } from '../../src/errors.js';
import type { Article } from '../../src/model/article.js';
import { asArticleId } from '../../src/model/ids.js';
import { openStore } from '../../src/storage/index.js';
import { redactUrl } from '../../src/storage/postgres/connection.js';
import { createPostgresStore, type PostgresStoreOptions } from '../../src/storage/postgres/index.js';
import { POSTGRES_MIGRATIONS } from '../../src/storage/postgres/migrations.js';
import { SQLITE_MIGRATIONS } from '../../src/storage/sql/migrations.js';
import { NOW, STORED_AT, asJson, corpusReport, stored } from './fixture.js';
import { storeContract } from './store.contract.js';

const ADMIN_URL = process.env['PARALLAX_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const clock = (): Date => new Date(NOW);

/** Creates this run's database; the reason it cannot, when the server is not there. */
async function createDatabase(): Promise<{ url: string; name: string } | { skip: string }> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (e) {
    return { skip: `PostgreSQL not reachable at ${redactUrl(ADMIN_URL)} (${e instanceof Error && e.message !== '' ? e.message : String((e as { code?: string }).code ?? e)}); set PARALLAX_TEST_PG to run the PostgreSQL contract` };
  }
  try {
    const name = `parallax_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return { url: url.toString(), name };
  } finally {
    await admin.end();
  }
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

const database = await createDatabase();

if ('skip' in database) {
  test('postgres: Store contract', (t) => { t.skip(database.skip); });
} else {
  const { url, name } = database;
  after(() => dropDatabase(name));
  let schemas = 0;
  const newSchema = (): string => `s${String(++schemas)}`;
  const open = (schema: string, options: PostgresStoreOptions = {}): ReturnType<typeof createPostgresStore> => createPostgresStore(url, { schema, now: clock, ...options });
  /** A direct connection to the test database, for looking at what the driver wrote. */
  const inspect = async <T>(body: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await body(c);
    } finally {
      await c.end();
    }
  };

  storeContract({
    driver: 'postgres',
    open: async (now) => {
      const schema = newSchema();
      return { store: await createPostgresStore(url, { schema, now }), reopen: () => createPostgresStore(url, { schema, now }) };
    },
  });

  const latest = POSTGRES_MIGRATIONS.at(-1)?.version ?? 0;

  test('postgres: the migrations have the versions and names of the SQLite ones', () => {
    assert.deepEqual(POSTGRES_MIGRATIONS.map((m) => [m.version, m.name]), SQLITE_MIGRATIONS.map((m) => [m.version, m.name]));
  });

  test('postgres: migrations are applied once, on the first open, and recorded; opening at once does not race', async () => {
    const schema = newSchema();
    const stores = await Promise.all([0, 1, 2, 3].map(() => open(schema)));
    const applied = stores.map((s) => s.migration.applied);
    assert.equal(applied.filter((a) => a.length > 0).length, 1, 'one of them migrated');
    assert.deepEqual(applied.find((a) => a.length > 0), POSTGRES_MIGRATIONS.map((m) => m.version));
    for (const s of stores) assert.equal(s.migration.to, latest);
    await Promise.all(stores.map((s) => s.close()));
    const again = await open(schema, { now: () => new Date('2030-01-01T00:00:00Z') });
    assert.deepEqual(again.migration, { from: latest, to: latest, applied: [] });
    await again.close();
    const rows = await inspect(async (c) => (await c.query<{ version: number; applied_at: string }>(`SELECT version, applied_at FROM ${schema}.schema_migrations ORDER BY version`)).rows);
    assert.deepEqual(rows, POSTGRES_MIGRATIONS.map((m) => ({ version: m.version, applied_at: NOW.toISOString() })));
  });

  test('postgres: a schema from a newer Parallax is refused, unchanged; another program\'s tables are refused', async () => {
    const schema = newSchema();
    await inspect(async (c) => {
      await c.query(`CREATE SCHEMA ${schema}`);
      await c.query(`CREATE TABLE ${schema}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
      await c.query(`INSERT INTO ${schema}.schema_migrations VALUES ($1, 'from the future', $2)`, [latest + 1, NOW.toISOString()]);
    });
    await assert.rejects(open(schema), (e: unknown) => isParallaxError(e) && e.code === 'E_STORE' && e.message.includes(`version ${String(latest + 1)}, newer`));
    assert.equal(await inspect(async (c) => (await c.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`${schema}.articles`])).rows[0]?.t), null, 'nothing was created');

    const other = newSchema();
    await inspect(async (c) => {
      await c.query(`CREATE SCHEMA ${other}`);
      await c.query(`CREATE TABLE ${other}.articles (invoice integer)`);
    });
    await assert.rejects(open(other), (e: unknown) => isParallaxError(e) && e.code === 'E_STORE' && /did not create/.test(e.message));
  });

  test('postgres: connection failures are E_STORE naming the URL without its password; bad parameters are E_CONFIG', async () => {
    const unreachable = 'postgres://parallax:hunter2secret@127.0.0.1:1/parallax';
    await assert.rejects(createPostgresStore(unreachable, { connectTimeoutMs: 2000 }), (e: unknown) =>
      isParallaxError(e) && e.code === 'E_STORE' && e.message.includes('127.0.0.1:1/parallax') && /cannot connect/.test(e.message) && !e.message.includes('hunter2') && e.input?.includes('hunter2') === false);
    const missing = new URL(url);
    missing.pathname = '/parallax_no_such_database';
    missing.password = 'hunter2secret';
    await assert.rejects(createPostgresStore(missing.toString()), (e: unknown) =>
      isParallaxError(e) && e.code === 'E_STORE' && /parallax_no_such_database/.test(e.message) && !e.message.includes('hunter2'));
    await assert.rejects(createPostgresStore(`${url}?schema=Robert'); DROP TABLE x;--`), (e: unknown) => isParallaxError(e) && e.code === 'E_CONFIG' && /schema/.test(e.message));
    await assert.rejects(createPostgresStore(`${url}?search=fuzzy`), (e: unknown) => isParallaxError(e) && e.code === 'E_CONFIG' && /search/.test(e.message));
  });

  test('postgres: openStore opens a postgres:// URL (with ?schema=)', async () => {
    const schema = newSchema();
    const store = await openStore(`${url}?schema=${schema}`, { now: clock });
    try {
      assert.equal(store.driver, 'postgres');
      await store.putSetting('theme', 'dark');
    } finally {
      await store.close();
    }
    assert.equal(await inspect(async (c) => (await c.query<{ value: string }>(`SELECT value FROM ${schema}.settings`)).rows[0]?.value), 'dark');
  });

  test('postgres: search with ?search=stems finds other forms of a word in the article\'s language; words finds only the word', async () => {
    const report = await corpusReport();
    const en = report.articles.find((a) => a.language === 'en') as Article;
    const fr = report.articles.find((a) => a.language === 'fr') as Article;
    const articles: Article[] = [
      { ...asJson(en), id: asArticleId('a-en-strikes'), text: 'Dockworkers were striking again. Three strikes this year.' },
      { ...asJson(en), id: asArticleId('a-en-strike'), text: 'One strike in the port of Velikov.' },
      { ...asJson(fr), id: asArticleId('a-fr-negociation'), text: 'La négociation a repris mardi à Velikov.' },
      { ...asJson(fr), id: asArticleId('a-fr-negociations'), text: 'Les négociations continuent.' },
    ];
    const schema = newSchema();
    const words = await open(schema);
    await words.apply({ putArticles: articles.map((a, i) => ({ article: a, key: `k${String(i)}`, storedAt: STORED_AT })) });
    await words.close();
    const stems = await open(schema, { search: 'stems' });
    const byUrl = await createPostgresStore(`${url}?schema=${schema}&search=stems`);
    try {
      assert.ok(stems.searchSetup.configs.has('english') && stems.searchSetup.configs.has('french'));
      const found = async (store: typeof stems, text: string): Promise<string[]> => (await store.searchArticles({ text })).items.map((h) => h.articleId).sort();
      assert.deepEqual(await found(stems, 'strike'), ['a-en-strike', 'a-en-strikes']);
      assert.deepEqual(await found(byUrl, 'strike'), ['a-en-strike', 'a-en-strikes']);
      assert.deepEqual(await found(stems, 'negociation'), ['a-fr-negociation', 'a-fr-negociations']);
      const reopenedWords = await open(schema);
      assert.deepEqual(await found(reopenedWords, 'strike'), ['a-en-strike']);
      assert.deepEqual(await found(reopenedWords, 'négociation'), ['a-fr-negociation']);
      await reopenedWords.close();
      const hit = (await stems.searchArticles({ text: 'Négociations' })).items.find((h) => h.articleId === 'a-fr-negociations');
      assert.match(hit?.snippet ?? '', /«négociations»/u, 'the snippet marks the word as written, accents kept');
    } finally {
      await stems.close();
      await byUrl.close();
    }
  });

  test('postgres: concurrent updates from two stores on one schema both land (writes are serialized)', async () => {
    const report = await corpusReport();
    const schema = newSchema();
    const [a, b] = await Promise.all([open(schema), open(schema)]);
    try {
      const half = Math.floor(report.articles.length / 2);
      await Promise.all([
        a.apply({ putArticles: report.articles.slice(0, half).map((x) => stored(x)) }),
        b.apply({ putArticles: report.articles.slice(half).map((x) => stored(x)) }),
      ]);
      await b.apply({ putEvents: report.events, putStories: report.stories });
      assert.equal(await a.countArticles(), report.articles.length);
      assert.equal((await a.listEvents({ limit: 500 })).total, report.events.length);
    } finally {
      await a.close();
      await b.close();
    }
  });
}
