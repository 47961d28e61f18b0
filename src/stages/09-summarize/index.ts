// Stage 9 — summarize: a cited summary of one event in 4–8 sentences. First what/who/where/when (a
// lead sentence copied from an article, output language preferred), then the main facts (copied
// sentences that two or more independent origins support, chosen by centroid and support with
// MMR against redundancy), then the disputes stated as disputes and the notable single-source
// claims labelled as such (from the compared facts, and copied sentences only one origin supports).
// Every sentence cites all the event's articles that support it — decided by our own alignment
// (support.ts) — with the supporting span in each. Nothing is written that no source states:
// copied sentences are verbatim slices of the cleaned text; templates hold only outlet names,
// fact topics and values with checked evidence. Pure and deterministic.
import { ParallaxError } from '../../errors.js';
import type { Article, Span } from '../../model/article.js';
import type { NewsEvent } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { candidates, type Candidate } from './candidates.js';
import { checkFacts, disputeSentence, joinNames, outletName, singleSourceFactSentence } from './facts.js';
import {
  LEAD_WINDOW, MAX_DISPUTE_SENTENCES, MAX_SINGLE_SOURCE_SENTENCES, MMR_LAMBDA, QUOTE_LED, REDUNDANT_CONTAINMENT, REDUNDANT_SIMILARITY, SUMMARY_MAX_SENTENCES, SUMMARY_MIN_SENTENCES,
  SUMMARY_OUTPUT_LANGUAGE,
} from './rules.js';
import type { SummarizeOptions, SummarySentenceOut } from './types.js';
import { articleUnits, stemContainment, stemCosine, type ArticleUnits } from './units.js';

export type { SummaryKind, SummarizeOptions, SummarySentenceOut } from './types.js';

type Resolved = { language: string; min: number; max: number; maxWords: number };

function resolveOptions(o: SummarizeOptions): Resolved {
  const min = o.minSentences ?? SUMMARY_MIN_SENTENCES;
  const max = o.maxSentences ?? SUMMARY_MAX_SENTENCES;
  const maxWords = o.maxWords ?? Number.POSITIVE_INFINITY;
  const language = o.outputLanguage ?? SUMMARY_OUTPUT_LANGUAGE;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
    throw new ParallaxError('E_CONFIG', `summary sentence counts must be integers with 1 ≤ minSentences ≤ maxSentences, got ${String(min)}–${String(max)}`);
  }
  if (!(maxWords > 0)) throw new ParallaxError('E_CONFIG', `summary maxWords must be a positive number, got ${String(maxWords)}`);
  if (!/^[a-z]{2,3}$/u.test(language)) throw new ParallaxError('E_CONFIG', `summary outputLanguage must be an ISO 639 code such as "en", got "${language}"`);
  return { language, min, max, maxWords };
}

/** The language whose sentences are copied: the output language when an article has it, else the most used one. */
function poolLanguage(articles: readonly Article[], output: string): string {
  if (articles.some((a) => a.language === output)) return output;
  const count = new Map<string, number>();
  for (const a of articles) count.set(a.language, (count.get(a.language) ?? 0) + 1);
  let best = articles[0]?.language ?? output;
  for (const [l, n] of count) if (n > (count.get(best) ?? 0)) best = l;
  return best;
}

const words = (s: string): number => s.split(/\s+/u).filter((w) => w !== '').length;

/** A copied sentence as a summary sentence; labelled "Only … reports:" when one origin alone supports it. */
function fromCandidate(c: Candidate, kind: 'what' | 'fact' | 'single-source', byId: ReadonlyMap<ArticleId, Article>): SummarySentenceOut {
  const origin = c.evidence[0] ?? { articleId: c.article.id, start: c.unit.span.start, end: c.unit.span.end, text: c.unit.text };
  const sources = c.evidence.map((e) => e.articleId);
  const copied = c.unit.text.replace(/\s+/gu, ' ').trim();
  let text = copied;
  if (kind === 'single-source') {
    const name = outletName(c.article);
    const copies = [...new Set(sources.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined).map(outletName))].filter((n) => n !== name);
    text = `Only ${name} reports${copies.length > 0 ? ` (also carried by ${joinNames(copies)})` : ''}: ${copied}`;
  }
  return { kind, text, sources, evidence: c.evidence, origin };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** One sentence says what the other does: its support in the other's article is the other sentence. */
function sameContent(x: Candidate, c: Candidate): boolean {
  return c.evidence.some((e) => e.articleId === x.article.id && overlaps(e, x.unit.span))
    || x.evidence.some((e) => e.articleId === c.article.id && overlaps(e, c.unit.span));
}

/** Greedy MMR: best score minus redundancy with what is already chosen; too similar ones skipped. */
function mmr(pool: readonly Candidate[], chosen: Candidate[], limit: number): Candidate[] {
  const picked: Candidate[] = [];
  const left = [...pool];
  while (picked.length < limit && left.length > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < left.length; i++) {
      const c = left[i];
      if (c === undefined) continue;
      const before = [...chosen, ...picked];
      if (before.some((x) => sameContent(x, c) || stemContainment(x.unit.plainStems, c.unit.plainStems) >= REDUNDANT_CONTAINMENT)) continue;
      const sim = Math.max(0, ...before.map((x) => stemCosine(x.unit.stems, c.unit.stems)));
      if (sim >= REDUNDANT_SIMILARITY) continue;
      const value = c.score - MMR_LAMBDA * sim;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    const [c] = left.splice(best, 1);
    if (c !== undefined) picked.push(c);
  }
  return picked;
}

