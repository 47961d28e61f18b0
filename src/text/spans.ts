// Lookups over sorted, disjoint spans (sentences, paragraphs, quotes) of one text.
import type { Span } from '../model/article.js';

/** Index of the span in `spans` (sorted, disjoint) that contains `pos`, or -1 (binary search). */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s === undefined) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
