// Suite `grouping`: events and stories on the example corpus (examples/corpus/gold.json), through
// the full engine (ingest → clean → language → group). Metrics: B³ precision/recall/F1 and NMI,
// for events and for stories. Baseline in the same run: single-pass TF-IDF cosine with one
// threshold (no names, numbers or dates). Also: the seeds (4 + 1 events, one story) with and
// without the sidecar dates, and a scale run that replicates the corpus to 10,000+ articles.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze, analyzeArticles, createEngine, type Engine } from '../../../src/engine.js';
import type { Article, RawArticle } from '../../../src/model/article.js';
import type { NewsEvent, Story } from '../../../src/model/event.js';
import { asArticleId, asEventId, asStoryId, type ArticleId } from '../../../src/model/ids.js';
import type { Report } from '../../../src/model/report.js';
import { ingest } from '../../../src/stages/01-ingest/index.js';
import type { Grouper, Grouping } from '../../../src/stages/06-cluster/index.js';
import { termCounts } from '../../../src/stages/06-cluster/features.js';
import { addToCentroid, cosineToCentroid, documentFrequencies, emptyCentroid, weighVector, type Centroid } from '../../../src/stages/06-cluster/vectors.js';
import { repoRoot, seedsDir } from '../../support/shared.js';
import { bcubed, nmi, type Clustering } from '../metrics/clustering.js';
import type { EvalResult, EvalSuite } from '../types.js';

const corpusDir = join(repoRoot, 'examples', 'corpus');
const goldPath = join(corpusDir, 'gold.json');

/** Baseline thresholds: one for events, a lower one (same method) for stories. Fixed, not tuned on gold. */
export const BASELINE_EVENT_THRESHOLD = 0.3;
export const BASELINE_STORY_THRESHOLD = 0.15;
/** The scale run replicates the corpus until it has at least this many articles. */
export const SCALE_ARTICLES = 10_000;

// ---------------------------------------------------------------------------------------------
// Baseline: single pass in id order, cosine to cluster centroids of TF-IDF word vectors.

function singlePass(articles: readonly Article[], threshold: number): Article[][] {
  const counts = articles.map((a) => termCounts(a.title === undefined ? a.text : `${a.title}\n\n${a.text}`));
  const df = documentFrequencies(counts);
  const vectors = counts.map((c) => weighVector(c, df, articles.length));
  const order = articles.map((_, i) => i).sort((x, y) => ((articles[x] as Article).id < (articles[y] as Article).id ? -1 : 1));
  const clusters: { centroid: Centroid; members: Article[] }[] = [];
  for (const i of order) {
    const v = vectors[i] as ReturnType<typeof weighVector>;
    let best = -1;
    let bestScore = threshold;
    clusters.forEach((c, ci) => {
      const s = cosineToCentroid(v, c.centroid);
      if (s >= bestScore && (best === -1 || s > bestScore)) { best = ci; bestScore = s; }
    });
    const target = best === -1 ? { centroid: emptyCentroid(), members: [] } : (clusters[best] as (typeof clusters)[number]);
    if (best === -1) clusters.push(target);
    addToCentroid(target.centroid, v);
    target.members.push(articles[i] as Article);
  }
  return clusters.map((c) => c.members);
}

