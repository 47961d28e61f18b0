// Versioned schema of the PostgreSQL store: the same versions and names as the SQLite store's
// (storage/sql/migrations.ts), with PostgreSQL's own DDL. Each migration runs once, in its own
// transaction, recorded in schema_migrations (postgres/migrate.ts). Never edit a released
// migration: add one, here and in SQLite's list.
//
// As in SQLite, whole objects live in JSONB columns so nothing is lost; the other columns are
// derived copies (storage/derive.ts computes them) that filters, sorts and search read. Where
// SQLite keeps the "any member article" filters in side tables, PostgreSQL keeps arrays on the
// event row with GIN indexes. Text columns that are sorted or compared with `<` use COLLATE "C",
// so orders match code-point order (derive.ts compareItems) on any server locale.
import type { Migration } from '../sql/migrations.js';

const V1_INITIAL = `
CREATE TABLE articles (
  rid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  key text COLLATE "C" NOT NULL UNIQUE,
  outlet text,
  language text NOT NULL,
  published text COLLATE "C",
  stored_at text NOT NULL,
  -- The text search configuration of the article's language (postgres/search.ts), 'simple' when
  -- PostgreSQL has none for it.
  ts_config text NOT NULL,
  -- Search vectors over the folded words of title (weight A) and text (weight B): exact words
  -- (what search matches by default, as every driver does), and stemmed in the article's language.
  words tsvector NOT NULL,
  stems tsvector NOT NULL,
  json jsonb NOT NULL
) WITH (toast_tuple_target = 4080);
-- Search ranks every match with ts_rank, which reads its words vector: keep that vector in the
-- row (MAIN) and move the JSON and the stems out first, so ranking reads one heap page per match
-- instead of several TOAST chunks (about 6x fewer buffers at 100,000 articles).
ALTER TABLE articles ALTER COLUMN words SET STORAGE MAIN;
CREATE INDEX articles_words ON articles USING gin (words);
CREATE INDEX articles_stems ON articles USING gin (stems);

CREATE TABLE stories (
  id text COLLATE "C" PRIMARY KEY,
  -- Latest member publication among the story's events (for listing stories by recency).
  last_published text COLLATE "C",
  json jsonb NOT NULL
);
CREATE INDEX stories_recency ON stories (last_published DESC NULLS LAST, id);

CREATE TABLE events (
  id text COLLATE "C" PRIMARY KEY,
  story_id text COLLATE "C" NOT NULL,
  -- The event's calendar day (YYYY-MM-DD), for date ranges.
  date text COLLATE "C",
  article_count integer NOT NULL,
  last_published text COLLATE "C",
  independent_sources integer,
  -- Members, folded entity names and aliases (derive.ts entityKey), outlets and languages.
  article_ids text[] NOT NULL,
  entities text[] NOT NULL,
  outlets text[] NOT NULL,
  languages text[] NOT NULL,
  -- The list view (EventListItem), so a page is read without loading whole events.
  item jsonb NOT NULL,
  json jsonb NOT NULL
);
-- The two sort orders of listEvents (derive.ts compareItems), and the filters.
CREATE INDEX events_recency ON events (last_published DESC NULLS LAST, id);
CREATE INDEX events_size ON events (article_count DESC, last_published DESC NULLS LAST, id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_story ON events (story_id, last_published);
CREATE INDEX events_articles ON events USING gin (article_ids);
CREATE INDEX events_entities ON events USING gin (entities);
CREATE INDEX events_outlets ON events USING gin (outlets);
CREATE INDEX events_languages ON events USING gin (languages);

CREATE TABLE corrections (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at text NOT NULL,
  author text,
  json jsonb NOT NULL
);

CREATE TABLE feed_state (
  url text PRIMARY KEY,
  json jsonb NOT NULL
);

CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);
`;

/** In version order; the last one's version is the schema version this code writes. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial schema', sql: V1_INITIAL }];
