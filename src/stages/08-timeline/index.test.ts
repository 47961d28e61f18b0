import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, createEngine } from '../../engine.js';
import type { NewsEvent, TimelineEntry } from '../../model/event.js';
import { asArticleId, asEventId, asStoryId } from '../../model/ids.js';
import { repoRoot } from '../../../test/support/shared.js';
import { startDay } from '../04-extract/dates/resolve.js';
import { storyTimeline } from './index.js';

const entry = (date: string, precision: TimelineEntry['precision'], text: string, ids: string[]): TimelineEntry =>
  ({ date, precision, text, articleIds: ids.map(asArticleId) });
const event = (id: string, date: string, timeline: TimelineEntry[]): NewsEvent => ({
  id: asEventId(id), storyId: asStoryId('s1'), title: id, date, articleIds: [], entities: [], quotes: [], facts: [], timeline,
  summary: [], exclusive: [], explanation: [],
});

test('same date and similar text merge across events, keeping every article and event; other happenings stay apart', () => {
  // Fictional: the Orvale bridge closes on 3 May, reopens on 17 May.
  const first = event('e1', '2031-05-03', [
    entry('2031-05-03', 'day', 'The Orvale bridge was closed to traffic on Saturday after cracks were found in a pillar.', ['a1', 'a2']),
    entry('2031-05', 'month', 'Repairs are expected to last until the end of May.', ['a1']),
  ]);
  const second = event('e2', '2031-05-17', [
    entry('2031-05-17', 'day', 'The Orvale bridge reopened to traffic on Saturday after two weeks of repairs.', ['b1', 'b2']),
    entry('2031-05-03', 'day', 'The bridge had been closed to traffic on May 3 when cracks were found.', ['b1']),
  ]);
  const t = storyTimeline([second, first]);
  assert.deepEqual(t.map((e) => `${e.date}/${e.precision}`), ['2031-05/month', '2031-05-03/day', '2031-05-17/day']);
  const closed = t[1];
  assert.ok(closed !== undefined);
  assert.deepEqual([...closed.articleIds].sort(), ['a1', 'a2', 'b1']);
  assert.deepEqual(closed.eventIds, ['e1', 'e2']);
  assert.match(closed.text, /cracks were found in a pillar/u, 'the text most articles stand behind');
  assert.deepEqual(storyTimeline([first, second]), t, 'order of the events does not matter');
});

test('different precision or unrelated text on the same date are not merged', () => {
  const t = storyTimeline([event('e1', '2031-05-03', [
    entry('2031-05-03', 'day', 'The Orvale bridge was closed after cracks were found.', ['a1']),
    entry('2031-05-03', 'day', 'Farmers in the Telmo valley began the harvest early.', ['a2']),
    entry('2031-W18', 'week', 'The Orvale bridge was closed after cracks were found.', ['a3']),
  ])]);
  assert.equal(t.length, 3);
  assert.equal(t[0]?.precision, 'week', 'the week starting before the day comes first');
});

test('example corpus: the Dravonia–Tesland story merges both rounds on one ordered timeline', async () => {
  const report = await analyze(createEngine({ now: () => new Date(0), threads: 1 }), [join(repoRoot, 'examples', 'corpus')]);
  const story = report.stories.find((s) => s.eventIds.length === 2 && report.events.some((e) => s.eventIds.includes(e.id) && e.date === '2026-03-09'));
  assert.ok(story !== undefined, 'the talks story has two events');
  const events = report.events.filter((e) => story.eventIds.includes(e.id));
  const t = storyTimeline(events);
  const starts = t.map((e) => startDay(e.date) ?? Number.NaN);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b), `ordered by first day: ${t.map((e) => e.date).join(' ')}`);
  const first = t.filter((e) => e.date === '2026-03-09');
  assert.ok(first.some((e) => e.eventIds.length === 2), 'the first meeting is told by both events');
  const ids = new Set(events.flatMap((e) => e.articleIds));
  for (const e of t) for (const a of e.articleIds) assert.ok(ids.has(a), 'every source is an article of the story');
  const total = events.reduce((n, e) => n + e.timeline.length, 0);
  assert.ok(t.length < total, `duplicates merged: ${String(t.length)} < ${String(total)}`);
});
