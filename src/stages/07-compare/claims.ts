// Claims of one article: a quantity with what it counts or measures, or a date of a named action,
// each with a language-independent topic (anchor concept + qualifiers) and the interval it allows.
import type { Article } from '../../model/article.js';
import type { ArticleId } from '../../model/ids.js';
import type { Quantity } from '../../model/extraction.js';
import { spanIndexAt } from '../../text/spans.js';
import {
  ADJACENT_WORDS, ANCHORS, DURATION_VERBS, MEETING_DURATION_MAX, MEETING_DURATION_MIN, MEETING_VERBS, OFFSET_AFTER, OFFSET_BEFORE, AMBIGUOUS_MEETING_WORDS,
  INCREMENT_AFTER, INCREMENT_BEFORE, PAST_REFERENCE_DAYS, PER_DAY_AFTER, QUALIFIERS, TIME_PREPOSITIONS, REFERENCE_BEFORE, SMALL_COUNT_MAX, WINDOW_AFTER, WINDOW_BEFORE,
  type ConceptEntry,
} from './rules.js';
import { happeningDateClaims } from './happening.js';
import { dateInterval, quantityInterval, type Interval } from './values.js';
import { compile, matchAt, phraseCovers, tokenAt, tokenize, type Matcher, type Token } from './words.js';

/** How sure the topic is: 2 = the counted noun or a word next to the number; 1 = a word in its clause; 0 = a fallback. */
export type Strength = 0 | 1 | 2;

export type Claim = {
  articleId: ArticleId;
  /** The origin the article copies (itself when it is not a copy). */
  origin: ArticleId;
  kind: 'quantity' | 'date';
  /** Unit class the values compare in: "count", "min", "%", "EUR", "day" … */
  unitClass: string;
  /** Anchor concept id ("meeting", "people"), or "#<folded noun>" for a noun not in the lexicon, or "" for none. */
  anchor: string;
  qualifiers: string[];
  strength: Strength;
  value: Interval;
  /** The value as written and its span in the cleaned text. */
  text: string;
  start: number;
  end: number;
  /** Index of the sentence holding it (-1 when outside every sentence). */
  sentence: number;
  /** The counted noun as written, when stage 4 found one. */
  counted?: string;
  unit: string;
  /** ISO date for a date claim. */
  iso?: string;
};

type Compiled = { id: string; m: Matcher };
const compileAll = (list: readonly ConceptEntry[]): Compiled[] => list.map((c) => ({ id: c.id, m: compile(c.words) }));
const ANCHOR_MATCHERS = compileAll(ANCHORS);
const QUALIFIER_MATCHERS = compileAll(QUALIFIERS);
const DURATION_VERB_MATCHER = compile(DURATION_VERBS);
const MEETING_VERB_MATCHER = compile(MEETING_VERBS);
const REFERENCE_MATCHER = compile(REFERENCE_BEFORE);
const OFFSET_AFTER_MATCHER = compile(OFFSET_AFTER);
const OFFSET_BEFORE_MATCHER = compile(OFFSET_BEFORE);
const AMBIGUOUS_MATCHER = compile(AMBIGUOUS_MEETING_WORDS);
const TIME_PREPOSITION_MATCHER = compile(TIME_PREPOSITIONS);
const INCREMENT_AFTER_MATCHER = compile(INCREMENT_AFTER);
const INCREMENT_BEFORE_MATCHER = compile(INCREMENT_BEFORE);
const PER_DAY_MATCHER = compile(PER_DAY_AFTER);
/** Qualifiers that only dates take. */
const DATE_QUALIFIERS = new Set(['next']);

/** The concept matched at token i, if any: a phrase covering it first ("hausse des prix" is inflation, not price). */
function conceptAt(list: readonly Compiled[], toks: readonly Token[], i: number): string | undefined {
  for (const c of list) if (phraseCovers(c.m, toks, i)) return c.id;
  for (const c of list) if (matchAt(c.m, toks, i) > 0) return c.id;
  return undefined;
}

/** Per-article memo of the anchor and qualifier at each token (each looked up at most once). */
type Lookup = { anchor: (i: number) => string | undefined; qualifier: (i: number) => string | undefined };

function lookup(toks: readonly Token[]): Lookup {
  const memo = (list: readonly Compiled[]): ((i: number) => string | undefined) => {
    const cache = new Map<number, string | null>();
    return (i) => {
      let v = cache.get(i);
      if (v === undefined) {
        v = conceptAt(list, toks, i) ?? null;
        cache.set(i, v);
      }
      return v ?? undefined;
    };
  };
  return { anchor: memo(ANCHOR_MATCHERS), qualifier: memo(QUALIFIER_MATCHERS) };
}

/** Token range of the clause around [from, to): up to the nearest breaks, within the sentence. */
function clause(toks: readonly Token[], from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && toks[a - 1]?.brk !== true) a--;
  let b = to;
  while (b < toks.length && toks[b]?.brk !== true) b++;
  return [a, b];
}

type Anchor = { id: string; distance: number };

