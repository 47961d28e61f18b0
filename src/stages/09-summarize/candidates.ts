// Sentences that may be copied into the summary, each with the articles that support it (our own
// alignment over every article of the event) and a score: support by independent origins,
// closeness to the event's centroid, position in its article.
import type { Article, Span } from '../../model/article.js';
import type { Evidence, Quote } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { fold } from '../../text/fold.js';
import {
  CANDIDATE_MAX_WORDS, CANDIDATE_MIN_WORDS, CENTROID_WEIGHT, HEADLINE_MAX_WORDS, LEAD_ENTITY_DATE_BONUS, LEAD_MIN_ENTITIES, LEAD_WINDOW,
  CLOSING_QUOTES, OPENING_QUOTES, POSITION_WEIGHT, SENTENCE_END, STRAIGHT_QUOTE, SENTENCE_START, SUPPORT_WEIGHT,
} from './rules.js';
import { contradictedIn, quoteSupport, supportIn } from './support.js';
import type { ArticleUnits, Unit } from './units.js';

export type Candidate = {
  unit: Unit;
  article: Article;
  /** Supporting spans, one per supporting article (the copied sentence first). */
  evidence: Evidence[];
  /** Distinct origins among the supporting articles (syndicated copies count once). */
  origins: number;
  score: number;
  leadScore: number;
};

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Shaped like a sentence a reader can take alone: whole, not a headline, not a fragment. */
function sentenceShaped(u: Unit, a: Article): boolean {
  const text = u.text.trim();
  if (u.words < CANDIDATE_MIN_WORDS || u.words > CANDIDATE_MAX_WORDS || text.includes('\n\n')) return false;
  if (!SENTENCE_END.test(text) || !SENTENCE_START.test(text)) return false;
  const n = (re: RegExp): number => text.match(re)?.length ?? 0;
  if (n(STRAIGHT_QUOTE) % 2 !== 0 || n(OPENING_QUOTES) !== n(CLOSING_QUOTES)) return false;
  const isTitle = a.title !== undefined && fold(a.title).trim() === fold(text).replace(/[.!?…]+$/u, '').trim();
  return !(isTitle && u.words <= HEADLINE_MAX_WORDS);
}

/** Stem weights of the event: for each stem, the number of origins whose pool-language articles use it. */
function centroid(pool: readonly ArticleUnits[]): Map<string, number> {
  const byOrigin = new Map<ArticleId, Set<string>>();
  for (const au of pool) {
    const set = byOrigin.get(au.origin) ?? new Set<string>();
    for (const u of au.units) for (const s of u.plainStems) set.add(s);
    byOrigin.set(au.origin, set);
  }
  const w = new Map<string, number>();
  for (const set of byOrigin.values()) for (const s of set) w.set(s, (w.get(s) ?? 0) + 1);
  return w;
}

function centroidCosine(u: Unit, w: ReadonlyMap<string, number>, norm: number): number {
  if (u.plainStems.size === 0 || norm === 0) return 0;
  let dot = 0;
  for (const s of u.plainStems) dot += w.get(s) ?? 0;
  return dot / (Math.sqrt(u.plainStems.size) * norm);
}

export type CandidateInput = {
  all: readonly ArticleUnits[];
  /** Articles whose sentences may be copied (output language, copies whose original is present left out). */
  pool: readonly ArticleUnits[];
  language: string;
  /** Spans (per article) holding a disputed value: never stated as a fact. */
  disputed: ReadonlyMap<ArticleId, readonly Span[]>;
  /** The event's quotations with their variants per article (stage 4). */
  quotes: readonly Quote[];
};

/** Candidates of the pool with their support, contradicted ones left out; in article then sentence order. */
export function candidates(input: CandidateInput): Candidate[] {
  const { all, pool, language, disputed, quotes } = input;
  const origins = new Set(all.map((a) => a.origin)).size;
  const weights = centroid(pool);
  let norm = 0;
  for (const v of weights.values()) norm += v * v;
  norm = Math.sqrt(norm);
  const out: Candidate[] = [];
  for (const au of pool) {
    const blocked = disputed.get(au.article.id) ?? [];
    for (const u of au.units) {
      if (!sentenceShaped(u, au.article) || blocked.some((s) => overlaps(s, u.span))) continue;
      if (all.some((t) => contradictedIn(u, language, t))) continue;
      const evidence: Evidence[] = [];
      const supporting = new Set<ArticleId>();
      const viaQuotes = quoteSupport(u, au, quotes, all);
      for (const t of all) {
        const e = supportIn(u, language, t) ?? viaQuotes.get(t.article.id);
        if (e === undefined) continue;
        if (t.article.id === au.article.id) evidence.unshift(e);
        else evidence.push(e);
        supporting.add(t.origin);
      }
      const support = origins > 1 ? (supporting.size - 1) / (origins - 1) : 0;
      const score = SUPPORT_WEIGHT * support + CENTROID_WEIGHT * centroidCosine(u, weights, norm) + POSITION_WEIGHT / (1 + u.index);
      const lead = u.index < LEAD_WINDOW && u.entities.size >= LEAD_MIN_ENTITIES && u.dates.size > 0 ? LEAD_ENTITY_DATE_BONUS : 0;
      out.push({ unit: u, article: au.article, evidence, origins: supporting.size, score, leadScore: score + lead });
    }
  }
  return out;
}
