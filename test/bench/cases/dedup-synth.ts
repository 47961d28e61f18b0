// Synthetic stream for the `dedup` bench. The example corpus articles (cleaned, through the
// engine) are replicated as test/bench/cases/corpus.ts `replicate` does (dates spread over
// BENCH_SPAN_DAYS, a unique closing sentence per copy), lazily so the input does not weigh on
// the measured memory; then each copy is
// made into a distinct article by replacing DISTINCT_SUBSTITUTION of its words with words drawn
// from the corpus vocabulary of its language (two such variants share ~1-2 % of their 5-word
// shingles, like two outlets' own articles). A share of the stream is then turned into copies of a
// recent article (one of the last RECENT, published at most COPY_MAX_DAYS before; at small sizes
// the stream is sparse and fewer copies are planted): NEAR_DUPLICATE_SHARE near-identical (one word
// changed) and REPRINT_SHARE trimmed reprints (first sentence rewritten, last paragraph dropped).
// Everything is seeded: the same size gives the same stream.
import { analyze, createEngine } from '../../../src/engine.js';
import type { Article } from '../../../src/model/article.js';
import type { ArticleId } from '../../../src/model/ids.js';
import { repoRoot } from '../../support/shared.js';
import { join } from 'node:path';
import { BENCH_SPAN_DAYS } from './corpus.js';

const BENCH_START = Date.UTC(2024, 0, 1);

export const DISTINCT_SUBSTITUTION = 0.35;
export const NEAR_DUPLICATE_SHARE = 0.1;
export const REPRINT_SHARE = 0.1;
export const RECENT = 50;
export const COPY_MAX_DAYS = 2;
const SEED = 20260326;

export type Synthetic = { article: Article; copyOf?: { origin: ArticleId; kind: 'duplicate' | 'syndicated' } };

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const TOKEN = /(\s+)/u;

function substitute(text: string, share: number, vocab: readonly string[], rand: () => number, limitTokens = Number.POSITIVE_INFINITY): string {
  const parts = text.split(TOKEN);
  let seen = 0;
  for (let i = 0; i < parts.length && seen < limitTokens; i++) {
    const p = parts[i] as string;
    if (p.trim() === '') continue;
    seen++;
    if (rand() < share) parts[i] = vocab[Math.floor(rand() * vocab.length)] ?? p;
  }
  return parts.join('');
}

/** The corpus articles, analysed once. */
export async function corpusArticles(): Promise<Article[]> {
  const report = await analyze(createEngine({ now: () => new Date(0) }), [join(repoRoot, 'examples', 'corpus')]);
  return report.articles;
}

/**
 * `count` synthetic articles in stream order (published non-decreasing), generated lazily so only
 * the last RECENT are held; each copy carries the id of the origin it should be traced to.
 */
export function* synthesize(sources: readonly Article[], count: number): Generator<Synthetic> {
  const rand = rng(SEED);
  const vocab = new Map<string, string[]>();
  for (const a of sources) vocab.set(a.language, [...(vocab.get(a.language) ?? []), ...a.text.split(/\s+/u).filter((w) => w !== '')]);
  const generations = Math.ceil(count / sources.length);
  const recent: Synthetic[] = [];
  for (let i = 0; i < count; i++) {
    // As corpus.ts `replicate` (copy k dated k/generations of the span, a unique closing sentence), one at a time.
    const k = Math.floor(i / sources.length);
    const source = sources[i % sources.length] as Article;
    const body = `${source.text}\n\nReference ${String(k)}: this copy was filed as item number ${String(k * 7 + 3)} in the bench archive.`;
    const published = new Date(BENCH_START + Math.floor((k * BENCH_SPAN_DAYS) / generations) * 86_400_000).toISOString().slice(0, 10);
    const words = vocab.get(source.language) ?? [];
    const stamp = { id: `syn-${String(i).padStart(7, '0')}` as ArticleId, published };
    const roll = rand();
    const candidate = recent.length === 0 ? undefined : recent[recent.length - 1 - Math.floor(rand() * recent.length)];
    // Copies follow their origin within COPY_MAX_DAYS (inside the index window), as wire reprints do.
    const original = candidate !== undefined && Date.parse(published) - Date.parse(candidate.article.published ?? published) <= COPY_MAX_DAYS * 86_400_000 ? candidate : undefined;
    let next: Synthetic;
    if (original !== undefined && roll < NEAR_DUPLICATE_SHARE) {
      const text = substitute(original.article.text, 0.003, words, rand);
      next = { article: { ...original.article, ...stamp, text }, copyOf: { origin: original.copyOf?.origin ?? original.article.id, kind: 'duplicate' } };
    } else if (original !== undefined && roll < NEAR_DUPLICATE_SHARE + REPRINT_SHARE) {
      const paragraphs = original.article.text.split('\n\n');
      const kept = paragraphs.length > 2 ? paragraphs.slice(0, -1) : paragraphs;
      const text = substitute(kept.join('\n\n'), 1, words, rand, 25);
      next = { article: { ...original.article, ...stamp, text }, copyOf: { origin: original.copyOf?.origin ?? original.article.id, kind: 'syndicated' } };
    } else {
      next = { article: { ...source, ...stamp, text: substitute(body, DISTINCT_SUBSTITUTION, words, rand) } };
    }
    recent.push(next);
    if (recent.length > RECENT) recent.shift();
    yield next;
  }
}
