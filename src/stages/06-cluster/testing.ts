// Test support for stage 6 (imported by its *.test.ts files; not a test itself): fixture loading,
// fixture articles, partitions, deterministic shuffles and a synthetic article generator.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../model/article.js';
import { asArticleId } from '../../model/ids.js';
import { repoRoot } from '../../../test/support/shared.js';

export type FixtureArticle = { id: string; text: string; title?: string; published?: string; language?: string; outlet?: string };
export type Fixture = { description: string; articles: FixtureArticle[]; expected: { events: string[][]; stories?: string[][] } };

const fixtureDir = join(repoRoot, 'test', 'fixtures', 'cluster');
export const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as Fixture) }));

export function article(a: FixtureArticle): Article {
  return {
    id: asArticleId(a.id), file: `${a.id}.txt`, format: 'text', encoding: 'utf-8', text: a.text, removed: [],
    language: a.language ?? 'und', languageSpans: [], paragraphs: [], sentences: [],
    ...(a.title === undefined ? {} : { title: a.title }),
    ...(a.published === undefined ? {} : { published: a.published }),
    ...(a.outlet === undefined ? {} : { outlet: a.outlet }),
  };
}


/** A partition as sorted lists of sorted ids, comparable with deepEqual. */
export const partition = (sets: readonly (readonly string[])[]): string[][] => sets.map((s) => [...s].sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));

/** Deterministic shuffles (a small LCG), so a failure can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

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