/** The baseline as a Grouper: events from one threshold, stories from a lower one. */
export function createBaselineGrouper(): Grouper {
  return {
    group(articles) {
      const storyOf = new Map<ArticleId, number>();
      singlePass(articles, BASELINE_STORY_THRESHOLD).forEach((members, si) => {
        for (const a of members) storyOf.set(a.id, si);
      });
      const events: NewsEvent[] = singlePass(articles, BASELINE_EVENT_THRESHOLD).map((members, i) => ({
        id: asEventId(`base-ev-${i}`), storyId: asStoryId(`base-st-${storyOf.get((members[0] as Article).id) ?? i}`),
        title: (members[0] as Article).title ?? '', articleIds: members.map((a) => a.id),
        entities: [], quotes: [], facts: [], timeline: [], summary: [], exclusive: [], explanation: [],
      }));
      const stories = new Map<string, Story>();
      for (const e of events) {
        const s = stories.get(e.storyId) ?? { id: e.storyId, title: e.title, eventIds: [], explanation: [] };
        s.eventIds.push(e.id);
        stories.set(e.storyId, s);
      }
      return { events, stories: [...stories.values()] };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Gold.

export type Gold = { events: Clustering; stories: Clustering };

/**
 * Reads examples/corpus/gold.json. Accepted shapes (keys: paths relative to examples/corpus,
 * `path#item` for JSONL/feed items):
 *   { "articles": { "<key>": { "event": "<id>" } }, "events": { "<id>": { "story": "<id>" } } }
 *   { "events": [ { "id", "story"?, "articles": ["<key>"] } ], "stories"?: [ { "id", "events": ["<id>"] } ] }
 */
export function readGold(path: string): Gold {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const events = new Map<string, string>();
  const stories = new Map<string, string>();
  if (raw['articles'] !== undefined && !Array.isArray(raw['articles'])) {
    const eventInfo = (raw['events'] ?? {}) as Record<string, { story?: string } | undefined>;
    for (const [key, v] of Object.entries(raw['articles'] as Record<string, { event?: string; story?: string }>)) {
      if (v.event === undefined) continue;
      events.set(key, v.event);
      stories.set(key, v.story ?? eventInfo[v.event]?.story ?? v.event);
    }
  } else if (Array.isArray(raw['events'])) {
    const storyOfEvent = new Map<string, string>();
    for (const s of (raw['stories'] ?? []) as { id: string; events: string[] }[]) for (const e of s.events) storyOfEvent.set(e, s.id);
    for (const e of raw['events'] as { id: string; story?: string; articles: string[] }[]) {
      for (const key of e.articles) {
        events.set(key, e.id);
        stories.set(key, e.story ?? storyOfEvent.get(e.id) ?? e.id);
      }
    }
  } else {
    throw new Error(`${path}: unknown gold format (expected "articles" map or "events" list); update readGold in test/eval/suites/grouping.ts`);
  }
  return { events, stories };
}

/** Gold key of a report article: path relative to the input folder, plus `#item`. */
export function goldKey(a: Pick<RawArticle, 'file' | 'item'>, root: string): string {
  const rel = relative(root, resolve(a.file)).split('\\').join('/');
  return a.item === undefined ? rel : `${rel}#${a.item}`;
}

/** Predicted clusterings keyed like the gold. */
function predicted(articles: readonly Article[], g: Grouping, key: (a: Article) => string): Gold {
  const byId = new Map(articles.map((a) => [a.id, key(a)]));
  const events = new Map<string, string>();
  const stories = new Map<string, string>();
  for (const e of g.events) {
    for (const id of e.articleIds) {
      const k = byId.get(id);
      if (k === undefined) continue;
      events.set(k, e.id);
      stories.set(k, e.storyId);
    }
  }
  return { events, stories };
}

function score(p: Gold, gold: Gold): Record<string, number> {
  const ev = bcubed(p.events, gold.events);
  const st = bcubed(p.stories, gold.stories);
  return {
    'events B3 precision': ev.precision, 'events B3 recall': ev.recall, 'events B3 F1': ev.f1, 'events NMI': nmi(p.events, gold.events),
    'stories B3 precision': st.precision, 'stories B3 recall': st.recall, 'stories B3 F1': st.f1, 'stories NMI': nmi(p.stories, gold.stories),
    'events predicted': new Set(p.events.values()).size, 'events gold': new Set(gold.events.values()).size,
  };
}

function evaluate(report: Report, gold: Gold, root: string, engine: Engine): { metrics: Record<string, number>; baseline: Record<string, number>; notes: string[] } {
  const key = (a: Article): string => goldKey(a, root);
  const ours = predicted(report.articles, { events: report.events, stories: report.stories }, key);
  const base = predicted(report.articles, createBaselineGrouper().group(report.articles, engine.ctx), key);
  const missing = [...gold.events.keys()].filter((k) => !ours.events.has(k));
  const notes = missing.length === 0 ? [] : [`${missing.length} gold article(s) not in the report (rejected or not read): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}`];
  return { metrics: score(ours, gold), baseline: score(base, gold), notes };
}

// ---------------------------------------------------------------------------------------------
// Datasets.

async function seedsRun(withMeta: boolean): Promise<EvalResult> {
  const started = performance.now();
  const engine = createEngine({ now: () => new Date(0) });
  const report = await analyze(engine, [seedsDir], withMeta ? {} : { meta: false });
  const deputies = '003_501a3992093d64a5.txt';
  const keys = ['000_f8f2cb6c4f03a1c3.txt', '001_45036f24f14a3676.txt', '002_9023cf1be5701ee8.txt', deputies, '004_351ad3404f9b33a8.txt'];
  const gold: Gold = {
    events: new Map(keys.map((k) => [k, k === deputies ? 'deputies-2022-01-10' : 'ministers-2022-01-21'])),
    stories: new Map(keys.map((k) => [k, 'russia-us-talks-2022-01'])),
  };
  const { metrics, baseline, notes } = evaluate(report, gold, seedsDir, engine);
  return {
    suite: 'grouping', dataset: `seeds (${withMeta ? 'with meta.jsonl dates' : '--no-meta: no dates'})`, items: report.articles.length,
    metrics, baseline, seconds: (performance.now() - started) / 1000, notes,
  };
}

/**
 * Copies are REPLICA_SHIFT_DAYS apart: whole weeks, so weekday leads stay right, and more than the
 * corpus's own event gaps plus the window, so copies of different events never overlap.
 */
export const REPLICA_SHIFT_DAYS = 28;

/** Replicates raw articles with dates moved by REPLICA_SHIFT_DAYS per copy until there are `target`. */
function replicate(raws: readonly RawArticle[], target: number): { copies: RawArticle[]; original: Map<string, [RawArticle, number]> } {
  const out: RawArticle[] = [];
  const original = new Map<string, [RawArticle, number]>();
  for (let copy = 0; out.length < target; copy++) {
    for (const r of raws) {
      const shifted = r.published === undefined ? undefined : shiftIso(r.published, copy * REPLICA_SHIFT_DAYS);
      const { published: _p, ...rest } = r;
      const id = `${r.id}~${copy}`;
      out.push({ ...rest, id: asArticleId(id), ...(shifted === undefined ? {} : { published: shifted }) });
      original.set(id, [r, copy]);
    }
  }
  return { copies: out, original };
}

function shiftIso(iso: string, days: number): string {
  const m = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(iso);
  if (m === null) return iso;
  const d = new Date(`${m[1] ?? ''}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.toISOString().slice(0, 10)}${m[2] ?? ''}`;
}

async function scaleRun(engine: Engine, gold: Gold): Promise<EvalResult> {
  const { articles: raws, rejected } = await ingest([corpusDir], {}, engine.ctx);
  const { copies: many, original } = replicate(raws, SCALE_ARTICLES);
  const started = performance.now();
  const report = analyzeArticles(engine, many, rejected);
  const total = (performance.now() - started) / 1000;
  const t = performance.now();
  engine.grouper.group(report.articles, engine.ctx);
  const groupSeconds = (performance.now() - t) / 1000;
  const undated = raws.filter((r) => r.published === undefined).length;
  // Gold for the copies: the original's event, per copy.
  const goldEvents = new Map<string, string>();
  const predictedEvents = new Map<string, string>();
  for (const e of report.events) {
    for (const id of e.articleIds) {
      const [r, copy] = original.get(id) ?? [];
      const label = r === undefined ? undefined : gold.events.get(goldKey(r, corpusDir));
      if (label === undefined) continue;
      goldEvents.set(id, `${label}~${String(copy)}`);
      predictedEvents.set(id, e.id);
    }
  }
  const b3 = bcubed(predictedEvents, goldEvents);
  return {
    suite: 'grouping', dataset: `corpus replicated to ${many.length} articles, copies ${REPLICA_SHIFT_DAYS} days apart`, items: many.length,
    metrics: {
      'events B3 F1': b3.f1,
      'events NMI': nmi(predictedEvents, goldEvents),
      'end-to-end articles/s (clean+language+group)': many.length / total,
      'grouping seconds': groupSeconds,
      'grouping articles/s': many.length / groupSeconds,
      'events': report.events.length,
      'stories': report.stories.length,
    },
    baseline: {},
    seconds: total,
    notes: [
      `ingest of the corpus (${raws.length} articles) runs once and is not in the figure; ${undated} undated article(s) are copied undated, so their copies may merge`,
      `node ${process.version}`,
    ],
  };
}

export const grouping: EvalSuite = {
  name: 'grouping',
  description: 'event and story grouping on examples/corpus (B³, NMI; TF-IDF single-pass baseline), the seeds, and a 10,000-article scale run',
  async run() {
    const more: EvalResult[] = [];
    if (existsSync(seedsDir)) more.push(await seedsRun(true), await seedsRun(false));
    if (!existsSync(goldPath)) {
      for (const r of more) process.stderr.write(`${r.dataset}: ${JSON.stringify(r.metrics)}\n`);
      throw new Error(
        `grouping: ${relative(repoRoot, goldPath)} does not exist yet — the example corpus and its gold are needed for this suite ` +
          `(seeds ${more.length > 0 ? 'ran' : 'not found'}). Add the corpus, or run the stage tests: node scripts/run-tests.mjs 06-cluster`,
      );
    }
    const gold = readGold(goldPath);
    const started = performance.now();
    const engine = createEngine({ now: () => new Date(0) });
    const report = await analyze(engine, [corpusDir]);
    if (report.articles.length === 0) throw new Error(`grouping: ingest read no article from ${corpusDir}`);
    const seconds = (performance.now() - started) / 1000;
    const { metrics, baseline, notes } = evaluate(report, gold, corpusDir, engine);
    more.push(await scaleRun(engine, gold));
    return {
      suite: 'grouping', dataset: 'examples/corpus', items: report.articles.length, metrics, baseline, seconds,
      notes: [
        ...notes,
        `end-to-end ${(report.articles.length / seconds).toFixed(0)} articles/s including ingest`,
        `baseline: single-pass TF-IDF cosine to centroids, events ≥ ${BASELINE_EVENT_THRESHOLD}, stories ≥ ${BASELINE_STORY_THRESHOLD}`,
      ],
      more,
    };
  },
};
