// The PostgreSQL Store driver (`pg`): a connection pool, versioned migrations on open (under an
// advisory lock), JSONB for whole objects, GIN indexes for the event filters and full-text search
// with tsvector (postgres/search.ts). `apply` is one transaction, and writers take a
// transaction-scoped advisory lock so that several processes writing one store apply their
// updates one after the other (an update re-derives the events of the articles it touches).
import pg from 'pg';
import { ParallaxError } from '../../errors.js';
import type { Article } from '../../model/article.js';
import type { NewsEvent, Story } from '../../model/event.js';
import type { ArticleId, EventId, StoryId } from '../../model/ids.js';
import type { Correction } from '../../stages/06-cluster/corrections.js';
import {
  ELLIPSIS,
  MARK_CLOSE,
  MARK_OPEN,
  danglingArticle,
  dayRange,
  displayTitle,
  entityKeys,
  listItem,
  normalizeEventQuery,
  pageOf,
  updateFailed,
  type MemberFacts,
  type NormalizedEventQuery,
} from '../derive.js';
import { APPLICATION_ID } from '../sql/migrations.js';
import type { EventListItem, FeedState, Page, SearchHit, Store, StoreUpdate, StoredArticle, StoredCorrection } from '../store.js';
import { checkSchema, describe, parseUrl } from './connection.js';
import { migrate, type MigrationResult, type SearchSetup } from './migrate.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { FALLBACK_CONFIG, HEADLINE_OPTIONS, HEADLINE_PREFIX, LANGUAGE_CONFIGS, RANK_WEIGHTS, configFor, foldedWords, matchQuery, queryWords, type SearchMode } from './search.js';

export type PostgresStoreOptions = {
  /** Clock for correction and migration timestamps (tests inject a fixed one). */
  now?: () => Date;
  /** Schema holding the store's tables (created if missing); default: the connection's current schema. Also ?schema= in the URL. */
  schema?: string;
  /** 'words' (default): exact folded words, as every driver. 'stems': words of the article's language stemmed. Also ?search= in the URL. */
  search?: SearchMode;
  /** Most connections the pool opens (default 10). */
  poolSize?: number;
  /** Milliseconds to wait for a connection (default 10,000). */
  connectTimeoutMs?: number;
};

export type PostgresStore = Store & {
  /** What opening did to the schema (versions applied now; empty when it was up to date). */
  readonly migration: MigrationResult;
  /** What full-text search found on this server (stemming configurations, unaccent). */
  readonly searchSetup: SearchSetup;
  /** The URL without its password. */
  readonly url: string;
};

const DEFAULT_POOL_SIZE = 10;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** Advisory lock (APPLICATION_ID, WRITE_LOCK) taken by every `apply` for its transaction. */
const WRITE_LOCK = 1;
/** Rows per INSERT statement when an update writes many articles or events. */
const WRITE_CHUNK = 500;
/** Characters of an untitled article's text read to make its search-hit title. */
const HEAD_CHARS = 400;

type Queryable = Pick<pg.PoolClient, 'query'>;
type ArticleRow = { json: Article; key: string; stored_at: string };

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const readArticle = (row: ArticleRow | undefined): StoredArticle | undefined =>
  row === undefined ? undefined : { article: row.json, key: row.key, storedAt: row.stored_at };

/** The last put of each id wins, then the last put of each key (as applying them one by one would leave it). */
function latestPuts(puts: readonly StoredArticle[]): StoredArticle[] {
  const byId = new Map<ArticleId, StoredArticle>();
  for (const p of puts) {
    byId.delete(p.article.id);
    byId.set(p.article.id, p);
  }
  const byKey = new Map<string, StoredArticle>();
  for (const p of byId.values()) {
    byKey.delete(p.key);
    byKey.set(p.key, p);
  }
  return [...byKey.values()];
}

