// Suite `compare` (stage 7):
// (a) examples/corpus `disputes` gold: the whole pipeline runs on the corpus; a gold dispute is found
//     when one disputed fact of its event puts articles of two gold values in two incompatible value
//     groups. Precision: the share of our disputed facts that match a gold dispute (the gold lists
//     every conflicting figure of the corpus). Agreed and single-source facts have no gold here (counts only).
//     Baseline (same run): every quantity of one unit class in an event is one topic, values compared
//     as exact points (no topic alignment, no intervals).
//     Its `facts` gold (the place and day of the main happening that several outlets agree on, for
//     a handful of events): fact recall = gold facts matched by an agreed fact of their event (same
//     place — one of the gold spellings in its evidence — or same day, with at least two of its
//     articles in the gold list); agreed precision = the share of our agreed place and date facts in
//     those events that match a gold fact (the gold lists every place and day they agree on).
// (b) ../shared/bench-data/claimdiff (ClaimDiff-S/W test, 1,084 English claim pairs, 3-way:
//     strengthen / weaken / neither): our judgement = stage 7's claim alignment (a shared topic with
//     compatible values → strengthen, incompatible → weaken; else shared names and a compatible
//     figure → strengthen); no decision → neither. Baseline: the majority class. (A negation-difference
//     rule from the quote reader was tried and dropped: 90 of its 138 "weaken" calls were gold strengthen.)
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, createEngine, prepareArticle } from '../../../src/engine.js';
import type { Article, RawArticle } from '../../../src/model/article.js';
import type { Fact } from '../../../src/model/event.js';
import type { ArticleId } from '../../../src/model/ids.js';
import type { Report } from '../../../src/model/report.js';
import { articleClaims, compatible, quantityInterval, type Claim } from '../../../src/stages/07-compare/index.js';
import { benchDataDir, repoRoot } from '../../support/shared.js';
import type { EvalResult, EvalSuite } from '../types.js';

const corpusDir = join(repoRoot, 'examples', 'corpus');

type GoldDispute = { event: string; topic: string; values: { value: string; articles: string[] }[] };
/** A fact several outlets agree on: the place (`names`: its spellings in the articles) or the day (YYYY-MM-DD) of the main happening. */
type GoldFact = { event: string; kind: 'place' | 'date'; topic: string; value: string; names?: string[]; articles: string[] };
type Gold = { articles: Record<string, { event: string }>; disputes: GoldDispute[]; facts?: GoldFact[] };

/** Report article id → gold key ("file" or "file#item"). */
function goldKeys(report: Report): Map<ArticleId, string> {
  return new Map(report.articles.map((a) => {
    const file = relative(corpusDir, a.file).split('\\').join('/');
    return [a.id, a.item === undefined ? file : `${file}#${a.item}`];
  }));
}

type Side = Set<string>;
type Judged = { status: Fact['status']; sides: Side[]; incompatible: (i: number, j: number) => boolean };

/** Does a fact put articles of two different gold values in two incompatible value groups? */
function matches(f: Judged, d: GoldDispute): boolean {
  const sideOf = (article: string): number => f.sides.findIndex((s) => s.has(article));
  for (let x = 0; x < d.values.length; x++) {
    for (let y = x + 1; y < d.values.length; y++) {
      for (const a of d.values[x]?.articles ?? []) {
        for (const b of d.values[y]?.articles ?? []) {
          const i = sideOf(a);
          const j = sideOf(b);
          if (i >= 0 && j >= 0 && i !== j && f.incompatible(i, j)) return true;
        }
      }
    }
  }
  return false;
}

function judgeFact(f: Fact, keys: ReadonlyMap<ArticleId, string>): Judged {
  const sides = f.values.map((v) => new Set(v.articleIds.map((id) => keys.get(id) ?? id)));
  return { status: f.status, sides, incompatible: (i, j) => !(f.values[i]?.compatibleWith ?? []).includes(j) };
}

/** The baseline's facts for one event: one topic per unit class, exact values. */
function baselineFacts(articles: readonly Article[], keys: ReadonlyMap<ArticleId, string>): Judged[] {
  const byUnit = new Map<string, Map<number, Set<string>>>();
  for (const a of articles) {
    for (const q of a.extraction?.quantities ?? []) {
      const unit = q.dimension === 'count' ? 'count' : q.unit;
      const values = byUnit.get(unit) ?? new Map<number, Set<string>>();
      byUnit.set(unit, values);
      const set = values.get(q.value) ?? new Set<string>();
      values.set(q.value, set);
      set.add(keys.get(a.id) ?? a.id);
    }
  }
  return [...byUnit.values()].map((values) => {
    const sides = [...values.values()];
    return { status: sides.length > 1 ? 'disputed' : 'agreed', sides, incompatible: () => true };
  });
}

