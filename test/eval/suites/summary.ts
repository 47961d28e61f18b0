// Suite `summary`: cited event summaries (stage 9).
// 1. multinews-test-sample (250 Multi-News clusters, ../shared/bench-data): each cluster's documents
//    become RawArticles → prepareArticle (clean, language, extract) → dedup → one event (they are one
//    event by construction) → enrichEvent → compareEvent → summarize with a word budget equal to the sample's mean
//    reference length. ROUGE-1/2/L F1 (rouge_score tokenization, Porter stemming) against the
//    reference; baselines in the same run on the same cleaned sentences: lead-3 (the first three
//    sentences of each document, concatenated, as Multi-News' "First-3") and a LexRank-style
//    centroid summary (TF-IDF sentence graph, power iteration, redundancy filter, same word budget).
//    PRIMERA's published 49.9/21.1/25.9 is on the full 5,622-cluster test set, printed beside it.
// 2. neus-allsides: 3 outlets' leads → the AllSides neutral summary (title + text). The budget is
//    the mean reference length of the val split (tuning, if any, only on val).
// 3. Citation faithfulness on the example corpus and the seeds: the share of summary sentences
//    whose every cited source holds support (checkSentence below).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createEngine, prepareArticle } from '../../../src/engine.js';
import type { Article, RawArticle } from '../../../src/model/article.js';
import type { NewsEvent } from '../../../src/model/event.js';
import { asArticleId, asEventId, asStoryId, type ArticleId } from '../../../src/model/ids.js';
import { enrichEvent } from '../../../src/stages/04-extract/index.js';
import { compareEvent } from '../../../src/stages/07-compare/index.js';
import { dedup } from '../../../src/stages/05-dedup/index.js';
import { summarize, type SummarySentenceOut } from '../../../src/stages/09-summarize/index.js';
import { fold } from '../../../src/text/fold.js';
import { STOPWORDS } from '../../../src/text/stopwords.js';
import { benchDataDir, hasShared, repoRoot, seedsDir } from '../../support/shared.js';
import { meanRouge, rouge, rougeTokens, type Rouge } from '../metrics/rouge.js';
import type { EvalResult, EvalSuite } from '../types.js';

/** PRIMERA (Xiao et al., ACL 2022) on the full Multi-News test set (Papers with Code). */
const PRIMERA = { rouge1: 49.9, rouge2: 21.1, rougeL: 25.9 };

type Cluster = { id: string; documents: { title?: string; text: string }[]; summary: string };

const words = (s: string): number => s.split(/\s+/u).filter((w) => w !== '').length;
const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Plain multi-document input as RawArticles: paragraphs on blank lines, one outlet name per document. */
export function rawArticles(clusterId: string, documents: readonly { title?: string; text: string }[]): RawArticle[] {
  return documents.map((d, i) => {
    const raw: RawArticle = {
      id: asArticleId(`${clusterId}-d${String(i + 1)}`), file: `${clusterId}#${String(i + 1)}`, format: 'text', encoding: 'utf-8',
      outlet: `document ${String(i + 1)}`, body: d.text.replace(/[ \t]*\n[ \t]*\n\s*/gu, '\n\n').trim(), removed: [],
    };
    if (d.title !== undefined && d.title !== '') raw.title = d.title;
    return raw;
  });
}

/** One event over prepared articles (they are one event by construction), enriched as the engine does. */
export function oneEvent(clusterId: string, raws: readonly RawArticle[]): { event: NewsEvent; articles: Article[] } {
  const prepared = raws.map(prepareArticle).filter((p): p is Article => !('code' in p));
  const articles = dedup(prepared).articles;
  const base: NewsEvent = {
    id: asEventId(`e-${clusterId}`), storyId: asStoryId(`s-${clusterId}`), title: articles[0]?.title ?? '', articleIds: articles.map((a) => a.id),
    entities: [], quotes: [], facts: [], timeline: [], summary: [], exclusive: [], explanation: [],
  };
  return { event: compareEvent(enrichEvent(base, articles), articles), articles };
}

const sentenceTexts = (a: Article): string[] => a.sentences.map((s) => a.text.slice(s.start, s.end).replace(/\s+/gu, ' ').trim());

/** Lead-3 as Multi-News' "First-3": the first three sentences of each document, concatenated. */
export function lead3(articles: readonly Article[]): string {
  return articles.flatMap((a) => sentenceTexts(a).slice(0, 3)).join(' ');
}

