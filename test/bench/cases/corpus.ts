// Bench input: the example corpus (or, until it exists, the seeds and the ingest fixtures), read
// once and replicated to a large, varied set of raw articles with dates spread over months.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../../src/engine.js';
import type { RawArticle } from '../../../src/model/article.js';
import { ingest } from '../../../src/stages/01-ingest/index.js';
import { articleId } from '../../../src/stages/01-ingest/normalize.js';
import { repoRoot, seedsDir } from '../../support/shared.js';

/** How many articles the benches analyse (the project goal is stated for ≥ 10,000). */
export const BENCH_ARTICLES = Number(process.env['PARALLAX_BENCH_ARTICLES'] ?? 10_000);
/** Replicated copies get publication dates spread over this many days from BENCH_START. */
export const BENCH_SPAN_DAYS = 270;
const BENCH_START = Date.UTC(2024, 0, 1);

/** The folders read as the source corpus, and a label for the report. */
export function sourceFolders(): { paths: string[]; label: string } {
  const example = join(repoRoot, 'examples', 'corpus');
  if (existsSync(example) && readdirSync(example).some((n) => !n.startsWith('.'))) return { paths: [example], label: 'examples/corpus' };
  const fixtures = ['good', 'encodings'].map((f) => join(repoRoot, 'test/fixtures/ingest', f));
  const paths = existsSync(seedsDir) ? [seedsDir, ...fixtures] : fixtures;
  return { paths, label: `${existsSync(seedsDir) ? '../shared/seeds + ' : ''}test/fixtures/ingest/{good,encodings} (examples/corpus not there yet)` };
}

/** Copy `k` of an article: a changed number and a unique closing sentence, so ids differ. */
function vary(body: string, k: number): string {
  let first = true;
  const changed = body.replace(/\b\d+\b/, (n) => (first ? ((first = false), String(Number(n) + k)) : n));
  return `${changed}\n\nReference ${k}: this copy was filed as item number ${k * 7 + 3} in the bench archive.`;
}

/** Replicates raw articles to `count`, each generation dated later, spread over BENCH_SPAN_DAYS. */
export function replicate(raws: readonly RawArticle[], count: number): RawArticle[] {
  if (raws.length === 0) throw new Error('bench: the source corpus gave no articles');
  const generations = Math.ceil(count / raws.length);
  const out: RawArticle[] = [];
  for (let i = 0; i < count; i++) {
    const k = Math.floor(i / raws.length);
    const source = raws[i % raws.length] as RawArticle;
    const body = vary(source.body, k);
    const day = Math.floor((k * BENCH_SPAN_DAYS) / generations);
    const published = new Date(BENCH_START + day * 86_400_000).toISOString().slice(0, 10);
    out.push({ ...source, id: articleId(body), body, published, file: `${source.file}~${k}`, removed: [...source.removed] });
  }
  return out;
}

/** Ingests the source corpus once and replicates it. */
export async function benchArticles(count = BENCH_ARTICLES): Promise<RawArticle[]> {
  const { ctx } = createEngine();
  const { articles } = await ingest(sourceFolders().paths, {}, ctx);
  return replicate(articles, count);
}

/** Writes raw articles as .txt files plus a meta.jsonl sidecar (published, outlet, title, url). */
export function writeCorpus(dir: string, raws: readonly RawArticle[]): void {
  mkdirSync(dir, { recursive: true });
  const meta: string[] = [];
  raws.forEach((a, i) => {
    const sub = `part-${String(Math.floor(i / 1000)).padStart(2, '0')}`;
    const file = `${sub}/${String(i).padStart(5, '0')}.txt`;
    mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, file), a.title === undefined ? a.body : `${a.title}\n\n${a.body}`);
    meta.push(JSON.stringify({ file, published: a.published, outlet: a.outlet, title: a.title, url: a.url, original_language: a.originalLanguage }));
  });
  writeFileSync(join(dir, 'meta.jsonl'), meta.join('\n') + '\n');
}
