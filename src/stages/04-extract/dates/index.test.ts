import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../../engine.js';
import type { Article } from '../../../model/article.js';
import { emptyExtraction, type DateMention } from '../../../model/extraction.js';
import { asArticleId } from '../../../model/ids.js';
import { ingest } from '../../01-ingest/index.js';
import { clean } from '../../02-clean/index.js';
import { annotate } from '../../03-language/index.js';
import { repoRoot, needsShared, seedsDir } from '../../../../test/support/shared.js';
import { eventTimeline, extractDates, findTimexes } from './index.js';
import { isoWeek, toDays } from './resolve.js';
import { TIMELINE_MAX_ENTRIES } from './rules.js';
import { cpuNow } from '../../../../test/support/cpu.js';

type Expect = { text: string; value?: string; precision?: string; time?: string; relative?: boolean; unresolved?: string };
type Case = { why: string; lang: string; published: string | null; text: string; expect: Expect[]; absent?: string[] };
const fixture = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/dates/cases.json'), 'utf8')) as { cases: Case[] };

function article(text: string, language: string, published?: string, id = 'a1'): Article {
  const a: Article = {
    id: asArticleId(id), file: `${id}.txt`, format: 'text', encoding: 'utf-8', text, removed: [], language, languageSpans: [], paragraphs: [], sentences: [],
  };
  if (published !== undefined) a.published = published;
  return a;
}

const withDates = (a: Article): Article => ({ ...a, extraction: { ...emptyExtraction(), dates: extractDates(a) } });

test('fixture cases: every rule resolves as expected in en/fr/es/de', () => {
  for (const c of fixture.cases) {
    const got = extractDates(article(c.text, c.lang, c.published ?? undefined));
    const show = JSON.stringify(got.map((m) => [m.text, m.value, m.unresolved]));
    for (const e of c.expect) {
      const m = got.find((x) => x.text === e.text);
      assert.ok(m, `${c.why}: "${e.text}" not found in ${show}`);
      for (const key of ['value', 'precision', 'time', 'relative', 'unresolved'] as const) {
        if (e[key] !== undefined) assert.equal(m[key], e[key], `${c.why}: "${e.text}" ${key} (${show})`);
      }
    }
    for (const a of c.absent ?? []) assert.ok(!got.some((m) => m.text.includes(a)), `${c.why}: "${a}" read as a date (${show})`);
  }
});

test('ISO weeks at year boundaries', () => {
  assert.equal(isoWeek(toDays(2021, 1, 3)), '2020-W53');
  assert.equal(isoWeek(toDays(2022, 1, 21)), '2022-W03');
  assert.equal(isoWeek(toDays(2024, 12, 30)), '2025-W01');
});

test('TimeML view: durations, references and sets are values but not calendar dates', () => {
  const text = 'The season started about a month earlier. Now the agency reports annually.';
  const t = findTimexes(text, 'en', '2013-03-22');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['a month', 'P1M'], ['Now', 'PRESENT_REF'], ['annually', 'P1Y']]);
  assert.deepEqual(extractDates(article(text, 'en', '2013-03-22')), []);
});

test('TimeML view: quarters and seasons take the most recent one begun by publication; parts of day and noon', () => {
  const t = findTimexes('Profit fell in the third quarter and last summer. He left this evening and returns at noon Thursday.', 'en', '1989-11-02');
  assert.deepEqual(t.map((x) => [x.text, x.value]), [
    ['the third quarter', '1989-Q3'], ['last summer', '1989-SU'], ['this evening', '1989-11-02TEV'], ['noon Thursday', '1989-11-02T12:00'],
  ]);
});

test('eventTimeline merges the same date and similar text across articles, orders, and dates the event', () => {
  const a = withDates(article('Ministers met in Geneva on Friday to discuss the crisis. The first summit was on June 16, 2021.', 'en', '2022-01-21', 'a1'));
  const b = withDates(article('Ministers met in Geneva on Friday to discuss the border crisis. A reply is due next week.', 'en', '2022-01-21', 'a2'));
  const { timeline, date } = eventTimeline([a, b]);
  assert.equal(date, '2022-01-21');
  assert.deepEqual(timeline.map((e) => [e.date, e.precision, e.articleIds.length]), [
    ['2021-06-16', 'day', 1], ['2022-01-21', 'day', 2], ['2022-W04', 'week', 1],
  ]);
  assert.match(timeline[1]?.text ?? '', /Ministers met in Geneva on Friday/u);
  assert.deepEqual(eventTimeline([withDates(article('Nothing dated here.', 'en', '2022-01-21'))]), { timeline: [] });
});

