// Suite `clustering`: the online clusterer of stage 6 (createStreamClusterer) on streams, with
// baselines in the same run.
// - News-T (../shared/bench-data/news-titles-mstream): 11,109 pre-processed titles, 152 events,
//   fed one at a time in file order. NMI and B³ F1; default configuration and with a forgetting
//   window (streamWindowArticles). Baseline: single-pass TF-IDF cosine, one threshold
//   (suites/grouping.ts createBaselineGrouper). Also News (the same titles in random order).
// - ECB+ test split: the stream fed one document at a time vs the batch grouper (one add).
// - SemEval-2022 task 8 sample: Pearson r of the clusterer's pairwise similarity (pairScore().similarity) with the
//   gold `overall` (1 = very similar … 4 = very dissimilar, so r is taken against −overall),
//   per language pair, mono- and cross-lingual.
// - examples/corpus: B³/NMI through the engine (batch) and the stream one article at a time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createEngine } from '../../../src/engine.js';
import { resolveConfig, type Config } from '../../../src/config/index.js';
import type { Article } from '../../../src/model/article.js';
import { asArticleId } from '../../../src/model/ids.js';
import { annotate } from '../../../src/stages/03-language/index.js';
import { pairScore, processingOrder } from '../../../src/stages/06-cluster/events.js';
import { createGrouper, type Grouper } from '../../../src/stages/06-cluster/index.js';
import { SHORT_TEXT_THRESHOLD, UNDATED_QUIET_TURNS } from '../../../src/stages/06-cluster/rules.js';
import { buildProfiles } from '../../../src/stages/06-cluster/similarity.js';
import { createStreamClusterer, type StreamClustererOptions } from '../../../src/stages/06-cluster/stream.js';
import { benchDataDir, repoRoot } from '../../support/shared.js';
import { bcubed, nmi, type Clustering } from '../metrics/clustering.js';
import type { EvalResult, EvalSuite } from '../types.js';
import { BASELINE_EVENT_THRESHOLD, createBaselineGrouper, goldKey, readGold } from './grouping.js';

const mstreamDir = join(benchDataDir, 'news-titles-mstream');
const ecbPath = join(benchDataDir, 'ecbplus', 'docs.jsonl');
const semevalPath = join(benchDataDir, 'semeval2022-task8-sample', 'pairs.original.jsonl');
const corpusDir = join(repoRoot, 'examples', 'corpus');

const minimal = (id: string, text: string, language: string): Article => ({
  id: asArticleId(id), file: `${id}.txt`, format: 'text', encoding: 'utf-8', text, removed: [], language, languageSpans: [], paragraphs: [], sentences: [],
});

function scores(p: Clustering, gold: Clustering): Record<string, number> {
  const b = bcubed(p, gold);
  return { NMI: nmi(p, gold), 'B3 F1': b.f1, 'B3 precision': b.precision, 'B3 recall': b.recall, 'events predicted': new Set(p.values()).size, 'events gold': new Set(gold.values()).size };
}

/** The stream, one article at a time in the given order → article id → event index. */
function streamed(articles: readonly Article[], config: Partial<Config> = {}, options: StreamClustererOptions = {}): { clustering: Map<string, string>; seconds: number; maxLive: number } {
  const s = createStreamClusterer(resolveConfig(config), options);
  const out = new Map<string, string>();
  const t = performance.now();
  let maxLive = 0;
  for (const a of articles) {
    for (const p of s.add(a)) out.set(p.article.id, String(p.cluster));
    if (s.stats().activeEvents > maxLive) maxLive = s.stats().activeEvents;
  }
  return { clustering: out, seconds: (performance.now() - t) / 1000, maxLive };
}

function grouped(g: Grouper, articles: readonly Article[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of g.group(articles, createEngine({ now: () => new Date(0) }).ctx).events) for (const id of e.articleIds) out.set(id, e.id);
  return out;
}

/** Only the items of `keep` (a half of the stream) are scored. */
const restricted = (c: ReadonlyMap<string, string>, keep: ReadonlyMap<string, string>): Map<string, string> => new Map([...c].filter(([k]) => keep.has(k)));