const ENGLISH_STOP: ReadonlySet<string> = new Set(STOPWORDS.en);

/** LexRank-style centroid baseline (Erkan & Radev 2004): TF-IDF cosine graph, threshold 0.1, PageRank, greedy by score without near-duplicates, up to the budget. */
export function lexRank(articles: readonly Article[], budget: number): string {
  const sentences = articles.flatMap(sentenceTexts).filter((s) => words(s) >= 5);
  const bags = sentences.map((s) => {
    const m = new Map<string, number>();
    for (const t of rougeTokens(s, true)) if (!ENGLISH_STOP.has(t)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const b of bags) for (const t of b.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = bags.length;
  const vectors = bags.map((b) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, tf] of b) {
      const w = tf * Math.log(n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    return { v, norm: Math.sqrt(norm) };
  });
  const cos = (i: number, j: number): number => {
    const a = vectors[i];
    const b = vectors[j];
    if (a === undefined || b === undefined || a.norm === 0 || b.norm === 0) return 0;
    let dot = 0;
    for (const [t, w] of a.v) dot += w * (b.v.get(t) ?? 0);
    return dot / (a.norm * b.norm);
  };
  const sim: number[][] = sentences.map((_, i) => sentences.map((__, j) => cos(i, j)));
  const adj: number[][] = sim.map((row) => row.map((x) => (x >= 0.1 ? 1 : 0)));
  const degree = adj.map((row) => row.reduce((a, b) => a + b, 0));
  let p = sentences.map(() => 1 / Math.max(1, n));
  for (let it = 0; it < 50; it++) {
    p = sentences.map((_, j) => 0.15 / n + 0.85 * sentences.reduce((s, __, i) => s + ((adj[i]?.[j] ?? 0) / Math.max(1, degree[i] ?? 1)) * (p[i] ?? 0), 0));
  }
  const order = sentences.map((_, i) => i).sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0) || a - b);
  const chosen: number[] = [];
  let used = 0;
  for (const i of order) {
    const w = words(sentences[i] ?? '');
    if (chosen.some((j) => (sim[i]?.[j] ?? 0) > 0.5) || (chosen.length > 0 && used + w > budget)) continue;
    chosen.push(i);
    used += w;
  }
  return chosen.sort((a, b) => a - b).map((i) => sentences[i]).join(' ');
}

// ---- citation faithfulness (independent of the stage's own alignment) ----

const FUNCTION_WORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flat());
const contentWords = (s: string): string[] =>
  fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w) && !/^\p{N}/u.test(w)).map((w) => w.slice(0, 5));
const digitNumbers = (s: string): string[] => [...s.matchAll(/\p{N}+(?:[.,]\p{N}+)*/gu)].map((m) => m[0].replace(/[.,]/gu, ''));

/**
 * Why a summary sentence fails faithfulness, or undefined when it passes: every source has an
 * evidence span that is the article's text at that place; a copied sentence is the origin's span
 * verbatim; every number of the copied text is in each same-language source's evidence, and at
 * least half its content words (or, across languages, a number or a name of it); a template
 * sentence's quoted/stated values come from its evidence.
 */
