// The SQLite Store driver (better-sqlite3): one file, WAL journal, foreign keys, a busy timeout so
// that a CLI command and a running service can share the file. `apply` is one transaction; the
// derived columns and event_* tables are written from storage/derive.ts so every driver agrees.
import Database from 'better-sqlite3';
import { ParallaxError } from '../../errors.js';
import type { Article } from '../../model/article.js';
import type { NewsEvent, Story } from '../../model/event.js';
import type { ArticleId, EventId, StoryId } from '../../model/ids.js';
import type { Correction } from '../../stages/06-cluster/corrections.js';
import {
  ELLIPSIS,
  MARK_CLOSE,
  MARK_OPEN,
  SNIPPET_TOKENS,
  danglingArticle,
  dayRange,
  displayTitle,
  entityKeys,
  listItem,
  normalizeEventQuery,
  pageOf,
  searchTerms,
  updateFailed,
  type MemberFacts,
} from '../derive.js';
import { SQLITE_MIGRATIONS } from '../sql/migrations.js';
import type { FeedState, SearchHit, Store, StoreUpdate, StoredArticle, StoredCorrection } from '../store.js';
import { listEventsSql, type ListPlan } from './list.js';
import { migrate, type MigrationResult } from './migrate.js';
import { prepareStatements, type Stmt } from './statements.js';

export type SqliteStoreOptions = {
  /** Clock for correction and migration timestamps (tests inject a fixed one). */
  now?: () => Date;
  /** Milliseconds to wait for another connection's write lock before failing (default 5000). */
  busyTimeoutMs?: number;
  /** Page cache size in KiB (default 65,536 = 64 MiB). */
  cacheKib?: number;
  /** How listEvents reads a page (list.ts); 'auto' (default) chooses by cost, tests force each. */
  listPlan?: ListPlan;
};

export type SqliteStore = Store & {
  /** What opening did to the schema (versions applied now; empty when it was up to date). */
  readonly migration: MigrationResult;
  readonly file: string;
};

const DEFAULT_BUSY_TIMEOUT_MS = 5000;
const DEFAULT_CACHE_KIB = 65_536;

/** The FTS5 query for free text: every term required, each quoted (so no operator syntax leaks in). */
export function ftsQuery(text: string): string {
  return [...new Set(searchTerms(text))].map((t) => `"${t}"`).join(' ');
}

