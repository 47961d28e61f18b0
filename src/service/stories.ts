// Stories after a regrouping: the events that changed are linked into stories again, keeping story
// ids stable. Two events share a story when the regrouping's story linker put them together (it
// sees the events of the loaded window) or when they inherit one: a changed event stays in the
// stories of the events it took members from. So stories merge as links are found and keep their
// id (the story most of their events were in); an event that leaves every other event of its
// window does not leave its story.
import type { NewsEvent, Story } from '../model/event.js';
import { asStoryId, type EventId, type StoryId } from '../model/ids.js';
import { stableId, type Grouping } from '../stages/06-cluster/index.js';
import type { Store } from '../storage/store.js';

export type StoryInput = {
  grouping: Grouping;
  /** Grouper event id (from the regrouping) → final event id, for the events that map to one. */
  toFinal: ReadonlyMap<EventId, EventId>;
  /** Final ids of the regrouped events that changed or may have (the affected events). */
  affected: readonly EventId[];
  /** Every event known now: affected events (final form) and the other stored events of the window. */
  events: ReadonlyMap<EventId, NewsEvent>;
  /** For each affected event, the stories of the stored events it took members from. */
  inherited: ReadonlyMap<EventId, ReadonlySet<StoryId>>;
  /** Stored events that vanish in this change. */
  deleted: ReadonlySet<EventId>;
};

export type StoryOutcome = {
  /** The story of every event the relinking looked at. */
  storyOf: Map<EventId, StoryId>;
  /** Stored events outside the window that belong to a relinked story (loaded to update them). */
  loaded: Map<EventId, NewsEvent>;
  putStories: Story[];
  deleteStories: StoryId[];
};

const STORY_NODE = 'story:';
const SINGLE_EVENT_LINE = 'a single event:';

function unionFind(): { find(x: string): string; union(a: string, b: string): void } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    if (!parent.has(x)) parent.set(x, x);
    let y = x;
    while (y !== root) { const next = parent.get(y) as string; parent.set(y, root); y = next; }
    return root;
  };
  return {
    find,
    union(a, b) {
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    },
  };
}

const order = (e: NewsEvent): string => `${e.date ?? '9999-99-99'}|${e.id}`;

export async function relinkStories(store: Store, input: StoryInput): Promise<StoryOutcome> {
  const { events, deleted } = input;
  const affected = new Set(input.affected);
  const uf = unionFind();
  const nodes = new Set<EventId>(input.affected);
  const loaded = new Map<EventId, NewsEvent>();
  const eventOf = (id: EventId): NewsEvent | undefined => events.get(id) ?? loaded.get(id);
  const linesOf = new Map<EventId, string[]>();

  // 1. Links the regrouping found between an affected event and others of the window.
  for (const story of input.grouping.stories) {
    const finals = story.eventIds.map((id) => input.toFinal.get(id)).filter((id): id is EventId => id !== undefined);
    const first = finals[0];
    if (first === undefined || !finals.some((id) => affected.has(id))) continue;
    for (const id of finals) { nodes.add(id); uf.union(first, id); }
    linesOf.set(first, story.explanation);
  }
  // 2. Stories held before: inherited by affected events, stored on the others.
  const before = (id: EventId): StoryId[] => {
    if (affected.has(id)) return [...(input.inherited.get(id) ?? [])];
    const e = eventOf(id);
    return e === undefined ? [] : [e.storyId];
  };
  const involved = new Set<StoryId>();
  for (const id of nodes) for (const s of before(id)) { involved.add(s); uf.union(id, STORY_NODE + s); }
  // 3. Every remaining event of an involved story moves with it.
  const previous = new Map<StoryId, Story>();
  for (const s of involved) {
    const story = await store.getStory(s);
    if (story === undefined) continue;
    previous.set(s, story);
    for (const id of story.eventIds) {
      if (deleted.has(id)) continue;
      if (eventOf(id) === undefined) {
        const e = await store.getEvent(id);
        if (e === undefined) continue;
        loaded.set(id, e);
      }
      nodes.add(id);
      uf.union(id, STORY_NODE + s);
    }
  }

  const components = new Map<string, EventId[]>();
  for (const id of nodes) {
    const root = uf.find(id);
    const list = components.get(root);
    if (list === undefined) components.set(root, [id]); else list.push(id);
  }
  const storyOf = new Map<EventId, StoryId>();
  const putStories: Story[] = [];
  const kept = new Set<StoryId>();
  const taken = new Set<string>(involved);
  for (const [root, ids] of components) {
    const members = ids.map(eventOf).filter((e): e is NewsEvent => e !== undefined).sort((a, b) => (order(a) < order(b) ? -1 : 1));
    if (members.length === 0) continue;
    const weight = new Map<StoryId, number>();
    for (const e of members) for (const s of before(e.id)) weight.set(s, (weight.get(s) ?? 0) + 1);
    const candidates = [...involved].filter((s) => uf.find(STORY_NODE + s) === root);
    candidates.sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || (a < b ? -1 : 1));
    let id = candidates[0];
    if (id === undefined) id = await freshStoryId(store, members, taken);
    kept.add(id);
    taken.add(id);
    const lead = members.reduce((best, e) => (e.articleIds.length > best.articleIds.length ? e : best));
    const eventIds = members.map((e) => e.id);
    const old = previous.get(id);
    for (const e of members) storyOf.set(e.id, id);
    if (old !== undefined && old.title === lead.title && old.eventIds.length === eventIds.length && old.eventIds.every((x, i) => x === eventIds[i])) continue;
    const lines = [...new Set([...members.flatMap((e) => linesOf.get(e.id) ?? []), ...candidates.flatMap((s) => previous.get(s)?.explanation ?? [])])];
    putStories.push({ id, title: lead.title, eventIds, explanation: members.length > 1 ? lines.filter((l) => !l.startsWith(SINGLE_EVENT_LINE)) : lines });
  }
  const deleteStories = [...involved].filter((s) => !kept.has(s) && previous.has(s));
  return { storyOf, loaded, putStories, deleteStories };
}

async function freshStoryId(store: Store, members: readonly NewsEvent[], taken: ReadonlySet<string>): Promise<StoryId> {
  const base = stableId('st', members.flatMap((e) => e.articleIds));
  let id = base;
  for (let n = 2; taken.has(id) || (await store.getStory(asStoryId(id))) !== undefined; n++) id = `${base}-${n}`;
  return asStoryId(id);
}
