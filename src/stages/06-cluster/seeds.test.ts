// The five real seed articles (../shared/seeds, read by path, never copied): four reports of the
// Lavrov–Blinken meeting of Friday 21 January 2022, one of the deputies' meeting of Monday
// 10 January. With and without the sidecar dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createGrouper, type Grouping } from './index.js';
import type { Article } from '../../model/article.js';
import { asArticleId } from '../../model/ids.js';
import { resolveConfig } from '../../config/index.js';
import { silentProgress } from '../../context.js';
import { needsShared, seedsDir } from '../../../test/support/shared.js';

const DEPUTIES = '003_501a3992093d64a5.txt';

function seeds(withDates: boolean): Article[] {
  const meta = new Map<string, string>();
  for (const line of readFileSync(join(seedsDir, 'meta.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const m = JSON.parse(line) as { file: string; published: string };
    meta.set(m.file, m.published);
  }
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const published = meta.get(file);
    return {
      id: asArticleId(file), file, format: 'text', encoding: 'utf-8', text: readFileSync(join(seedsDir, file), 'utf8'), removed: [],
      language: 'en', languageSpans: [], paragraphs: [], sentences: [],
      ...(withDates && published !== undefined ? { published } : {}),
    };
  });
}

const group = (articles: readonly Article[]): Grouping =>
  createGrouper().group(articles, { config: resolveConfig(), now: () => new Date(0), progress: silentProgress });

function check(g: Grouping, articles: readonly Article[]): void {
  const others = articles.map((a) => a.id).filter((id) => id !== asArticleId(DEPUTIES)).sort();
  const events = g.events.map((e) => [...e.articleIds].sort());
  assert.deepEqual(events.sort((a, b) => a.length - b.length), [[asArticleId(DEPUTIES)], others]);
  assert.equal(g.stories.length, 1);
  assert.equal(g.stories[0]?.eventIds.length, 2);
}

test('seeds with sidecar dates: the 21 January meeting is one event, 10 January another, one story', needsShared(), () => {
  assert.ok(existsSync(join(seedsDir, DEPUTIES)));
  const articles = seeds(true);
  const g = group(articles);
  check(g, articles);
  const dates = g.events.map((e) => e.date).sort();
  assert.deepEqual(dates, ['2022-01-10', '2022-01-21']);
  const blinken = g.events.find((e) => e.articleIds.length === 4);
  for (const a of blinken?.explanation.slice(1) ?? []) {
    assert.ok(a.sharedNames.some((n) => /Lavrov|Blinken/.test(n)), a.sharedNames.join());
    assert.equal(a.dateGapDays, 0);
  }
});

test('seeds without dates: content alone (other people, "on Monday") separates the deputies\' meeting', needsShared(), () => {
  const articles = seeds(false);
  const g = group(articles);
  check(g, articles);
  assert.ok(g.events.every((e) => e.date === undefined));
  assert.ok(g.stories[0]?.explanation.some((l) => l.includes('date windows were not applied')));
});
