// Date and time expressions of one article, resolved against its publication date; and an event's
// timeline and date from its articles' expressions. PLACEHOLDER (issue B).
import type { Article } from '../../../model/article.js';
import type { TimelineEntry } from '../../../model/event.js';
import type { DateMention } from '../../../model/extraction.js';

export function extractDates(_article: Article): DateMention[] {
  return [];
}

/** Timeline entries of an event (merged, deduplicated, ordered) and its date when the articles tell it. */
export function eventTimeline(_articles: readonly Article[]): { timeline: TimelineEntry[]; date?: string } {
  return { timeline: [] };
}
