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

/** One atomic change of the store, computed by the service's incremental ingest. */
export type StoreUpdate = {
  putArticles?: StoredArticle[];
  /** Articles removed (replaced by a newer version under the same key). */
  deleteArticles?: ArticleId[];
  /** Events written whole (inserted or replacing the event with the same id). */
  putEvents?: NewsEvent[];
  deleteEvents?: EventId[];
  putStories?: Story[];
  deleteStories?: StoryId[];
};

export type EventSort = 'recency' | 'size';

export type EventQuery = {
  /** Inclusive ISO dates (YYYY-MM-DD) on the event date. */
  from?: string;
  to?: string;
  /** Entity name or alias (case- and accent-insensitive). */
  entity?: string;
  /** ISO 639-1 language of at least one member article. */
  language?: string;
  /** Outlet of at least one member article. */
  outlet?: string;
  storyId?: StoryId;
  sort?: EventSort;
  /** Page size (driver default 50, max 500) and 0-based offset. */
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
