// An event's timeline (every resolved expression of its articles, with the sentence that says what
// happened then, merged across articles) and its date (when it happened, from the expressions in
// the articles' leads that resolve near publication).
import type { Article, Span } from '../../../model/article.js';
import type { DatePrecision, TimelineEntry } from '../../../model/event.js';
import type { ArticleId } from '../../../model/ids.js';
import { referenceDay, startDay } from './resolve.js';
import { roughSentences } from './scan.js';
import {
  EVENT_DATE_MAX_AFTER_DAYS, EVENT_DATE_MAX_BEFORE_DAYS, EVENT_DATE_OTHER_WEIGHT, EVENT_DATE_POSITION_WEIGHTS, TIMELINE_MERGE_SIMILARITY,
  TIMELINE_TEXT_MAX,
} from './rules.js';

const PRECISION_ORDER: Record<DatePrecision, number> = { year: 0, month: 1, week: 2, day: 3 };

function sentenceIndex(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) break;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence around an expression, cut to a window around it when long. */
function describe(text: string, s: Span | undefined, m: Span): string {
  const span = s ?? { start: m.start, end: m.end };
  const sentence = text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim();
  if (sentence.length <= TIMELINE_TEXT_MAX) return sentence;
  const half = Math.floor(TIMELINE_TEXT_MAX / 2);
  const from = Math.max(span.start, m.start - half);
  const to = Math.min(span.end, m.end + half);
  const cut = text.slice(from, to).replace(/\s+/gu, ' ').replace(/^\S*\s/u, from > span.start ? '' : '$&').replace(/\s\S*$/u, to < span.end ? '' : '$&').trim();
  return `${from > span.start ? '… ' : ''}${cut}${to < span.end ? ' …' : ''}`;
}

const wordSet = (s: string): Set<string> => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

type Draft = TimelineEntry & { words: Set<string>; order: number };

/** Timeline entries of an event (merged, deduplicated, ordered) and its date when the articles tell it. */
export function eventTimeline(articles: readonly Article[]): { timeline: TimelineEntry[]; date?: string } {
  const groups = new Map<string, Draft[]>();
  const support = new Map<string, { weight: number; articles: Set<ArticleId> }>();
  let order = 0;
  for (const a of articles) {
    const pub = referenceDay(a.published);
    const best = new Map<string, number>();
    const sentences = a.sentences.length > 0 ? a.sentences : roughSentences(a.text);
    for (const m of a.extraction?.dates ?? []) {
      if (m.value === undefined || m.precision === undefined) continue;
      const i = sentenceIndex(sentences, m.start);
      const text = describe(a.text, sentences[i], m);
      const key = `${m.precision}:${m.value}`;
      const words = wordSet(text);
      const list = groups.get(key) ?? [];
      const same = list.find((d) => jaccard(d.words, words) >= TIMELINE_MERGE_SIMILARITY);
      if (same === undefined) list.push({ date: m.value, precision: m.precision, text, articleIds: [a.id], words, order: order++ });
      else if (!same.articleIds.includes(a.id)) same.articleIds.push(a.id);
      groups.set(key, list);
      if (m.precision !== 'day') continue;
      const day = startDay(m.value);
      const weight = i >= 0 && i < EVENT_DATE_POSITION_WEIGHTS.length ? (EVENT_DATE_POSITION_WEIGHTS[i] ?? 0) : EVENT_DATE_OTHER_WEIGHT;
      const near = pub === undefined ? i >= 0 && i < EVENT_DATE_POSITION_WEIGHTS.length
        : day !== undefined && day >= pub - EVENT_DATE_MAX_BEFORE_DAYS && day <= pub + EVENT_DATE_MAX_AFTER_DAYS;
      if (near) best.set(m.value, Math.max(best.get(m.value) ?? 0, weight));
    }
    for (const [value, weight] of best) {
      const s = support.get(value) ?? { weight: 0, articles: new Set<ArticleId>() };
      s.weight += weight;
      s.articles.add(a.id);
      support.set(value, s);
    }
  }
  const drafts = [...groups.values()].flat();
  drafts.sort((x, y) => (startDay(x.date) ?? 0) - (startDay(y.date) ?? 0) || PRECISION_ORDER[x.precision] - PRECISION_ORDER[y.precision] || x.order - y.order);
  const timeline = drafts.map(({ date, precision, text, articleIds }) => ({ date, precision, text, articleIds }));
  let date: string | undefined;
  let top = { weight: 0, count: 0 };
  for (const [value, s] of support) {
    const better = s.weight > top.weight || (s.weight === top.weight && (s.articles.size > top.count || (s.articles.size === top.count && date !== undefined && value > date)));
    if (better) {
      date = value;
      top = { weight: s.weight, count: s.articles.size };
    }
  }
  return date === undefined ? { timeline } : { timeline, date };
}
