// Suite `quantities`: numbers with units on the example corpus's `disputes` gold
// (examples/corpus/gold.json; each value translated to base units in
// test/fixtures/quantities/corpus-disputes.json). Ours = extractQuantities (stage 4) on the cleaned,
// language-tagged articles. Baseline = a digits-only regex (English separators; no number words,
// no units, no intervals), run on the same texts in the same run.
//   recall (value+unit): the article yields a quantity of the gold unit whose [low, high] holds the value;
//   recall (value only): any quantity whose interval holds the value, unit ignored (the baseline's only chance);
//   precision near values: of the quantities near a gold value (point value within ±10%, or a bounded
//   interval holding it; open bounds like "up to 140" hold everything and are not counted as near), the
//   share with the gold unit.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createEngine, prepareArticle } from '../../../src/engine.js';
import type { Article } from '../../../src/model/article.js';
import type { Quantity } from '../../../src/model/extraction.js';
import { ingest } from '../../../src/stages/01-ingest/index.js';
import { extractQuantities } from '../../../src/stages/04-extract/quantities/index.js';
import { repoRoot } from '../../support/shared.js';
import type { EvalResult, EvalSuite } from '../types.js';

export const corpusDir = join(repoRoot, 'examples', 'corpus');

type Expected = { value: number; unit: string };
type Dispute = { event: string; topic: string; values: { value: string; articles: string[] }[] };
export type DisputeCheck = { article: string; gold: string; expected: Expected; found: boolean; valueOnly: boolean };
export type Point = Pick<Quantity, 'value' | 'low' | 'high' | 'unit'>;

const DIGITS = /\d+(?:[.,]\d+)*/gu;

/** The baseline: every digit run as a point value, commas as thousands separators. */
export function digitsOnly(text: string): Point[] {
  const out: Point[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const n = Number(m[0].replace(/,/gu, ''));
    if (Number.isFinite(n)) out.push({ value: n, low: n, high: n, unit: '' });
  }
  return out;
}

const EPS = 1e-6;
export function holds(q: Point, v: number): boolean {
  return q.low - EPS * Math.max(1, v) <= v && v <= (q.high ?? Infinity) + EPS * Math.max(1, v);
}

const NEAR = 0.1;
/** A point value within ±10% of v, or a bounded interval (low > 0) holding it. */
export function isNear(q: Point, v: number): boolean {
  return Math.abs(q.value - v) <= NEAR * v || (q.high !== undefined && q.low > 0 && holds(q, v));
}

/** The corpus articles after stages 1–3, keyed like gold.json ("file" or "file#item"). */
export async function corpusArticles(): Promise<Map<string, Article>> {
  const engine = createEngine();
  const { articles } = await ingest([corpusDir], {}, engine.ctx);
  const byKey = new Map<string, Article>();
  for (const raw of articles) {
    const file = relative(corpusDir, raw.file).split('\\').join('/');
    const prepared = prepareArticle(raw);
    if (!('code' in prepared)) byKey.set(raw.item === undefined ? file : `${file}#${raw.item}`, prepared);
  }
  return byKey;
}

export function disputeGold(): { disputes: Dispute[]; values: Record<string, Expected[]> } {
  const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { disputes: Dispute[] };
  const map = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'quantities', 'corpus-disputes.json'), 'utf8')) as { values: Record<string, Expected[]> };
  return { disputes: gold.disputes, values: map.values };
}

/** Checks every (dispute value, article) pair against one extractor's output. */
export function checkDisputes(articles: ReadonlyMap<string, Article>, extract: (a: Article) => Point[]): { checks: DisputeCheck[]; near: number; nearRight: number } {
  const { disputes, values } = disputeGold();
  const checks: DisputeCheck[] = [];
  let near = 0;
  let nearRight = 0;
  const cache = new Map<string, Point[]>();
  for (const d of disputes) {
    for (const v of d.values) {
      for (const key of v.articles) {
        const article = articles.get(key);
        if (article === undefined) throw new Error(`gold article ${key} not found in the corpus`);
        const qs = cache.get(key) ?? extract(article);
        cache.set(key, qs);
        for (const e of values[v.value] ?? []) {
          const around = qs.filter((q) => holds(q, e.value));
          const close = qs.filter((q) => isNear(q, e.value));
          near += close.length;
          nearRight += close.filter((q) => q.unit === e.unit && holds(q, e.value)).length;
          checks.push({ article: key, gold: v.value, expected: e, found: around.some((q) => q.unit === e.unit), valueOnly: around.length > 0 });
        }
        if (values[v.value] === undefined) throw new Error(`no translation for gold value "${v.value}" in corpus-disputes.json`);
      }
    }
  }
  return { checks, near, nearRight };
}

function msPerArticle(articles: readonly Article[], f: (a: Article) => unknown, rounds: number): number {
  const t = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) f(a);
  return (performance.now() - t) / (rounds * articles.length);
}

const ROUNDS = 50;

export const quantities: EvalSuite = {
  name: 'quantities',
  description: 'numbers with units as intervals on the corpus disputes gold, vs a digits-only regex',
  run: async () => {
    const started = performance.now();
    const articles = await corpusArticles();
    const list = [...articles.values()];
    const ours = checkDisputes(articles, extractQuantities);
    const base = checkDisputes(articles, (a) => digitsOnly(a.text));
    const score = (r: typeof ours): Record<string, number> => ({
      'recall (value+unit)': r.checks.filter((c) => c.found).length / r.checks.length,
      'recall (value only)': r.checks.filter((c) => c.valueOnly).length / r.checks.length,
      'precision near values': r.near === 0 ? 0 : r.nearRight / r.near,
      'quantities near values': r.near,
    });
    const metrics = { ...score(ours), 'ms/article': msPerArticle(list, extractQuantities, ROUNDS) };
    const baseline = { ...score(base), 'ms/article': msPerArticle(list, (a) => digitsOnly(a.text), ROUNDS) };
    const misses = ours.checks.filter((c) => !c.found).map((c) => `miss: ${c.gold} → ${c.expected.value} ${c.expected.unit || '(count)'} in ${c.article}`);
    return {
      suite: 'quantities',
      dataset: `examples/corpus disputes (${ours.checks.length} value×article checks, ${list.length} articles)`,
      items: ours.checks.length,
      metrics,
      baseline,
      seconds: (performance.now() - started) / 1000,
      notes: misses,
    } satisfies EvalResult;
  },
};
