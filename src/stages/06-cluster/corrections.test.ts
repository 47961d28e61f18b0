import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze, createEngine } from '../../engine.js';
import { isParallaxError } from '../../errors.js';
import { asArticleId, type ArticleId } from '../../model/ids.js';
import type { Report } from '../../model/report.js';
import { createReportValidator } from '../../report/validate.js';
import { needsShared, repoRoot, seedsDir } from '../../../test/support/shared.js';
import { resolveConfig } from '../../config/index.js';
import { silentProgress } from '../../context.js';
import { createGrouper } from './index.js';
import { syntheticArticles } from './testing.js';
import { loadCorrections, parseCorrections, unknownArticleIds, unsatisfiedCorrections, type Corrections } from './corrections.js';
import { cpuNow } from '../../../test/support/cpu.js';

const corpus = join(repoRoot, 'examples/corpus');
const fixture = (name: string): string => join(repoRoot, 'test/fixtures/corrections', name);
const run = (corrections?: Corrections): Promise<Report> =>
  analyze(createEngine({ threads: 1, ...(corrections === undefined ? {} : { corrections }) }), [corpus]);

/** The id of the corpus article read from a file whose path ends with `suffix` (and item, when given). */
function idOf(report: Report, suffix: string, item?: string): ArticleId {
  const a = report.articles.find((x) => x.file.endsWith(suffix) && (item === undefined || x.item?.startsWith(item) === true));
  assert.ok(a, `no article from ${suffix}`);
  return a.id;
}
const eventOf = (report: Report, id: ArticleId): string => report.events.find((e) => e.articleIds.includes(id))?.id ?? 'none';
const assignment = (report: Report, id: ArticleId) => report.events.flatMap((e) => e.explanation).find((a) => a.articleId === id);

const ids = (...xs: string[]): ArticleId[] => xs.map(asArticleId);

test('a corrections file is parsed: move, merge, split', () => {
  const c = parseCorrections(JSON.stringify({
    version: 1,
    corrections: [
      { kind: 'move', article: 'a00000000000000a', to: 'a00000000000000b' },
      { kind: 'merge', articles: ['a00000000000000a', 'a00000000000000c', 'a00000000000000c'] },
      { kind: 'split', articles: ['a00000000000000d'], from: ['a00000000000000e'] },
    ],
  }), 'fictional.json');
  assert.deepEqual(c.corrections.map((k) => k.kind), ['move', 'merge', 'split']);
  assert.deepEqual(c.corrections[1], { kind: 'merge', articles: ids('a00000000000000a', 'a00000000000000c') });
});

test('malformed corrections fail with E_CORRECTIONS naming the file and the entry', () => {
  const bad: [string, RegExp][] = [
    ['{', /bad\.json: not valid JSON/u],
    ['[]', /bad\.json: top level/u],
    ['{"version":2,"corrections":[]}', /bad\.json: "version": expected 1, got 2/u],
    ['{"version":1}', /"corrections": expected an array/u],
    ['{"version":1,"corrections":[{"kind":"swap"}]}', /corrections\[0\]\.kind: expected "move", "merge" or "split", got "swap"/u],
    ['{"version":1,"corrections":[{"kind":"merge","articles":["a00000000000000a"]}]}', /corrections\[0\]\.articles: a merge needs at least two/u],
    ['{"version":1,"corrections":[{"kind":"move","article":"a00000000000000a","to":7}]}', /corrections\[0\]\.to: expected an article id string, got 7/u],
    ['{"version":1,"corrections":[{"kind":"move","article":"a00000000000000a","to":"a00000000000000b","event":"x"}]}', /unexpected field\(s\) "event"/u],
    ['{"version":1,"corrections":[{"kind":"split","articles":["a00000000000000a"],"from":["a00000000000000a"]}]}', /in both "articles" and "from"/u],
    ['{"version":1,"corrections":[{"kind":"split","articles":["Some Title!"],"from":["a00000000000000a"]}]}', /corrections\[0\]\.articles\[0\]: "Some Title!" is not an article id/u],
  ];
  for (const [text, message] of bad) {
    assert.throws(() => parseCorrections(text, 'bad.json'), (e: unknown) => isParallaxError(e) && e.code === 'E_CORRECTIONS' && message.test(e.message), text);
  }
});

test('corrections files on disk: a missing file, an event id instead of an article, truncated JSON', () => {
  const code = (f: string): string => {
    try {
      loadCorrections(f);
      return 'ok';
    } catch (e) {
      assert.ok(isParallaxError(e));
      assert.ok(e.message.startsWith(f), e.message);
      return e.code;
    }
  };
  assert.equal(code(fixture('does-not-exist.json')), 'E_CORRECTIONS');
  assert.equal(code(fixture('not-json.json')), 'E_CORRECTIONS');
  assert.throws(() => loadCorrections(fixture('malformed.json')), /corrections\[1\]\.article: "ev-221d31946736cf92" is an event or story id/u);
  assert.equal(code(fixture('talks-merge.json')), 'ok');
});