function newsTitles(file: 'News-T' | 'News'): EvalResult {
  const started = performance.now();
  const rows = readFileSync(join(mstreamDir, `${file}.jsonl`), 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { Id: string; clusterNo: number; textCleaned: string });
  const articles = rows.map((r) => minimal(r.Id, r.textCleaned, 'en'));
  const gold = new Map(rows.map((r) => [r.Id, String(r.clusterNo)]));
  // Dev / test split for anything tuned on this stream: first half / second half in file order.
  const half = Math.floor(rows.length / 2);
  const dev = new Map(rows.slice(0, half).map((r) => [r.Id, String(r.clusterNo)]));
  const test = new Map(rows.slice(half).map((r) => [r.Id, String(r.clusterNo)]));
  const full = streamed(articles);
  const alone = streamed(articles.slice(half));
  const noQuiet = streamed(articles, {}, { forgetQuietUndated: false });
  const prefix = (r: Record<string, number>, p: string): Record<string, number> => Object.fromEntries(Object.entries(r).map(([k, v]) => [`${p}${k}`, v]));
  const short = (r: Record<string, number>): Record<string, number> => ({ NMI: r.NMI as number, 'B3 F1': r['B3 F1'] as number, events: r['events predicted'] as number });
  const baseline = grouped(createBaselineGrouper(), articles);
  return {
    suite: 'clustering', dataset: `news-titles-mstream ${file}.jsonl, one title at a time in file order`, items: rows.length,
    metrics: {
      ...prefix(scores(full.clustering, gold), 'default config: '),
      ...prefix(short(scores(restricted(full.clustering, dev), dev)), 'dev half (in stream): '),
      ...prefix(short(scores(restricted(full.clustering, test), test)), 'test half (in stream): '),
      ...prefix(short(scores(alone.clustering, test)), 'test half alone: '),
      ...prefix(short(scores(noQuiet.clustering, gold)), 'no quiet rule: '),
      'titles/s': rows.length / full.seconds,
      'max live events': full.maxLive,
    },
    baseline: {
      ...prefix(scores(baseline, gold), 'default config: '),
      ...prefix(short(scores(restricted(baseline, dev), dev)), 'dev half (in stream): '),
      ...prefix(short(scores(restricted(baseline, test), test)), 'test half (in stream): '),
    },
    seconds: (performance.now() - started) / 1000,
    notes: [
      `titles are short texts without names (rules SHORT_TEXT_MAX_TERMS/SHORT_TEXT_THRESHOLD ${SHORT_TEXT_THRESHOLD}): scored on TF-IDF term cosine to event centroids; document frequencies grow with the stream`,
      `undated stream: an event that took no title for ${UNDATED_QUIET_TURNS} turns of the live events (UNDATED_QUIET_TURNS × live events articles) leaves the index; "no quiet rule" = the stream without it (the batch grouper's setting)`,
      'tuned on this stream: UNDATED_QUIET_TURNS on the dev half (first 5,554 titles in file order); SHORT_TEXT_THRESHOLD on the whole stream (earlier; re-tuning it on dev did not carry to test). The honest figure is the test half (second 5,555 titles): "in stream" = scored inside the full run, "alone" = the test half as its own stream from a cold start',
      'published NMI on News-T (Yin et al. KDD 2018): MStreamF .873, MStream .850; on News: MStream .834',
      `baseline: single-pass TF-IDF cosine ≥ ${BASELINE_EVENT_THRESHOLD} (createBaselineGrouper, batch DF, processed in id order)`,
    ],
  };
}

type EcbDoc = { doc_id: string; topic: number; event_cluster: string; split: string; sentences: string[][] };

function ecbplus(): EvalResult {
  const started = performance.now();
  const docs = readFileSync(ecbPath, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as EcbDoc).filter((d) => d.split === 'test');
  const articles = docs.map((d) => {
    const [first, ...rest] = d.sentences.map((s) => s.join(' '));
    return annotate({ id: asArticleId(d.doc_id), file: `${d.doc_id}.txt`, format: 'text', encoding: 'utf-8', text: `${first ?? ''}\n\n${rest.join(' ')}`, removed: [], declaredLanguage: 'en' });
  });
  const gold = new Map(docs.map((d) => [d.doc_id, d.event_cluster]));
  const stream = streamed(articles);
  return {
    suite: 'clustering', dataset: 'ECB+ test split (210 documents, 20 events): stream one document at a time (file order) vs batch', items: docs.length,
    metrics: { ...scores(stream.clustering, gold) },
    baseline: { ...scores(grouped(createGrouper(), articles), gold) },
    seconds: (performance.now() - started) / 1000,
    notes: [
      'baseline column here = the batch grouper (createGrouper: one add, batch document frequencies), not TF-IDF; the TF-IDF baseline on ECB+ is in suite heldout',
      'tokens joined with single spaces (suite heldout joins them with English spacing; figures differ slightly)',
    ],
  };
}

type Pair = { pair_id: string; lang1: string; lang2: string; text1: string; text2: string; overall: number };

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

