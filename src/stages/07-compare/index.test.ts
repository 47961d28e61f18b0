// Stage 7 on fictional fixtures (test/fixtures/compare), the example corpus and the seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createEngine, prepareArticle } from '../../engine.js';
import type { Article, RawArticle } from '../../model/article.js';
import type { Fact, NewsEvent, Quote } from '../../model/event.js';
import type { ArticleId, EventId, StoryId } from '../../model/ids.js';
import { createReportValidator } from '../../report/validate.js';
import { needsShared, repoRoot, seedsDir } from '../../../test/support/shared.js';
import { enrichEvent } from '../04-extract/index.js';
import { compareEvent, meaningChanges } from './index.js';

type Fixture = { articles: { id: string; outlet: string; language: string; published: string; text: string; syndicatedFrom?: string }[] };

function loadEvent(name: string): { event: NewsEvent; articles: Article[] } {
  const fx = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'compare', name), 'utf8')) as Fixture;
  const articles = fx.articles.map((f) => {
    const raw: RawArticle = { id: f.id as ArticleId, file: `${f.id}.txt`, format: 'text', encoding: 'utf-8', outlet: f.outlet, published: f.published, declaredLanguage: f.language, body: f.text, removed: [] };
    const p = prepareArticle(raw);
    if ('code' in p) throw new Error(`${name}: ${f.id} rejected`);
    return f.syndicatedFrom === undefined ? p : { ...p, syndicatedFrom: f.syndicatedFrom as ArticleId };
  });
  const skeleton: NewsEvent = {
    id: 'e1' as EventId, storyId: 's1' as StoryId, title: name, articleIds: articles.map((a) => a.id),
    entities: [], quotes: [], facts: [], timeline: [], summary: [], exclusive: [], explanation: [],
  };
  return { event: compareEvent(enrichEvent(skeleton, articles), articles), articles };
}

const factOf = (facts: readonly Fact[], key: string): Fact | undefined => facts.find((f) => f.key === key);
const sideOf = (f: Fact, id: string): number[] => f.values.flatMap((v, i) => (v.articleIds.includes(id as ArticleId) ? [i] : []));

test('durations: "two hours" and "90 minutes" disagree, "less than two hours" fits 90 minutes only; a self-contradiction is on both sides', () => {
  const { event } = loadEvent('durations.json');
  const f = factOf(event.facts, 'min:meeting');
  assert.ok(f, JSON.stringify(event.facts.map((x) => x.key)));
  assert.equal(f.status, 'disputed');
  assert.equal(f.topic, 'duration of the meeting');
  const two = f.values.findIndex((v) => v.low === 120 && v.high === 120);
  const ninety = f.values.findIndex((v) => v.low === 90 && v.high === 90);
  const less = f.values.findIndex((v) => v.low === 0 && v.high === 120);
  assert.ok(two >= 0 && ninety >= 0 && less >= 0, JSON.stringify(f.values));
  assert.deepEqual(f.values[less]?.compatibleWith, [ninety]);
  assert.equal(f.values[two]?.compatibleWith, undefined);
  // a000…2 says both 90 minutes and "two-hour session": it stands on both sides.
  assert.deepEqual(sideOf(f, 'a000000000000002').sort(), [two, ninety].sort());
  // The syndicated copy supports its origin's value and counts once.
  assert.deepEqual([...(f.values.at(less)?.articleIds ?? [])].sort(), ['a000000000000003', 'a000000000000004']);
  assert.equal(f.origins, 3);
  for (const v of f.values) for (const e of v.evidence) assert.ok(e.end > e.start && e.text.length > 0);
});