test('unknown and unsatisfied corrections are found on a partition', () => {
  const c = parseCorrections(JSON.stringify({
    version: 1,
    corrections: [
      { kind: 'merge', articles: ['a00000000000000a', 'a00000000000000b'] },
      { kind: 'split', articles: ['a00000000000000b'], from: ['a00000000000000a', 'a0000000000000ff'] },
    ],
  }), 'fictional.json');
  const partition = new Map([['a00000000000000a', 1], ['a00000000000000b', 2]]);
  assert.deepEqual(unknownArticleIds(c, new Set(partition.keys())), ids('a0000000000000ff'));
  assert.deepEqual(unsatisfiedCorrections(c, partition), [0]);
});

test('corpus: with no corrections the two Vienna talks rounds are two events', async () => {
  const r = await run();
  assert.notEqual(eventOf(r, idOf(r, 'cpa-wire.jsonl', 'cpa-20260309')), eventOf(r, idOf(r, 'harbor-ledger.rss.xml', 'hl-2026-03-20')));
  assert.ok(r.events.flatMap((e) => e.explanation).every((a) => a.correction === undefined));
});

test('corpus: merging the two Vienna talks events makes one event of all nine articles, marked merge', async () => {
  const before = await run();
  const r1 = idOf(before, 'cpa-wire.jsonl', 'cpa-20260309');
  const r2 = idOf(before, 'harbor-ledger.rss.xml', 'hl-2026-03-20');
  const round1 = before.events.find((e) => e.articleIds.includes(r1))?.articleIds ?? [];
  const round2 = before.events.find((e) => e.articleIds.includes(r2))?.articleIds ?? [];
  const after = await run(loadCorrections(fixture('talks-merge.json')));
  const merged = after.events.find((e) => e.articleIds.includes(r1));
  assert.ok(merged);
  assert.deepEqual([...merged.articleIds].sort(), [...round1, ...round2].sort());
  assert.equal(after.events.length, before.events.length - 1);
  const marked = merged.explanation.filter((a) => a.correction === 'merge');
  assert.deepEqual(marked.map((a) => a.articleId).sort(), [...round2].sort());
  assert.ok(marked.every((a) => a.matchedArticleId === r1));
  // The other events are untouched; stories are recomputed and still cover every event once.
  for (const e of before.events.filter((x) => !x.articleIds.includes(r1) && !x.articleIds.includes(r2))) {
    assert.ok(after.events.some((x) => x.id === e.id), e.title);
  }
  assert.deepEqual(after.stories.flatMap((s) => s.eventIds).sort(), after.events.map((e) => e.id).sort());
  assert.deepEqual(createReportValidator()(JSON.parse(JSON.stringify(after))), { valid: true });
  // Deterministic.
  assert.deepEqual((await run(loadCorrections(fixture('talks-merge.json')))).events, after.events);
});

test('corpus: a split takes an article out of its event, alone; a move puts it in another event', async () => {
  const before = await run();
  const spanish = idOf(before, 'dravonia-tesland-viena.html');
  const wire = idOf(before, 'cpa-wire.jsonl', 'cpa-20260309');
  const recall = idOf(before, 'cpa-wire.jsonl', 'cpa-20260326');
  assert.equal(eventOf(before, spanish), eventOf(before, wire));
  const split = await run({ version: 1, corrections: [{ kind: 'split', articles: [spanish], from: [wire] }] });
  const alone = split.events.find((e) => e.articleIds.includes(spanish));
  assert.deepEqual(alone?.articleIds, [spanish]);
  assert.equal(assignment(split, spanish)?.correction, 'split');
  assert.equal(split.events.find((e) => e.articleIds.includes(wire))?.articleIds.length, 3);

  const moved = await run({ version: 1, corrections: [{ kind: 'move', article: spanish, to: recall }] });
  assert.equal(eventOf(moved, spanish), eventOf(moved, recall));
  assert.equal(moved.events.find((e) => e.articleIds.includes(wire))?.articleIds.length, 3);
  const a = assignment(moved, spanish);
  assert.equal(a?.correction, 'move');
  assert.equal(a.matchedArticleId, recall);
  // Every remaining explanation points at an article of its own event.
  for (const e of moved.events) for (const x of e.explanation) if (x.matchedArticleId !== undefined) assert.ok(e.articleIds.includes(x.matchedArticleId));
});

