// Stage 6 — group articles into events and events into stories, behind the Grouper port so the
// stream-scale clusterer can replace the first grouping. PLACEHOLDER: one event per article.
import type { Article } from '../../model/article.js';
import type { NewsEvent, Story } from '../../model/event.js';
import { asEventId, asStoryId } from '../../model/ids.js';
import type { StageContext } from '../../context.js';

export type Grouping = { events: NewsEvent[]; stories: Story[] };

export interface Grouper {
  group(articles: readonly Article[], ctx: StageContext): Grouping;
}

export function createGrouper(): Grouper {
  return {
    group(articles) {
      const events: NewsEvent[] = articles.map((a) => ({
        id: asEventId(`ev-${a.id}`), storyId: asStoryId(`st-${a.id}`), title: a.title ?? a.text.slice(0, 80),
        articleIds: [a.id], entities: [], quotes: [], facts: [], timeline: [], summary: [], exclusive: [], explanation: [],
      }));
      const stories: Story[] = events.map((e) => ({ id: e.storyId, title: e.title, eventIds: [e.id], explanation: [] }));
      return { events, stories };
    },
  };
}
