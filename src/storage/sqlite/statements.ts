// The SQLite driver's prepared statements, typed. Lists of ids are passed as one JSON array and
// read with json_each, so any number of ids fits in one statement.
import type Database from 'better-sqlite3';
import type { ArticleId, EventId, StoryId } from '../../model/ids.js';
import { TEXT_WEIGHT, TITLE_WEIGHT } from '../derive.js';

type ArticleRow = { json: string; key: string; stored_at: string };
type Value = string | number | bigint | null;

const IDS = 'SELECT value FROM json_each(?)';

/** A prepared statement with its parameters and row type (the part of better-sqlite3's Statement used here). */
export interface Stmt<P extends unknown[], R = unknown> {
  run(...params: P): { changes: number; lastInsertRowid: number | bigint };
  get(...params: P): R | undefined;
  all(...params: P): R[];
}

export function prepareStatements(db: Database.Database) {
  const p = <P extends unknown[], R = unknown>(sql: string): Stmt<P, R> => db.prepare<P, R>(sql);
  return {
    article: p<[string], ArticleRow>('SELECT json, key, stored_at FROM articles WHERE id = ?'),
    articles: p<[string], ArticleRow & { id: ArticleId }>(`SELECT id, json, key, stored_at FROM articles WHERE id IN (${IDS})`),
    articleByKey: p<[string], ArticleRow>('SELECT json, key, stored_at FROM articles WHERE key = ?'),
    storedOf: p<[string], { id: ArticleId }>(`SELECT id FROM articles WHERE id IN (${IDS})`),
    idByKey: p<[string], { id: ArticleId }>('SELECT id FROM articles WHERE key = ?'),
    countArticles: p<[], { n: number }>('SELECT count(*) AS n FROM articles'),
    articleForDelete: p<[string], { rid: number; title: string | null; text: string | null }>(
      "SELECT rid, json_extract(json, '$.title') AS title, json_extract(json, '$.text') AS text FROM articles WHERE id = ?",
    ),
    insertArticle: p<[string, string, string, Value, string, Value, string]>(
      'INSERT INTO articles (id, key, json, outlet, language, published, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    updateArticle: p<[string, string, Value, string, Value, string, number]>(
      'UPDATE articles SET key = ?, json = ?, outlet = ?, language = ?, published = ?, stored_at = ? WHERE rid = ?',
    ),
    deleteArticle: p<[number]>('DELETE FROM articles WHERE rid = ?'),
    ftsInsert: p<[number | bigint, Value, string]>('INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)'),
    ftsDelete: p<[number, Value, Value]>("INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)"),
    memberFacts: p<[string], { outlet: string | null; language: string; published: string | null }>(
      `SELECT outlet, language, published FROM articles WHERE id IN (${IDS})`,
    ),

    searchCount: p<[string], { n: number }>('SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ?'),
    searchPage: p<[string, number, number], { rid: number; id: ArticleId; title: string | null; head: string | null; outlet: string | null; published: string | null; event_id: EventId | null }>(
      `SELECT a.rid, a.id, json_extract(a.json, '$.title') AS title,
         CASE WHEN json_extract(a.json, '$.title') IS NULL THEN substr(json_extract(a.json, '$.text'), 1, 400) END AS head,
         a.outlet, a.published, (SELECT min(e.id) FROM event_articles ea JOIN events e ON e.rid = ea.event_rid WHERE ea.article_id = a.id) AS event_id
       FROM (SELECT rowid AS r, bm25(article_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?) AS hits
       JOIN articles a ON a.rid = hits.r
       ORDER BY hits.rank, a.rid`,
    ),
    searchSnippet: p<[string, string, string, number, string, number], { s: string }>(
      'SELECT snippet(article_fts, -1, ?, ?, ?, ?) AS s FROM article_fts WHERE article_fts MATCH ? AND rowid = CAST(? AS INTEGER)',
    ),

    event: p<[string], { json: string }>('SELECT json FROM events WHERE id = ?'),
    storyOfEvent: p<[string], { story_id: StoryId }>('SELECT story_id FROM events WHERE id = ?'),
    deleteEvent: p<[string]>('DELETE FROM events WHERE id = ?'),
    insertEvent: p<[string, string, Value, number, Value, Value, string, string]>(
      'INSERT INTO events (id, story_id, date, article_count, last_published, independent_sources, item, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertEventArticle: p<[number | bigint, string]>('INSERT OR IGNORE INTO event_articles (event_rid, article_id) VALUES (?, ?)'),
    insertEventEntity: p<[string, number | bigint]>('INSERT OR IGNORE INTO event_entities (name, event_rid) VALUES (?, ?)'),
    insertEventOutlet: p<[string, number | bigint]>('INSERT OR IGNORE INTO event_outlets (outlet, event_rid) VALUES (?, ?)'),
    insertEventLanguage: p<[string, number | bigint]>('INSERT OR IGNORE INTO event_languages (language, event_rid) VALUES (?, ?)'),
    eventsOfArticles: p<[string], { event_id: EventId; json: string }>(
      `SELECT e.id AS event_id, e.json FROM events e WHERE e.rid IN (SELECT event_rid FROM event_articles WHERE article_id IN (${IDS}))`,
    ),
    eventIdsOfArticles: p<[string], { event_id: EventId }>(
      `SELECT e.id AS event_id FROM events e WHERE e.rid IN (SELECT event_rid FROM event_articles WHERE article_id IN (${IDS})) ORDER BY e.id`,
    ),
    eventOfArticle: p<[string], { event_id: EventId }>(
      'SELECT e.id AS event_id FROM event_articles ea JOIN events e ON e.rid = ea.event_rid WHERE ea.article_id = ? LIMIT 1',
    ),
    eventsBetween: p<[string, string, number], { json: string }>(
      'SELECT json FROM events WHERE (date BETWEEN ? AND ?) OR (? AND date IS NULL) ORDER BY date IS NULL, date, id',
    ),
    countEvents: p<[], { n: number }>('SELECT count(*) AS n FROM events'),

    story: p<[string], { json: string }>('SELECT json FROM stories WHERE id = ?'),
    putStory: p<[string, string]>('INSERT INTO stories (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json'),
    deleteStory: p<[string]>('DELETE FROM stories WHERE id = ?'),
    refreshStory: p<[string]>('UPDATE stories SET last_published = (SELECT max(last_published) FROM events WHERE story_id = stories.id) WHERE id = ?'),
    storyPage: p<[number, number], { json: string }>('SELECT json FROM stories ORDER BY last_published DESC, id LIMIT ? OFFSET ?'),
    countStories: p<[], { n: number }>('SELECT count(*) AS n FROM stories'),

    insertCorrection: p<[string, string, Value]>('INSERT INTO corrections (json, created_at, author) VALUES (?, ?, ?)'),
    corrections: p<[], { seq: number; json: string; created_at: string; author: string | null }>('SELECT seq, json, created_at, author FROM corrections ORDER BY seq'),

    feedState: p<[string], { json: string }>('SELECT json FROM feed_state WHERE url = ?'),
    putFeedState: p<[string, string]>('INSERT INTO feed_state (url, json) VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET json = excluded.json'),
    setting: p<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    putSetting: p<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
}