function disputeScores(factsByEvent: ReadonlyMap<string, Judged[]>, gold: Gold): Record<string, number> {
  let found = 0;
  for (const d of gold.disputes) if ((factsByEvent.get(d.event) ?? []).some((f) => f.status === 'disputed' && matches(f, d))) found++;
  let disputed = 0;
  let right = 0;
  let agreed = 0;
  for (const [event, facts] of factsByEvent) {
    const ds = gold.disputes.filter((d) => d.event === event);
    for (const f of facts) {
      if (f.status === 'disputed') {
        disputed++;
        if (ds.some((d) => matches(f, d))) right++;
      } else if (f.status === 'agreed') agreed++;
    }
  }
  return {
    'dispute recall': found / gold.disputes.length,
    'disputed precision': disputed === 0 ? 0 : right / disputed,
    'disputed facts': disputed,
    'agreed facts': agreed,
  };
}

const foldName = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Does an agreed fact state the gold fact (same place or day, backed by two or more of its gold articles)? */
function statesFact(f: Fact, g: GoldFact, keys: ReadonlyMap<ArticleId, string>): boolean {
  if (f.status !== 'agreed' || f.kind !== g.kind) return false;
  const names = new Set((g.names ?? [g.value]).map(foldName));
  return f.values.some((v) => {
    const same = g.kind === 'date' ? v.low === g.value && v.high === g.value : v.evidence.some((e) => names.has(foldName(e.text)));
    return same && v.articleIds.filter((id) => g.articles.includes(keys.get(id) ?? id)).length >= 2;
  });
}

function factScores(factsByEvent: ReadonlyMap<string, Fact[]>, gold: readonly GoldFact[], keys: ReadonlyMap<ArticleId, string>): { metrics: Record<string, number>; notes: string[] } {
  const found = gold.filter((g) => (factsByEvent.get(g.event) ?? []).some((f) => statesFact(f, g, keys)));
  const events = new Set(gold.map((g) => g.event));
  const reported = [...events].flatMap((e) => (factsByEvent.get(e) ?? []).filter((f) => f.status === 'agreed' && (f.kind === 'place' || f.kind === 'date')).map((f) => ({ e, f })));
  const right = reported.filter(({ e, f }) => gold.some((g) => g.event === e && statesFact(f, g, keys)));
  return {
    metrics: {
      'fact recall (agreed place/date)': gold.length === 0 ? 0 : found.length / gold.length,
      'agreed place/date precision': reported.length === 0 ? 0 : right.length / reported.length,
      'agreed place/date facts': reported.length,
    },
    notes: [
      ...gold.filter((g) => !found.includes(g)).map((g) => `fact missed: ${g.event} — ${g.topic}: ${g.value}`),
      ...reported.filter((r) => !right.includes(r)).map(({ e, f }) => `agreed, not in gold: ${e} — ${f.topic}: ${f.values.map((v) => v.value).join(' / ')}`),
    ],
  };
}

async function corpusResult(): Promise<EvalResult> {
  const started = performance.now();
  const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as Gold;
  const report = await analyze(createEngine({ threads: 1 }), [corpusDir]);
  const keys = goldKeys(report);
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const goldEvent = (articleIds: readonly ArticleId[]): string => {
    const counts = new Map<string, number>();
    for (const id of articleIds) {
      const e = gold.articles[keys.get(id) ?? '']?.event;
      if (e !== undefined) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  };
  const ours = new Map<string, Judged[]>();
  const base = new Map<string, Judged[]>();
  const factsByEvent = new Map<string, Fact[]>();
  for (const e of report.events) {
    const g = goldEvent(e.articleIds);
    factsByEvent.set(g, [...(factsByEvent.get(g) ?? []), ...e.facts]);
    ours.set(g, [...(ours.get(g) ?? []), ...e.facts.map((f) => judgeFact(f, keys))]);
    const members = e.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    base.set(g, [...(base.get(g) ?? []), ...baselineFacts(members, keys)]);
  }
  const metrics = disputeScores(ours, gold);
  const missed = gold.disputes.filter((d) => !(ours.get(d.event) ?? []).some((f) => f.status === 'disputed' && matches(f, d))).map((d) => `missed: ${d.event} — ${d.topic}`);
  const extra = report.events.flatMap((e) => e.facts.filter((f) => f.status === 'disputed'
    && !gold.disputes.some((d) => d.event === goldEvent(e.articleIds) && matches(judgeFact(f, keys), d))).map((f) => `not in gold: ${goldEvent(e.articleIds)} — ${f.topic}: ${f.values.map((v) => v.value).join(' / ')}`));
  const facts = factScores(factsByEvent, gold.facts ?? [], keys);
  const counts = report.events.flatMap((e) => e.facts).reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.status]: (acc[f.status] ?? 0) + 1 }), {});
  return {
    suite: 'compare',
    dataset: `examples/corpus disputes and facts gold (${String(gold.disputes.length)} disputes, ${String(gold.facts?.length ?? 0)} agreed facts, ${String(report.articles.length)} articles)`,
    items: gold.disputes.length + (gold.facts?.length ?? 0),
    metrics: { ...metrics, 'single-source facts': counts['single-source'] ?? 0, ...facts.metrics },
    baseline: disputeScores(base, gold),
    seconds: (performance.now() - started) / 1000,
    notes: [...missed, ...extra, ...facts.notes],
  };
}