export function checkSentence(s: SummarySentenceOut, byId: ReadonlyMap<ArticleId, Article>): string | undefined {
  if (s.sources.length === 0) return 'no sources';
  for (const e of s.evidence) {
    const a = byId.get(e.articleId);
    if (a === undefined) return `evidence in an article outside the event (${e.articleId})`;
    if (a.text.slice(e.start, e.end) !== e.text) return `evidence span of ${e.articleId} is not its text`;
  }
  for (const id of s.sources) if (!s.evidence.some((e) => e.articleId === id)) return `source ${id} has no evidence`;
  if (s.origin === undefined) {
    // A template: its numbers (outside the outlet names) and quoted values come from the evidence.
    const evidence = s.evidence.map((e) => fold(e.text)).join(' ');
    const evNumbers = new Set(digitNumbers(evidence));
    let text = s.text;
    for (const id of s.sources) {
      const a = byId.get(id);
      for (const name of [a?.outlet, a?.file.split(/[\\/]/u).pop()]) if (name !== undefined && name !== '') text = text.split(name).join(' ');
    }
    if (!digitNumbers(text).every((n) => evNumbers.has(n))) return 'a number of the template is not in its evidence';
    for (const m of s.text.matchAll(/"([^"]+)"/gu)) if (!evidence.includes(fold(m[1] ?? ''))) return `quoted value "${m[1] ?? ''}" is not in the evidence`;
    return undefined;
  }
  const origin = byId.get(s.origin.articleId);
  if (origin === undefined || origin.text.slice(s.origin.start, s.origin.end) !== s.origin.text) return 'origin span is not the article text';
  const copied = s.origin.text.replace(/\s+/gu, ' ').trim();
  if (!s.text.endsWith(copied)) return 'copied sentence differs from its origin';
  const numbers = digitNumbers(copied);
  const content = contentWords(copied);
  for (const id of s.sources) {
    const a = byId.get(id);
    const ev = s.evidence.filter((e) => e.articleId === id).map((e) => e.text).join(' ');
    if (a === undefined) return `source ${id} is not in the event`;
    const evNumbers = new Set(digitNumbers(ev));
    const evWords = new Set(contentWords(ev));
    if (a.language === origin.language) {
      if (!numbers.every((n) => evNumbers.has(n))) return `a number of the sentence is missing from ${id}`;
      const found = content.filter((w) => evWords.has(w)).length;
      if (content.length > 0 && found / content.length < 0.5) return `${id} holds ${String(found)}/${String(content.length)} of the content words`;
    } else {
      const names = [...copied.matchAll(/\b\p{Lu}\p{L}{3,}/gu)].map((m) => fold(m[0]).slice(0, 4));
      const evFolded = fold(ev);
      if (!numbers.some((n) => evNumbers.has(n)) && !names.some((n) => evFolded.includes(n)) && !ev.match(/["“”«»„]/u)) {
        return `${id} (${a.language}) shares no number, name or quotation with the sentence`;
      }
    }
  }
  return undefined;
}

/** Share of summary sentences passing checkSentence over a report's events, and the failures. */
export function faithfulness(events: readonly NewsEvent[], articles: readonly Article[]): { sentences: number; passing: number; failures: string[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  let sentences = 0;
  let passing = 0;
  const failures: string[] = [];
  for (const e of events) {
    for (const s of summarize(e, articles)) {
      sentences++;
      const why = checkSentence(s, byId);
      if (why === undefined) passing++;
      else failures.push(`${e.title}: ${why} — ${s.text.slice(0, 80)}`);
    }
  }
  return { sentences, passing, failures };
}

// ---- datasets ----

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

type Scored = { ours: Rouge[]; lead: Rouge[]; lex: Rouge[]; oursWords: number[]; leadWords: number[]; lexWords: number[]; refWords: number[]; sentences: number[] };

function scoreClusters(clusters: readonly Cluster[], budget: number): Scored {
  const out: Scored = { ours: [], lead: [], lex: [], oursWords: [], leadWords: [], lexWords: [], refWords: [], sentences: [] };
  for (const c of clusters) {
    const { event, articles } = oneEvent(c.id, rawArticles(c.id, c.documents));
    const summary = summarize(event, articles, { maxWords: budget });
    const ours = summary.map((s) => s.text).join(' ');
    const lead = lead3(articles);
    const lex = lexRank(articles, budget);
    out.ours.push(rouge(ours, c.summary));
    out.lead.push(rouge(lead, c.summary));
    out.lex.push(rouge(lex, c.summary));
    out.oursWords.push(words(ours));
    out.leadWords.push(words(lead));
    out.lexWords.push(words(lex));
    out.refWords.push(words(c.summary));
    out.sentences.push(summary.length);
  }
  return out;
}

function result(suite: string, dataset: string, s: Scored, seconds: number, notes: string[], published?: typeof PRIMERA): EvalResult {
  const ours = meanRouge(s.ours);
  const lead = meanRouge(s.lead);
  const lex = meanRouge(s.lex);
  const baseline: Record<string, number> = {
    'ROUGE-1': lead.rouge1, 'ROUGE-2': lead.rouge2, 'ROUGE-L': lead.rougeL, 'mean words': mean(s.leadWords),
    'LexRank ROUGE-1': lex.rouge1, 'LexRank ROUGE-2': lex.rouge2, 'LexRank ROUGE-L': lex.rougeL, 'LexRank mean words': mean(s.lexWords),
  };
  if (published !== undefined) {
    baseline['PRIMERA ROUGE-1 (full test)'] = published.rouge1;
    baseline['PRIMERA ROUGE-2 (full test)'] = published.rouge2;
    baseline['PRIMERA ROUGE-L (full test)'] = published.rougeL;
  }
  return {
    suite, dataset, items: s.ours.length, seconds,
    metrics: { 'ROUGE-1': ours.rouge1, 'ROUGE-2': ours.rouge2, 'ROUGE-L': ours.rougeL, 'mean words': mean(s.oursWords), 'reference mean words': mean(s.refWords), 'mean sentences': mean(s.sentences) },
    baseline, notes,
  };
}

async function corpusFaithfulness(): Promise<EvalResult> {
  const t0 = performance.now();
  const metrics: Record<string, number> = {};
  const notes: string[] = [];
  const runs: [string, string][] = [['example corpus', join(repoRoot, 'examples', 'corpus')]];
  if (hasShared) runs.push(['seeds', seedsDir]);
  let items = 0;
  for (const [name, dir] of runs) {
    const report = await analyze(createEngine({ now: () => new Date(0), threads: 1 }), [dir]);
    const f = faithfulness(report.events, report.articles);
    items += f.sentences;
    metrics[`${name} sentences`] = f.sentences;
    metrics[`${name} faithful share`] = f.sentences === 0 ? 0 : f.passing / f.sentences;
    notes.push(...f.failures.slice(0, 5).map((x) => `${name} failure: ${x}`));
  }
  return { suite: 'summary', dataset: 'citation faithfulness (example corpus, seeds; events as grouped, facts as the engine gives them)', items, metrics, baseline: {}, seconds: (performance.now() - t0) / 1000, notes };
}

export const summary: EvalSuite = {
  name: 'summary',
  description: 'cited event summaries: ROUGE on Multi-News sample and NeuS vs lead-3 and LexRank; citation faithfulness',
  run: async () => {
    const more: EvalResult[] = [await corpusFaithfulness()];
    if (!hasShared) {
      return { suite: 'summary', dataset: 'multinews-test-sample (missing: ../shared not found)', items: 0, metrics: {}, baseline: {}, seconds: 0, notes: ['SKIPPED: ../shared/bench-data not found'], more };
    }
    const t0 = performance.now();
    const mn = readJsonl<{ id: number; documents: string[]; summary: string }>(join(benchDataDir, 'multinews-test-sample', 'test.sample250.jsonl'))
      .map((c) => ({ id: `mn${String(c.id)}`, documents: c.documents.map((text) => ({ text })), summary: c.summary.replace(/^–\s*/u, '') }));
    const mnBudget = Math.round(mean(mn.map((c) => words(c.summary))));
    const mnScores = scoreClusters(mn, mnBudget);
    const main = result('summary', 'multinews-test-sample (250 Multi-News test clusters)', mnScores, (performance.now() - t0) / 1000, [
      `word budget ${String(mnBudget)} = mean reference length of this sample (no dev split: nothing tuned on it); lead-3 = first 3 sentences of each document`,
      'PRIMERA rows: published ROUGE on the FULL Multi-News test set (5,622 clusters); ours is a 250-cluster sample — not the same items',
    ], PRIMERA);

    const t1 = performance.now();
    type NeusRow = { id: number; documents: { title: string; text: string }[]; summary: { title: string; text: string } };
    const toCluster = (c: NeusRow, split: string): Cluster => ({ id: `neus-${split}${String(c.id)}`, documents: c.documents, summary: `${c.summary.title}. ${c.summary.text}` });
    const val = readJsonl<NeusRow>(join(benchDataDir, 'neus-allsides', 'val.jsonl')).map((c) => toCluster(c, 'val'));
    const test = readJsonl<NeusRow>(join(benchDataDir, 'neus-allsides', 'test.jsonl')).map((c) => toCluster(c, 'test'));
    const neusBudget = Math.round(mean(val.map((c) => words(c.summary))));
    const neus = result('summary', 'neus-allsides test (307 clusters, 3 outlets\' leads → AllSides neutral title + summary)', scoreClusters(test, neusBudget),
      (performance.now() - t1) / 1000, [`word budget ${String(neusBudget)} = mean reference length of the val split; reference = neutral title + text`]);
    return { ...main, more: [neus, ...more] };
  },
};
