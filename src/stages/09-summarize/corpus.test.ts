// Stage 9 on real inputs: the example corpus (gold disputes handed in as compared facts, as stage 7
// will give them) and ../shared/seeds. Every sentence's sources hold support (an independent check,
// test/eval/suites/summary.ts checkSentence), 4–8 sentences, disputes name both sides, lone claims
// are labelled, the output is deterministic.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, createEngine } from '../../engine.js';
import type { Article } from '../../model/article.js';
import type { Evidence, Fact, NewsEvent } from '../../model/event.js';
import type { Report } from '../../model/report.js';
import { fold } from '../../text/fold.js';
import { needsShared, repoRoot, seedsDir } from '../../../test/support/shared.js';
import { checkSentence } from '../../../test/eval/suites/summary.js';
import { goldKey } from '../../../test/eval/suites/grouping.js';
import { outletName } from './facts.js';
import { summarize } from './index.js';

const corpusDir = join(repoRoot, 'examples', 'corpus');
type GoldDispute = { event: string; topic: string; values: { value: string; articles: string[] }[] };
const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { disputes: GoldDispute[]; articles: Record<string, { event: string }> };

let corpus: Promise<Report> | undefined;
const corpusReport = (): Promise<Report> => (corpus ??= analyze(createEngine({ now: () => new Date(0), threads: 1 }), [corpusDir]));

function assertSummaries(report: Report, events: readonly NewsEvent[]): void {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  for (const e of events) {
    const summary = summarize(e, report.articles);
    assert.ok(summary.length >= 4 && summary.length <= 8, `${e.title}: ${String(summary.length)} sentences`);
    assert.equal(summary[0]?.kind, 'what', e.title);
    for (const s of summary) {
      assert.equal(checkSentence(s, byId), undefined, `${e.title}: ${s.text}`);
      for (const id of s.sources) assert.ok(e.articleIds.includes(id), 'sources are articles of the event');
      if (s.kind === 'single-source' && s.origin !== undefined) assert.match(s.text, /^Only .+ reports/u);
    }
    assert.deepEqual(summarize(e, [...report.articles].reverse()), summary, `${e.title}: deterministic`);
  }
}

test('example corpus: every event gets 4–8 cited sentences whose sources hold support', async () => {
  const report = await corpusReport();
  assertSummaries(report, report.events);
});

/** Gold disputes as facts: each value's evidence is where its article writes a quantity compatible with the gold value. */
function goldFacts(report: Report, event: NewsEvent, disputes: readonly GoldDispute[]): Fact[] {
  const byKey = new Map(report.articles.map((a) => [goldKey(a, corpusDir), a]));
  const facts: Fact[] = [];
  for (const d of disputes) {
    const values = d.values.map((v) => {
      const evidence: Evidence[] = [];
      for (const key of v.articles) {
        const a: Article | undefined = byKey.get(key);
        if (a === undefined || !event.articleIds.includes(a.id)) continue;
        const at = fold(a.text).indexOf(fold(v.value));
        const digits = /\d[\d,.]*/u.exec(v.value)?.[0].replace(/,/gu, '');
        const q = at >= 0 ? undefined : a.extraction?.quantities.find((x) => digits !== undefined && x.text.replace(/[\s.,\u202f]/gu, '').includes(digits.replace(/\./gu, '')));
        const span = at >= 0 ? { start: at, end: at + v.value.length } : q;
        if (span !== undefined) evidence.push({ articleId: a.id, start: span.start, end: span.end, text: a.text.slice(span.start, span.end) });
      }
      return { value: v.value, articleIds: evidence.map((e) => e.articleId), evidence };
    }).filter((v) => v.evidence.length > 0);
    if (values.length >= 2) facts.push({ topic: d.topic, status: 'disputed', values });
  }
  return facts;
}

test('example corpus with the gold disputes as facts: each is stated as a dispute naming both sides, never as a fact', async () => {
  const report = await corpusReport();
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  let stated = 0;
  for (const e of report.events) {
    const keys = e.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined).map((a) => gold.articles[goldKey(a, corpusDir)]?.event);
    const disputes = gold.disputes.filter((d) => keys.includes(d.event));
    const facts = goldFacts(report, e, disputes);
    if (facts.length === 0) continue;
    const summary = summarize({ ...e, facts }, report.articles);
    const disputeSentences = summary.filter((s) => s.kind === 'dispute');
    assert.ok(disputeSentences.length >= 1, `${e.title}: a dispute sentence`);
    for (const f of facts) {
      const s = disputeSentences.find((x) => x.text.startsWith(`Sources differ on the ${f.topic}:`));
      if (s === undefined) continue; // more disputes than MAX_DISPUTE_SENTENCES
      stated++;
      for (const v of f.values) {
        const outlets = v.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined).map(outletName);
        assert.ok(outlets.every((o) => s.text.includes(o)), `${f.topic}: names ${outlets.join(', ')}`);
        for (const id of v.articleIds) assert.ok(s.sources.includes(id));
      }
      for (const x of summary.filter((y) => y.kind === 'what' || y.kind === 'fact')) {
        for (const ev of f.values.flatMap((v) => v.evidence)) {
          assert.ok(!(x.origin?.articleId === ev.articleId && x.origin.start < ev.end && ev.start < x.origin.end), `disputed value stated as a fact: ${x.text}`);
        }
      }
    }
    assertSummaries(report, [{ ...e, facts }]);
  }
  assert.ok(stated >= 8, `${String(stated)} gold disputes stated`);
});

test('seeds: every event gets 4–8 cited sentences whose sources hold support', needsShared(), async () => {
  const report = await analyze(createEngine({ now: () => new Date(0), threads: 1 }), [seedsDir]);
  assert.ok(report.events.length >= 2);
  assertSummaries(report, report.events.filter((e) => e.articleIds.length >= 2));
});
