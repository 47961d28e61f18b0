// The Store port: everything the service keeps between runs. Drivers (memory/, sqlite/, later
// postgres/) implement it and must all pass the contract suite in test/contract/. Methods are
// async so that network-backed drivers fit; writes that belong together go through `apply`, which
// a driver commits atomically (one transaction) or not at all.
import type { Article } from '../model/article.js';
import type { NewsEvent, Story } from '../model/event.js';
import type { ArticleId, EventId, StoryId } from '../model/ids.js';
import type { Correction } from '../stages/06-cluster/corrections.js';

/** An article as stored: the analysed article plus the key that identifies "the same article" across versions. */
export type StoredArticle = {
  article: Article;
  /**
   * Identity across versions: the URL when known, else input file (+ item). A new content hash
   * under an existing key replaces the previous version.
   */
  key: string;
  /** When it was first stored (ISO date-time). */
  storedAt: string;
};

/**
 * One atomic change of the store, computed by the service's incremental ingest. Every driver
 * applies it in this order: deleteArticles, putArticles, deleteEvents, putEvents, deleteStories,
 * putStories; then it checks references. The whole update is refused (E_STORE, nothing written)
 * when afterwards an event names an article that is not stored: an article's events must be
 * rewritten or deleted in the same update that removes or replaces it. Stories are not checked.
 * An event's list view (outlets, languages, lastPublished) is computed from its stored members at
 * write time, and recomputed when one of its articles is stored again under the same id.
 */
export type StoreUpdate = {
  /**
   * Inserted, or replacing the article with the same id. An article whose key is already held by
   * another id replaces that article (which is then removed, as if in deleteArticles).
   */
  putArticles?: StoredArticle[];
  /** Articles removed (replaced by a newer version under the same key). */
  deleteArticles?: ArticleId[];
  /** Events written whole (inserted or replacing the event with the same id). */
  putEvents?: NewsEvent[];
  deleteEvents?: EventId[];
  putStories?: Story[];
  deleteStories?: StoryId[];
};

/** recency: latest member publication first (events without one last); size: most articles first, then recency. Ties by id. */
export type EventSort = 'recency' | 'size';

export type EventQuery = {
  /** Inclusive ISO dates (YYYY-MM-DD) on the event date. */
  from?: string;
  to?: string;
  /** A whole entity name or alias, not a part of one (case-, accent- and spacing-insensitive). */
  entity?: string;
  /** ISO 639-1 language of at least one member article. */
  language?: string;
  /** Outlet of at least one member article. */
  outlet?: string;
  storyId?: StoryId;
  sort?: EventSort;
  /** Page size (default 50; larger than 500 is clamped to 500) and 0-based offset; other values give E_QUERY. */
  limit?: number;
  offset?: number;
};

/** What an event list shows without loading whole events. */
export type EventListItem = {
  id: EventId;
  storyId: StoryId;
  title: string;
  date?: string;
  articleCount: number;
  independentSources?: number;
  outlets: string[];
  languages: string[];
  /** Latest publication date among the members (ISO), for recency sorting and display. */
  lastPublished?: string;
};

export type Page<T> = { items: T[]; total: number; limit: number; offset: number };

/** Free text: every word must match (case and accents ignored); operators and quotes are plain words. Ranked by BM25, title weighted above text. */
export type SearchQuery = { text: string; limit?: number; offset?: number };
export type SearchHit = {
  articleId: ArticleId;
  eventId?: EventId;
  title: string;
  outlet?: string;
  published?: string;
  /** Matching passage, with the matched words between «» (plain text, not HTML: escape when rendering). */
  snippet: string;
};

export type StoredCorrection = { seq: number; correction: Correction; createdAt: string; author?: string };

/** Polling state of one watched feed or folder. */
export type FeedState = {
  url: string;
  etag?: string;
  lastModified?: string;
  /** ISO date-times. */
  lastFetched?: string;
  lastSuccess?: string;
  nextFetch?: string;
  consecutiveFailures: number;
  lastError?: string;
};

export interface Store {
  readonly driver: string;

  apply(update: StoreUpdate): Promise<void>;

  getArticle(id: ArticleId): Promise<StoredArticle | undefined>;
  getArticles(ids: readonly ArticleId[]): Promise<StoredArticle[]>;
  /** The subset of `ids` already stored. */
  existingArticleIds(ids: readonly ArticleId[]): Promise<Set<ArticleId>>;
  articleByKey(key: string): Promise<StoredArticle | undefined>;
  countArticles(): Promise<number>;
  searchArticles(query: SearchQuery): Promise<Page<SearchHit>>;

  getEvent(id: EventId): Promise<NewsEvent | undefined>;
  listEvents(query?: EventQuery): Promise<Page<EventListItem>>;
  /** Events holding any of these articles. */
  eventIdsOfArticles(ids: readonly ArticleId[]): Promise<EventId[]>;
  /** Events whose date lies in [from, to] (inclusive ISO dates), plus undated events when `undated`. */
  eventsBetween(from: string, to: string, options?: { undated?: boolean }): Promise<NewsEvent[]>;
  countEvents(): Promise<number>;

  getStory(id: StoryId): Promise<Story | undefined>;
  listStories(query?: { limit?: number; offset?: number }): Promise<Page<Story>>;

  addCorrection(correction: Correction, author?: string): Promise<StoredCorrection>;
  listCorrections(): Promise<StoredCorrection[]>;

  getFeedState(url: string): Promise<FeedState | undefined>;
  putFeedState(state: FeedState): Promise<void>;

  getSetting(key: string): Promise<string | undefined>;
  putSetting(key: string, value: string): Promise<void>;

  close(): Promise<void>;
}
