// The main happening of an article (the meeting, the attack, the vote): where and when its lead says
// it took place. A place entity after a locative preposition ("in Geneva", "à Genève", "en Ginebra",
// "in Genf") or a resolved day, tied to a happening word close by or to one that opens the sentence.
// Precision first: only the lead, nothing next to "next"/"first"/"previous", an article naming two
// places (or two days) for its happening names none, and a dispute needs strong ties on both sides.
import type { Article } from '../../model/article.js';
import type { Evidence, Fact, FactValue } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { spanIndexAt } from '../../text/spans.js';
import type { Claim, Strength } from './claims.js';
import {
  AMBIGUOUS_MEETING_WORDS, ANCHORS, HAPPENING_ADJACENT, HAPPENING_MAX_AGE_DAYS, HAPPENING_WINDOW, HAPPENING_WORDS, LEAD_SENTENCES, LOCATIVES, MEETING_VERBS,
  PLACE_ARTICLES, PLACE_NOUNS, PLACE_OF, QUALIFIERS, SUBJECT_WORDS,
} from './rules.js';
import { dateInterval } from './values.js';
import { compile, matchAt, tokenAt, type Token } from './words.js';

const MEETING_MATCHER = compile([...(ANCHORS.find((a) => a.id === 'meeting')?.words ?? []), ...MEETING_VERBS]);
const HAPPENING_MATCHER = compile(HAPPENING_WORDS);
const OTHER_MATCHER = compile([...AMBIGUOUS_MEETING_WORDS, ...(QUALIFIERS.find((q) => q.id === 'next')?.words ?? [])]);
const LOCATIVE_MATCHERS = new Map(Object.entries(LOCATIVES).map(([lang, words]) => [lang, compile(words)]));
const DAY_MS = 86_400_000;
const ARTICLE_MATCHER = compile(PLACE_ARTICLES);
const PLACE_NOUN_MATCHER = compile(PLACE_NOUNS);
const PLACE_OF_MATCHER = compile(PLACE_OF);

/** The locative governing the place name at token ta ("in [the] X", "at the port of X"), or -1. */
function locativeBefore(loc: ReturnType<typeof compile>, toks: readonly Token[], ta: number, sa: number): number {
  let j = ta - 1;
  const skipArticle = (): void => {
    if (j > sa && matchAt(ARTICLE_MATCHER, toks, j) > 0) j--;
  };
  skipArticle();
  if (j > sa + 1 && matchAt(PLACE_OF_MATCHER, toks, j) > 0 && matchAt(PLACE_NOUN_MATCHER, toks, j - 1) > 0) {
    j -= 2;
    skipArticle();
  }
  return j >= sa && matchAt(loc, toks, j) > 0 ? j : -1;
}

/** Granularity of a place key: a known city or place first, then an unknown name, then a country. */
const tier = (key: string): number => (key.startsWith('place:') ? 0 : key.startsWith('country:') ? 2 : 1);

type Anchor = 'meeting' | 'happening';
/** A place or date the lead ties to the article's main happening. */
export type Tie = { articleId: ArticleId; origin: ArticleId; anchor: Anchor; strength: Strength; start: number; end: number; text: string; sentence: number };
export type PlaceTie = Tie & { key: string };

function happeningAt(toks: readonly Token[], i: number): Anchor | undefined {
  if (matchAt(MEETING_MATCHER, toks, i) > 0) return 'meeting';
  if (matchAt(HAPPENING_MATCHER, toks, i) > 0) return 'happening';
  return undefined;
}

function anyOther(toks: readonly Token[], a: number, b: number): boolean {
  for (let i = Math.max(0, a); i < b; i++) if (matchAt(OTHER_MATCHER, toks, i) > 0) return true;
  return false;
}

