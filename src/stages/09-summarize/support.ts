// Does an article support a sentence? Our own alignment, never assumed: the article must hold a
// sentence (or two adjacent ones) that carries the sentence's content and every value it states.
import type { Evidence, Quote } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { CROSS_LANGUAGE_MIN_ANCHORS, CROSS_LANGUAGE_MIN_ENTITIES, QUOTE_SUPPORT_SHARE, SUPPORT_CONTAINMENT, SUPPORT_MIN_SHARED } from './rules.js';
import type { ArticleUnits, QuantityAnchor, Unit } from './units.js';

const subset = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => [...a].every((x) => b.has(x));

/** Every quantity of `a` meets a quantity of `b` in the same unit with an overlapping interval. */
function quantitiesHeld(a: readonly QuantityAnchor[], b: readonly QuantityAnchor[]): boolean {
  return a.every((q) => b.some((r) => r.unit === q.unit && r.low <= q.high && q.low <= r.high));
}

/** Dates: when the sentence resolves some, the window shares one (the same day told another way elsewhere is allowed). */
function datesMet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === 0 || [...a].some((d) => b.has(d));
}

/** The values a sentence states are all in the window: quantities, dates, loose digit numbers, polarity. */
function valuesHeld(s: Unit, w: Unit): boolean {
  return s.negated === w.negated && quantitiesHeld(s.quantities, w.quantities) && datesMet(s.dates, w.dates) && subset(s.looseNumbers, w.numbers);
}

/** Entity keys meet when equal or when the words of one are all in the other ("calvera" / "siera calvera"). */
function entityIn(key: string, keys: ReadonlySet<string>): boolean {
  if (keys.has(key)) return true;
  const words = key.split(' ');
  for (const k of keys) {
    const other = k.split(' ');
    const [small, large] = words.length <= other.length ? [words, other] : [other, words];
    if (small.every((x) => large.includes(x))) return true;
  }
  return false;
}

/** Share of the sentence's words (outside values) found in the window, when enough of them are; else 0. */
function wordContainment(s: Unit, w: Unit): number {
  let shared = 0;
  for (const x of s.plainStems) if (w.stems.has(x)) shared++;
  const containment = s.plainStems.size === 0 ? 0 : shared / s.plainStems.size;
  return containment >= SUPPORT_CONTAINMENT && shared >= Math.min(SUPPORT_MIN_SHARED, s.plainStems.size) ? containment : 0;
}

/** How well window `w` supports sentence `s` (0 = not at all; higher is better), same language. */
function sameLanguageScore(s: Unit, w: Unit): number {
  return valuesHeld(s, w) ? wordContainment(s, w) : 0;
}

const anchorCount = (s: Unit): number => s.entities.size + s.quantities.length + s.dates.size;

/**
 * Across languages: the sentence names enough anchors, the window holds every value it states
 * (quantities, dates, numbers) and at least SUPPORT_CONTAINMENT of its entities (by cross-language key).
 */
function crossLanguageScore(s: Unit, w: Unit): number {
  if (anchorCount(s) < CROSS_LANGUAGE_MIN_ANCHORS || !valuesHeld(s, w)) return 0;
  let shared = 0;
  for (const e of s.entities) if (entityIn(e, w.entities)) shared++;
  const containment = s.entities.size === 0 ? 1 : shared / s.entities.size;
  return containment >= SUPPORT_CONTAINMENT && shared >= Math.min(CROSS_LANGUAGE_MIN_ENTITIES, s.entities.size) ? containment : 0;
}

/** Does quantity `q` conflict with the window: the window gives its unit, only outside its interval? */
function conflicts(q: QuantityAnchor, w: Unit): boolean {
  const same = w.quantities.filter((r) => r.unit === q.unit);
  return same.length > 0 && same.every((r) => r.high < q.low || q.high < r.low);
}

/**
 * Does `target` tell the same thing as sentence `s` with another value? The window would support
 * the sentence with its conflicting quantities left out, and gives those quantities other values.
 * Such a sentence is disputed and is not stated as a fact.
 */
export function contradictedIn(s: Unit, language: string, target: ArticleUnits): boolean {
  if (target.article.id === s.articleId || s.quantities.length === 0) return false;
  const score = target.article.language === language ? sameLanguageScore : crossLanguageScore;
  for (const w of windows(target)) {
    const kept = s.quantities.filter((q) => !conflicts(q, w));
    if (kept.length < s.quantities.length && score({ ...s, quantities: kept }, w) > 0) return true;
  }
  return false;
}

/** Windows of an article: each sentence, then each pair of adjacent sentences. */
const windows = (target: ArticleUnits): Unit[] => [...target.units, ...target.pairs];

/**
 * The span of `target` that supports sentence `s` written in `language`, or undefined. The
 * article the sentence was copied from supports it with the sentence itself.
 */
export function supportIn(s: Unit, language: string, target: ArticleUnits): Evidence | undefined {
  const a = target.article;
  if (a.id === s.articleId) return { articleId: a.id, start: s.span.start, end: s.span.end, text: s.text };
  const score = a.language === language ? sameLanguageScore : crossLanguageScore;
  // The smallest evidence: a single sentence when one supports it, a pair of adjacent ones otherwise.
  const pick = (ws: Iterable<Unit>): Unit | undefined => {
    let found: Unit | undefined;
    let top = 0;
    for (const w of ws) {
      const v = score(s, w);
      if (v > top) {
        top = v;
        found = w;
      }
    }
    return found;
  };
  const best = pick(target.units) ?? pick(target.pairs);
  return best === undefined ? undefined : { articleId: a.id, start: best.span.start, end: best.span.end, text: a.text.slice(best.span.start, best.span.end) };
}

/**
 * Support through the event's quote variants (stage 4 grouped the same statement by the same speaker
 * across outlets and languages): when a quotation makes up QUOTE_SUPPORT_SHARE of the sentence and
 * the sentence states no number outside it, each article holding a variant of that quotation
 * supports the sentence, with the sentence around its variant as evidence.
 */
export function quoteSupport(s: Unit, source: ArticleUnits, quotes: readonly Quote[], all: readonly ArticleUnits[]): Map<ArticleId, Evidence> {
  const out = new Map<ArticleId, Evidence>();
  const length = s.span.end - s.span.start;
  const ex = source.article.extraction;
  for (const q of quotes) {
    const own = q.variants.find((v) => v.articleId === s.articleId && v.start !== undefined && v.end !== undefined
      && v.start >= s.span.start && v.end <= s.span.end);
    if (own?.start === undefined || own.end === undefined || (own.end - own.start) / length < QUOTE_SUPPORT_SHARE) continue;
    const from = own.start;
    const to = own.end;
    const outside = (x: { start: number; end: number }): boolean => x.start >= s.span.start && x.end <= s.span.end && (x.end <= from || x.start >= to);
    if ((ex?.quantities ?? []).some(outside) || [...source.article.text.slice(s.span.start, from).matchAll(/\p{N}/gu)].length > 0
      || [...source.article.text.slice(to, s.span.end).matchAll(/\p{N}/gu)].length > 0) continue;
    for (const v of q.variants) {
      if (v.articleId === s.articleId || v.start === undefined || out.has(v.articleId)) continue;
      const target = all.find((t) => t.article.id === v.articleId);
      const start = v.start;
      const unit = target?.units.find((u) => start >= u.span.start && start < u.span.end);
      if (target === undefined) continue;
      const span = unit?.span ?? { start, end: v.end ?? start };
      out.set(v.articleId, { articleId: v.articleId, start: span.start, end: span.end, text: target.article.text.slice(span.start, span.end) });
    }
  }
  return out;
}
