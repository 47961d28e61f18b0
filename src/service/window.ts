// Which stored events an ingest or a correction can touch: the events dated within
// eventWindowDays of the new articles (the clusterer never puts articles further apart into one
// event), the events that hold replaced or corrected articles, and their member articles.
import type { StageContext } from '../context.js';
import type { Article } from '../model/article.js';
import type { NewsEvent } from '../model/event.js';
import type { ArticleId, EventId } from '../model/ids.js';
import { eventDay, featureLanguage, formatDay, parseDay } from '../stages/06-cluster/features.js';
import type { Store, StoredArticle } from '../storage/store.js';
import { MAX_CONTEXT_DAYS, MIN_CONTEXT_ARTICLES } from './rules.js';

/** The day (days since 1970-01-01) the grouper will place an article on, when it can tell. */
export function articleDay(a: Article): number | undefined {
  return eventDay(a.text, a.published, featureLanguage(a.language, a.text)).day;
}

const count = (events: readonly NewsEvent[]): number => events.reduce((n, e) => n + e.articleIds.length, 0);

export type Context = {
  /** Stored events that may change: the window's events plus the events of `seeds`. */
  events: NewsEvent[];
  /** Their member articles as stored (articles being replaced included). */
  articles: Map<ArticleId, StoredArticle>;
  /** The window used, for messages and tests (inclusive ISO days). */
  from: string;
  to: string;
};

/**
 * Loads the stored neighbourhood of a change: events dated within eventWindowDays of any new
 * article or seed event. Undated new articles (no publication date, no date in the lead) are
 * grouped against the same window as the dated ones plus the stored undated events; a batch with
 * no dated article at all uses the window before the most recent stored event (or today).
 */
export async function loadContext(store: Store, ctx: StageContext, added: readonly Article[], seeds: readonly ArticleId[]): Promise<Context> {
  const seedEventIds = seeds.length === 0 ? [] : await store.eventIdsOfArticles(seeds);
  const seedEvents = (await Promise.all(seedEventIds.map((id) => store.getEvent(id)))).filter((e): e is NewsEvent => e !== undefined);
  const days: number[] = [];
  let undated = false;
  for (const a of added) {
    const day = articleDay(a);
    if (day === undefined) undated = true; else days.push(day);
  }
  for (const e of seedEvents) {
    const day = parseDay(e.date);
    if (day === undefined) undated = true; else days.push(day);
  }
  const w = Math.ceil(ctx.config.eventWindowDays);
  let lo: number;
  let hi: number;
  if (days.length > 0) {
    lo = days.reduce((m, d) => Math.min(m, d)) - w;
    hi = days.reduce((m, d) => Math.max(m, d)) + w;
  } else {
    const latest = (await store.listEvents({ sort: 'recency', limit: 1 })).items[0];
    const anchor = parseDay(latest?.date ?? latest?.lastPublished) ?? Math.floor(ctx.now().getTime() / 86_400_000);
    lo = anchor - 2 * w;
    hi = anchor + w;
  }
  const from = formatDay(lo);
  const to = formatDay(hi);
  let inWindow = await store.eventsBetween(from, to, { undated });
  // Widen a thin window for the grouper's document statistics (rules.ts).
  for (let pad = 2 * w; count(inWindow) < MIN_CONTEXT_ARTICLES && pad <= MAX_CONTEXT_DAYS; pad *= 2) {
    const wider = await store.eventsBetween(formatDay(lo - pad), formatDay(hi + pad), { undated });
    if (wider.length === inWindow.length) continue;
    inWindow = wider;
  }
  const events = new Map<EventId, NewsEvent>(inWindow.map((e) => [e.id, e]));
  for (const e of seedEvents) events.set(e.id, e);
  const memberIds = [...events.values()].flatMap((e) => e.articleIds);
  const stored = await store.getArticles(memberIds);
  return { events: [...events.values()], articles: new Map(stored.map((s) => [s.article.id, s])), from, to };
}