test('pathological inputs finish within a linear bound', () => {
  const inputs = [
    'word '.repeat(40_000), // 200 KB without punctuation
    '"'.repeat(10_000) + ' on Friday ' + '«'.repeat(10_000),
    '2014 '.repeat(20_000),
    'Friday Monday 10:00 '.repeat(5_000),
    '🙂 مرحبا on Friday שלום '.repeat(5_000),
    '1'.repeat(200_000),
  ];
  for (const text of inputs) {
    const t = cpuNow();
    extractDates(article(text, 'en', '2022-01-21'));
    findTimexes(text, 'und', undefined);
    assert.ok(cpuNow() - t < 5000, `took ${String(cpuNow() - t)} ms on ${text.slice(0, 20)}…`);
  }
});

test('example corpus: spans point at the text, values and times have the report formats, gold relative dates resolve', async () => {
  const corpusDir = join(repoRoot, 'examples', 'corpus');
  const { articles } = await ingest([corpusDir], {}, createEngine().ctx);
  const arts = articles.map((raw) => withDates(annotate(clean(raw))));
  const gold = (JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { relativeDates: { article: string; text: string; resolves: string }[] }).relativeDates;
  for (const a of arts) {
    for (const m of a.extraction?.dates ?? []) {
      assert.equal(a.text.slice(m.start, m.end), m.text);
      if (m.value !== undefined) assert.match(m.value, /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/u);
      if (m.time !== undefined) assert.match(m.time, /^\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?$/u);
      assert.equal(m.value === undefined, m.unresolved !== undefined, m.text);
    }
  }
  const key = (a: Article): string => `${a.file.slice(corpusDir.length + 1)}${a.item === undefined ? '' : `#${a.item}`}`;
  let right = 0;
  for (const g of gold) {
    const a = arts.find((x) => key(x) === g.article);
    const at = a?.text.toLowerCase().indexOf(g.text.toLowerCase()) ?? -1;
    const m = a?.extraction?.dates.find((d) => d.start < at + g.text.length && d.end > at);
    if (m?.value !== undefined && (m.value === g.resolves || (m.precision === 'week' && m.value === isoWeek(toDays(...(g.resolves.split('-').map(Number) as [number, number, number])))))) right++;
  }
  assert.ok(right / gold.length >= 0.95, `${String(right)}/${String(gold.length)} gold relative dates resolved`);
});

async function seedArticles(meta: boolean): Promise<Article[]> {
  const { articles } = await ingest([seedsDir], meta ? {} : { meta: false }, createEngine().ctx);
  return articles.map((raw) => withDates(annotate(clean(raw))));
}
const seedFile = (a: Article): string => a.file.split('/').pop() ?? '';
const mentions = (arts: readonly Article[]): DateMention[] => arts.flatMap((a) => a.extraction?.dates ?? []);

test('seeds with meta: relative expressions resolve against publication; events are dated', needsShared(), async () => {
  const arts = await seedArticles(true);
  const jan21 = arts.filter((a) => a.published === '2022-01-21');
  const jan10 = arts.filter((a) => a.published === '2022-01-10');
  assert.equal(jan21.length, 4);
  assert.equal(jan10.length, 1);
  const all21 = mentions(jan21);
  const valuesOf = (re: RegExp): Set<string | undefined> => new Set(all21.filter((m) => re.test(m.text)).map((m) => m.value));
  assert.deepEqual(valuesOf(/^this Friday$/iu), new Set(['2022-01-21']));
  assert.deepEqual(valuesOf(/^next week$/iu), new Set(['2022-W04']));
  assert.deepEqual(valuesOf(/^Wednesday$/u), new Set(['2022-01-19']));
  assert.deepEqual(valuesOf(/^Thursday$/u), new Set(['2022-01-20']));
  assert.deepEqual(valuesOf(/^June 16, 2021$/u), new Set(['2021-06-16']));
  const since = jan21.flatMap((a) => (a.extraction?.dates ?? []).filter((m) => m.text === '2014' && /since\s+$/u.test(a.text.slice(m.start - 7, m.start))));
  assert.ok(since.length >= 1 && since.every((m) => m.value === '2014' && m.precision === 'year'));
  const monday = mentions(jan10).find((m) => m.text === 'Monday');
  assert.equal(monday?.value, '2022-01-10');
  assert.equal(eventTimeline(jan21).date, '2022-01-21');
  assert.equal(eventTimeline(jan10).date, '2022-01-10');
  assert.ok(!arts.some((a) => a.text.startsWith('Thursday, September 21')), 'the stray date header is removed by the clean stage');
  assert.ok(seedFile(jan10[0] ?? article('', 'en')).startsWith('003'));
});

