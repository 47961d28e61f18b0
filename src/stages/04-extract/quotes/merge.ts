// The same statement reported by several articles of an event — other wording, other translation —
// becomes one Quote with its variants. Same language: stem containment (accent-folded 5-letter
// prefixes) with a compatible speaker. Across languages only with the same known speaker, on shared
// cognate prefixes, numbers and names, or when each article has exactly one statement by that speaker
// of comparable length. Scare quotes (≤ 2 words) only group with identical ones.
import type { Article } from '../../../model/article.js';
import type { Entity, Quote, QuoteVariant } from '../../../model/event.js';
import type { ArticleId } from '../../../model/ids.js';
import { foldName, surname } from './names.js';
import {
  COGNATE_PREFIX, CROSS_LANGUAGE_MIN_LENGTH_RATIO, CROSS_LANGUAGE_MIN_OVERLAP, SAME_LANGUAGE_MIN_OVERLAP, SCARE_QUOTE_MAX_WORDS,
  QUOTE_SENTENCE_BREAK, STEM_PREFIX,
} from './rules.js';

type Item = {
  articleId: ArticleId; language: string; text: string; start: number; end: number; indirect: boolean;
  speaker: string; key: string;
  /** The event entity the speaker resolved to ('' when none). */
  entity: string;
  folded: string; words: number; stems: Set<string>; cognates: Set<string>; numbers: Set<string>;
  scare: boolean;
  /** Word counts of the quote's sentences (a shorter translation may render one of them). */
  sentenceWords: number[];
};

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Speaker key (the surname of the matching event entity, else of the speaker as written) and that entity's name; '' when unknown. */
function speakerKey(speaker: string | undefined, entities: readonly Entity[]): { key: string; entity: string } {
  if (speaker === undefined || speaker === '') return { key: '', entity: '' };
  const f = foldName(speaker);
  const e = entities.find((x) => foldName(x.name) === f || x.aliases.some((a) => foldName(a) === f))
    ?? entities.find((x) => x.type === 'person' && surname(x.name) === surname(speaker));
  return { key: surname(e?.name ?? speaker), entity: e?.name ?? '' };
}

function item(article: Article, q: { text: string; start: number; end: number; indirect: boolean; speaker?: string }, entities: readonly Entity[]): Item {
  const words = fold(q.text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const long = words.filter((w) => w.length >= 3);
  const { key, entity } = speakerKey(q.speaker, entities);
  return {
    articleId: article.id, language: article.language, text: q.text, start: q.start, end: q.end, indirect: q.indirect,
    speaker: q.speaker ?? '', key, entity, folded: words.join(' '), words: words.length,
    stems: new Set(long.map((w) => w.slice(0, STEM_PREFIX))),
    cognates: new Set(words.filter((w) => w.length >= COGNATE_PREFIX + 1).map((w) => foldName(w).slice(0, COGNATE_PREFIX))),
    numbers: new Set(words.filter((w) => /^\d/u.test(w))),
    scare: words.length <= SCARE_QUOTE_MAX_WORDS,
    sentenceWords: q.text.split(QUOTE_SENTENCE_BREAK).map((s) => (fold(s).match(/[\p{L}\p{N}]+/gu) ?? []).length).filter((n) => n > 0),
  };
}

function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const x of small) if (big.has(x)) shared++;
  return shared / small.size;
}

function numbersClash(a: Item, b: Item): boolean {
  if (a.numbers.size === 0 || b.numbers.size === 0) return false;
  return containment(a.numbers, b.numbers) === 0;
}

/** Statements per (article, speaker) — the cross-language "only one statement each" rule needs the counts. */
type Counts = Map<string, number>;
const countKey = (i: Item): string => `${i.articleId}\u0000${i.key}`;

const lengthRatio = (x: number, y: number): number => Math.min(x, y) / Math.max(x, y);