/** Articles of the event whose sentences may be copied: the pool language, copies whose original is present left out. */
function copyPool(all: readonly ArticleUnits[], language: string): ArticleUnits[] {
  const present = new Set(all.map((a) => a.article.id));
  return all.filter((a) => a.article.language === language && (a.origin === a.article.id || !present.has(a.origin)));
}

/** The event's cited summary (4–8 sentences unless the articles or `maxWords` allow fewer). Pure. */
export function summarize(event: NewsEvent, articles: readonly Article[], options: SummarizeOptions = {}): SummarySentenceOut[] {
  const o = resolveOptions(options);
  const byId = new Map<ArticleId, Article>();
  for (const a of articles) if (event.articleIds.includes(a.id) && !byId.has(a.id)) byId.set(a.id, a);
  const members = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  if (members.length === 0) return [];
  const all = members.map(articleUnits);
  const multiOrigin = new Set(all.map((a) => a.origin)).size > 1;
  const language = poolLanguage(members, o.language);
  const facts = checkFacts(event.facts, byId);
  const disputed = new Map<ArticleId, Span[]>();
  for (const f of facts) {
    if (f.fact.status !== 'disputed') continue;
    for (const e of f.values.flatMap((v) => v.evidence)) disputed.set(e.articleId, [...(disputed.get(e.articleId) ?? []), e]);
  }
  const cands = candidates({ all, pool: copyPool(all, language), language, disputed, quotes: event.quotes });
  const byScore = (x: Candidate, y: Candidate): number => y.score - x.score;

  const leads = cands.filter((c) => c.unit.index < LEAD_WINDOW && !QUOTE_LED.test(c.unit.text));
  const lead = [...(leads.length > 0 ? leads : cands)].sort((x, y) => y.leadScore - x.leadScore)[0];
  const rest = cands.filter((c) => c !== lead);
  const chosen: Candidate[] = lead === undefined ? [] : [lead];
  const disputes = facts.map((f) => disputeSentence(f, byId, o.language)).filter((s): s is SummarySentenceOut => s !== undefined)
    .slice(0, MAX_DISPUTE_SENTENCES);
  const singleFacts = multiOrigin
    ? facts.map((f) => singleSourceFactSentence(f, byId, o.language)).filter((s): s is SummarySentenceOut => s !== undefined) : [];
  const supported = rest.filter((c) => !multiOrigin || c.origins > 1).sort(byScore);
  const lone = multiOrigin ? rest.filter((c) => c.origins <= 1).sort(byScore) : [];

  const reservedSingles = Math.min(MAX_SINGLE_SOURCE_SENTENCES, singleFacts.length + lone.length);
  const factRoom = Math.max(0, o.max - chosen.length - disputes.length - reservedSingles);
  const factPicks = mmr(supported, chosen, factRoom);
  chosen.push(...factPicks);
  const singleRoom = Math.max(0, Math.min(MAX_SINGLE_SOURCE_SENTENCES, o.max - chosen.length - disputes.length) - singleFacts.length);
  const lonePicks = mmr(lone, chosen, singleRoom);
  chosen.push(...lonePicks);

  // A single-source fact already told by a chosen sentence (its evidence inside that sentence's support) is not repeated.
  const told = chosen.flatMap((c) => c.evidence);
  const newFacts = singleFacts.filter((f) => !f.evidence.some((e) => told.some((t) => t.articleId === e.articleId && overlaps(t, e))));
  const singles = [...newFacts.slice(0, MAX_SINGLE_SOURCE_SENTENCES), ...lonePicks.map((c) => fromCandidate(c, 'single-source', byId))];
  const count = (lead === undefined ? 0 : 1) + factPicks.length + disputes.length + singles.length;
  // Fill up to the minimum (up to the maximum when a word budget is given: the budget decides) with
  // what is left: supported sentences first, then labelled lone ones.
  const target = Number.isFinite(o.maxWords) ? o.max : o.min;
  if (count < target) {
    for (const c of mmr([...supported, ...lone].filter((x) => !chosen.includes(x)), chosen, target - count)) {
      if (multiOrigin && c.origins <= 1) singles.push(fromCandidate(c, 'single-source', byId));
      else factPicks.push(c);
      chosen.push(c);
    }
  }
  const out: SummarySentenceOut[] = [
    ...(lead === undefined ? [] : [fromCandidate(lead, 'what', byId)]),
    ...factPicks.map((c) => fromCandidate(c, 'fact', byId)),
    ...disputes,
    ...singles,
  ].slice(0, o.max);
  return withinBudget(out, o.maxWords);
}

/** Drops sentences that would take the summary past the word budget (the first sentence stays). */
function withinBudget(sentences: readonly SummarySentenceOut[], maxWords: number): SummarySentenceOut[] {
  const out: SummarySentenceOut[] = [];
  let used = 0;
  for (const s of sentences) {
    const n = words(s.text);
    if (out.length > 0 && used + n > maxWords) continue;
    out.push(s);
    used += n;
  }
  return out;
}