test('corpus: unknown ids are reported, the rest is applied', async () => {
  const c = loadCorrections(fixture('unknown-ids.json'));
  const r = await run(c);
  const spanish = idOf(r, 'dravonia-tesland-viena.html');
  assert.deepEqual(r.events.find((e) => e.articleIds.includes(spanish))?.articleIds, [spanish]);
  assert.deepEqual(unknownArticleIds(c, new Set(r.articles.map((a) => a.id))), ids('a0000000000000001', 'affffffffffffff2'));
});

test('2,000 corrections on 10,000 synthetic articles: every uncontradicted one holds, at a small cost', () => {
  const { articles } = syntheticArticles(10_000);
  const ctx = { config: resolveConfig(), now: () => new Date(0), progress: silentProgress };
  const idAt = (i: number): ArticleId => (articles[(i * 7919) % articles.length] as (typeof articles)[number]).id;
  const corrections: Corrections = {
    version: 1,
    corrections: Array.from({ length: 2000 }, (_, i) =>
      i % 3 === 0 ? { kind: 'merge' as const, articles: [idAt(3 * i), idAt(3 * i + 1)] }
        : i % 3 === 1 ? { kind: 'split' as const, articles: [idAt(3 * i)], from: [idAt(3 * i + 1), idAt(3 * i + 2)] }
          : { kind: 'move' as const, article: idAt(3 * i), to: idAt(3 * i + 2) }),
  };
  let started = cpuNow();
  createGrouper().group(articles, ctx);
  const plain = cpuNow() - started;
  started = cpuNow();
  const g = createGrouper({ corrections }).group(articles, ctx);
  const corrected = cpuNow() - started;
  process.stderr.write(`06-cluster corrections: 10,000 articles, 2,000 corrections: ${plain.toFixed(0)} ms without, ${corrected.toFixed(0)} ms with\n`);
  assert.ok(corrected < plain * 2 + 2000, `${corrected.toFixed(0)} ms vs ${plain.toFixed(0)} ms`);
  const eventOfId = new Map(g.events.flatMap((e) => e.articleIds.map((id) => [id as string, e.id] as const)));
  assert.deepEqual(g.corrections?.unknown, []);
  assert.deepEqual(unsatisfiedCorrections(corrections, eventOfId), g.corrections.unsatisfied);
  assert.ok(g.corrections.unsatisfied.length < corrections.corrections.length / 4, `${g.corrections.unsatisfied.length} unsatisfied`);
  assert.equal(eventOfId.size, articles.length);
});

test('seeds: corrections that name none of them leave 4 + 1 events in one story', needsShared(), async () => {
  const c = loadCorrections(fixture('talks-merge.json'));
  const r = await analyze(createEngine({ threads: 1, corrections: c }), [seedsDir]);
  assert.deepEqual(r.events.map((e) => e.articleIds.length).sort(), [1, 4]);
  assert.equal(r.stories.length, 1);
  assert.equal(unknownArticleIds(c, new Set(r.articles.map((a) => a.id))).length, 2);
});

test('corpus: a later correction wins over an earlier one it contradicts, which is reported', async () => {
  const before = await run();
  const r1 = idOf(before, 'cpa-wire.jsonl', 'cpa-20260309');
  const r2 = idOf(before, 'harbor-ledger.rss.xml', 'hl-2026-03-20');
  const c: Corrections = { version: 1, corrections: [{ kind: 'merge', articles: [r1, r2] }, { kind: 'split', articles: [r2], from: [r1] }] };
  const g = createGrouper({ corrections: c }).group(before.articles, { config: resolveConfig(), now: () => new Date(0), progress: silentProgress });
  assert.deepEqual(g.corrections?.unsatisfied, [0]);
  const eventOfId = new Map(g.events.flatMap((e) => e.articleIds.map((id) => [id as string, e.id] as const)));
  assert.notEqual(eventOfId.get(r1), eventOfId.get(r2));
});

test('a pathological corrections file (50,000 entries, 10,000 ids in one merge) parses in linear time', () => {
  const hex = (i: number): string => `a${i.toString(16).padStart(15, '0')}`;
  const entries = Array.from({ length: 50_000 }, (_, i) => ({ kind: 'move', article: hex(2 * i), to: hex(2 * i + 1) }));
  const text = JSON.stringify({ version: 1, corrections: [...entries, { kind: 'merge', articles: Array.from({ length: 10_000 }, (_, i) => hex(i)) }] });
  const started = cpuNow();
  const c = parseCorrections(text, 'big.json');
  const ms = cpuNow() - started;
  assert.equal(c.corrections.length, 50_001);
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
});