/** Translations keep the length of the whole quote, or the shorter one renders one sentence of the longer. */
function comparableLength(a: Item, b: Item): boolean {
  if (lengthRatio(a.words, b.words) >= CROSS_LANGUAGE_MIN_LENGTH_RATIO) return true;
  const [short, long] = a.words <= b.words ? [a, b] : [b, a];
  return long.sentenceWords.length > 1 && long.sentenceWords.some((n) => lengthRatio(n, short.words) >= CROSS_LANGUAGE_MIN_LENGTH_RATIO);
}

function sameStatement(a: Item, b: Item, counts: Counts): boolean {
  if (a.articleId === b.articleId || a.indirect !== b.indirect) return false;
  const known = a.key !== '' && b.key !== '';
  if (known && a.key !== b.key) return false;
  if (a.scare || b.scare) return a.folded === b.folded && (known || a.language === b.language);
  if (numbersClash(a, b)) return false;
  if (a.language === b.language) return containment(a.stems, b.stems) >= SAME_LANGUAGE_MIN_OVERLAP && Math.min(a.stems.size, b.stems.size) >= 2;
  if (!known) return false;
  if (!comparableLength(a, b)) return false;
  if (containment(a.cognates, b.cognates) >= CROSS_LANGUAGE_MIN_OVERLAP) return true;
  return counts.get(countKey(a)) === 1 && counts.get(countKey(b)) === 1;
}

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  let j = i;
  while (parent[j] !== r) { const n = parent[j] ?? r; parent[j] = r; j = n; }
  return r;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN || (n === bestN && v.length > best.length)) { best = v; bestN = n; }
  }
  return best;
}

function toQuote(members: readonly Item[]): Quote {
  const speakers = members.map((m) => m.speaker).filter((s) => s !== '');
  const key = mostCommon(members.map((m) => m.key).filter((k) => k !== ''));
  const named = speakers.filter((s) => surname(s) === key);
  const longest = (xs: readonly string[]): string => xs.reduce((a, b) => (b.length > a.length ? b : a), '');
  // A speaker written otherwise than its key ("Welikow" for the entity Dmitar Velikov) is given by the
  // entity it resolved to, else as written; '' only when no member has a speaker (shown "unattributed").
  const keyed = key === '' ? [] : members.filter((m) => m.key === key);
  const speaker = longest(named) || mostCommon(keyed.map((m) => m.entity).filter((e) => e !== '')) || longest(keyed.map((m) => m.speaker));
  const english = members.filter((m) => m.language === 'en');
  const text = mostCommon((english.length > 0 ? english : members).map((m) => m.text));
  const variants: QuoteVariant[] = members.map((m) => ({ text: m.text, articleId: m.articleId, start: m.start, end: m.end }));
  const quote: Quote = { speaker, text, articleIds: [...new Set(members.map((m) => m.articleId))], variants };
  if (members.every((m) => m.indirect)) quote.indirect = true;
  return quote;
}

/** The same statement reported by several articles (possibly translated) becomes one quote with variants. Pure. */
export function mergeQuotes(articles: readonly Article[], entities: readonly Entity[]): Quote[] {
  const items: Item[] = [];
  for (const a of articles) {
    for (const q of a.extraction?.quotes ?? []) {
      if (q.indirect && (q.speaker === undefined || q.speaker === '')) continue; // unattributed reported speech is not a quote
      items.push(item(a, q, entities));
    }
  }
  const counts: Counts = new Map();
  for (const i of items) if (!i.scare && !i.indirect) counts.set(countKey(i), (counts.get(countKey(i)) ?? 0) + 1);
  const parent = items.map((_, i) => i);
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a === undefined || b === undefined || find(parent, i) === find(parent, j)) continue;
      if (sameStatement(a, b, counts)) parent[find(parent, j)] = find(parent, i);
    }
  }
  const groups = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const r = find(parent, i);
    const g = groups.get(r);
    if (g === undefined) groups.set(r, [it]);
    else g.push(it);
  });
  return [...groups.values()].map(toQuote);
}