function semeval(): EvalResult {
  const started = performance.now();
  const pairs = readFileSync(semevalPath, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Pair);
  const articles: Article[] = [];
  pairs.forEach((p, i) => articles.push(minimal(`p${i}a`, p.text1, p.lang1), minimal(`p${i}b`, p.text2, p.lang2)));
  const profiles = buildProfiles(articles);
  const window = resolveConfig().eventWindowDays;
  const byPair = new Map<string, { ours: number[]; base: number[]; gold: number[] }>();
  const all = { ours: [] as number[], base: [] as number[], gold: [] as number[] };
  pairs.forEach((p, i) => {
    const [a, b] = [profiles[2 * i], profiles[2 * i + 1]];
    if (a === undefined || b === undefined) return;
    // The similarity part of the clusterer's score (before the date penalty, which decides same event, not similar content).
    const ours = pairScore(a, b, window).similarity;
    // Baseline: the TF-IDF term cosine alone (what the single-pass baseline compares).
    let base = 0;
    for (const [k, w] of a.terms) base += w * (b.terms.get(k) ?? 0);
    const key = `${p.lang1}-${p.lang2}`;
    const row = byPair.get(key) ?? { ours: [], base: [], gold: [] };
    for (const r of [row, all]) { r.ours.push(ours); r.base.push(base); r.gold.push(-p.overall); }
    byPair.set(key, row);
  });
  const metrics: Record<string, number> = { 'all pairs: Pearson r': pearson(all.ours, all.gold) };
  const baseline: Record<string, number> = { 'all pairs: Pearson r': pearson(all.base, all.gold) };
  for (const [key, r] of [...byPair].sort((x, y) => y[1].gold.length - x[1].gold.length)) {
    metrics[`${key} (${r.gold.length}): Pearson r`] = pearson(r.ours, r.gold);
    baseline[`${key} (${r.gold.length}): Pearson r`] = pearson(r.base, r.gold);
  }
  return {
    suite: 'clustering', dataset: 'SemEval-2022 task 8 sample (original pairs): pairwise score vs gold overall', items: pairs.length,
    metrics, baseline, seconds: (performance.now() - started) / 1000,
    notes: [
      'ours: pairScore(...).similarity — names, terms, numbers (names weight left out when a side has none; cross-lingual pairs on names and numbers) before the date penalty — with document frequencies over all 2,928 texts; r against −overall (gold 1 = very similar)',
      'baseline: TF-IDF term cosine alone (across languages it still sees identically spelled words: names, numbers-as-words, loanwords); it still ranks es, tr, ar, fr and de-en pairs better: our terms are capped at 80 per article and the cross-lingual score drops terms',
      'languages outside en/fr/es/de (tr, pl, ar) get no stopwords, name rules or weekdays; published SOTA on the official eval set: Pearson 0.818 (not comparable: different pairs)',
    ],
  };
}

async function corpus(): Promise<EvalResult> {
  const started = performance.now();
  const gold = readGold(join(corpusDir, 'gold.json'));
  const engine = createEngine({ now: () => new Date(0) });
  const report = await analyze(engine, [corpusDir]);
  const key = (a: Article): string => goldKey(a, corpusDir);
  const keyOf = new Map(report.articles.map((a) => [a.id, key(a)]));
  const batch = new Map<string, string>();
  for (const e of report.events) for (const id of e.articleIds) batch.set(keyOf.get(id) ?? id, e.id);
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const ordered = processingOrder(buildProfiles(report.articles)).map((p) => byId.get(p.id) as Article);
  const stream = streamed(ordered);
  const streamKeyed = new Map([...stream.clustering].map(([id, c]) => [keyOf.get(asArticleId(id)) ?? id, c]));
  return {
    suite: 'clustering', dataset: 'examples/corpus: engine (batch = one add) vs stream one article at a time in (event day, id) order', items: report.articles.length,
    metrics: prefixed(scores(batch, gold.events), 'batch: '),
    baseline: prefixed(scores(streamKeyed, gold.events), 'stream 1-by-1: '),
    seconds: (performance.now() - started) / 1000,
    notes: ['the "baseline" column holds the stream fed one article at a time (cold start: document frequencies grow from the first article)'],
  };
}

const prefixed = (r: Record<string, number>, p: string): Record<string, number> => Object.fromEntries(Object.entries(r).map(([k, v]) => [`${p}${k}`, v]));

export const clustering: EvalSuite = {
  name: 'clustering',
  description: 'online clusterer: News-T/News stream NMI and B³ (TF-IDF baseline), ECB+ stream vs batch, SemEval-2022 pair similarity Pearson per language pair, example corpus',
  async run() {
    if (!existsSync(mstreamDir)) throw new Error(`clustering: ${mstreamDir} not found — this suite needs ../shared/bench-data`);
    const main = newsTitles('News-T');
    const more: EvalResult[] = [newsTitles('News')];
    if (existsSync(ecbPath)) more.push(ecbplus());
    if (existsSync(semevalPath)) more.push(semeval());
    more.push(await corpus());
    return { ...main, more };
  },
};