test('counts: two independent origins agree across languages, a wire copy alone would not; one outlet\'s figure and name are exclusive', () => {
  const { event, articles } = loadEvent('counts.json');
  const killed = factOf(event.facts, 'count:people|dead');
  assert.equal(killed?.status, 'agreed');
  assert.equal(killed.origins, 2);
  assert.deepEqual([...(killed.values[0]?.articleIds ?? [])].sort(), ['b000000000000001', 'b000000000000002', 'b000000000000003']);
  const evacuated = factOf(event.facts, 'count:people|evacuated');
  assert.equal(evacuated?.status, 'agreed');
  // Evidence spans point into the cleaned text.
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const f of event.facts) for (const v of f.values) for (const e of v.evidence) assert.equal(byId.get(e.articleId)?.text.slice(e.start, e.end), e.text);
  const exclusive = event.exclusive.filter((x) => x.articleId === ('b000000000000002' as ArticleId));
  assert.ok(exclusive.some((x) => x.kind === 'entity' && x.text === 'Paolo Brancati'), JSON.stringify(event.exclusive));
  assert.ok(exclusive.some((x) => (x.kind === 'number' || x.kind === 'fact') && x.text.includes('4 millions')), JSON.stringify(event.exclusive));
  assert.ok(!event.exclusive.some((x) => x.articleId === ('b000000000000003' as ArticleId)), 'a copy has nothing of its own');
});

const quote = (variants: [string, string][]): Quote => ({
  speaker: 'Lidia Varenne', text: variants[0]?.[1] ?? '', articleIds: variants.map(([id]) => id as ArticleId),
  variants: variants.map(([id, text]) => ({ articleId: id as ArticleId, text })),
});
const LANG: Record<string, string> = { en1: 'en', en2: 'en', en3: 'en', fr: 'fr', es: 'es', de: 'de' };
const changes = (q: Quote): [string, string, string[]][] => meaningChanges(q, (id) => LANG[id] ?? 'en').map((m) => [m.articleId, m.kind, m.words]);

test('quote variants: a translation that strengthens, weakens, negates or changes a number is flagged against the majority', () => {
  assert.deepEqual(changes(quote([['en1', 'The talks were frank'], ['fr', 'Les discussions ont été très franches'], ['es', 'Las conversaciones fueron francas']])), [['fr', 'strengthened', ['tres']]]);
  assert.deepEqual(changes(quote([['en1', 'We will sign the treaty'], ['en2', 'We will sign the treaty'], ['de', 'Wir könnten den Vertrag unterschreiben']])), [['de', 'weakened', ['konnten']]]);
  assert.deepEqual(changes(quote([['en1', 'The minister criticized the plan'], ['es', 'El ministro criticó el plan'], ['en3', 'The minister rejected the plan']])), [['en3', 'strengthened', ['rejected']]]);
  assert.deepEqual(changes(quote([['en1', 'We did not come to sign anything'], ['es', 'No vinimos a firmar nada'], ['fr', 'Nous sommes venus pour signer']])), [['fr', 'negation', ['not']]]);
  assert.deepEqual(changes(quote([['en1', 'Twelve people are missing'], ['fr', 'Douze personnes sont portées disparues'], ['de', '14 Menschen werden vermisst']])), [['de', 'number', ['14']]]);
  // Rewordings that keep the meaning are not flagged (corpus: "frank and useful" / "frank and productive"; "has stopped" / "nicht mehr").
  assert.deepEqual(changes(quote([['en1', 'The talks were frank and useful, but we are not there yet'], ['en2', 'The talks were frank and productive, but we are not yet there'], ['de', 'Die Gespräche waren offen und nützlich, aber wir sind noch nicht am Ziel']])), []);
  assert.deepEqual(changes(quote([['en1', 'A state that records everything has stopped distinguishing its citizens from suspects'], ['de', 'Ein Staat, der alles aufzeichnet, unterscheidet nicht mehr zwischen Bürgern und Verdächtigen']])), []);
  assert.deepEqual(changes(quote([['en1', 'The fire moves faster than we can attack it'], ['fr', "Le feu avance plus vite que nous ne pouvons l'attaquer"]])), []);
});

test('example corpus: gold disputes come out as disputed facts, and the report validates', async () => {
  const corpus = join(repoRoot, 'examples', 'corpus');
  const report = await analyze(createEngine({ threads: 1 }), [corpus]);
  const validate = createReportValidator();
  const v = validate(report);
  assert.ok(v.valid, v.valid ? '' : v.errors.join('\n'));
  const disputed = report.events.flatMap((e) => e.facts.filter((f) => f.status === 'disputed'));
  const values = (f: Fact): string[] => f.values.map((x) => x.value);
  const has = (pred: (f: Fact) => boolean): boolean => disputed.some(pred);
  assert.ok(has((f) => f.key === 'count:products|recall' && values(f).some((x) => x.includes('1.2')) && values(f).some((x) => x.includes('1,4'))), 'recalled units');
  assert.ok(has((f) => f.key === '%:turnout'), 'turnout 61.2 vs 63');
  assert.ok(has((f) => f.key === 'min:meeting' && f.values.some((x) => x.low === 180 && x.high === 180)), 'three hours vs nearly four');
  assert.ok(disputed.length >= 10, `${String(disputed.length)} disputed facts`);
  const gold = JSON.parse(readFileSync(join(corpus, 'gold.json'), 'utf8')) as { disputes: unknown[] };
  assert.ok(disputed.length <= gold.disputes.length, 'no dispute beyond the gold list');
});