test('seeds without meta: relative expressions are unresolved and say why; absolute ones resolve', needsShared(), async () => {
  const all = mentions(await seedArticles(false));
  const relative = all.filter((m) => m.relative);
  assert.ok(relative.length > 10);
  for (const m of relative) {
    assert.equal(m.value, undefined, m.text);
    assert.ok(m.unresolved !== undefined && m.unresolved !== '', m.text);
  }
  assert.ok(relative.filter((m) => /Friday|next week/iu.test(m.text)).every((m) => m.unresolved === 'no publication date'));
  assert.ok(all.some((m) => m.text === 'June 16, 2021' && m.value === '2021-06-16'));
});

test('eventTimeline: one entry per happening across languages, background years last, capped at TIMELINE_MAX_ENTRIES', () => {
  const en = withDates(article('Harbour workers in Port Velano ended their strike on Friday after a deal. The port was last closed by a strike in 2009.', 'en', '2026-04-10', 'e1'));
  const fr = withDates(article('Les dockers de Port Velano ont mis fin vendredi à leur grève après un accord.', 'fr', '2026-04-10', 'f1'));
  const de = withDates(article('Die Hafenarbeiter von Port Velano beendeten am Freitag ihren Streik.', 'de', '2026-04-10', 'd1'));
  const { timeline } = eventTimeline([fr, de, en]);
  assert.deepEqual(timeline.map((e) => [e.date, e.articleIds.length]), [['2026-04-10', 3], ['2009', 1]]);
  assert.match(timeline[0]?.text ?? '', /^Harbour workers/u, 'the English sentence is the entry text');
  const many = Array.from({ length: 30 }, (_, k) => `Event number ${String(k)} zeta${String(k)} happened on ${String(k + 1)} March 2026.`).join(' ');
  assert.equal(eventTimeline([withDates(article(many, 'en', '2026-04-01'))]).timeline.length, TIMELINE_MAX_ENTRIES);
});

test('seeds: the 21 January timeline is short, with one merged "next week" entry and the Geneva meeting', needsShared(), async () => {
  const jan21 = (await seedArticles(true)).filter((a) => a.published === '2022-01-21');
  const { timeline } = eventTimeline(jan21);
  assert.ok(timeline.length <= TIMELINE_MAX_ENTRIES, String(timeline.length));
  assert.ok(timeline.some((e) => e.date === '2022-W04' && e.articleIds.length >= 3), JSON.stringify(timeline.map((e) => [e.date, e.articleIds.length])));
  const meeting = timeline.find((e) => e.date === '2022-01-21' && /Geneva/u.test(e.text));
  assert.ok(meeting !== undefined && meeting.articleIds.length >= 3, JSON.stringify(meeting));
  for (let k = 1; k < timeline.length; k++) {
    const [p, e] = [timeline[k - 1], timeline[k]];
    if (p !== undefined && e !== undefined && p.date === e.date && p.precision === e.precision) assert.ok(p.articleIds.length >= e.articleIds.length);
  }
});

test('example corpus: each gold event timeline holds its gold date cited by at least two articles', async () => {
  const corpusDir = join(repoRoot, 'examples', 'corpus');
  const { articles } = await ingest([corpusDir], {}, createEngine().ctx);
  const arts = articles.map((raw) => withDates(annotate(clean(raw))));
  const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { articles: Record<string, { event?: string }>; events: Record<string, { date: string }> };
  const key = (a: Article): string => `${a.file.slice(corpusDir.length + 1)}${a.item === undefined ? '' : `#${a.item}`}`;
  for (const [id, ev] of Object.entries(gold.events)) {
    const { timeline } = eventTimeline(arts.filter((a) => gold.articles[key(a)]?.event === id));
    assert.ok(timeline.length <= TIMELINE_MAX_ENTRIES, id);
    assert.ok(timeline.some((e) => e.date === ev.date && e.articleIds.length >= 2), `${id}: ${JSON.stringify(timeline.map((e) => [e.date, e.articleIds.length]))}`);
  }
});
