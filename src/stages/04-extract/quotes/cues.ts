// Cue words of one article, found once: every speech cue ("said", "a déclaré", "sagte") and every
// "according to" group, as sorted spans. Attribution and reported speech look up the hits inside a
// window or a sentence instead of running the big cue alternation again on each of them.
import { ACCORDING_ANYWHERE, CUE_ANYWHERE } from './rules.js';

export type Hit = { start: number; end: number; /** the cue as written, spaces normalised */ cue: string };
export type Cues = { text: string; speech: Hit[]; according: Hit[] };

function hits(text: string, pattern: RegExp): Hit[] {
  const out: Hit[] = [];
  for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length, cue: (m[1] ?? m[0]).replace(/\s+/gu, ' ') });
  return out;
}

/** One pass per pattern over the article text. */
export function findCues(text: string): Cues {
  return { text, speech: hits(text, CUE_ANYWHERE), according: hits(text, ACCORDING_ANYWHERE) };
}

/** Index of the first hit starting at or after `pos`. */
function lowerBound(list: readonly Hit[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hits lying wholly inside [from, to), in text order. */
export function hitsIn(list: readonly Hit[], from: number, to: number): Hit[] {
  const out: Hit[] = [];
  for (let i = lowerBound(list, from); i < list.length; i++) {
    const h = list[i];
    if (h === undefined || h.start >= to) break;
    if (h.end <= to) out.push(h);
  }
  return out;
}

/** The last hit inside [from, to), or undefined. */
export function lastHitIn(list: readonly Hit[], from: number, to: number): Hit | undefined {
  for (let i = lowerBound(list, to) - 1; i >= 0; i--) {
    const h = list[i];
    if (h === undefined || h.start < from) return undefined;
    if (h.end <= to) return h;
  }
  return undefined;
}
