// Quote variants that change a statement's meaning: a negation added or dropped, an intensifier or a
// hedge added or dropped, a stronger or weaker verb on the same scale ("criticized" → "rejected"),
// other numbers. Each variant is read in its own language and compared with the variant that reads
// like most of the others (ties: the quote's canonical text).
import type { MeaningChange, Quote, QuoteVariant } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { HEDGES, INTENSIFIERS, NEGATIONS, NUMBER_WORDS, SCALES, type QuoteLang } from './rules.js';
import { compile, matchAt, tokenize, type Matcher, type Token } from './words.js';

type LangMatchers = { intensifiers: Matcher; hedges: Matcher; negations: Matcher; scales: { scale: string; level: number; m: Matcher }[]; numbers: Map<string, number> };

const matchers = (l: QuoteLang): LangMatchers => ({
  intensifiers: compile(INTENSIFIERS[l]),
  hedges: compile(HEDGES[l]),
  negations: compile(NEGATIONS[l]),
  scales: SCALES.map((s) => ({ scale: s.scale, level: s.level, m: compile(s.words[l]) })),
  numbers: new Map(NUMBER_WORDS[l].map((w, i) => [w, i])),
});
const MATCHERS: Readonly<Record<QuoteLang, LangMatchers>> = { en: matchers('en'), fr: matchers('fr'), es: matchers('es'), de: matchers('de') };

const asLang = (l: string): QuoteLang => (l === 'fr' || l === 'es' || l === 'de' ? l : 'en');

/** How a variant reads: negated or not, how strong, which scale words, which numbers. */
export type Reading = {
  negated: boolean;
  negations: string[];
  intensifiers: string[];
  hedges: string[];
  /** scale → strongest level named, with the words. */
  scales: Map<string, { level: number; words: string[] }>;
  numbers: string[];
};

function collect(m: Matcher, toks: readonly Token[], i: number, into: string[]): number {
  const n = matchAt(m, toks, i);
  if (n > 0) into.push(toks.slice(i, i + n).map((t) => t.f).join(' '));
  return n;
}

/** Reads one variant's words in its language. Pure. */
export function readVariant(text: string, language: string): Reading {
  const lm = MATCHERS[asLang(language)];
  const toks = tokenize(text).filter((t) => !t.brk);
  const r: Reading = { negated: false, negations: [], intensifiers: [], hedges: [], scales: new Map(), numbers: [] };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    collect(lm.negations, toks, i, r.negations);
    collect(lm.intensifiers, toks, i, r.intensifiers);
    collect(lm.hedges, toks, i, r.hedges);
    for (const s of lm.scales) {
      if (matchAt(s.m, toks, i) === 0) continue;
      const have = r.scales.get(s.scale);
      if (have === undefined || have.level < s.level) r.scales.set(s.scale, { level: s.level, words: [t.f] });
      else if (have.level === s.level) have.words.push(t.f);
    }
    if (/^\d/u.test(t.f)) r.numbers.push(t.f.replace(/[.,](?=\d{3}\b)/gu, '').replace(',', '.'));
    else {
      const n = lm.numbers.get(t.f);
      if (n !== undefined && n >= 2) r.numbers.push(String(n));
    }
  }
  r.negated = r.negations.length > 0;
  r.numbers.sort();
  return r;
}

/** Strength: intensifiers minus hedges. */
const strength = (r: Reading): number => r.intensifiers.length - r.hedges.length;

function mode<T>(values: readonly T[], key: (v: T) => string, prefer: T | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(key(v), (counts.get(key(v)) ?? 0) + 1);
  const best = Math.max(...counts.values());
  const top = [...counts.entries()].filter(([, n]) => n === best).map(([k]) => k);
  if (top.length === 1) return top[0];
  return prefer === undefined ? undefined : key(prefer);
}

/** The meaning changes among a quote's variants (empty when they agree). Pure. */
export function meaningChanges(quote: Quote, languageOf: (id: ArticleId) => string): MeaningChange[] {
  const variants = quote.variants;
  if (variants.length < 2) return [];
  const read = variants.map((v) => ({ v, r: readVariant(v.text, languageOf(v.articleId)) }));
  const canonical = read.find((x) => x.v.text === quote.text);
  const out: MeaningChange[] = [];
  const reference = (key: (x: { v: QuoteVariant; r: Reading }) => string): { v: QuoteVariant; r: Reading } | undefined => {
    const m = mode(read, key, canonical);
    return m === undefined ? undefined : (canonical !== undefined && key(canonical) === m ? canonical : read.find((x) => key(x) === m));
  };
  const push = (x: { v: QuoteVariant }, against: { v: QuoteVariant }, kind: MeaningChange['kind'], words: string[]): void => {
    out.push({ articleId: x.v.articleId, kind, words: [...new Set(words)], against: against.v.articleId });
  };
  const negRef = reference((x) => String(x.r.negated));
  const strRef = reference((x) => String(Math.sign(strength(x.r))));
  const numRef = reference((x) => x.r.numbers.join(' '));
  for (const x of read) {
    if (negRef !== undefined && x.r.negated !== negRef.r.negated) push(x, negRef, 'negation', x.r.negated ? x.r.negations : negRef.r.negations);
    if (strRef !== undefined && x !== strRef) {
      const d = strength(x.r) - strength(strRef.r);
      if (Math.sign(strength(x.r)) !== Math.sign(strength(strRef.r)) && d !== 0) {
        const words = d > 0 ? [...x.r.intensifiers, ...strRef.r.hedges] : [...x.r.hedges, ...strRef.r.intensifiers];
        push(x, strRef, d > 0 ? 'strengthened' : 'weakened', words);
      }
    }
    for (const [scale, mine] of x.r.scales) {
      const refs = read.filter((y) => y !== x).map((y) => y.r.scales.get(scale)).filter((s) => s !== undefined);
      if (refs.length === 0) continue;
      const others = Math.round(refs.reduce((a, s) => a + s.level, 0) / refs.length);
      const ref = read.find((y) => y !== x && y.r.scales.get(scale)?.level === others) ?? canonical ?? x;
      if (mine.level > others && refs.every((s) => s.level < mine.level)) push(x, ref, 'strengthened', mine.words);
      else if (mine.level < others && refs.every((s) => s.level > mine.level)) push(x, ref, 'weakened', mine.words);
    }
    // Only when both give numbers: a shorter rendering may leave one out.
    if (numRef !== undefined && x.r.numbers.length > 0 && numRef.r.numbers.length > 0 && x.r.numbers.join(' ') !== numRef.r.numbers.join(' ')) {
      push(x, numRef, 'number', x.r.numbers);
    }
  }
  return out;
}

/** The event's quotes with `meaningChanges` where variants differ materially. Pure. */
export function flagQuotes(quotes: readonly Quote[], languageOf: (id: ArticleId) => string): Quote[] {
  return quotes.map((q) => {
    const changes = meaningChanges(q, languageOf);
    return changes.length > 0 ? { ...q, meaningChanges: changes } : q;
  });
}
