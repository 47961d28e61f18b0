// End to end: the CLI on the real seeds and on the bundled example corpus, as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { run, EXIT } from '../../src/cli/main.js';
import type { Report } from '../../src/model/report.js';
import { createReportValidator } from '../../src/report/validate.js';
import { needsShared, repoRoot, seedsDir } from '../support/shared.js';

const validate = createReportValidator();

async function analyzeTo(args: string[]): Promise<{ code: number; report: Report; html: string; stdout: string; stderr: string }> {
  const out = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  let stdout = '';
  let stderr = '';
  try {
    const code = await run(['analyze', ...args, '--out', out], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    return { code, report, html, stdout, stderr };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Events as sets of seed file names, order-free. */
function eventsByFile(report: Report): string[][] {
  const fileOf = new Map(report.articles.map((a) => [a.id, basename(a.file)]));
  return report.events.map((e) => e.articleIds.map((id) => fileOf.get(id) ?? '?').sort()).sort((a, b) => b.length - a.length);
}

const JAN_21 = ['000_f8f2cb6c4f03a1c3.txt', '001_45036f24f14a3676.txt', '002_9023cf1be5701ee8.txt', '004_351ad3404f9b33a8.txt'];
const JAN_10 = ['003_501a3992093d64a5.txt'];

for (const metaArgs of [[], ['--no-meta']]) {
  test(`seeds ${metaArgs.join(' ') || 'with meta.jsonl'}: schema-valid report, the 21 January meeting one event, 10 January another, one story`, needsShared(), async () => {
    const { code, report, html, stdout } = await analyzeTo([seedsDir, ...metaArgs]);
    assert.equal(code, EXIT.ok);
    assert.deepEqual(validate(report), { valid: true });
    assert.equal(report.articles.length, 5);
    assert.deepEqual(eventsByFile(report), [JAN_21, JAN_10]);
    assert.equal(report.stories.length, 1);
    assert.equal(report.stories[0]?.eventIds.length, 2);
    assert.equal(report.rejected.length, 0, 'meta.jsonl and README.md are not articles');
    if (metaArgs.length === 0) {
      assert.ok(report.articles.every((a) => a.published?.startsWith('2022-01-')), 'published dates come from meta.jsonl');
      assert.deepEqual(report.events.map((e) => e.date).sort(), ['2022-01-10', '2022-01-21']);
    } else {
      assert.ok(report.articles.every((a) => a.published === undefined), '--no-meta ignores the sidecar');
    }
    assert.ok(report.articles.every((a) => a.language === 'en'));
    assert.ok(report.articles.every((a) => a.sentences.length > 5));
    assert.match(stdout, /5 articles → 2 events in 1 stories/);
    assert.match(html, /<del>/, 'removed lines are shown struck through');
  });
}

test('the example corpus: schema-valid report whose events match the gold', async () => {
  type Gold = { articles: Record<string, { event: string }>; events: Record<string, { story: string }> };
  const corpus = join(repoRoot, 'examples', 'corpus');
  const gold = JSON.parse(readFileSync(join(corpus, 'gold.json'), 'utf8')) as Gold;
  const { code, report } = await analyzeTo([corpus]);
  assert.equal(code, EXIT.ok);
  assert.deepEqual(validate(report), { valid: true });
  assert.equal(report.rejected.length, 0, JSON.stringify(report.rejected));
  assert.equal(report.articles.length, Object.keys(gold.articles).length);
  const keyOf = (a: Report['articles'][number]): string => {
    const rel = a.file.slice(a.file.indexOf('examples/corpus/') + 'examples/corpus/'.length);
    return a.item === undefined ? rel : `${rel}#${a.item}`;
  };
  const goldEventOf = new Map(report.articles.map((a) => [a.id, gold.articles[keyOf(a)]?.event]));
  assert.ok([...goldEventOf.values()].every((e) => e !== undefined), 'every article maps to a gold key');
  // Each produced event is pure (one gold event) and each gold event is one produced event.
  const produced = report.events.map((e) => new Set(e.articleIds.map((id) => goldEventOf.get(id))));
  assert.ok(produced.every((s) => s.size === 1), `mixed events: ${JSON.stringify(produced.map((s) => [...s]))}`);
  assert.equal(report.events.length, Object.keys(gold.events).length);
  const storyOfEvent = new Map(report.events.map((e) => [[...new Set(e.articleIds.map((id) => goldEventOf.get(id)))][0], e.storyId]));
  for (const [eventKey, { story }] of Object.entries(gold.events)) {
    const partners = Object.entries(gold.events).filter(([, g]) => g.story === story).map(([k]) => k);
    for (const p of partners) assert.equal(storyOfEvent.get(p), storyOfEvent.get(eventKey), `${eventKey} and ${p} share a story`);
  }
  assert.equal(report.stories.length, new Set(Object.values(gold.events).map((e) => e.story)).size);
});

test('nothing analysable: clear message and a failing exit code', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'parallax-empty-'));
  let stderr = '';
  try {
    const code = await run(['analyze', join(empty, 'missing.txt'), '--out', join(empty, 'out')], { stdout: () => undefined, stderr: (s) => (stderr += s) });
    assert.equal(code, EXIT.failed);
    assert.match(stderr, /missing\.txt/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('--strict fails when an input was rejected, and the rest is still analysed', needsShared(), async () => {
  const bad = join(repoRoot, 'test', 'fixtures', 'ingest', 'bad');
  const { code, report } = await analyzeTo([seedsDir, bad, '--strict']);
  assert.equal(code, EXIT.rejected);
  assert.ok(report.rejected.length >= 5);
  assert.ok(report.articles.length >= 5);
});
