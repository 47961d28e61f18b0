// Events → stories: two events are linked when they share key actors (their heaviest names) and
// topic (term overlap) within storyWindowDays; stories are the connected groups. Each link is
// written out as a line of the story's explanation.
import type { Cluster } from './events.js';
import { formatDay } from './features.js';
import { STORY_KEY_ACTORS, STORY_MIN_SHARED_ACTORS, STORY_NAME_THRESHOLD, STORY_TERM_THRESHOLD } from './rules.js';
import { centroidCosine, topKeys } from './vectors.js';

/** One event as the story linker sees it. */
export type StoryInput = { cluster: Cluster; label: string };

export type StoryGroup = { members: number[]; explanation: string[] };

const fmt = (n: number): string => n.toFixed(2);

/** Groups events (by position in `events`) into stories; members in input order. */
export function linkStories(events: readonly StoryInput[], windowDays: number): StoryGroup[] {
  const actors = events.map((e) => topKeys(e.cluster.names.sum, STORY_KEY_ACTORS));
  const byActor = new Map<string, number[]>();
  actors.forEach((keys, i) => {
    for (const k of keys) {
      const list = byActor.get(k);
      if (list === undefined) byActor.set(k, [i]);
      else list.push(i);
    }
  });
  const parent = events.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  const links = new Map<number, string[]>();
  for (let i = 0; i < events.length; i++) {
    const shared = new Map<number, string[]>();
    for (const k of actors[i] ?? []) {
      for (const j of byActor.get(k) ?? []) {
        if (j <= i) continue;
        const list = shared.get(j);
        if (list === undefined) shared.set(j, [k]);
        else list.push(k);
      }
    }
    for (const [j, keys] of [...shared].sort((x, y) => x[0] - y[0])) {
      if (keys.length < STORY_MIN_SHARED_ACTORS) continue;
      const line = linkLine(events[i] as StoryInput, events[j] as StoryInput, keys, windowDays);
      if (line === undefined) continue;
      const [ri, rj] = [find(i), find(j)];
      const root = Math.min(ri, rj);
      parent[ri] = root;
      parent[rj] = root;
      const lines = links.get(i) ?? [];
      lines.push(line);
      links.set(i, lines);
    }
  }
  const groups = new Map<number, StoryGroup>();
  events.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root) ?? { members: [], explanation: [] };
    g.members.push(i);
    g.explanation.push(...(links.get(i) ?? []));
    groups.set(root, g);
  });
  for (const g of groups.values()) {
    for (const i of g.members) g.explanation.push(dayLine(events[i] as StoryInput));
    if (g.members.length === 1) {
      g.explanation.push(`a single event: no other event shares ${STORY_MIN_SHARED_ACTORS}+ of its key actors and its topic within ${windowDays} days`);
    }
  }
  return [...groups.values()];
}

/** The explanation line for a link, or undefined when the two events should not be linked. */
function linkLine(a: StoryInput, b: StoryInput, sharedActorKeys: readonly string[], windowDays: number): string | undefined {
  const dayA = a.cluster.days.mode;
  const dayB = b.cluster.days.mode;
  const gap = dayA === undefined || dayB === undefined ? undefined : Math.abs(dayA - dayB);
  if (gap !== undefined && gap > windowDays) return undefined;
  const terms = centroidCosine(a.cluster.terms, b.cluster.terms);
  const crossLingual = a.cluster.languages.size > 0 && b.cluster.languages.size > 0 && ![...a.cluster.languages].some((l) => b.cluster.languages.has(l));
  const names = crossLingual ? centroidCosine(a.cluster.crossNames, b.cluster.crossNames) : centroidCosine(a.cluster.names, b.cluster.names);
  if (names < STORY_NAME_THRESHOLD) return undefined;
  if (!crossLingual && terms < STORY_TERM_THRESHOLD) return undefined;
  const surface = (k: string): string => {
    for (const m of [...a.cluster.members, ...b.cluster.members]) {
      const s = m.nameSurfaces.get(k);
      if (s !== undefined) return s;
    }
    return k;
  };
  const actorList = [...new Set(sharedActorKeys.map(surface))].join(', ');
  const when = gap === undefined
    ? 'date unknown for one of them (story window not applied)'
    : `${gap} day(s) apart (${formatDay(dayA as number)} / ${formatDay(dayB as number)}, window ${windowDays})`;
  const topic = crossLingual ? 'different languages (topic from names only)' : `topic ${fmt(terms)} ≥ ${fmt(STORY_TERM_THRESHOLD)}`;
  return `"${a.label}" ↔ "${b.label}": shared key actors ${actorList}; names ${fmt(names)} ≥ ${fmt(STORY_NAME_THRESHOLD)}; ${topic}; ${when}`;
}

/** How an event's day was found, so a reader sees whether the date windows applied. */
function dayLine(e: StoryInput): string {
  const { mode } = e.cluster.days;
  const n = e.cluster.members.length;
  const example = e.cluster.members.find((m) => m.when.day === mode)?.when.source ?? e.cluster.members[0]?.when.source ?? '';
  if (mode === undefined) return `"${e.label}": no event day known (${example}); the date windows were not applied`;
  return `"${e.label}": event day ${formatDay(mode)}, the most common of ${n} article(s) (e.g. ${example})`;
}
