// Scale: 10,000 synthetic articles over six months. The inverted index keeps each article's
// comparisons to the candidate events inside the window, so time grows about linearly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGrouper } from './index.js';
import type { Article } from '../../model/article.js';
import { asArticleId } from '../../model/ids.js';
import { resolveConfig } from '../../config/index.js';
import { silentProgress } from '../../context.js';

/** A tiny deterministic generator (mulberry32) so every run groups the same batch. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vel', 'dor', 'an', 'is', 'gar', 'nu', 'pe', 'zo', 'bri', 'tal'];
const COMMON = 'government officials said the country talks meeting minister city report week statement people security economy crisis agreement'.split(' ');

export function syntheticArticles(count: number, seed = 7): { articles: Article[]; eventOf: Map<string, number> } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const word = (n: number): string => Array.from({ length: n }, () => pick(SYLLABLES)).join('');
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const people = Array.from({ length: 3000 }, () => `${cap(word(2))} ${cap(word(3))}`);
  const places = Array.from({ length: 400 }, () => cap(word(3)));
  const topics = Array.from({ length: 5000 }, () => word(3));
  const articles: Article[] = [];
  const eventOf = new Map<string, number>();
  for (let ev = 0; articles.length < count; ev++) {
    const actors = [pick(people), pick(people), pick(people)];
    const place = pick(places);
    const terms = Array.from({ length: 12 }, () => pick(topics));
    const figure = String(1000 + Math.floor(r() * 90000));
    const day = Math.floor(r() * 180);
    const size = 1 + Math.floor(r() * 6);
    for (let k = 0; k < size && articles.length < count; k++) {
      const sentences = Array.from({ length: 8 }, () => {
        const ws = [pick(actors), 'and', pick(actors), 'met', 'in', place, ...Array.from({ length: 6 }, () => (r() < 0.6 ? pick(terms) : pick(COMMON)))];
        if (r() < 0.3) ws.push('with', figure);
        return `${ws.join(' ')}.`;
      });
      const id = `s${String(articles.length).padStart(5, '0')}`;
      const published = new Date(Date.UTC(2024, 0, 1 + day + (r() < 0.3 ? 1 : 0))).toISOString().slice(0, 10);
      articles.push({
        id: asArticleId(id), file: `${id}.txt`, format: 'text', encoding: 'utf-8', text: `On ${sentences.join(' ')}`, removed: [],
        language: 'en', languageSpans: [], paragraphs: [], sentences: [], published, title: `${actors[0] ?? ''} in ${place}: ${terms.slice(0, 3).join(' ')}`,
      });
      eventOf.set(id, ev);
    }
  }
  return { articles, eventOf };
}

test('groups 10,000 articles over six months in seconds, not minutes', () => {
  const { articles, eventOf } = syntheticArticles(10_000);
  const started = performance.now();
  const g = createGrouper().group(articles, { config: resolveConfig(), now: () => new Date(0), progress: silentProgress });
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`06-cluster scale: ${articles.length} articles → ${g.events.length} events, ${g.stories.length} stories in ${seconds.toFixed(2)} s (${Math.round(articles.length / seconds)} articles/s)\n`);
  assert.ok(seconds < 20, `took ${seconds.toFixed(1)} s`);
  // Sanity: events are mostly pure (every article's event is dominated by one synthetic event).
  let pure = 0;
  for (const e of g.events) {
    const counts = new Map<number, number>();
    for (const id of e.articleIds) counts.set(eventOf.get(id) ?? -1, (counts.get(eventOf.get(id) ?? -1) ?? 0) + 1);
    pure += Math.max(...counts.values());
  }
  assert.ok(pure / articles.length > 0.95, `purity ${(pure / articles.length).toFixed(3)}`);
});
