// What only one origin reports in an event: its single-source facts, quotes no other origin carries,
// and details — a named person, organization or place, a number, a date — that no other article of
// the event mentions. Copies of one origin count as that origin; the entry names the first of them.
import type { Article } from '../../model/article.js';
import type { Entity, Exclusive, Fact, Quote } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { fold } from '../../text/fold.js';
import { unitClassOfQuantity, type Claim } from './claims.js';
import { EXCLUSIVE_ENTITY_MIN_LENGTH, EXCLUSIVE_NUMBER_MIN, EXCLUSIVE_QUOTE_MIN_WORDS } from './rules.js';
import { compatible, dateInterval, quantityInterval } from './values.js';

const originOf = (a: Article): ArticleId => a.duplicateOf ?? a.syndicatedFrom ?? a.id;

type Ctx = {
  articles: readonly Article[];
  origin: ReadonlyMap<ArticleId, ArticleId>;
  first: ReadonlyMap<ArticleId, ArticleId>;
  /** A speaker as the event's entity it names (spelling variants merged), else its folded surname. */
  speaker: (name: string) => string;
};

/** Single-source facts, as their evidence. */
function factExclusives(facts: readonly Fact[]): Exclusive[] {
  return facts.filter((f) => f.status === 'single-source').flatMap((f) => {
    const e = f.values[0]?.evidence[0];
    return e === undefined ? [] : [{ articleId: e.articleId, text: e.text, start: e.start, end: e.end, kind: 'fact' as const, topic: f.topic }];
  });
}

function quoteExclusives(quotes: readonly Quote[], ctx: Ctx): Exclusive[] {
  const out: Exclusive[] = [];
  for (const q of quotes) {
    const origins = new Set(q.articleIds.map((id) => ctx.origin.get(id) ?? id));
    const v = q.variants[0];
    if (origins.size !== 1 || v === undefined || q.indirect === true || q.speaker === '') continue;
    if (v.text.split(/\s+/u).length < EXCLUSIVE_QUOTE_MIN_WORDS) continue;
    const who = ctx.speaker(q.speaker);
    const speakerElsewhere = quotes.some((o) => o !== q && ctx.speaker(o.speaker) === who && o.articleIds.some((id) => !origins.has(ctx.origin.get(id) ?? id)));
    if (speakerElsewhere) continue;
    const e: Exclusive = { articleId: ctx.first.get(ctx.origin.get(v.articleId) ?? v.articleId) ?? v.articleId, text: v.text, kind: 'quote' };
    if (v.start !== undefined && v.end !== undefined && e.articleId === v.articleId) {
      e.start = v.start;
      e.end = v.end;
    }
    out.push(e);
  }
  return out;
}

function entityExclusives(entities: readonly Entity[], ctx: Ctx): Exclusive[] {
  const out: Exclusive[] = [];
  const byId = new Map(ctx.articles.map((a) => [a.id, a]));
  for (const en of entities) {
    // People by full name only: place and organization names are translated, and a lone word is often a common noun.
    if (en.type !== 'person' || !en.name.includes(' ') || en.name.length < EXCLUSIVE_ENTITY_MIN_LENGTH) continue;
    const origins = new Set(en.articleIds.map((id) => ctx.origin.get(id) ?? id));
    const only = [...origins][0];
    if (origins.size !== 1 || only === undefined) continue;
    const articleId = ctx.first.get(only) ?? only;
    const forms = new Set([en.name, ...en.aliases].map(fold));
    const mention = byId.get(articleId)?.extraction?.entities
      .filter((x) => forms.has(fold(x.name)) || x.aliases.some((a) => forms.has(fold(a))))
      .flatMap((x) => x.mentions).sort((a, b) => a.start - b.start)[0];
    if (mention === undefined) continue;
    out.push({ articleId, text: mention.text, start: mention.start, end: mention.end, kind: 'entity' });
  }
  return out;
}

/** Numbers and dates one origin states that no other origin's claim is compatible with (and that no fact already holds). */
function detailExclusives(claims: ReadonlyMap<ArticleId, readonly Claim[]>, facts: readonly Fact[], ctx: Ctx): Exclusive[] {
  const inFacts = new Set(facts.flatMap((f) => f.values.flatMap((v) => v.evidence.map((e) => `${e.articleId}:${String(e.start)}`))));
  const all = [...claims.values()].flat();
  // Compared with every quantity of the other origins, not only their claims (a reference value still reports the number).
  const raw = ctx.articles.flatMap((a) => (a.extraction?.quantities ?? []).map((q) => ({
    origin: originOf(a), unitClass: unitClassOfQuantity(q), value: quantityInterval(q, a.language),
  })));
  const dates = ctx.articles.flatMap((a) => (a.extraction?.dates ?? []).map((d) => ({ a, d, v: dateInterval(d) })));
  const out: Exclusive[] = [];
  const seen = new Set<string>();
  for (const c of all) {
    if (ctx.first.get(c.origin) !== c.articleId || inFacts.has(`${c.articleId}:${String(c.start)}`) || c.kind !== 'quantity') continue;
    if (c.value.point !== undefined && c.value.point < EXCLUSIVE_NUMBER_MIN && c.unitClass === 'count') continue;
    const unitClass = c.unitClass.replace(/\/day$/u, '');
    // A bare count matches any unit ("60 millones" and "60 million euros").
    const elsewhere = raw.some((o) => o.origin !== c.origin && (o.unitClass === unitClass || o.unitClass === 'count' || unitClass === 'count') && compatible(o.value, c.value));
    if (elsewhere || seen.has(`${c.articleId}:${c.text}`)) continue;
    seen.add(`${c.articleId}:${c.text}`);
    out.push({ articleId: c.articleId, text: c.text, start: c.start, end: c.end, kind: 'number' });
  }
  for (const { a, d, v } of dates) {
    if (v === undefined || d.precision !== 'day' || d.relative || ctx.first.get(originOf(a)) !== a.id) continue;
    const elsewhere = dates.some((o) => originOf(o.a) !== originOf(a) && o.v !== undefined && compatible(o.v, v) && o.d.precision !== 'year');
    if (elsewhere || seen.has(`${a.id}:${d.value ?? ''}`)) continue;
    seen.add(`${a.id}:${d.value ?? ''}`);
    out.push({ articleId: a.id, text: d.text, start: d.start, end: d.end, kind: 'date' });
  }
  return out;
}

/** The event's exclusives per outlet (none when the event has a single origin). Pure. */
export function findExclusives(articles: readonly Article[], claims: ReadonlyMap<ArticleId, readonly Claim[]>, facts: readonly Fact[], quotes: readonly Quote[], entities: readonly Entity[]): Exclusive[] {
  const origin = new Map(articles.map((a) => [a.id, originOf(a)]));
  if (new Set(origin.values()).size < 2) return [];
  const first = new Map<ArticleId, ArticleId>();
  for (const a of articles) if (!first.has(originOf(a))) first.set(originOf(a), a.id);
  const entityOf = new Map<string, string>();
  for (const e of entities) for (const form of [e.name, ...e.aliases]) entityOf.set(fold(form), e.name);
  const speaker = (name: string): string => entityOf.get(fold(name)) ?? fold(name).split(/\s+/u).pop() ?? '';
  const ctx: Ctx = { articles, origin, first, speaker };
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return [...factExclusives(facts), ...quoteExclusives(quotes, ctx), ...entityExclusives(entities, ctx), ...detailExclusives(claims, facts, ctx)]
    .sort((x, y) => (order.get(x.articleId) ?? 0) - (order.get(y.articleId) ?? 0) || (x.start ?? 0) - (y.start ?? 0));
}