/** The nearest anchor after (first, up to WINDOW_AFTER words) or before (up to WINDOW_BEFORE) the number, in its clause. */
function windowAnchor(look: Lookup, qa: number, qb: number, ca: number, cb: number): Anchor | undefined {
  for (let i = qb; i < Math.min(cb, qb + WINDOW_AFTER); i++) {
    const id = look.anchor(i);
    if (id !== undefined) return { id, distance: i - qb + 1 };
  }
  for (let i = qa - 1; i >= Math.max(ca, qa - WINDOW_BEFORE); i--) {
    const id = look.anchor(i);
    if (id !== undefined) return { id, distance: qa - i };
  }
  return undefined;
}

/** Qualifiers named in the clause window around the number (date-only ones for dates, the others for quantities). */
function qualifiersNear(look: Lookup, qa: number, qb: number, ca: number, cb: number, forDate: boolean): string[] {
  const out = new Set<string>();
  for (let i = Math.max(ca, qa - WINDOW_BEFORE); i < Math.min(cb, qb + WINDOW_BEFORE); i++) {
    if (i >= qa && i < qb) continue;
    const id = look.qualifier(i);
    if (id !== undefined && DATE_QUALIFIERS.has(id) === forDate) out.add(id);
  }
  return [...out].sort();
}

const DAY_MS = 86_400_000;

/** Does the clause place itself at a date well before publication ("in 2002", "since 2014")? Then its numbers are about that time. */
function pastReference(article: Article, toks: readonly Token[], start: number, end: number): boolean {
  const published = article.published === undefined ? NaN : Date.parse(article.published.slice(0, 10));
  if (Number.isNaN(published)) return false;
  const limit = published / DAY_MS - PAST_REFERENCE_DAYS;
  return (article.extraction?.dates ?? []).some((d) => {
    if (d.start < start || d.end > end) return false;
    const at = tokenAt(toks, d.start);
    if (at === 0 || matchAt(TIME_PREPOSITION_MATCHER, toks, at - 1) === 0) return false;
    const v = dateInterval(d);
    return v !== undefined && v.high < limit;
  });
}

function anyAnchor(look: Lookup, id: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (look.anchor(i) === id) return true;
  return false;
}

function anyIn(m: Matcher, toks: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (matchAt(m, toks, i) > 0) return true;
  return false;
}

const QUALIFIED_ANCHORS = new Set(['people', 'troops', 'workers', 'rescuers', 'ships', 'aircraft', 'products', 'rate', 'pay', 'fee', 'meeting']);

/** Unit class a quantity compares in. */
export function unitClassOfQuantity(q: Quantity): string {
  return q.dimension === 'count' ? 'count' : q.unit === '' ? q.dimension : q.unit;
}

function quantityClaim(article: Article, toks: readonly Token[], look: Lookup, q: Quantity, origin: ArticleId): Claim | undefined {
  const qa = tokenAt(toks, q.start);
  let qb = qa;
  while (qb < toks.length && (toks[qb]?.start ?? Infinity) < q.end) qb++;
  const [ca, cb] = clause(toks, qa, qb);
  // A reference point ("up from 54 percent", "from a peak of 9.1 percent") is not the claim.
  for (let i = Math.max(ca, qa - 3); i < qa; i++) if (matchAt(REFERENCE_MATCHER, toks, i) > 0) return undefined;
  if (matchAt(INCREMENT_AFTER_MATCHER, toks, qb) > 0 || (qa > 0 && matchAt(INCREMENT_BEFORE_MATCHER, toks, qa - 1) > 0)) return undefined;
  if (pastReference(article, toks, toks[ca]?.start ?? q.start, toks[cb - 1]?.end ?? q.end)) return undefined;
  const isDuration = q.dimension === 'duration';
  if (isDuration && (matchAt(OFFSET_AFTER_MATCHER, toks, qb) > 0 || anyIn(OFFSET_BEFORE_MATCHER, toks, Math.max(ca, qa - 3), qa))) return undefined;

  let anchor: Anchor | undefined;
  let strength: Strength = 0;
  if (q.counted !== undefined) {
    const ct = tokenize(q.counted);
    for (let i = 0; i < ct.length && anchor === undefined; i++) {
      const id = conceptAt(ANCHOR_MATCHERS, ct, i);
      if (id !== undefined) anchor = { id, distance: 0 };
    }
  }
  // A counted noun outside the lexicon is what is counted ("deux hameaux"): no nearby word overrides it.
  // (An adjective may follow it: "douze moyens aériens", so the words right after still count.)
  const countedElsewhere = anchor === undefined && q.counted !== undefined && q.dimension === 'count';
  anchor ??= countedElsewhere ? windowAnchor(look, qa, qb, qa, Math.min(qb + ADJACENT_WORDS, cb)) : windowAnchor(look, qa, qb, ca, cb);
  if (anchor !== undefined) strength = anchor.distance <= ADJACENT_WORDS ? 2 : 1;
  let qualifiers = qualifiersNear(look, qa, qb, ca, cb, false);
  let id = anchor?.id ?? '';
  if (id === 'dead') {
    id = 'people';
    qualifiers = [...new Set([...qualifiers, 'dead'])].sort();
  }
  if (isDuration) {
    // The length of a meeting: a meeting word or a "lasted" verb in the sentence, hours-scale.
    const s = article.sentences[spanIndexAt(article.sentences, q.start)];
    const [sa, sb] = s === undefined ? [ca, cb] : [tokenAt(toks, s.start), tokenAt(toks, s.end)];
    const meetingish = id === 'meeting' || anyIn(MEETING_VERB_MATCHER, toks, sa, sb) || anyIn(DURATION_VERB_MATCHER, toks, sa, sb)
      || anyAnchor(look, 'meeting', sa, sb);
    if (!meetingish || q.value < MEETING_DURATION_MIN || q.value > MEETING_DURATION_MAX) return undefined;
    if (id !== 'meeting') strength = 0;
    id = 'meeting';
    qualifiers = [];
  } else if (!QUALIFIED_ANCHORS.has(id)) {
    qualifiers = [];
  } else if (id === 'meeting') {
    return undefined; // a count of meetings is not a claim we compare
  }
  if (id === '' && q.dimension === 'area') {
    id = 'area'; // an event rarely measures two areas
    strength = 1;
  }
  if (id === '' && q.counted !== undefined) id = '#' + tokenize(q.counted).map((t) => t.f).join(' ');
  if (q.dimension === 'count' && q.high !== undefined && q.high <= SMALL_COUNT_MAX && qualifiers.length === 0) return undefined;
  let perDay = false;
  for (let i = qb; i < Math.min(cb, qb + 3) && !perDay; i++) perDay = matchAt(PER_DAY_MATCHER, toks, i) > 0;
  const claim: Claim = {
    articleId: article.id, origin, kind: 'quantity', unitClass: unitClassOfQuantity(q) + (perDay ? '/day' : ''), anchor: id, qualifiers, strength,
    value: quantityInterval(q, article.language), text: q.text, start: q.start, end: q.end,
    sentence: spanIndexAt(article.sentences, q.start), unit: q.unit,
  };
  if (q.counted !== undefined) claim.counted = q.counted;
  return claim;
}

