// An event's timeline and its date (when it happened, from the expressions in the articles' leads
// that resolve near publication). Every resolved expression gives a sentence; sentences of one date
// and precision are clustered by shared content stems into one entry per happening, citing every
// article that tells it, with the shortest clear sentence (English preferred) as its text. Entries
// are ordered by date, then support; background dates far before the event go last unless several
// articles cite them, and the timeline is capped at its best-supported entries.
import { spanIndexAt } from '../../../text/spans.js';
import type { Article, Span } from '../../../model/article.js';
import type { DatePrecision, TimelineEntry } from '../../../model/event.js';
import type { ArticleId } from '../../../model/ids.js';
import { fold } from '../../../text/fold.js';
import { STOPWORDS } from '../../../text/stopwords.js';
import { referenceDay, startDay } from './resolve.js';
import { roughSentences } from './scan.js';
import {
  EVENT_DATE_MAX_AFTER_DAYS, EVENT_DATE_MAX_BEFORE_DAYS, EVENT_DATE_OTHER_WEIGHT, EVENT_DATE_POSITION_WEIGHTS, TIMELINE_BACKGROUND_DAYS,
  TIMELINE_BACKGROUND_MIN_ARTICLES, TIMELINE_MAX_ENTRIES, TIMELINE_MERGE_CROSS_LANGUAGE_OVERLAP, TIMELINE_MERGE_MIN_SHARED, TIMELINE_MERGE_OVERLAP, TIMELINE_MIN_WORD,
  TIMELINE_OUTPUT_LANGUAGE, TIMELINE_STEM_LENGTH, TIMELINE_TEXT_MAX, TIMELINE_TEXT_MIN,
} from './rules.js';

const PRECISION_ORDER: Record<DatePrecision, number> = { year: 0, month: 1, week: 2, day: 3 };
/** Approximate length in days of a period of each precision (for "ends before"). */
const PRECISION_DAYS: Record<DatePrecision, number> = { year: 366, month: 31, week: 7, day: 1 };
const FUNCTION_WORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flat());

const sentenceIndex = spanIndexAt;

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

/** Content stems of a sentence: folded, function words dropped, cut to TIMELINE_STEM_LENGTH (numbers whole). */
export function contentStems(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of fold(s).split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < TIMELINE_MIN_WORD || FUNCTION_WORDS.has(w)) continue;
    out.add(/^\p{N}+$/u.test(w) ? w : w.slice(0, TIMELINE_STEM_LENGTH));
  }
  return out;
}

/** Same happening: enough shared stems, covering enough of the shorter sentence. */
function sameHappening(a: Sentence, b: Sentence): boolean {
  let shared = 0;
  for (const w of a.stems) if (b.stems.has(w)) shared++;
  const overlap = a.language === b.language ? TIMELINE_MERGE_OVERLAP : TIMELINE_MERGE_CROSS_LANGUAGE_OVERLAP;
  return shared >= TIMELINE_MERGE_MIN_SHARED && shared / Math.max(1, Math.min(a.stems.size, b.stems.size)) >= overlap;
}

type Sentence = { text: string; stems: Set<string>; articleId: ArticleId; language: string; english: boolean; order: number };
type Cluster = { date: string; precision: DatePrecision; members: Sentence[]; articleIds: ArticleId[] };