/** Ties the token range [ta, tb) of sentence [sa, sb) to a happening word, or not. */
function tie(toks: readonly Token[], sa: number, sb: number, ta: number, tb: number): { anchor: Anchor; strength: Strength } | undefined {
  let best: { anchor: Anchor; gap: number; at: number } | undefined;
  for (let i = Math.max(sa, ta - HAPPENING_WINDOW - 1); i < Math.min(sb, tb + HAPPENING_WINDOW + 1); i++) {
    if (i >= ta && i < tb) continue;
    const anchor = happeningAt(toks, i);
    if (anchor === undefined) continue;
    const gap = i < ta ? ta - i - 1 : i - tb;
    if (gap <= HAPPENING_WINDOW && (best === undefined || gap < best.gap)) best = { anchor, gap, at: i };
  }
  if (best !== undefined) {
    const [a, b] = best.at < ta ? [best.at - 2, tb] : [ta - 2, best.at + 1];
    if (anyOther(toks, a, b)) return undefined;
    return { anchor: best.anchor, strength: best.gap <= HAPPENING_ADJACENT ? 2 : 0 };
  }
  // The sentence is about the happening: its word opens the sentence.
  let words = 0;
  for (let i = sa; i < sb && words < SUBJECT_WORDS; i++) {
    if (toks[i]?.brk === true) continue;
    words++;
    const anchor = happeningAt(toks, i);
    if (anchor !== undefined) return anyOther(toks, sa, sb) ? undefined : { anchor, strength: 0 };
  }
  return undefined;
}

type Lead = { index: number; sa: number; sb: number };

function leadSentences(article: Article, toks: readonly Token[]): Lead[] {
  return article.sentences.slice(0, LEAD_SENTENCES).map((s, index) => ({ index, sa: tokenAt(toks, s.start), sb: tokenAt(toks, s.end) }));
}

/** Keeps an article's ties only when they name one value (strong ties first); else none. */
function single<T extends { strength: Strength }>(ties: readonly T[], value: (t: T) => string): T[] {
  for (const set of [ties, ties.filter((t) => t.strength === 2)]) if (set.length > 0 && new Set(set.map(value)).size === 1) return [...set];
  return [];
}

/**
 * Places the lead ties to the main happening (known cities preferred, countries last). A name stage 4
 * left untyped counts when another article of the event types it a place (`placeKeys`).
 */
export function placeTies(article: Article, toks: readonly Token[], placeKeys: ReadonlySet<string> = new Set()): PlaceTie[] {
  const loc = LOCATIVE_MATCHERS.get(article.language);
  if (loc === undefined) return [];
  const origin = article.duplicateOf ?? article.syndicatedFrom ?? article.id;
  const out: PlaceTie[] = [];
  for (const s of leadSentences(article, toks)) {
    const found: PlaceTie[] = [];
    for (const e of article.extraction?.entities ?? []) {
      if (e.type !== 'place' && !(e.type === 'other' && placeKeys.has(e.key))) continue;
      for (const m of e.mentions) {
        const ta = tokenAt(toks, m.start);
        if (ta <= s.sa || ta >= s.sb) continue;
        const la = locativeBefore(loc, toks, ta, s.sa);
        if (la < 0) continue;
        let tb = ta;
        while (tb < toks.length && (toks[tb]?.start ?? Infinity) < m.end) tb++;
        const t = tie(toks, s.sa, s.sb, la, tb);
        if (t !== undefined) found.push({ articleId: article.id, origin, ...t, start: m.start, end: m.end, text: m.text, sentence: s.index, key: e.key });
      }
    }
    // A sentence tied only through its subject must name one place.
    if (found.every((f) => f.strength === 0) && new Set(found.map((f) => f.key)).size > 1) continue;
    out.push(...found);
  }
  const best = Math.min(...out.map((t) => tier(t.key)));
  return single(out.filter((t) => tier(t.key) === best), (t) => t.key);
}

