// Bounded stream statistics: rare keys not seen since the previous sweep are forgotten, keys seen
// recently or common across the stream stay, and profiles weighed before a sweep keep their weights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyStats, profileBatch, sweepStats } from './similarity.js';
import { article } from './testing.js';
import { STATS_KEEP_MIN_SHARE, STATS_SWEEP_DOCUMENTS } from './rules.js';
import { createStreamClusterer } from './stream.js';
import { resolveConfig } from '../../config/index.js';

/** A distinct name per index, letters only: 0 → "Quintessab", 1 → "Quintessac" … */
const ship = (i: number): string => `Quintessa${i.toString(26).split('').map((d) => String.fromCharCode(98 + parseInt(d, 26))).join('')}`;
/** The name key of ship(i): lower case, doubled letters single (NAME_SPELLING_RULES). */
const key = (i: number): string => ship(i).toLowerCase().replace(/(\p{L})\1+/gu, '$1');

const report = (i: number, day: number): ReturnType<typeof article> => article({
  id: `a${i}`,
  published: `2024-03-${String(10 + day).padStart(2, '0')}`,
  text: `Harbour officials in Velmora said the ferry ${ship(i)} carried ${1000 + i} passengers across the strait on the morning crossing.`,
});

test('a sweep forgets rare keys not seen since the previous sweep and keeps recent and common ones', () => {
  const stats = emptyStats();
  profileBatch([report(1, 0), report(2, 0)], stats);
  // As far into a stream as 10,000 documents, in all of which "Velmora" and "harbour" were written.
  stats.documents = 10_000;
  for (const df of [stats.nameDf, stats.termDf]) for (const k of ['velmora', 'harbour']) if (df.has(k)) df.set(k, 10_000 * STATS_KEEP_MIN_SHARE * 5);
  sweepStats(stats); // everything was seen in this period: nothing goes
  assert.ok(stats.nameDf.has(key(1)) && stats.numberDf.has('1001'));
  const before = profileBatch([report(3, 1)], stats);
  sweepStats(stats);
  assert.ok(!stats.nameDf.has(key(1)) && !stats.nameLanguages.has(key(1)) && !stats.numberDf.has('1001'), 'rare, unseen since the last sweep');
  assert.ok(stats.nameDf.has(key(3)) && stats.numberDf.has('1003'), 'seen since the last sweep');
  // "velmora" is in every document (share 1 ≥ STATS_KEEP_MIN_SHARE): kept through a sweep with no sighting.
  sweepStats(stats);
  assert.ok(stats.nameDf.has('velmora') && stats.termDf.has('harbour'));
  assert.ok(!stats.nameDf.has(key(3)));
  assert.equal(stats.documents, 10_001);
  assert.ok((before[0]?.names.get(key(3)) ?? 0) > 0, 'a profile keeps the weights it was given');
});

test('profileBatch sweeps after counting once STATS_SWEEP_DOCUMENTS documents went by; the batch itself survives', () => {
  const stats = emptyStats();
  profileBatch([report(1, 0)], stats);
  stats.documents = 10_000; // far enough into a stream that a key in one document is rare
  stats.sinceSweep = STATS_SWEEP_DOCUMENTS - 1;
  profileBatch([report(2, 0)], stats);
  assert.equal(stats.sinceSweep, 0);
  assert.ok(stats.nameDf.has(key(1)) && stats.nameDf.has(key(2)), 'both seen in the first period');
  stats.sinceSweep = STATS_SWEEP_DOCUMENTS - 1;
  profileBatch([report(3, 0)], stats);
  assert.ok(!stats.nameDf.has(key(1)) && !stats.nameDf.has(key(2)) && stats.nameDf.has(key(3)));
  const s = createStreamClusterer(resolveConfig());
  s.add([report(4, 0), report(5, 0)]);
  assert.ok(s.stats().vocabulary > 0);
});
