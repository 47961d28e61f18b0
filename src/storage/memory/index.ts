// The in-memory Store driver: for tests and as the benchmark baseline. It keeps JSON copies (what
// goes in cannot be changed from outside, what comes out is a fresh object, and what JSON cannot
// hold fails as it would in SQLite) and makes `apply` atomic with an undo log.
import { ParallaxError } from '../../errors.js';
import type { Article } from '../../model/article.js';
import type { NewsEvent, Story } from '../../model/event.js';
import type { ArticleId, EventId, StoryId } from '../../model/ids.js';
import type { Correction } from '../../stages/06-cluster/corrections.js';
import {
  compareItems,
  danglingArticle,
  dayOf,
  dayRange,
  displayTitle,
  entityKeys,
  listItem,
  normalizeEventQuery,
  pageOf,
  updateFailed,
  type MemberFacts,
} from '../derive.js';
import type {
  EventListItem,
  EventQuery,
  EventSort,
  FeedState,
  Page,
  SearchHit,
  SearchQuery,
  Store,
  StoreUpdate,
  StoredArticle,
  StoredCorrection,
} from '../store.js';
import { createSearchIndex } from './search.js';

export type MemoryStoreOptions = {
  /** Clock for correction timestamps (tests inject a fixed one). */
  now?: () => Date;
};

type ArticleRow = { json: string; key: string; facts: MemberFacts };
type EventRow = { json: string; item: EventListItem; keys: ReadonlySet<string>; day: string | undefined; articleIds: readonly ArticleId[] };

const articleOf = (json: string): StoredArticle => JSON.parse(json) as StoredArticle;
const eventOf = (json: string): NewsEvent => JSON.parse(json) as NewsEvent;
const storyOf = (json: string): Story => JSON.parse(json) as Story;
const feedOf = (json: string): FeedState => JSON.parse(json) as FeedState;
const copyItem = (item: EventListItem): EventListItem => JSON.parse(JSON.stringify(item)) as EventListItem;
const copyCorrection = (c: StoredCorrection): StoredCorrection => JSON.parse(JSON.stringify(c)) as StoredCorrection;