/** Opens (creating and migrating) a PostgreSQL store. Rejects with E_STORE naming the URL without its password. */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const parsed = parseUrl(url);
  const label = parsed.label;
  const now = options.now ?? (() => new Date());
  const schema = options.schema === undefined ? parsed.schema : checkSchema(options.schema, label);
  const mode: SearchMode = options.search ?? parsed.search ?? 'words';
  const config: pg.PoolConfig = {
    connectionString: parsed.connectionString,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    application_name: 'parallax',
  };
  if (schema !== undefined) config.options = `-c search_path=${schema}`;
  const pool = new pg.Pool(config);
  // An idle connection that breaks (server restart) is dropped by the pool; the next query reconnects.
  pool.on('error', () => undefined);

  let opened: { migration: MigrationResult; search: SearchSetup };
  try {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      throw new ParallaxError('E_STORE', `${label}: cannot connect to PostgreSQL (${describe(e)}); check that the server runs and the URL (host, port, user, database) is right`, label, { cause: e });
    }
    try {
      opened = await migrate(client, POSTGRES_MIGRATIONS, { label, schema, now, configs: [...new Set(Object.values(LANGUAGE_CONFIGS))] });
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    if (e instanceof ParallaxError) throw e;
    throw new ParallaxError('E_STORE', `${label}: cannot prepare the store schema (${describe(e)})`, label, { cause: e });
  }
  const { migration, search: searchSetup } = opened;
  const stemConfigs = [...searchSetup.configs].sort();
  const match = matchQuery(mode, stemConfigs);
  const vector = mode === 'words' ? 'a.words' : 'a.stems';
  const headlineConfig = (cfg: string): string => (searchSetup.unaccent ? `${HEADLINE_PREFIX}${cfg}` : cfg);

  let closed = false;
  const closedError = (): ParallaxError => new ParallaxError('E_STORE', `${label}: the store is closed`, label);

  async function guard<T>(what: string, f: () => Promise<T>): Promise<T> {
    if (closed) throw closedError();
    try {
      return await f();
    } catch (e) {
      if (e instanceof ParallaxError) throw e;
      throw new ParallaxError('E_STORE', `${label}: ${what} failed (${describe(e)})`, label, { cause: e });
    }
  }

  // ---- apply ---------------------------------------------------------------------------------

  async function putArticles(db: Queryable, puts: readonly StoredArticle[]): Promise<ArticleId[]> {
    const removed: ArticleId[] = [];
    for (const chunk of chunks(latestPuts(puts), WRITE_CHUNK)) {
      const rows = chunk.map(({ article, key, storedAt }) => ({
        id: article.id,
        key,
        outlet: article.outlet ?? null,
        language: article.language,
        published: article.published ?? null,
        stored_at: storedAt,
        ts_config: configFor(article.language, searchSetup.configs),
        title: foldedWords(article.title),
        body: foldedWords(article.text),
        json: article,
      }));
      const param = JSON.stringify(rows);
      // Another article under a key being put: replaced by the new version.
      const idOfKey = new Map(chunk.map((p) => [p.key, p.article.id]));
      const holders = await db.query<{ id: ArticleId; key: string }>('SELECT id, key FROM articles WHERE key = ANY($1::text[])', [[...idOfKey.keys()]]);
      const replaced = holders.rows.filter((r) => idOfKey.get(r.key) !== r.id).map((r) => r.id);
      if (replaced.length > 0) await db.query('DELETE FROM articles WHERE id = ANY($1::text[])', [replaced]);
      removed.push(...replaced);
      await db.query(
        `INSERT INTO articles (id, key, outlet, language, published, stored_at, ts_config, words, stems, json)
         SELECT r.id, r.key, r.outlet, r.language, r.published, r.stored_at, r.ts_config,
           setweight(to_tsvector('simple', r.title), 'A') || setweight(to_tsvector('simple', r.body), 'B'),
           setweight(to_tsvector(r.ts_config::regconfig, r.title), 'A') || setweight(to_tsvector(r.ts_config::regconfig, r.body), 'B'),
           r.json
         FROM jsonb_to_recordset($1::jsonb) AS r (id text, key text, outlet text, language text, published text, stored_at text, ts_config text, title text, body text, json jsonb)
         ON CONFLICT (id) DO UPDATE SET key = excluded.key, outlet = excluded.outlet, language = excluded.language, published = excluded.published,
           stored_at = excluded.stored_at, ts_config = excluded.ts_config, words = excluded.words, stems = excluded.stems, json = excluded.json`,
        [param],
      );
    }
    return removed;
  }

  /** Writes events whole, their derived columns computed from their stored members. Returns the stories they were in before. */
  async function writeEvents(db: Queryable, events: readonly NewsEvent[]): Promise<StoryId[]> {
    if (events.length === 0) return [];
    const ids = [...new Set(events.flatMap((e) => e.articleIds))];
    const facts = await db.query<{ id: ArticleId; outlet: string | null; language: string; published: string | null }>(
      'SELECT id, outlet, language, published FROM articles WHERE id = ANY($1::text[])',
      [ids],
    );
    const byId = new Map(
      facts.rows.map((r): [ArticleId, MemberFacts] => {
        const m: MemberFacts = { language: r.language };
        if (r.outlet !== null) m.outlet = r.outlet;
        if (r.published !== null) m.published = r.published;
        return [r.id, m];
      }),
    );
    const rows = events.map((event) => {
      const missing = event.articleIds.find((a) => !byId.has(a));
      if (missing !== undefined) throw danglingArticle(event.id, missing);
      const item = listItem(event, event.articleIds.map((a) => byId.get(a) as MemberFacts));
      return {
        id: event.id,
        story_id: event.storyId,
        date: item.date ?? null,
        article_count: item.articleCount,
        last_published: item.lastPublished ?? null,
        independent_sources: event.independentSources ?? null,
        article_ids: [...new Set(event.articleIds)],
        entities: entityKeys(event),
        outlets: item.outlets,
        languages: item.languages,
        item,
        json: event,
      };
    });
    const before = await db.query<{ story_id: StoryId }>('SELECT DISTINCT story_id FROM events WHERE id = ANY($1::text[])', [events.map((e) => e.id)]);
    for (const chunk of chunks(rows, WRITE_CHUNK)) {
      await db.query(
        `INSERT INTO events (id, story_id, date, article_count, last_published, independent_sources, article_ids, entities, outlets, languages, item, json)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r (id text, story_id text, date text, article_count integer, last_published text,
           independent_sources integer, article_ids text[], entities text[], outlets text[], languages text[], item jsonb, json jsonb)
         ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id, date = excluded.date, article_count = excluded.article_count,
           last_published = excluded.last_published, independent_sources = excluded.independent_sources, article_ids = excluded.article_ids,
           entities = excluded.entities, outlets = excluded.outlets, languages = excluded.languages, item = excluded.item, json = excluded.json`,
        [JSON.stringify(chunk)],
      );
    }
    return before.rows.map((r) => r.story_id);
  }

  async function applyUpdate(db: Queryable, update: StoreUpdate): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock($1, $2)', [APPLICATION_ID, WRITE_LOCK]);
    const removed = new Set<ArticleId>();
    if ((update.deleteArticles ?? []).length > 0) {
      const gone = await db.query<{ id: ArticleId }>('DELETE FROM articles WHERE id = ANY($1::text[]) RETURNING id', [update.deleteArticles]);
      for (const r of gone.rows) removed.add(r.id);
    }
    const puts = update.putArticles ?? [];
    for (const id of await putArticles(db, puts)) removed.add(id);
    const touched = new Set(puts.map((p) => p.article.id));
    for (const id of touched) removed.delete(id);

    const stories = new Set<StoryId>();
    if ((update.deleteEvents ?? []).length > 0) {
      const gone = await db.query<{ story_id: StoryId }>('DELETE FROM events WHERE id = ANY($1::text[]) RETURNING story_id', [update.deleteEvents]);
      for (const r of gone.rows) stories.add(r.story_id);
    }
    const events = new Map<EventId, NewsEvent>();
    for (const event of update.putEvents ?? []) events.set(event.id, event);
    if (touched.size > 0) {
      // Events holding an article stored again: their list views follow the new member facts.
      const held = await db.query<{ id: EventId; json: NewsEvent }>('SELECT id, json FROM events WHERE article_ids && $1::text[]', [[...touched]]);
      for (const r of held.rows) if (!events.has(r.id)) events.set(r.id, r.json);
    }
    for (const id of await writeEvents(db, [...events.values()])) stories.add(id);
    for (const event of events.values()) stories.add(event.storyId);

    if ((update.deleteStories ?? []).length > 0) await db.query('DELETE FROM stories WHERE id = ANY($1::text[])', [update.deleteStories]);
    const putStories = update.putStories ?? [];
    if (putStories.length > 0) {
      await db.query(
        `INSERT INTO stories (id, json) SELECT r.id, r.json FROM jsonb_to_recordset($1::jsonb) AS r (id text, json jsonb)
         ON CONFLICT (id) DO UPDATE SET json = excluded.json`,
        [JSON.stringify([...new Map(putStories.map((s) => [s.id, { id: s.id, json: s }])).values()])],
      );
      for (const s of putStories) stories.add(s.id);
    }
    if (stories.size > 0) {
      await db.query('UPDATE stories s SET last_published = (SELECT max(e.last_published) FROM events e WHERE e.story_id = s.id) WHERE s.id = ANY($1::text[])', [[...stories]]);
    }
    if (removed.size > 0) {
      const holder = await db.query<{ id: EventId; article_ids: ArticleId[] }>('SELECT id, article_ids FROM events WHERE article_ids && $1::text[] ORDER BY id LIMIT 1', [[...removed]]);
      const row = holder.rows[0];
      const article = row?.article_ids.find((a) => removed.has(a));
      if (row !== undefined && article !== undefined) throw danglingArticle(row.id, article);
    }
  }

  async function apply(update: StoreUpdate): Promise<void> {
    if (closed) throw closedError();
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      throw new ParallaxError('E_STORE', `${label}: store update failed, nothing was written: cannot connect (${describe(e)})`, label, { cause: e });
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      try {
        await applyUpdate(client, update);
        await client.query('COMMIT');
      } catch (e) {
        try {
          await client.query('ROLLBACK');
        } catch (r) {
          broken = r instanceof Error ? r : new Error(String(r));
        }
        throw e;
      }
    } catch (e) {
      throw updateFailed(e);
    } finally {
      // A connection whose ROLLBACK failed is not given back to the pool.
      client.release(broken);
    }
  }

  // ---- reads ---------------------------------------------------------------------------------

  async function listEvents(q: NormalizedEventQuery): Promise<Page<EventListItem>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const add = (sql: (n: string) => string, value: string): void => {
      params.push(value);
      where.push(sql(`$${String(params.length)}`));
    };
    if (q.from !== undefined) add((p) => `date >= ${p}`, q.from);
    if (q.to !== undefined) add((p) => `date <= ${p}`, q.to);
    if (q.storyId !== undefined) add((p) => `story_id = ${p}`, q.storyId);
    if (q.entity !== undefined) add((p) => `entities @> ARRAY[${p}::text]`, q.entity);
    if (q.language !== undefined) add((p) => `languages @> ARRAY[${p}::text]`, q.language);
    if (q.outlet !== undefined) add((p) => `outlets @> ARRAY[${p}::text]`, q.outlet);
    const filter = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
    const order = q.sort === 'size' ? 'article_count DESC, last_published DESC NULLS LAST, id' : 'last_published DESC NULLS LAST, id';
    const n = params.length;
    const [count, rows] = await Promise.all([
      pool.query<{ n: string }>(`SELECT count(*) AS n FROM events ${filter}`, params),
      pool.query<{ item: EventListItem }>(`SELECT item FROM events ${filter} ORDER BY ${order} LIMIT $${String(n + 1)} OFFSET $${String(n + 2)}`, [...params, q.limit, q.offset]),
    ]);
    return { items: rows.rows.map((r) => r.item), total: Number(count.rows[0]?.n ?? 0), limit: q.limit, offset: q.offset };
  }

  async function searchArticles(text: string, limit: number, offset: number): Promise<Page<SearchHit>> {
    const words = queryWords(text);
    if (words === '') return { items: [], total: 0, limit, offset };
    const [count, rows] = await Promise.all([
      pool.query<{ n: string }>(`SELECT count(*) AS n FROM articles a WHERE ${vector} @@ (${match})`, [words]),
      pool.query<{ id: ArticleId; title: string | null; head: string | null; outlet: string | null; published: string | null; event_id: EventId | null; snippet: string; whole_start: boolean; whole_end: boolean }>(
        `SELECT hit.id, hit.title, hit.head, hit.outlet, hit.published, hit.event_id, hit.snippet,
           starts_with(hit.doc, hit.plain) AS whole_start, right(hit.doc, length(hit.plain)) = hit.plain AS whole_end
         FROM (SELECT h.*, replace(replace(h.snippet, '${MARK_OPEN}', ''), '${MARK_CLOSE}', '') AS plain FROM (
           SELECT a.id, a.json->>'title' AS title,
             CASE WHEN a.json->>'title' IS NULL THEN left(a.json->>'text', ${String(HEAD_CHARS)}) END AS head,
             a.outlet, a.published,
             (SELECT min(e.id) FROM events e WHERE e.article_ids @> ARRAY[a.id::text]) AS event_id,
             coalesce(nullif(a.json->>'title', '') || E'\\n\\n', '') || (a.json->>'text') AS doc,
             ts_headline(${mode === 'words' ? `'${headlineConfig(FALLBACK_CONFIG)}'::regconfig` : `('${searchSetup.unaccent ? HEADLINE_PREFIX : ''}' || a.ts_config)::regconfig`},
               coalesce(nullif(a.json->>'title', '') || E'\\n\\n', '') || (a.json->>'text'),
               ${mode === 'words' ? `plainto_tsquery('${headlineConfig(FALLBACK_CONFIG)}', $1)` : `plainto_tsquery(('${searchSetup.unaccent ? HEADLINE_PREFIX : ''}' || a.ts_config)::regconfig, $1)`},
               $4) AS snippet,
             page.rank, a.rid
           FROM (
             SELECT a.rid, ts_rank('${RANK_WEIGHTS}', ${vector}, (${match})) AS rank
             FROM articles a WHERE ${vector} @@ (${match})
             ORDER BY rank DESC, a.rid LIMIT $2 OFFSET $3
           ) AS page JOIN articles a ON a.rid = page.rid
         ) AS h) AS hit
         ORDER BY hit.rank DESC, hit.rid`,
        [words, limit, offset, HEADLINE_OPTIONS],
      ),
    ]);
    const items = rows.rows.map((r): SearchHit => {
      const snippet = `${r.whole_start ? '' : ELLIPSIS}${r.snippet}${r.whole_end ? '' : ELLIPSIS}`;
      const hit: SearchHit = { articleId: r.id, title: displayTitle(r.title, r.head), snippet };
      if (r.event_id !== null) hit.eventId = r.event_id;
      if (r.outlet !== null) hit.outlet = r.outlet;
      if (r.published !== null) hit.published = r.published;
      return hit;
    });
    return { items, total: Number(count.rows[0]?.n ?? 0), limit, offset };
  }

  const one = async <R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R | undefined> => (await pool.query<R>(sql, params)).rows[0];

  return {
    driver: 'postgres',
    migration,
    searchSetup,
    url: label,

    apply,

    getArticle: (id) => guard('reading an article', async () => readArticle(await one<ArticleRow>('SELECT json, key, stored_at FROM articles WHERE id = $1', [id]))),
    getArticles: (ids) =>
      guard('reading articles', async () => {
        const rows = await pool.query<ArticleRow & { id: ArticleId }>('SELECT id, json, key, stored_at FROM articles WHERE id = ANY($1::text[])', [ids]);
        const byId = new Map(rows.rows.map((r) => [r.id, r]));
        return ids.flatMap((id) => {
          const a = readArticle(byId.get(id));
          return a === undefined ? [] : [a];
        });
      }),
    existingArticleIds: (ids) =>
      guard('reading article ids', async () => new Set((await pool.query<{ id: ArticleId }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids])).rows.map((r) => r.id))),
    articleByKey: (key) => guard('reading an article', async () => readArticle(await one<ArticleRow>('SELECT json, key, stored_at FROM articles WHERE key = $1', [key]))),
    countArticles: () => guard('counting articles', async () => Number((await one<{ n: string }>('SELECT count(*) AS n FROM articles', []))?.n ?? 0)),
    searchArticles: (query) =>
      guard('searching', () => {
        const { limit, offset } = pageOf(query);
        return searchArticles(query.text, limit, offset);
      }),

    getEvent: (id) => guard('reading an event', async () => (await one<{ json: NewsEvent }>('SELECT json FROM events WHERE id = $1', [id]))?.json),
    listEvents: (query) => guard('listing events', () => listEvents(normalizeEventQuery(query))),
    eventIdsOfArticles: (ids) =>
      guard('reading events of articles', async () => (await pool.query<{ id: EventId }>('SELECT id FROM events WHERE article_ids && $1::text[] ORDER BY id', [ids])).rows.map((r) => r.id)),
    eventsBetween: (from, to, options) =>
      guard('reading events by date', async () => {
        const range = dayRange(from, to);
        const rows = await pool.query<{ json: NewsEvent }>('SELECT json FROM events WHERE (date BETWEEN $1 AND $2) OR ($3 AND date IS NULL) ORDER BY date NULLS LAST, id', [
          range.from,
          range.to,
          options?.undated === true,
        ]);
        return rows.rows.map((r) => r.json);
      }),
    countEvents: () => guard('counting events', async () => Number((await one<{ n: string }>('SELECT count(*) AS n FROM events', []))?.n ?? 0)),

    getStory: (id) => guard('reading a story', async () => (await one<{ json: Story }>('SELECT json FROM stories WHERE id = $1', [id]))?.json),
    listStories: (query) =>
      guard('listing stories', async () => {
        const { limit, offset } = pageOf(query);
        const [rows, count] = await Promise.all([
          pool.query<{ json: Story }>('SELECT json FROM stories ORDER BY last_published DESC NULLS LAST, id LIMIT $1 OFFSET $2', [limit, offset]),
          one<{ n: string }>('SELECT count(*) AS n FROM stories', []),
        ]);
        return { items: rows.rows.map((r) => r.json), total: Number(count?.n ?? 0), limit, offset };
      }),

    addCorrection: (correction: Correction, author?: string) =>
      guard('storing a correction', async () => {
        const createdAt = now().toISOString();
        const json = JSON.stringify(correction);
        const row = await one<{ seq: string }>('INSERT INTO corrections (created_at, author, json) VALUES ($1, $2, $3::jsonb) RETURNING seq', [createdAt, author ?? null, json]);
        const stored: StoredCorrection = { seq: Number(row?.seq), correction: JSON.parse(json) as Correction, createdAt };
        if (author !== undefined) stored.author = author;
        return stored;
      }),
    listCorrections: () =>
      guard('reading corrections', async () =>
        (await pool.query<{ seq: string; json: Correction; created_at: string; author: string | null }>('SELECT seq, json, created_at, author FROM corrections ORDER BY seq')).rows.map((r) => {
          const c: StoredCorrection = { seq: Number(r.seq), correction: r.json, createdAt: r.created_at };
          if (r.author !== null) c.author = r.author;
          return c;
        }),
      ),

    getFeedState: (url) => guard('reading feed state', async () => (await one<{ json: FeedState }>('SELECT json FROM feed_state WHERE url = $1', [url]))?.json),
    putFeedState: (state) =>
      guard('writing feed state', async () => {
        await pool.query('INSERT INTO feed_state (url, json) VALUES ($1, $2::jsonb) ON CONFLICT (url) DO UPDATE SET json = excluded.json', [state.url, JSON.stringify(state)]);
      }),

    getSetting: (key) => guard('reading a setting', async () => (await one<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]))?.value),
    putSetting: (key, value) =>
      guard('writing a setting', async () => {
        await pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
      }),

    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
