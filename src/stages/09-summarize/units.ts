// The sentences of an event's articles as comparable units: content stems, numbers, polarity, and
// anchors that survive translation (entities by their cross-language key, quantities as intervals,
// resolved dates). Pure.
import type { Article, Span } from '../../model/article.js';
import type { ArticleId } from '../../model/ids.js';
import { fold } from '../../text/fold.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { DATELINE, NEGATIONS, STEM_LENGTH, TOKEN_MIN_LENGTH } from './rules.js';

const FUNCTION_WORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flat());
/** Numbers with thousands/decimal separators ("3,000", "3.25", "1,2") or plain words. */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}'’]+/gu;
const DIGITS = /^\p{N}/u;

export type QuantityAnchor = { unit: string; low: number; high: number };

export type Unit = {
  articleId: ArticleId;
  /** Index of the first sentence in the article's `sentences`. */
  index: number;
  span: Span;
  text: string;
  words: number;
  stems: ReadonlySet<string>;
  /** Content stems outside quantity mentions (words compared as words, values as values). */
  plainStems: ReadonlySet<string>;
  /** Numbers written with digits (separators removed: "3,000" → "3000"). */
  numbers: ReadonlySet<string>;
  /** Digit numbers not inside a quantity or date mention (compared as written). */
  looseNumbers: ReadonlySet<string>;
  negated: boolean;
  entities: ReadonlySet<string>;
  quantities: readonly QuantityAnchor[];
  dates: ReadonlySet<string>;
};

/** `pairs`: each two adjacent units joined (joinUnits), built once per article rather than per comparison. */
export type ArticleUnits = { article: Article; origin: ArticleId; units: Unit[]; pairs: Unit[] };

/** Content stems, digit numbers and polarity of a text. */
export function tokens(text: string): { stems: Set<string>; numbers: Set<string>; negated: boolean; words: number } {
  const stems = new Set<string>();
  const numbers = new Set<string>();
  let negated = false;
  let words = 0;
  for (const m of fold(text).matchAll(TOKEN)) {
    const w = m[0].replace(/[’]/gu, "'");
    words++;
    if (DIGITS.test(w)) {
      const n = w.replace(/[.,]/gu, '');
      numbers.add(n);
      stems.add(n);
      continue;
    }
    if (NEGATIONS.has(w) || w.endsWith("n't")) negated = true;
    const bare = w.replace(/^[a-z]'/u, '').replace(/'s?$/u, '');
    if (bare.length < TOKEN_MIN_LENGTH || FUNCTION_WORDS.has(bare)) continue;
    stems.add(bare.slice(0, STEM_LENGTH));
  }
  return { stems, numbers, negated, words };
}

const inside = (s: Span, x: Span): boolean => x.start >= s.start && x.end <= s.end;

/** One unit over `span` of `article` (sentence index `index`). */
export function makeUnit(article: Article, index: number, span: Span): Unit {
  const text = article.text.slice(span.start, span.end);
  const t = tokens(text);
  const ex = article.extraction;
  const entities = new Set<string>();
  for (const e of ex?.entities ?? []) if (e.mentions.some((m) => inside(span, m))) entities.add(e.key);
  const quantities: QuantityAnchor[] = [];
  const covered: Span[] = [];
  for (const q of ex?.quantities ?? []) {
    if (!inside(span, q)) continue;
    quantities.push({ unit: q.unit, low: q.low, high: q.high ?? Number.POSITIVE_INFINITY });
    covered.push(q);
  }
  const dates = new Set<string>();
  for (const d of ex?.dates ?? []) {
    if (!inside(span, d)) continue;
    covered.push(d);
    if (d.value !== undefined) dates.add(d.value);
  }
  let plain = text;
  for (const q of covered) {
    if (q.start < span.start || q.end > span.end) continue;
    plain = plain.slice(0, q.start - span.start) + ' '.repeat(q.end - q.start) + plain.slice(q.end - span.start);
  }
  const plainStems = tokens(plain).stems;
  const looseNumbers = new Set<string>();
  for (const m of text.matchAll(TOKEN)) {
    if (!DIGITS.test(m[0])) continue;
    const at = span.start + m.index;
    if (!covered.some((c) => at >= c.start && at < c.end)) looseNumbers.add(m[0].replace(/[.,]/gu, ''));
  }
  return {
    articleId: article.id, index, span, text, words: t.words, stems: t.stems, plainStems, numbers: t.numbers, looseNumbers, negated: t.negated,
    entities, quantities, dates,
  };
}

/** Every sentence of an article as a unit (the whole text as one when it has no sentence spans). */
export function articleUnits(article: Article): ArticleUnits {
  const spans = article.sentences.length > 0 ? article.sentences : [{ start: 0, end: article.text.length }];
  const units = spans.map((s, i) => {
    const dateline = DATELINE.exec(article.text.slice(s.start, s.end));
    return makeUnit(article, i, dateline === null ? s : { start: s.start + dateline[0].length, end: s.end });
  });
  const pairs: Unit[] = [];
  for (let i = 0; i + 1 < units.length; i++) pairs.push(joinUnits(units[i] as Unit, units[i + 1] as Unit));
  return { article, origin: article.duplicateOf ?? article.syndicatedFrom ?? article.id, units, pairs };
}

/** Two adjacent units read as one window (a fact split over two sentences). */
export function joinUnits(a: Unit, b: Unit): Unit {
  const union = <T>(x: ReadonlySet<T>, y: ReadonlySet<T>): Set<T> => new Set([...x, ...y]);
  return {
    articleId: a.articleId, index: a.index, span: { start: a.span.start, end: b.span.end }, text: `${a.text} ${b.text}`,
    words: a.words + b.words, stems: union(a.stems, b.stems), plainStems: union(a.plainStems, b.plainStems), numbers: union(a.numbers, b.numbers),
    looseNumbers: union(a.looseNumbers, b.looseNumbers), negated: a.negated || b.negated, entities: union(a.entities, b.entities),
    quantities: [...a.quantities, ...b.quantities], dates: union(a.dates, b.dates),
  };
}

/** Share of the smaller set found in the other. */
export function stemContainment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** Cosine of two stem sets (binary vectors). */
export function stemCosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}