function dateClaims(article: Article, toks: readonly Token[], look: Lookup, origin: ArticleId): Claim[] {
  const out: Claim[] = [];
  for (const d of article.extraction?.dates ?? []) {
    const value = dateInterval(d);
    if (value === undefined || d.precision === 'year') continue;
    const qa = tokenAt(toks, d.start);
    let qb = qa;
    while (qb < toks.length && (toks[qb]?.start ?? Infinity) < d.end) qb++;
    const [ca, cb] = clause(toks, qa, qb);
    const anchor = windowAnchor(look, qa, qb, ca, cb);
    const verb = anyIn(MEETING_VERB_MATCHER, toks, Math.max(ca, qa - WINDOW_BEFORE), Math.min(cb, qb + WINDOW_AFTER));
    // A meeting's date: a meeting verb around it, or a meeting noun right next to it.
    if (!verb && !(anchor?.id === 'meeting' && anchor.distance <= ADJACENT_WORDS)) continue;
    const s = article.sentences[spanIndexAt(article.sentences, d.start)];
    if (anyIn(AMBIGUOUS_MATCHER, toks, s === undefined ? ca : tokenAt(toks, s.start), s === undefined ? cb : tokenAt(toks, s.end))) continue;
    const qualifiers = qualifiersNear(look, qa, qb, ca, cb, true);
    // A meeting dated after publication is the next one ("agreed to meet next week").
    const published = article.published === undefined ? NaN : Date.parse(article.published.slice(0, 10)) / DAY_MS;
    if (!qualifiers.includes('next') && value.low > published) qualifiers.push('next');
    const claim: Claim = {
      articleId: article.id, origin, kind: 'date', unitClass: 'day', anchor: 'meeting', qualifiers: qualifiers.sort(),
      strength: 2, value, text: d.text, start: d.start, end: d.end,
      sentence: spanIndexAt(article.sentences, d.start), unit: 'day',
    };
    if (d.value !== undefined) claim.iso = d.value;
    out.push(claim);
  }
  return out;
}

/** The article's claims, in text order. Pure. */
export function articleClaims(article: Article): Claim[] {
  const toks = tokenize(article.text);
  const origin = article.duplicateOf ?? article.syndicatedFrom ?? article.id;
  const look = lookup(toks);
  const out: Claim[] = [];
  for (const q of article.extraction?.quantities ?? []) {
    const c = quantityClaim(article, toks, look, q, origin);
    if (c !== undefined) out.push(c);
  }
  const dates = dateClaims(article, toks, look, origin);
  const dated = new Set(dates.map((c) => c.start));
  out.push(...dates, ...happeningDateClaims(article, toks).filter((c) => !dated.has(c.start)));
  return out.sort((a, b) => a.start - b.start);
}