type Pair = { pair_id: string; claim_a: string; claim_b: string; relation: number };
type Label = 'strengthen' | 'weaken' | 'neither';

let counter = 0;
function sentenceArticle(text: string): Article | undefined {
  counter++;
  const raw: RawArticle = { id: `c${String(counter).padStart(15, '0')}` as ArticleId, file: `claim-${String(counter)}.txt`, format: 'text', encoding: 'utf-8', body: text, removed: [], declaredLanguage: 'en' };
  const p = prepareArticle(raw);
  return 'code' in p ? undefined : p;
}

const NAME = /\b\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*/gu;
const names = (s: string): Set<string> => new Set([...s.matchAll(NAME)].map((m) => m[0].toLowerCase()).filter((n) => n.length > 3));

/** Our judgement of B against A, or undefined when stage 7's logic has nothing to say. */
export function judgePair(a: string, b: string): Label | undefined {
  const x = sentenceArticle(a);
  const y = sentenceArticle(b);
  if (x === undefined || y === undefined) return undefined;
  const key = (c: Claim): string => `${c.kind}|${c.unitClass}|${c.anchor}|${c.qualifiers.join('+')}`;
  const ca = articleClaims(x).filter((c) => c.anchor !== '');
  const cb = articleClaims(y).filter((c) => c.anchor !== '');
  const aligned = ca.flatMap((c) => cb.filter((d) => key(d) === key(c)).map((d) => [c, d] as const));
  if (aligned.length > 0) return aligned.every(([c, d]) => compatible(c.value, d.value)) ? 'strengthen' : 'weaken';
  const na = names(a);
  const shared = [...names(b)].filter((n) => na.has(n)).length;
  if (shared > 0) {
    const qa = (x.extraction?.quantities ?? []).map((q) => quantityInterval(q, 'en'));
    const qb = (y.extraction?.quantities ?? []).map((q) => quantityInterval(q, 'en'));
    if (qa.length > 0 && qb.length > 0 && qa.some((i) => qb.some((j) => compatible(i, j)))) return 'strengthen';
  }
  return undefined;
}

function claimdiffResult(): EvalResult | undefined {
  const dir = join(benchDataDir, 'claimdiff');
  const sPath = join(dir, 'ClaimDiff-S', 'ClaimDiff-strength-test.json');
  const wPath = join(dir, 'ClaimDiff-W', 'ClaimDiff-weak-test.json');
  if (!existsSync(sPath) || !existsSync(wPath)) return undefined;
  const started = performance.now();
  const s = (JSON.parse(readFileSync(sPath, 'utf8')) as { data: Pair[] }).data;
  const w = new Map((JSON.parse(readFileSync(wPath, 'utf8')) as { data: Pair[] }).data.map((p) => [p.pair_id, p.relation]));
  const gold = s.map((p): { p: Pair; label: Label } => ({ p, label: p.relation === 1 ? 'strengthen' : w.get(p.pair_id) === 1 ? 'weaken' : 'neither' }));
  const counts = new Map<Label, number>();
  for (const g of gold) counts.set(g.label, (counts.get(g.label) ?? 0) + 1);
  const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'neither';
  let right = 0;
  let decided = 0;
  let decidedRight = 0;
  let withFallback = 0;
  const confusion = new Map<string, number>();
  for (const { p, label } of gold) {
    const ours = judgePair(p.claim_a, p.claim_b);
    const said = ours ?? 'neither';
    if (said === label) right++;
    if ((ours ?? majority) === label) withFallback++;
    if (ours !== undefined) {
      decided++;
      if (ours === label) decidedRight++;
      confusion.set(`${ours}→gold ${label}`, (confusion.get(`${ours}→gold ${label}`) ?? 0) + 1);
    }
  }
  const n = gold.length;
  return {
    suite: 'compare',
    dataset: `claimdiff S+W test (${String(n)} pairs: ${[...counts.entries()].map(([k, v]) => `${k} ${String(v)}`).join(', ')})`,
    items: n,
    metrics: {
      'accuracy (undecided=neither)': right / n,
      'accuracy (undecided=majority)': withFallback / n,
      'coverage (decided share)': decided / n,
      'accuracy on decided': decided === 0 ? 0 : decidedRight / decided,
    },
    baseline: { 'accuracy (undecided=neither)': (counts.get(majority) ?? 0) / n, 'accuracy (undecided=majority)': (counts.get(majority) ?? 0) / n },
    seconds: (performance.now() - started) / 1000,
    notes: [`baseline: always "${majority}"`, ...[...confusion.entries()].map(([k, v]) => `decided ${k}: ${String(v)}`)],
  };
}

export const compare: EvalSuite = {
  name: 'compare',
  description: 'facts agreed/disputed on the corpus disputes gold (vs one-topic-per-unit baseline), agreed place/date facts on its facts gold; claimdiff judgements (vs majority)',
  run: async () => {
    const corpus = await corpusResult();
    const cd = claimdiffResult();
    return cd === undefined ? { ...corpus, notes: [...(corpus.notes ?? []), 'claimdiff: ../shared/bench-data/claimdiff not found (skipped)'] } : { ...corpus, more: [cd] };
  },
};