/** Date claims (kind "date", anchor "meeting" or "happening") for the day the lead ties to the main happening. */
export function happeningDateClaims(article: Article, toks: readonly Token[]): Claim[] {
  const published = article.published === undefined ? NaN : Date.parse(article.published.slice(0, 10)) / DAY_MS;
  if (Number.isNaN(published)) return [];
  const origin = article.duplicateOf ?? article.syndicatedFrom ?? article.id;
  const out: Claim[] = [];
  for (const s of leadSentences(article, toks)) {
    const days = (article.extraction?.dates ?? []).filter((d) => d.precision === 'day' && tokenAt(toks, d.start) >= s.sa && tokenAt(toks, d.start) < s.sb);
    for (const d of days) {
      const value = dateInterval(d);
      if (value === undefined || value.low > published || value.low < published - HAPPENING_MAX_AGE_DAYS) continue;
      const ta = tokenAt(toks, d.start);
      let tb = ta;
      while (tb < toks.length && (toks[tb]?.start ?? Infinity) < d.end) tb++;
      const t = tie(toks, s.sa, s.sb, ta, tb);
      if (t === undefined || (t.strength === 0 && days.length > 1)) continue;
      const claim: Claim = {
        articleId: article.id, origin, kind: 'date', unitClass: 'day', anchor: t.anchor, qualifiers: [], strength: t.strength, value,
        text: d.text, start: d.start, end: d.end, sentence: spanIndexAt(article.sentences, d.start), unit: 'day',
      };
      if (d.value !== undefined) claim.iso = d.value;
      out.push(claim);
    }
  }
  return single(out, (c) => String(c.value.low));
}

const PLACE_LABEL: Record<Anchor, string> = { meeting: 'place of the meeting', happening: 'place of the event' };

function placeValue(ties: readonly PlaceTie[], byId: ReadonlyMap<ArticleId, Article>): FactValue {
  const first = ties[0] as PlaceTie;
  const evidence: Evidence[] = ties.map((t) => ({ articleId: t.articleId, start: t.start, end: t.end, text: byId.get(t.articleId)?.text.slice(t.start, t.end) ?? t.text }));
  return { value: first.text, normalized: first.key, articleIds: [...new Set(ties.map((t) => t.articleId))], evidence };
}

/**
 * Place facts: per happening (meeting, other), the places articles tie to it, by entity key.
 * Disputed only when two known cities each have a strong tie ("talks in Geneva" / "talks in
 * Vienna") from different origins and no article of one side names the other place (a venue and
 * its city are not a dispute); else agreed when one place is named by more origins than any other,
 * at least two. A place only one origin names is left out.
 */
export function alignPlaces(ties: readonly PlaceTie[], articles: readonly Article[]): Fact[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const names = (id: ArticleId): Set<string> => new Set((byId.get(id)?.extraction?.entities ?? []).map((e) => e.key));
  const out: Fact[] = [];
  for (const anchor of ['meeting', 'happening'] as const) {
    const groups = new Map<string, PlaceTie[]>();
    for (const t of ties.filter((x) => x.anchor === anchor)) groups.set(t.key, [...(groups.get(t.key) ?? []), t]);
    const origins = (g: readonly PlaceTie[]): number => new Set(g.map((t) => t.origin)).size;
    const keyOf = (g: readonly PlaceTie[]): string => g[0]?.key ?? '';
    const mentions = (g: readonly PlaceTie[], key: string): boolean => g.some((t) => names(t.articleId).has(key));
    const conflict = (g: readonly PlaceTie[], h: readonly PlaceTie[]): boolean => g !== h && tier(keyOf(g)) === 0 && tier(keyOf(h)) === 0
      && g.some((t) => t.strength === 2) && h.some((t) => t.strength === 2)
      && !g.some((t) => h.some((u) => u.origin === t.origin)) && !mentions(g, keyOf(h)) && !mentions(h, keyOf(g));
    const all = [...groups.values()];
    const key = `place:${anchor}`;
    const disputed = all.filter((g) => all.some((h) => conflict(g, h)));
    if (disputed.length > 1) {
      out.push({ topic: PLACE_LABEL[anchor], status: 'disputed', values: disputed.map((g) => placeValue(g, byId)), kind: 'place', key, origins: origins(disputed.flat()) });
      continue;
    }
    const ranked = all.filter((g) => origins(g) >= 2).sort((a, b) => origins(b) - origins(a));
    const top = ranked[0];
    if (top === undefined || (ranked[1] !== undefined && origins(ranked[1]) === origins(top))) continue;
    out.push({ topic: PLACE_LABEL[anchor], status: 'agreed', values: [placeValue(top, byId)], kind: 'place', key, origins: origins(top) });
  }
  return out;
}
