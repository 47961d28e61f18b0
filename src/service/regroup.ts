// Incremental grouping: the stored neighbourhood of a change (window.ts) is grouped again with
// the new articles, and only the events connected to the change are written back. An event that
// grows keeps its id (the stored event it shares the most members with, match.ts); an event whose
// members did not change is not rewritten; events left without members are deleted; stories are
// relinked for the changed events (stories.ts). The result is one StoreUpdate.
import type { Engine } from '../engine.js';
import type { Article } from '../model/article.js';
import type { Assignment, NewsEvent } from '../model/event.js';
import { asEventId, type ArticleId, type EventId, type StoryId } from '../model/ids.js';
import { finishEvent, finishStories } from '../engine.js';
import type { Story } from '../model/event.js';
import { independentSources } from '../stages/05-dedup/index.js';
import { CORRECTIONS_VERSION, type Correction } from '../stages/06-cluster/corrections.js';
import { createGrouper, stableId } from '../stages/06-cluster/index.js';
import type { Store, StoreUpdate, StoredArticle } from '../storage/store.js';
import { markCopies } from './copies.js';
import { matchByOverlap, sameMembers } from './match.js';
import { relinkStories } from './stories.js';
import { loadContext } from './window.js';

export type Change = {
  /** Prepared new articles (stages 2–4), not yet stored, with the key each is stored under. */
  added: readonly Article[];
  keys: ReadonlyMap<ArticleId, string>;
  /** Stored articles removed by this change (replaced by a new version). */
  deleted: ReadonlySet<ArticleId>;
  /** Stored articles whose events must be regrouped although no article joins them (a correction). */
  touched: readonly ArticleId[];
  /** Every correction in force, oldest first. */
  corrections: readonly Correction[];
};

export type Outcome = {
  update: StoreUpdate;
  eventsCreated: EventId[];
  eventsUpdated: EventId[];
  eventsDeleted: EventId[];
  storiesChanged: StoryId[];
};

/**
 * Finishes rewritten events (finishEvent: merges, compare, cited summary), in input order; `byId`
 * holds their members. The service passes one that uses its worker threads for large sets.
 */
export type Finisher = (events: readonly NewsEvent[], byId: ReadonlyMap<ArticleId, Article>) => Promise<NewsEvent[]>;

/** Finishes events in this thread. */
export const finishHere = (engine: Engine): Finisher => (events, byId) => Promise.resolve(events.map((e) => finishEvent(engine, e, byId)));

