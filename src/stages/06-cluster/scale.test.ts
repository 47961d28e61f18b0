// Scale: 10,000 synthetic articles over six months. The inverted index keeps each article's
// comparisons to the candidate events inside the window, so time grows about linearly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGrouper } from './index.js';
import { syntheticArticles } from './testing.js';
import { resolveConfig } from '../../config/index.js';
import { silentProgress } from '../../context.js';


test('groups 10,000 articles over six months in seconds, not minutes', () => {
  const { articles, eventOf } = syntheticArticles(10_000);
  // CPU time of this process, not wall time: the bound must hold on a loaded CI machine too.
  const started = process.cpuUsage();
  const g = createGrouper().group(articles, { config: resolveConfig(), now: () => new Date(0), progress: silentProgress });
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  process.stderr.write(`06-cluster scale: ${articles.length} articles → ${g.events.length} events, ${g.stories.length} stories in ${seconds.toFixed(2)} CPU s (${Math.round(articles.length / seconds)} articles/s)\n`);
  assert.ok(seconds < 20, `took ${seconds.toFixed(1)} CPU s`);
  // Sanity: events are mostly pure (every article's event is dominated by one synthetic event).
  let pure = 0;
  for (const e of g.events) {
    const counts = new Map<number, number>();
    for (const id of e.articleIds) counts.set(eventOf.get(id) ?? -1, (counts.get(eventOf.get(id) ?? -1) ?? 0) + 1);
    pure += Math.max(...counts.values());
  }
  assert.ok(pure / articles.length > 0.95, `purity ${(pure / articles.length).toFixed(3)}`);
});