test('seeds: the meeting duration is disputed, with each side\'s sources', needsShared(), async () => {
  const report = await analyze(createEngine({ threads: 1 }), [seedsDir]);
  const event = report.events.find((e) => e.articleIds.length >= 4);
  assert.ok(event);
  const f = event.facts.find((x) => x.key === 'min:meeting');
  assert.equal(f?.status, 'disputed');
  const file = (id: ArticleId): string => report.articles.find((a) => a.id === id)?.file.split('/').pop()?.slice(0, 3) ?? '';
  const sides = f.values.map((v) => ({ low: v.low, high: v.high, files: v.articleIds.map(file).sort() }));
  const two = sides.find((s) => s.low === 120 && s.high === 120);
  const ninety = sides.find((s) => s.low === 90 && s.high === 90);
  const lessThanTwo = sides.find((s) => s.low === 0 && s.high === 120);
  assert.deepEqual(two?.files, ['002', '004'], JSON.stringify(sides));
  assert.deepEqual(ninety?.files, ['004']);
  assert.deepEqual(lessThanTwo?.files, ['000', '001']);
  assert.ok(event.exclusive.length > 0);
});

test('happening: the place and day of the meeting agree across en/fr/es/de; the next meeting\'s place is left out', () => {
  const { event } = loadEvent('happening.json');
  const place = factOf(event.facts, 'place:meeting');
  assert.equal(place?.status, 'agreed', JSON.stringify(event.facts));
  assert.equal(place.kind, 'place');
  assert.equal(place.values.length, 1);
  assert.match(String(place.values[0]?.normalized), /lisbo/u);
  assert.equal(place.values[0]?.articleIds.length, 4);
  for (const e of place.values[0].evidence) assert.ok(/^Lis/u.test(e.text), e.text);
  const day = factOf(event.facts, 'date:meeting');
  assert.equal(day?.status, 'agreed', JSON.stringify(event.facts));
  assert.ok(day.values.every((v) => v.low === '2031-05-09' && v.high === '2031-05-09'), JSON.stringify(day.values));
  assert.ok((day.origins ?? 0) >= 2);
});

test('seeds: the 4-article meeting has an agreed place with several articles, and the duration is still disputed', needsShared(), async () => {
  const report = await analyze(createEngine({ threads: 1 }), [seedsDir]);
  const event = report.events.find((e) => e.articleIds.length >= 4);
  assert.ok(event);
  const agreed = event.facts.filter((f) => f.status === 'agreed' && (f.values[0]?.articleIds.length ?? 0) >= 2);
  assert.ok(agreed.length > 0, JSON.stringify(event.facts.map((f) => [f.key, f.status])));
  const place = agreed.find((f) => f.key === 'place:meeting');
  assert.match(String(place?.values[0]?.normalized), /geneva/u);
  assert.equal(event.facts.find((f) => f.key === 'min:meeting')?.status, 'disputed');
});

test('happening: "talks in Geneva" against "pourparlers à Vienne" is a disputed place; the venue beside its city is no side', () => {
  const { event } = loadEvent('places-disputed.json');
  const place = factOf(event.facts, 'place:meeting');
  assert.equal(place?.status, 'disputed', JSON.stringify(event.facts));
  const sides = place.values.map((v) => [String(v.normalized), [...v.articleIds].sort()]);
  assert.deepEqual(sides.sort(), [
    ['place:geneva', ['p000000000000001', 'p000000000000003', 'p000000000000004']],
    ['place:vienna', ['p000000000000002']],
  ], JSON.stringify(sides));
});