export async function regroup(store: Store, engine: Engine, change: Change, finish: Finisher = finishHere(engine)): Promise<Outcome> {
  const { ctx } = engine;
  const seeds = [...change.deleted, ...change.touched];
  const context = await loadContext(store, ctx, change.added, seeds);
  const stored = [...context.articles.values()].filter((s) => !change.deleted.has(s.article.id)).map((s) => s.article);
  const copies = markCopies(stored, change.added);
  const byId = new Map<ArticleId, Article>(stored.map((a) => [a.id, a]));
  for (const a of copies.repointed) byId.set(a.id, a);
  for (const a of copies.added) byId.set(a.id, a);
  const grouper = change.corrections.length === 0
    ? engine.grouper
    : createGrouper({ corrections: { version: CORRECTIONS_VERSION, corrections: [...change.corrections] } });
  const grouping = grouper.group([...byId.values()], ctx);
  const results = grouping.events;

  // The events connected to the change: regrouped events holding a new, replaced or corrected
  // article, the stored events they overlap, the regrouped events those overlap, and so on. Outside
  // this closure the stored events stand as they are, whatever the regrouping made of them.
  const storedEvents = new Map<EventId, NewsEvent>(context.events.map((e) => [e.id, e]));
  const oldOf = new Map<ArticleId, EventId>();
  for (const e of context.events) for (const id of e.articleIds) oldOf.set(id, e.id);
  const resultOf = new Map<ArticleId, number>();
  results.forEach((e, i) => { for (const id of e.articleIds) resultOf.set(id, i); });
  const affectedNew = new Set<number>();
  const affectedOld = new Set<EventId>();
  const queue: ({ kind: 'new'; i: number } | { kind: 'old'; id: EventId })[] = [];
  const touchNew = (i: number | undefined): void => { if (i !== undefined && !affectedNew.has(i)) { affectedNew.add(i); queue.push({ kind: 'new', i }); } };
  const touchOld = (id: EventId | undefined): void => { if (id !== undefined && !affectedOld.has(id)) { affectedOld.add(id); queue.push({ kind: 'old', id }); } };
  for (const a of change.added) touchNew(resultOf.get(a.id));
  for (const id of seeds) { touchOld(oldOf.get(id)); touchNew(resultOf.get(id)); }
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    if (item.kind === 'new') for (const id of (results[item.i] as NewsEvent).articleIds) touchOld(oldOf.get(id));
    else for (const id of storedEvents.get(item.id)?.articleIds ?? []) touchNew(resultOf.get(id));
  }

  // Ids: each affected event takes the id of the stored event it shares most members with.
  const affected = [...affectedNew].sort((a, b) => a - b);
  const match = matchByOverlap(
    affected.map((i) => (results[i] as NewsEvent).articleIds),
    new Map([...affectedOld].map((id) => [id, storedEvents.get(id)?.articleIds ?? []])),
  );
  const taken = new Set<string>(storedEvents.keys());
  const finalIds: EventId[] = [];
  for (const [at, i] of affected.entries()) {
    const r = results[i] as NewsEvent;
    const id = match.get(at) ?? (await freshEventId(store, r.articleIds, taken));
    taken.add(id);
    finalIds.push(id);
  }
  const toFinal = new Map<EventId, EventId>();
  affected.forEach((i, at) => toFinal.set((results[i] as NewsEvent).id, finalIds[at] as EventId));
  results.forEach((r, i) => {
    if (affectedNew.has(i)) return;
    const old = storedEvents.get(oldOf.get(r.articleIds[0] as ArticleId) ?? asEventId(''));
    if (old !== undefined && !affectedOld.has(old.id) && sameMembers(old.articleIds, r.articleIds)) toFinal.set(r.id, old.id);
  });

  // Events to finish (members changed, or copies re-pointed), finished together below.
  const drafts: NewsEvent[] = [];
  const rewrite = new Map<EventId, NewsEvent>();
  const known = new Map<EventId, NewsEvent>(storedEvents);
  const inherited = new Map<EventId, Set<StoryId>>();
  affected.forEach((i, at) => {
    const r = results[i] as NewsEvent;
    const id = finalIds[at] as EventId;
    const old = storedEvents.get(id);
    const stories = new Set<StoryId>();
    for (const m of r.articleIds) {
      const from = storedEvents.get(oldOf.get(m) ?? asEventId(''));
      if (from !== undefined) stories.add(from.storyId);
    }
    inherited.set(id, stories);
    if (old !== undefined && sameMembers(old.articleIds, r.articleIds)) return;
    const draft = { ...r, id, explanation: r.explanation.map((a) => remapRunnerUp(a, toFinal)) };
    drafts.push(draft);
    rewrite.set(id, draft);
    known.set(id, draft);
  });
  const deletedEvents = new Set([...affectedOld].filter((id) => !finalIds.includes(id)));
  for (const id of deletedEvents) known.delete(id);

  // A stored article re-pointed at a new original can change its event's count of independent sources.
  const repointed = new Set(copies.repointed.map((a) => a.id));
  for (const [id, e] of known) {
    if (rewrite.has(id) || !e.articleIds.some((a) => repointed.has(a))) continue;
    // copies count once in facts and summaries too: finish the event again
    if (independentSources(e.articleIds, byId) !== e.independentSources) { drafts.push(e); rewrite.set(id, e); }
  }
  for (const e of await finish(drafts, byId)) {
    rewrite.set(e.id, e);
    known.set(e.id, e);
  }

  const stories = await relinkStories(store, { grouping, toFinal, affected: finalIds, events: known, inherited, deleted: deletedEvents });
  for (const [id, storyId] of stories.storyOf) {
    const e = rewrite.get(id) ?? known.get(id) ?? stories.loaded.get(id);
    if (e !== undefined && (e.storyId !== storyId || rewrite.has(id))) rewrite.set(id, { ...e, storyId });
  }

  const storedAt = ctx.now().toISOString();
  const putArticles: StoredArticle[] = [
    ...copies.added.map((article) => ({ article, key: change.keys.get(article.id) ?? article.id, storedAt })),
    ...copies.repointed.map((article) => ({ ...(context.articles.get(article.id) as StoredArticle), article })),
  ];
  const existed = (id: EventId): boolean => storedEvents.has(id) || stories.loaded.has(id);
  const putEvents = [...rewrite.values()];
  const putStories = await storiesWithTimelines(store, stories.putStories, new Set(stories.deleteStories), putEvents, [known, stories.loaded]);
  return {
    update: {
      putArticles,
      deleteArticles: [...change.deleted],
      putEvents,
      deleteEvents: [...deletedEvents],
      putStories,
      deleteStories: stories.deleteStories,
    },
    eventsCreated: putEvents.filter((e) => !existed(e.id)).map((e) => e.id),
    eventsUpdated: putEvents.filter((e) => existed(e.id)).map((e) => e.id),
    eventsDeleted: [...deletedEvents],
    storiesChanged: [...putStories.map((s) => s.id), ...stories.deleteStories],
  };
}

/** A runner-up named by the regrouping's id is renamed to the final id, or dropped when it has none. */
function remapRunnerUp(a: Assignment, toFinal: ReadonlyMap<EventId, EventId>): Assignment {
  if (a.runnerUp === undefined) return a;
  const id = toFinal.get(a.runnerUp.eventId);
  if (id !== undefined) return { ...a, runnerUp: { ...a.runnerUp, eventId: id } };
  const { runnerUp: _r, ...rest } = a;
  return rest;
}

async function freshEventId(store: Store, articleIds: readonly ArticleId[], taken: ReadonlySet<string>): Promise<EventId> {
  const base = stableId('ev', articleIds);
  let id = base;
  for (let n = 2; taken.has(id) || (await store.getEvent(asEventId(id))) !== undefined; n++) id = `${base}-${n}`;
  return asEventId(id);
}

/**
 * The stories to write, each with its timeline (stage 8) merged from its events as they will be
 * stored: the relinked stories plus the stored stories of every rewritten event.
 */
async function storiesWithTimelines(
  store: Store,
  relinked: readonly Story[],
  deleted: ReadonlySet<StoryId>,
  putEvents: readonly NewsEvent[],
  known: readonly ReadonlyMap<EventId, NewsEvent>[],
): Promise<Story[]> {
  const stories = new Map<StoryId, Story>(relinked.map((s) => [s.id, s]));
  for (const e of putEvents) {
    if (stories.has(e.storyId) || deleted.has(e.storyId)) continue;
    const stored = await store.getStory(e.storyId);
    if (stored !== undefined) stories.set(stored.id, stored);
  }
  const events = new Map<EventId, NewsEvent>();
  for (const m of known) for (const [id, e] of m) events.set(id, e);
  for (const e of putEvents) events.set(e.id, e);
  for (const s of stories.values()) {
    for (const id of s.eventIds) {
      if (events.has(id)) continue;
      const e = await store.getEvent(id);
      if (e !== undefined) events.set(id, e);
    }
  }
  return finishStories([...stories.values()], [...events.values()]);
}