function openDatabase(file: string, options: SqliteStoreOptions): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: false });
  } catch (e) {
    throw new ParallaxError('E_STORE', `${file}: cannot open the store (${(e as Error).message}); check that the folder exists and is writable`, file, { cause: e });
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = -${options.cacheKib ?? DEFAULT_CACHE_KIB}`);
    db.pragma('temp_store = MEMORY');
  } catch (e) {
    db.close();
    throw new ParallaxError('E_STORE', `${file}: not a usable SQLite database (${(e as Error).message})`, file, { cause: e });
  }
  return db;
}

export function createSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(file, options);
  let migration: MigrationResult;
  try {
    migration = migrate(db, SQLITE_MIGRATIONS, file, now);
  } catch (e) {
    db.close();
    if (e instanceof ParallaxError) throw e;
    throw new ParallaxError('E_STORE', `${file}: cannot prepare the store schema (${(e as Error).message})`, file, { cause: e });
  }
  const st = prepareStatements(db);

  const readArticle = (row: { json: string; key: string; stored_at: string } | undefined): StoredArticle | undefined =>
    row === undefined ? undefined : { article: JSON.parse(row.json) as Article, key: row.key, storedAt: row.stored_at };

  function deleteArticle(id: ArticleId): boolean {
    const old = st.articleForDelete.get(id);
    if (old === undefined) return false;
    st.ftsDelete.run(old.rid, old.title, old.text);
    st.deleteArticle.run(old.rid);
    return true;
  }

  function putArticle({ article, key, storedAt }: StoredArticle): void {
    const json = JSON.stringify(article);
    const values = [key, json, article.outlet ?? null, article.language, article.published ?? null, storedAt] as const;
    const old = st.articleForDelete.get(article.id);
    let rid: number | bigint;
    if (old === undefined) {
      rid = st.insertArticle.run(article.id, ...values).lastInsertRowid;
    } else {
      st.ftsDelete.run(old.rid, old.title, old.text);
      st.updateArticle.run(...values, old.rid);
      rid = old.rid;
    }
    st.ftsInsert.run(rid, article.title ?? null, article.text);
  }

  function writeEvent(event: NewsEvent): void {
    const ids = JSON.stringify(event.articleIds);
    const members = st.memberFacts.all(ids).map((r): MemberFacts => {
      const m: MemberFacts = { language: r.language };
      if (r.outlet !== null) m.outlet = r.outlet;
      if (r.published !== null) m.published = r.published;
      return m;
    });
    const stored = new Set(st.storedOf.all(ids).map((r) => r.id));
    const missing = event.articleIds.find((a) => !stored.has(a));
    if (missing !== undefined) throw danglingArticle(event.id, missing);
    const item = listItem(event, members);
    st.deleteEvent.run(event.id);
    const rid = st.insertEvent.run(event.id, event.storyId, item.date ?? null, item.articleCount, item.lastPublished ?? null, event.independentSources ?? null, JSON.stringify(item), JSON.stringify(event)).lastInsertRowid;
    for (const a of new Set(event.articleIds)) st.insertEventArticle.run(rid, a);
    for (const name of entityKeys(event)) st.insertEventEntity.run(name, rid);
    for (const outlet of item.outlets) st.insertEventOutlet.run(outlet, rid);
    for (const language of item.languages) st.insertEventLanguage.run(language, rid);
  }

  const applyTx = db.transaction((update: StoreUpdate) => {
    const removed = new Set<ArticleId>();
    for (const id of update.deleteArticles ?? []) if (deleteArticle(id)) removed.add(id);
    const touched = new Set<ArticleId>();
    for (const stored of update.putArticles ?? []) {
      const holder = st.idByKey.get(stored.key)?.id;
      if (holder !== undefined && holder !== stored.article.id && deleteArticle(holder)) removed.add(holder);
      putArticle(stored);
      removed.delete(stored.article.id);
      touched.add(stored.article.id);
    }
    const stories = new Set<StoryId>();
    for (const id of update.deleteEvents ?? []) {
      const story = st.storyOfEvent.get(id)?.story_id;
      if (story !== undefined) stories.add(story);
      st.deleteEvent.run(id);
    }
    const events = new Map<EventId, NewsEvent>();
    for (const event of update.putEvents ?? []) events.set(event.id, event);
    if (touched.size > 0) {
      for (const { event_id, json } of st.eventsOfArticles.all(JSON.stringify([...touched]))) {
        if (!events.has(event_id)) events.set(event_id, JSON.parse(json) as NewsEvent);
      }
    }
    for (const event of events.values()) {
      const story = st.storyOfEvent.get(event.id)?.story_id;
      if (story !== undefined) stories.add(story);
      stories.add(event.storyId);
      writeEvent(event);
    }
    for (const id of update.deleteStories ?? []) st.deleteStory.run(id);
    for (const story of update.putStories ?? []) {
      st.putStory.run(story.id, JSON.stringify(story));
      stories.add(story.id);
    }
    for (const id of stories) st.refreshStory.run(id);
    for (const id of removed) {
      const holder = st.eventOfArticle.get(id)?.event_id;
      if (holder !== undefined) throw danglingArticle(holder, id);
    }
  });

  const cache = new Map<string, Stmt<(string | number)[], { item: string; n: number }>>();
  function cached(sql: string): Stmt<(string | number)[], { item: string; n: number }> {
    let s = cache.get(sql);
    if (s === undefined) cache.set(sql, (s = db.prepare<(string | number)[], { item: string; n: number }>(sql)));
    return s;
  }

  let closed = false;
  function guard<T>(what: string, f: () => T): Promise<T> {
    if (closed) return Promise.reject(new ParallaxError('E_STORE', `${file}: the store is closed`, file));
    try {
      return Promise.resolve(f());
    } catch (e) {
      if (e instanceof ParallaxError) return Promise.reject(e);
      return Promise.reject(new ParallaxError('E_STORE', `${file}: ${what} failed (${(e as Error).message})`, file, { cause: e }));
    }
  }

  return {
    driver: 'sqlite',
    migration,
    file,

    apply(update) {
      if (closed) return Promise.reject(new ParallaxError('E_STORE', `${file}: the store is closed`, file));
      try {
        applyTx(update);
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(updateFailed(e));
      }
    },

    getArticle: (id) => guard('reading an article', () => readArticle(st.article.get(id))),
    getArticles: (ids) =>
      guard('reading articles', () => {
        const byId = new Map(st.articles.all(JSON.stringify(ids)).map((r) => [r.id, r]));
        return ids.flatMap((id) => {
          const a = readArticle(byId.get(id));
          return a === undefined ? [] : [a];
        });
      }),
    existingArticleIds: (ids) => guard('reading article ids', () => new Set(st.storedOf.all(JSON.stringify(ids)).map((r) => r.id))),
    articleByKey: (key) => guard('reading an article', () => readArticle(st.articleByKey.get(key))),
    countArticles: () => guard('counting articles', () => st.countArticles.get()?.n ?? 0),
    searchArticles: (query) =>
      guard('searching', () => {
        const { limit, offset } = pageOf(query);
        const match = ftsQuery(query.text);
        if (match === '') return { items: [], total: 0, limit, offset };
        const total = st.searchCount.get(match)?.n ?? 0;
        const items = st.searchPage.all(match, limit, offset).map((r): SearchHit => {
          const snippet = st.searchSnippet.get(MARK_OPEN, MARK_CLOSE, ELLIPSIS, SNIPPET_TOKENS, match, r.rid)?.s ?? '';
          const hit: SearchHit = { articleId: r.id, title: displayTitle(r.title, r.head), snippet };
          if (r.event_id !== null) hit.eventId = r.event_id;
          if (r.outlet !== null) hit.outlet = r.outlet;
          if (r.published !== null) hit.published = r.published;
          return hit;
        });
        return { items, total, limit, offset };
      }),

    getEvent: (id) =>
      guard('reading an event', () => {
        const row = st.event.get(id);
        return row === undefined ? undefined : (JSON.parse(row.json) as NewsEvent);
      }),
    listEvents: (query) => guard('listing events', () => listEventsSql(cached, normalizeEventQuery(query), options.listPlan)),
    eventIdsOfArticles: (ids) => guard('reading events of articles', () => st.eventIdsOfArticles.all(JSON.stringify(ids)).map((r) => r.event_id)),
    eventsBetween: (from, to, options) =>
      guard('reading events by date', () => {
        const range = dayRange(from, to);
        return st.eventsBetween.all(range.from, range.to, options?.undated === true ? 1 : 0).map((r) => JSON.parse(r.json) as NewsEvent);
      }),
    countEvents: () => guard('counting events', () => st.countEvents.get()?.n ?? 0),

    getStory: (id) =>
      guard('reading a story', () => {
        const row = st.story.get(id);
        return row === undefined ? undefined : (JSON.parse(row.json) as Story);
      }),
    listStories: (query) =>
      guard('listing stories', () => {
        const { limit, offset } = pageOf(query);
        const items = st.storyPage.all(limit, offset).map((r) => JSON.parse(r.json) as Story);
        return { items, total: st.countStories.get()?.n ?? 0, limit, offset };
      }),

    addCorrection: (correction: Correction, author?: string) =>
      guard('storing a correction', () => {
        const createdAt = now().toISOString();
        const seq = Number(st.insertCorrection.run(JSON.stringify(correction), createdAt, author ?? null).lastInsertRowid);
        const stored: StoredCorrection = { seq, correction: JSON.parse(JSON.stringify(correction)) as Correction, createdAt };
        if (author !== undefined) stored.author = author;
        return stored;
      }),
    listCorrections: () =>
      guard('reading corrections', () =>
        st.corrections.all().map((r) => {
          const c: StoredCorrection = { seq: r.seq, correction: JSON.parse(r.json) as Correction, createdAt: r.created_at };
          if (r.author !== null) c.author = r.author;
          return c;
        }),
      ),

    getFeedState: (url) =>
      guard('reading feed state', () => {
        const row = st.feedState.get(url);
        return row === undefined ? undefined : (JSON.parse(row.json) as FeedState);
      }),
    putFeedState: (state) => guard('writing feed state', () => { st.putFeedState.run(state.url, JSON.stringify(state)); }),

    getSetting: (key) => guard('reading a setting', () => st.setting.get(key)?.value),
    putSetting: (key, value) => guard('writing a setting', () => { st.putSetting.run(key, value); }),

    close() {
      if (closed) return Promise.resolve();
      closed = true;
      try {
        db.pragma('optimize');
      } finally {
        db.close();
      }
      return Promise.resolve();
    },
  };
}