/** A reader's text for a cluster: English, whole (not cut), not a bare quote, long enough — then the shortest. */
function bestText(members: readonly Sentence[]): string {
  const rank = (s: Sentence): number[] => [
    s.english ? 0 : 1, s.text.startsWith('…') || s.text.endsWith('…') ? 1 : 0, /^["“„«‘]/u.test(s.text) ? 1 : 0,
    s.text.length < TIMELINE_TEXT_MIN ? 1 : 0, s.text.length, s.order,
  ];
  let best: Sentence | undefined;
  let bestRank: number[] = [];
  for (const s of members) {
    const r = rank(s);
    const i = r.findIndex((v, k) => v !== bestRank[k]);
    if (best === undefined || (i >= 0 && (r[i] ?? 0) < (bestRank[i] ?? 0))) {
      best = s;
      bestRank = r;
    }
  }
  return best?.text ?? '';
}

/** Clusters one date's sentences (single link: a sentence joins the first cluster holding a sentence of the same happening). */
function cluster(date: string, precision: DatePrecision, sentences: readonly Sentence[]): Cluster[] {
  const out: Cluster[] = [];
  for (const s of sentences) {
    const c = out.find((x) => x.members.some((m) => m.text === s.text || sameHappening(m, s)));
    if (c === undefined) out.push({ date, precision, members: [s], articleIds: [s.articleId] });
    else {
      c.members.push(s);
      if (!c.articleIds.includes(s.articleId)) c.articleIds.push(s.articleId);
    }
  }
  return out;
}

/** The event's date: the best-supported day-precision expression near publication, lead sentences weighing most. */
function pickDate(support: ReadonlyMap<string, { weight: number; articles: Set<ArticleId> }>): string | undefined {
  let date: string | undefined;
  let top = { weight: 0, count: 0 };
  for (const [value, s] of support) {
    const better = s.weight > top.weight || (s.weight === top.weight && (s.articles.size > top.count || (s.articles.size === top.count && date !== undefined && value > date)));
    if (better) {
      date = value;
      top = { weight: s.weight, count: s.articles.size };
    }
  }
  return date;
}

/** Timeline entries of an event (merged, deduplicated, ordered, capped) and its date when the articles tell it. */
export function eventTimeline(articles: readonly Article[]): { timeline: TimelineEntry[]; date?: string } {
  const byDate = new Map<string, { date: string; precision: DatePrecision; sentences: Sentence[] }>();
  const support = new Map<string, { weight: number; articles: Set<ArticleId> }>();
  let order = 0;
  let lastPub: number | undefined;
  for (const a of articles) {
    const pub = referenceDay(a.published);
    if (pub !== undefined) lastPub = Math.max(lastPub ?? pub, pub);
    const best = new Map<string, number>();
    const sentences = a.sentences.length > 0 ? a.sentences : roughSentences(a.text);
    const english = a.language === TIMELINE_OUTPUT_LANGUAGE;
    for (const m of a.extraction?.dates ?? []) {
      if (m.value === undefined || m.precision === undefined) continue;
      const i = sentenceIndex(sentences, m.start);
      const text = describe(a.text, sentences[i], m);
      const key = `${m.precision}:${m.value}`;
      const group = byDate.get(key) ?? { date: m.value, precision: m.precision, sentences: [] };
      if (!group.sentences.some((s) => s.articleId === a.id && s.text === text)) {
        const whole = sentences[i] ?? m;
        const stems = contentStems(a.text.slice(whole.start, m.start) + ' ' + a.text.slice(m.end, whole.end));
        group.sentences.push({ text, stems, articleId: a.id, language: a.language, english, order: order++ });
      }
      byDate.set(key, group);
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
  const date = pickDate(support);
  const anchor = (date === undefined ? undefined : startDay(date)) ?? lastPub;
  const clusters = [...byDate.values()].flatMap((g) => cluster(g.date, g.precision, g.sentences));
  const background = (c: Cluster): boolean => {
    const start = startDay(c.date);
    return anchor !== undefined && start !== undefined && start + PRECISION_DAYS[c.precision] < anchor - TIMELINE_BACKGROUND_DAYS
      && c.articleIds.length < TIMELINE_BACKGROUND_MIN_ARTICLES;
  };
  const distance = (c: Cluster): number => Math.abs((startDay(c.date) ?? 0) - (anchor ?? 0));
  const firstOrder = (c: Cluster): number => c.members[0]?.order ?? 0;
  const kept = [...clusters]
    .sort((x, y) => Number(background(x)) - Number(background(y)) || y.articleIds.length - x.articleIds.length
      || PRECISION_ORDER[y.precision] - PRECISION_ORDER[x.precision] || distance(x) - distance(y) || firstOrder(x) - firstOrder(y))
    .slice(0, TIMELINE_MAX_ENTRIES);
  kept.sort((x, y) => Number(background(x)) - Number(background(y)) || (startDay(x.date) ?? 0) - (startDay(y.date) ?? 0)
    || PRECISION_ORDER[x.precision] - PRECISION_ORDER[y.precision] || y.articleIds.length - x.articleIds.length || firstOrder(x) - firstOrder(y));
  const timeline = kept.map((c) => ({ date: c.date, precision: c.precision, text: bestText(c.members), articleIds: c.articleIds }));
  return date === undefined ? { timeline } : { timeline, date };
}
