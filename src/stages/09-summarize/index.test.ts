// Stage 9 on a fictional fixture (test/fixtures/summarize/harbour-fire.json): structure, support,
// disputes, single-source labels, syndicated copies, determinism, bad options.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { prepareArticle } from '../../engine.js';
import { isParallaxError } from '../../errors.js';
import type { Article, RawArticle } from '../../model/article.js';
import type { Fact, NewsEvent } from '../../model/event.js';
import { asArticleId, asEventId, asStoryId, type ArticleId } from '../../model/ids.js';
import { enrichEvent } from '../04-extract/index.js';
import { dedup } from '../05-dedup/index.js';
import { repoRoot } from '../../../test/support/shared.js';
import { checkSentence } from '../../../test/eval/suites/summary.js';
import { summarize } from './index.js';

type FixtureArticle = { key: string; outlet: string; published: string; body: string; language?: string };
type FixtureFact = { topic: string; status: Fact['status']; values: { value: string; evidence: { article: string; text: string }[] }[] };
const fixture = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'summarize', 'harbour-fire.json'), 'utf8')) as
  { articles: FixtureArticle[]; facts: FixtureFact[] };

function load(withFacts: boolean): { event: NewsEvent; articles: Article[]; idOf: Map<string, ArticleId> } {
  const raws: RawArticle[] = fixture.articles.map((a) => {
    const raw: RawArticle = { id: asArticleId(`fx-${a.key}`), file: `harbour-fire/${a.key}.txt`, format: 'text', encoding: 'utf-8', outlet: a.outlet, published: a.published, body: a.body, removed: [] };
    if (a.language !== undefined) raw.declaredLanguage = a.language;
    return raw;
  });
  const articles = dedup(raws.map(prepareArticle).filter((p): p is Article => !('code' in p))).articles;
  const idOf = new Map(fixture.articles.map((a) => [a.key, asArticleId(`fx-${a.key}`)]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const facts: Fact[] = withFacts ? fixture.facts.map((f) => ({
    topic: f.topic, status: f.status,
    values: f.values.map((v) => {
      const evidence = v.evidence.map((e) => {
        const id = idOf.get(e.article) ?? asArticleId('?');
        const start = byId.get(id)?.text.indexOf(e.text) ?? -1;
        assert.ok(start >= 0, `fixture evidence "${e.text}" is in ${e.article}`);
        return { articleId: id, start, end: start + e.text.length, text: e.text };
      });
      return { value: v.value, articleIds: evidence.map((e) => e.articleId), evidence };
    }),
  })) : [];
  const base: NewsEvent = {
    id: asEventId('e-fire'), storyId: asStoryId('s-fire'), title: 'Kelmouth warehouse fire', articleIds: articles.map((a) => a.id),
    entities: [], quotes: [], facts, timeline: [], summary: [], exclusive: [], explanation: [],
  };
  return { event: enrichEvent(base, articles), articles, idOf };
}

const KIND_ORDER = { what: 0, fact: 1, dispute: 2, 'single-source': 3 } as const;

test('fixture: 4–8 sentences, what first, then facts, disputes, single-source; every source holds support', () => {
  const { event, articles, idOf } = load(true);
  const summary = summarize(event, articles);
  assert.ok(summary.length >= 4 && summary.length <= 8, `${String(summary.length)} sentences`);
  assert.equal(summary[0]?.kind, 'what');
  const kinds = summary.map((s) => KIND_ORDER[s.kind]);
  assert.deepEqual(kinds, [...kinds].sort((a, b) => a - b), 'sections in order');
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const s of summary) assert.equal(checkSentence(s, byId), undefined, s.text);
  // The lead is told by every origin: the wire, its copy, the Gazette, the Herald (and the French article, across languages).
  const lead = summary.at(0);
  assert.ok(lead !== undefined);
  for (const k of ['wire', 'copy', 'gazette', 'herald']) assert.ok(lead.sources.includes(idOf.get(k) ?? asArticleId('?')), `lead cites ${k}`);
  assert.ok(lead.origin !== undefined && !lead.text.startsWith('KELMOUTH'), 'copied without the dateline');
});

test('fixture: the dispute is stated with both sides, the disputed value is never stated as a fact', () => {
  const { event, articles } = load(true);
  const summary = summarize(event, articles);
  const dispute = summary.find((s) => s.kind === 'dispute');
  assert.ok(dispute !== undefined, 'a dispute sentence');
  assert.match(dispute.text, /^Sources differ on the number of firefighters: /u);
  assert.match(dispute.text, /Coastline Wire/u);
  assert.match(dispute.text, /North Sea Gazette says around 80 firefighters/u);
  assert.match(dispute.text, /say about 120 firefighters/u);
  assert.equal(dispute.sources.length, 4, 'wire, copy, French article, Gazette');
  for (const s of summary.filter((x) => x.kind === 'what' || x.kind === 'fact')) {
    assert.doesNotMatch(s.text, /\b(120|80) firefighters/u, `stated as a fact: ${s.text}`);
  }
});

test('fixture: single-source claims are labelled with their outlet; syndicated copies count once', () => {
  const { event, articles, idOf } = load(true);
  const summary = summarize(event, articles);
  const singles = summary.filter((s) => s.kind === 'single-source');
  assert.ok(singles.length > 0);
  for (const s of singles) assert.match(s.text, /^Only [^:]+ reports?\b/u);
  assert.ok(singles.some((s) => s.text === 'Only North Sea Gazette reports the estimated damage: 14 million euros.'), 'the single-source fact');
  // Stage 5 marks one of the wire story and its reprint as the copy of the other.
  const copy = articles.find((a) => a.syndicatedFrom !== undefined || a.duplicateOf !== undefined);
  assert.ok(copy !== undefined && [idOf.get('wire'), idOf.get('copy')].includes(copy.id), 'the reprint is found');
  const originOf = (id: ArticleId): ArticleId => (id === copy.id ? (copy.syndicatedFrom ?? copy.duplicateOf ?? id) : id);
  for (const s of summary) assert.notEqual(s.origin?.articleId, copy.id, 'nothing is copied from the syndicated copy');
  // A claim only the wire and its reprint make is single-source (one origin), and names the other outlet.
  for (const s of singles.filter((x) => x.sources.includes(copy.id) && x.origin !== undefined)) assert.match(s.text, /\(also carried by [^)]+\)/u);
  for (const s of summary.filter((x) => x.kind === 'fact')) {
    const origins = new Set(s.sources.map(originOf));
    assert.ok(origins.size >= 2, `a fact needs two independent origins: ${s.text}`);
  }
});

