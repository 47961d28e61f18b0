// Stage 8 — timeline: a story's timeline from its events' timelines (stage 4 builds each event's,
// in 04-extract/dates/timeline.ts). Entries of the same date and precision that tell the same
// happening (shared content stems) merge into one, citing every article and event behind them;
// entries keep their precision (a month stays a month); the result is ordered by date, coarser
// periods before the days they contain, then by support. Pure and deterministic.
import type { NewsEvent, StoryTimelineEntry } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { contentStems } from '../04-extract/dates/timeline.js';
import { startDay } from '../04-extract/dates/resolve.js';
import { STORY_MERGE_MIN_SHARED, STORY_MERGE_OVERLAP } from './rules.js';

export type { StoryTimelineEntry } from '../../model/event.js';

const PRECISION_ORDER = { year: 0, month: 1, week: 2, day: 3 } as const;

type Group = { entry: StoryTimelineEntry; stems: Set<string>; texts: { text: string; support: number; order: number }[]; order: number };

function sameHappening(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared >= STORY_MERGE_MIN_SHARED && shared / Math.max(1, Math.min(a.size, b.size)) >= STORY_MERGE_OVERLAP;
}

/** The text of a merged entry: the one most articles stand behind, then the first seen. */
function bestText(texts: Group['texts']): string {
  return [...texts].sort((x, y) => y.support - x.support || x.order - y.order)[0]?.text ?? '';
}

/**
 * The merged timeline of a story's events (pass the events of one story, in any order: the
 * result does not depend on it beyond ties, which follow event id order).
 */
export function storyTimeline(events: readonly NewsEvent[]): StoryTimelineEntry[] {
  const sorted = [...events].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  const groups: Group[] = [];
  let order = 0;
  for (const e of sorted) {
    for (const t of e.timeline) {
      const stems = contentStems(t.text);
      const g = groups.find((x) => x.entry.date === t.date && x.entry.precision === t.precision
        && (x.texts.some((y) => y.text === t.text) || sameHappening(x.stems, stems)));
      const item = { text: t.text, support: t.articleIds.length, order: order++ };
      if (g === undefined) {
        groups.push({ entry: { date: t.date, precision: t.precision, text: t.text, articleIds: [...t.articleIds], eventIds: [e.id] }, stems, texts: [item], order: item.order });
        continue;
      }
      for (const id of t.articleIds) if (!g.entry.articleIds.includes(id)) g.entry.articleIds.push(id);
      if (!g.entry.eventIds.includes(e.id)) g.entry.eventIds.push(e.id);
      for (const s of stems) g.stems.add(s);
      g.texts.push(item);
    }
  }
  const day = (g: Group): number => startDay(g.entry.date) ?? Number.POSITIVE_INFINITY;
  groups.sort((x, y) => day(x) - day(y) || PRECISION_ORDER[x.entry.precision] - PRECISION_ORDER[y.entry.precision]
    || y.entry.articleIds.length - x.entry.articleIds.length || x.order - y.order);
  return groups.map((g) => ({ ...g.entry, text: bestText(g.texts), articleIds: [...g.entry.articleIds] as ArticleId[] }));
}