export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const articles = new Map<ArticleId, ArticleRow>();
  const byKey = new Map<string, ArticleId>();
  const events = new Map<EventId, EventRow>();
  const eventsOfArticle = new Map<ArticleId, Set<EventId>>();
  const stories = new Map<StoryId, string>();
  const corrections: StoredCorrection[] = [];
  const feeds = new Map<string, string>();
  const settings = new Map<string, string>();
  const search = createSearchIndex();
  /** Events in each listing order, built on the first listing after a change. */
  const sorted = new Map<EventSort, EventRow[]>();
  let closed = false;

  /** Runs a read or write, turning what it throws into a rejection. */
  function run<T>(f: () => T): Promise<T> {
    if (closed) return Promise.reject(new ParallaxError('E_STORE', 'the memory store is closed', 'memory:'));
    try {
      return Promise.resolve(f());
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  // Raw setters: change one entry and every index that follows from it.
  function rawArticle(id: ArticleId, row: ArticleRow | undefined, article?: { title?: string; text: string }): void {
    const old = articles.get(id);
    if (old !== undefined && byKey.get(old.key) === id) byKey.delete(old.key);
    if (row === undefined) {
      articles.delete(id);
      search.remove(id);
      return;
    }
    articles.set(id, row);
    byKey.set(row.key, id);
    const { title, text } = article ?? articleOf(row.json).article;
    search.add(id, title ?? '', text);
  }

  function rawEvent(id: EventId, row: EventRow | undefined): void {
    sorted.clear();
    for (const a of events.get(id)?.articleIds ?? []) {
      const set = eventsOfArticle.get(a);
      set?.delete(id);
      if (set?.size === 0) eventsOfArticle.delete(a);
    }
    if (row === undefined) {
      events.delete(id);
      return;
    }
    events.set(id, row);
    for (const a of row.articleIds) {
      let set = eventsOfArticle.get(a);
      if (set === undefined) eventsOfArticle.set(a, (set = new Set()));
      set.add(id);
    }
  }

  function eventRow(event: NewsEvent, json: string): EventRow {
    const members = event.articleIds.flatMap((a) => {
      const row = articles.get(a);
      return row === undefined ? [] : [row.facts];
    });
    return { json, item: listItem(event, members), keys: new Set(entityKeys(event)), day: dayOf(event.date), articleIds: [...event.articleIds] };
  }

  function applyNow(update: StoreUpdate, undo: (() => void)[]): void {
    const setArticle = (id: ArticleId, row: ArticleRow | undefined, article?: Article): void => {
      const previous = articles.get(id);
      undo.push(() => { rawArticle(id, previous); });
      rawArticle(id, row, article);
    };
    const setEvent = (id: EventId, row: EventRow | undefined): void => {
      const previous = events.get(id);
      undo.push(() => { rawEvent(id, previous); });
      rawEvent(id, row);
    };
    const setStory = (id: StoryId, json: string | undefined): void => {
      const previous = stories.get(id);
      undo.push(() => { if (previous === undefined) stories.delete(id); else stories.set(id, previous); });
      if (json === undefined) stories.delete(id);
      else stories.set(id, json);
    };

    const removed = new Set<ArticleId>();
    for (const id of update.deleteArticles ?? []) {
      if (articles.has(id)) removed.add(id);
      setArticle(id, undefined);
    }
    const touched = new Set<ArticleId>();
    for (const stored of update.putArticles ?? []) {
      const { article, key } = stored;
      const holder = byKey.get(key);
      if (holder !== undefined && holder !== article.id) {
        removed.add(holder);
        setArticle(holder, undefined);
      }
      const facts: MemberFacts = { language: article.language };
      if (article.outlet !== undefined) facts.outlet = article.outlet;
      if (article.published !== undefined) facts.published = article.published;
      setArticle(article.id, { json: JSON.stringify(stored), key, facts }, article);
      removed.delete(article.id);
      touched.add(article.id);
    }
    for (const id of update.deleteEvents ?? []) setEvent(id, undefined);
    const putEvents = new Map<EventId, NewsEvent>();
    for (const event of update.putEvents ?? []) putEvents.set(event.id, event);
    for (const id of touched) {
      for (const e of eventsOfArticle.get(id) ?? []) {
        if (!putEvents.has(e)) putEvents.set(e, eventOf((events.get(e) as EventRow).json));
      }
    }
    for (const event of putEvents.values()) setEvent(event.id, eventRow(event, JSON.stringify(event)));
    for (const id of update.deleteStories ?? []) setStory(id, undefined);
    for (const story of update.putStories ?? []) setStory(story.id, JSON.stringify(story));

    for (const event of putEvents.values()) {
      const missing = event.articleIds.find((a) => !articles.has(a));
      if (missing !== undefined) throw danglingArticle(event.id, missing);
    }
    for (const id of removed) {
      const holder = eventsOfArticle.get(id);
      if (holder !== undefined && !articles.has(id)) throw danglingArticle([...holder][0] as EventId, id);
    }
  }

  function eventItems(q: ReturnType<typeof normalizeEventQuery>): EventListItem[] {
    let rows = sorted.get(q.sort);
    if (rows === undefined) {
      const compare = compareItems(q.sort);
      sorted.set(q.sort, (rows = [...events.values()].sort((a, b) => compare(a.item, b.item))));
    }
    const out: EventListItem[] = [];
    for (const row of rows) {
      const { item } = row;
      if (q.from !== undefined && (row.day === undefined || row.day < q.from)) continue;
      if (q.to !== undefined && (row.day === undefined || row.day > q.to)) continue;
      if (q.entity !== undefined && !row.keys.has(q.entity)) continue;
      if (q.language !== undefined && !item.languages.includes(q.language)) continue;
      if (q.outlet !== undefined && !item.outlets.includes(q.outlet)) continue;
      if (q.storyId !== undefined && item.storyId !== q.storyId) continue;
      out.push(item);
    }
    return out;
  }

  const store: Store = {
    driver: 'memory',

    apply(update) {
      if (closed) return Promise.reject(new ParallaxError('E_STORE', 'the memory store is closed', 'memory:'));
      const undo: (() => void)[] = [];
      try {
        applyNow(update, undo);
      } catch (e) {
        for (const step of undo.reverse()) step();
        return Promise.reject(updateFailed(e));
      }
      return Promise.resolve();
    },

    getArticle(id) {
      return run(() => {
        const row = articles.get(id);
        return row === undefined ? undefined : articleOf(row.json);
      });
    },
    getArticles(ids) {
      return run(() => {
        return ids.flatMap((id) => {
          const row = articles.get(id);
          return row === undefined ? [] : [articleOf(row.json)];
        });
      });
    },
    existingArticleIds(ids) {
      return run(() => new Set(ids.filter((id) => articles.has(id))));
    },
    articleByKey(key) {
      return run(() => {
        const id = byKey.get(key);
        const row = id === undefined ? undefined : articles.get(id);
        return row === undefined ? undefined : articleOf(row.json);
      });
    },
    countArticles() {
      return run(() => articles.size);
    },
    searchArticles(query: SearchQuery) {
      return run(() => {
        const { limit, offset } = pageOf(query);
        const result = search.search(query.text, limit, offset);
        const items = result.hits.map(({ id, snippet }): SearchHit => {
          const { article } = articleOf((articles.get(id as ArticleId) as ArticleRow).json);
          const hit: SearchHit = { articleId: article.id, title: displayTitle(article.title, article.text), snippet };
          const eventId = [...(eventsOfArticle.get(article.id) ?? [])].sort()[0];
          if (eventId !== undefined) hit.eventId = eventId;
          if (article.outlet !== undefined) hit.outlet = article.outlet;
          if (article.published !== undefined) hit.published = article.published;
          return hit;
        });
        return { items, total: result.total, limit, offset };
      });
    },

    getEvent(id) {
      return run(() => {
        const row = events.get(id);
        return row === undefined ? undefined : eventOf(row.json);
      });
    },
    listEvents(query?: EventQuery) {
      return run(() => {
        const q = normalizeEventQuery(query);
        const all = eventItems(q);
        return { items: all.slice(q.offset, q.offset + q.limit).map(copyItem), total: all.length, limit: q.limit, offset: q.offset };
      });
    },
    eventIdsOfArticles(ids) {
      return run(() => {
        const out = new Set<EventId>();
        for (const id of ids) for (const e of eventsOfArticle.get(id) ?? []) out.add(e);
        return [...out].sort();
      });
    },
    eventsBetween(from, to, options) {
      return run(() => {
        const range = dayRange(from, to);
        const rows = [...events.values()].filter((r) => (r.day === undefined ? options?.undated === true : r.day >= range.from && r.day <= range.to));
        rows.sort((a, b) => (a.day ?? '~').localeCompare(b.day ?? '~') || (a.item.id < b.item.id ? -1 : 1));
        return rows.map((r) => eventOf(r.json));
      });
    },
    countEvents() {
      return run(() => events.size);
    },

    getStory(id) {
      return run(() => {
        const json = stories.get(id);
        return json === undefined ? undefined : storyOf(json);
      });
    },
    listStories(query) {
      return run(() => {
        const { limit, offset } = pageOf(query);
        const latest = new Map<StoryId, string>();
        for (const { item } of events.values()) {
          const at = item.lastPublished;
          const seen = latest.get(item.storyId);
          if (at !== undefined && (seen === undefined || at > seen)) latest.set(item.storyId, at);
        }
        const all = [...stories.entries()].map(([id, json]) => ({ id, json, at: latest.get(id) }));
        all.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at === undefined ? 1 : b.at === undefined ? -1 : a.at < b.at ? 1 : -1));
        return { items: all.slice(offset, offset + limit).map((s) => storyOf(s.json)), total: all.length, limit, offset } satisfies Page<Story>;
      });
    },

    addCorrection(correction: Correction, author?: string) {
      return run(() => {
        const stored: StoredCorrection = { seq: corrections.length + 1, correction: JSON.parse(JSON.stringify(correction)) as Correction, createdAt: now().toISOString() };
        if (author !== undefined) stored.author = author;
        corrections.push(stored);
        return copyCorrection(stored);
      });
    },
    listCorrections() {
      return run(() => corrections.map(copyCorrection));
    },

    getFeedState(url) {
      return run(() => {
        const json = feeds.get(url);
        return json === undefined ? undefined : feedOf(json);
      });
    },
    putFeedState(state) {
      return run(() => {
        feeds.set(state.url, JSON.stringify(state));
      });
    },

    getSetting(key) {
      return run(() => settings.get(key));
    },
    putSetting(key, value) {
      return run(() => {
        settings.set(key, value);
      });
    },

    close() {
      closed = true;
      return Promise.resolve();
    },
  };
  return store;
}