test('fixture: without facts, disputed values are still kept out of the facts (contradiction found by our own alignment)', () => {
  const { event, articles } = load(false);
  const summary = summarize(event, articles);
  assert.ok(summary.length >= 4);
  for (const s of summary.filter((x) => x.kind !== 'single-source')) assert.doesNotMatch(s.text, /\b(120|80) firefighters/u, s.text);
});

test('deterministic: the same summary twice and whatever the order of the articles', () => {
  const { event, articles } = load(true);
  const a = summarize(event, articles);
  assert.deepEqual(summarize(event, articles), a);
  assert.deepEqual(summarize(event, [...articles].reverse()), a);
});

test('word budget and sentence bounds are honoured; bad options are a ParallaxError', () => {
  const { event, articles } = load(true);
  const short = summarize(event, articles, { maxWords: 40 });
  const used = short.map((s) => s.text.split(/\s+/u).length).reduce((x, y) => x + y, 0);
  assert.ok(short.length === 1 || used <= 40, `${String(short.length)} sentences, ${String(used)} words`);
  assert.ok(short.length < summarize(event, articles).length);
  assert.ok(summarize(event, articles, { maxSentences: 5 }).length <= 5);
  for (const bad of [{ maxSentences: 0 }, { minSentences: 5, maxSentences: 4 }, { maxWords: -1 }, { outputLanguage: 'English' }]) {
    assert.throws(() => summarize(event, articles, bad), (e: unknown) => isParallaxError(e) && e.code === 'E_CONFIG');
  }
  assert.deepEqual(summarize(event, []), [], 'no articles of the event: no summary');
});
