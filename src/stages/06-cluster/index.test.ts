import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGrouper, type Grouping } from './index.js';
import { article, fixtures, partition, shuffled, type Fixture } from './testing.js';
import { EVENT_THRESHOLD } from './rules.js';
import type { Article } from '../../model/article.js';
import { asArticleId } from '../../model/ids.js';
import { resolveConfig, type Config } from '../../config/index.js';
import { silentProgress, type StageContext } from '../../context.js';

const ctx = (config: Partial<Config> = {}): StageContext => ({ config: resolveConfig(config), now: () => new Date(0), progress: silentProgress });
const group = (articles: readonly Article[], config: Partial<Config> = {}): Grouping => createGrouper().group(articles, ctx(config));

const eventPartition = (g: Grouping): string[][] => partition(g.events.map((e) => e.articleIds));
const storyPartition = (g: Grouping): string[][] => partition(g.stories.map((s) => g.events.filter((e) => s.eventIds.includes(e.id)).flatMap((e) => e.articleIds)));

for (const f of fixtures) {
  test(`fixture ${f.name}: ${f.description.slice(0, 80)}…`, () => {
    const g = group(f.articles.map(article));
    assert.deepEqual(eventPartition(g), partition(f.expected.events));
    if (f.expected.stories !== undefined) assert.deepEqual(storyPartition(g), partition(f.expected.stories));
  });
}

test('the same output for any input order (ids, titles, explanations, order)', () => {
  const all = fixtures.flatMap((f) => f.articles.map((a) => article({ ...a, id: `${f.name}:${a.id}` })));
  const reference = JSON.stringify(group(all));
  for (let seed = 1; seed <= 12; seed++) assert.equal(JSON.stringify(group(shuffled(all, seed))), reference, `seed ${seed}`);
});

test('every article gets one assignment that explains it', () => {
  const f = fixtures.find((x) => x.name === 'same-people-different-days.json') as Fixture;
  const g = group(f.articles.map(article));
  for (const e of g.events) {
    assert.deepEqual(e.explanation.map((a) => a.articleId), e.articleIds);
    const [opener, ...joined] = e.explanation;
    assert.equal(opener?.score, 0);
    assert.equal(opener.matchedArticleId, undefined);
    for (const a of joined) {
      assert.ok(a.score >= EVENT_THRESHOLD && a.threshold === EVENT_THRESHOLD);
      assert.ok(a.matchedArticleId !== undefined && e.articleIds.includes(a.matchedArticleId));
      assert.ok(a.sharedNames.some((n) => /Keller|Varga/.test(n)), a.sharedNames.join());
      assert.ok(a.sharedTerms.length > 0);
      assert.ok(a.dateGapDays !== undefined && a.dateGapDays <= 1);
    }
  }
  // The second meeting's articles saw the first event as runner-up, below the threshold.
  const friday = g.events.find((e) => e.articleIds.includes(asArticleId('a3')));
  const tuesday = g.events.find((e) => e.articleIds.includes(asArticleId('a1')));
  const opener = friday?.explanation[0];
  assert.equal(opener?.runnerUp?.eventId, tuesday?.id);
  assert.ok((opener?.runnerUp?.score ?? 1) < EVENT_THRESHOLD);
  assert.equal(friday?.date, '2024-03-08');
  assert.equal(tuesday?.date, '2024-03-05');
  // Shared numbers are explained too ("420" in both reports of the Friday deal).
  assert.ok(friday.explanation[1]?.sharedNumbers.includes('420'));
  // The story says why the two meetings were linked.
  const story = g.stories.find((s) => s.id === friday.storyId);
  assert.ok(story?.explanation.some((l) => l.includes('shared key actors') && /Keller/.test(l) && l.includes('3 day(s) apart')));
});

test('ids are stable hashes of member ids; titles come from the most central article', () => {
  const f = fixtures.find((x) => x.name === 'wire-copies.json') as Fixture;
  const g1 = group(f.articles.map(article));
  const g2 = group(f.articles.map(article));
  assert.equal(g1.events[0]?.id, g2.events[0]?.id);
  assert.match(g1.events[0]?.id ?? '', /^ev-[0-9a-f]{16}$/);
  assert.match(g1.stories[0]?.id ?? '', /^st-[0-9a-f]{16}$/);
  assert.ok(f.articles.some((a) => a.title === g1.events[0]?.title || a.text.startsWith(g1.events[0]?.title ?? '\u0000')));
  assert.equal(g1.stories[0]?.explanation.some((l) => l.startsWith('a single event')), true);
});

test('window: identical reports five days apart are two events at 3 days, one at 7', () => {
  const text = 'Ministers Maria Keller and Tomas Varga opened the Danube water conference in Vienna, with 420 delegates attending.';
  const arts = [article({ id: 'd1', text, published: '2024-03-01', language: 'en' }), article({ id: 'd2', text, published: '2024-03-06', language: 'en' })];
  assert.equal(group(arts).events.length, 2);
  assert.equal(group(arts, { eventWindowDays: 7 }).events.length, 1);
  // No date on one side: the window does not apply, and no gap is shown.
  const undated = [arts[0] as Article, article({ id: 'd3', text, language: 'en' })];
  const g = group(undated);
  assert.equal(g.events.length, 1);
  assert.equal(g.events[0]?.explanation[1]?.dateGapDays, undefined);
  // Stories obey storyWindowDays the same way.
  const far = [arts[0] as Article, article({ id: 'd4', text: text.replace('opened', 'closed'), published: '2024-04-06', language: 'en' })];
  assert.equal(group(far).stories.length, 1);
  assert.equal(group(far, { storyWindowDays: 30 }).stories.length, 2);
});

test('an empty batch gives no events', () => {
  assert.deepEqual(group([]), { events: [], stories: [] });
});

test('event titles come from an article in the output language when the event has one', () => {
  const f = fixtures.find((x) => x.name === 'cross-lingual.json');
  assert.ok(f !== undefined);
  const titled = f.articles.map((a) => ({ ...a, title: `title in ${a.language ?? 'und'} (${a.id})` }));
  const eventOf = (g: Grouping): string | undefined => g.events.find((e) => e.articleIds.length === 4)?.title;
  assert.match(eventOf(group(titled.map(article))) ?? '', /^title in en /);
  assert.match(eventOf(group(titled.map(article), { outputLanguage: 'de' })) ?? '', /^title in de /);
  assert.match(eventOf(group(titled.map(article), { outputLanguage: 'it' })) ?? '', /^title in /, 'no article in it: the most central one');
});
