// Versioned schema of the SQLite store. Each migration runs once, in its own transaction, and is
// recorded in schema_migrations (sqlite/migrate.ts). Never edit a released migration: add one.
//
// Whole objects live in JSON columns (an article, an event, a story, a feed state) so that nothing
// is lost; the other columns and the event_* tables are derived copies that filters, sorts and
// search read (storage/derive.ts computes them, the same way for every driver).

export type Migration = { version: number; name: string; sql: string };

/** Identifies a Parallax database (PRAGMA application_id): 'PRLX'. */
export const APPLICATION_ID = 0x50524c58;

const V1_INITIAL = `
CREATE TABLE articles (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL UNIQUE,
  outlet TEXT,
  language TEXT NOT NULL,
  published TEXT,
  stored_at TEXT NOT NULL,
  -- Large JSON columns come last in every table: SQLite then reads the small columns without
  -- walking the JSON's overflow pages.
  json TEXT NOT NULL
);

-- Full text over title + cleaned text. External content (read through this view from the JSON
-- column) so the text is not stored twice; the driver keeps the index in step on every write.
CREATE VIEW article_text (rid, title, text) AS
  SELECT rid, json_extract(json, '$.title'), json_extract(json, '$.text') FROM articles;
CREATE VIRTUAL TABLE article_fts USING fts5(
  title, text,
  content = 'article_text', content_rowid = 'rid',
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Title matches weigh more than text matches (derive.ts TITLE_WEIGHT, TEXT_WEIGHT).
INSERT INTO article_fts (article_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  -- Latest member publication among the story's events (for listing stories by recency).
  last_published TEXT,
  json TEXT NOT NULL
);
CREATE INDEX stories_recency ON stories (last_published DESC, id);

CREATE TABLE events (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  story_id TEXT NOT NULL,
  -- The event's calendar day (YYYY-MM-DD), for date ranges.
  date TEXT,
  article_count INTEGER NOT NULL,
  last_published TEXT,
  independent_sources INTEGER,
  -- The list view (EventListItem) as JSON, so a page is read without loading whole events.
  item TEXT NOT NULL,
  json TEXT NOT NULL
);
-- The two sort orders of listEvents (derive.ts compareItems), and the filters on event columns.
CREATE INDEX events_recency ON events (last_published DESC, id);
CREATE INDEX events_size ON events (article_count DESC, last_published DESC, id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_story ON events (story_id, last_published);

-- Members, folded entity names and aliases (derive.ts entityKey), outlets and languages of each
-- event: the "any of its articles" filters. Keyed by the event's integer rid.
CREATE TABLE event_articles (
  event_rid INTEGER NOT NULL REFERENCES events (rid) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (event_rid, article_id)
) WITHOUT ROWID;
CREATE INDEX event_articles_article ON event_articles (article_id);

CREATE TABLE event_entities (
  name TEXT NOT NULL,
  event_rid INTEGER NOT NULL REFERENCES events (rid) ON DELETE CASCADE,
  PRIMARY KEY (name, event_rid)
) WITHOUT ROWID;
CREATE INDEX event_entities_event ON event_entities (event_rid);

CREATE TABLE event_outlets (
  outlet TEXT NOT NULL,
  event_rid INTEGER NOT NULL REFERENCES events (rid) ON DELETE CASCADE,
  PRIMARY KEY (outlet, event_rid)
) WITHOUT ROWID;
CREATE INDEX event_outlets_event ON event_outlets (event_rid);

CREATE TABLE event_languages (
  language TEXT NOT NULL,
  event_rid INTEGER NOT NULL REFERENCES events (rid) ON DELETE CASCADE,
  PRIMARY KEY (language, event_rid)
) WITHOUT ROWID;
CREATE INDEX event_languages_event ON event_languages (event_rid);

CREATE TABLE corrections (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  author TEXT,
  json TEXT NOT NULL
);

CREATE TABLE feed_state (
  url TEXT PRIMARY KEY,
  json TEXT NOT NULL
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

/** In version order; the last one's version is the schema version this code writes. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial schema', sql: V1_INITIAL }];
