import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createEngine } from '../../../engine.js';
import { ingest } from '../../01-ingest/index.js';
import { clean } from '../../02-clean/index.js';
import type { Article, CleanArticle } from '../../../model/article.js';
import type { ArticleId } from '../../../model/ids.js';
import { annotate } from '../../03-language/index.js';
import { needsShared, repoRoot, seedsDir } from '../../../../test/support/shared.js';
import { extractQuotes, mergeQuotes } from './index.js';
import { cpuNow } from '../../../../test/support/cpu.js';

type Case = { why: string; text: string; quotes: { text: string; speaker?: string; indirect: boolean; parts?: number }[] };
const cases = (JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'quotes', 'cases.json'), 'utf8')) as { cases: Case[] }).cases;

const article = (text: string, id = 'a1'): Article => {
  const clean: CleanArticle = { id: id as ArticleId, file: id, format: 'text', encoding: 'utf-8', text, removed: [] };
  return annotate(clean);
};

for (const c of cases) {
  test(`quotes fixture: ${c.why}`, () => {
    const got = extractQuotes(article(c.text), []);
    assert.equal(got.length, c.quotes.length, JSON.stringify(got));
    c.quotes.forEach((want, i) => {
      const q = got[i];
      assert.ok(q !== undefined);
      assert.equal(q.text, want.text);
      assert.equal(q.indirect, want.indirect);
      assert.equal(q.speaker, want.speaker);
      if (want.parts !== undefined) assert.equal(q.parts.length, want.parts);
      for (const p of q.parts) assert.ok(p.start >= 0 && p.end <= c.text.length);
    });
  });
}

test('mergeQuotes: a shorter translation of one sentence of a longer quote is its variant (QUOTE_SENTENCE_BREAK)', () => {
  const withQuotes = (a: Article): Article => ({ ...a, extraction: { entities: [], quotes: extractQuotes(a, []), quantities: [], dates: [] } });
  const en = withQuotes({ ...article('“Safety comes first for us. We ask every customer to return the heater at once,” Omar Feld said.', 'en1'), language: 'en' });
  const de = withQuotes({ ...article('„Sicherheit geht für uns vor“, sagte Omar Feld.', 'de1'), language: 'de' });
  const merged = mergeQuotes([en, de], []);
  assert.equal(merged.length, 1, JSON.stringify(merged));
  assert.equal(merged[0]?.variants.length, 2);
});

test('mergeQuotes: a speaker written as an alias (an acronym) gets its entity\'s name; a quote nobody is given stays unattributed', () => {
  const text = '“The strait stays open,” the VMA said. “Ships will be late.”';
  const base = { ...article(text, 'en1'), language: 'en' };
  const [first, second] = extractQuotes(base, []);
  assert.ok(first !== undefined && second !== undefined);
  const quotes = [{ ...first, speaker: 'VMA' }, { ...second, speaker: undefined }].map(({ speaker, ...q }) => (speaker === undefined ? q : { ...q, speaker }));
  const a: Article = { ...base, extraction: { entities: [], quotes, quantities: [], dates: [] } };
  const entities = [{ name: 'Velmar Maritime Authority', type: 'organization' as const, aliases: ['VMA'], articleIds: [a.id] }];
  const merged = mergeQuotes([a], entities);
  assert.deepEqual(merged.map((q) => q.speaker), ['Velmar Maritime Authority', ''], JSON.stringify(merged));
});

test('pathological inputs finish in linear time', () => {
  const inputs = ['a'.repeat(200_000), '“'.repeat(10_000), '"x '.repeat(10_000), '« '.repeat(5000) + 'said he ' + '» '.repeat(5000),
    ('שלום 😀 “مرحبا” said Ana Lin ‘x’ ').repeat(3000)];
  for (const text of inputs) {
    const t = cpuNow();
    extractQuotes(article(text), []);
    assert.ok(cpuNow() - t < 3000, `took ${String(cpuNow() - t)} ms`);
  }
});

test('seeds: speakers and variants (21 January and 10 January articles)', needsShared(), async () => {
  // stages 1–3 here, quotes on their own: the seeds' speakers must resolve from names alone (no entities)
  const { articles: raws } = await ingest([seedsDir], {}, createEngine({ threads: 1 }).ctx);
  const articles = raws.map((raw) => {
    const a = annotate(clean(raw));
    return { ...a, extraction: { entities: [], quotes: extractQuotes(a, []), quantities: [], dates: [] } };
  });
  const byFile = (name: string): Article => {
    const a = articles.find((x) => x.file.endsWith(name));
    assert.ok(a !== undefined, name);
    return a;
  };
  const riabkov = (byFile('003_501a3992093d64a5.txt').extraction?.quotes ?? []).filter((q) => q.text.startsWith('We explained') || q.text.startsWith('We have the impression'));
  assert.ok(riabkov.length >= 2);
  for (const q of riabkov) assert.match(q.speaker ?? '', /Riabkov/u);
  const lungescu = (byFile('004_351ad3404f9b33a8.txt').extraction?.quotes ?? []).filter((q) => q.text.includes('NATO remains vigilant') || q.text.includes('first-class'));
  assert.ok(lungescu.length >= 2);
  for (const q of lungescu) assert.match(q.speaker ?? '', /Lungescu/u);
  // "The head of American diplomacy asked Russia … “A good way …,” he insisted.": the pronoun is the earlier subject's, not Lavrov (the nearest name)
  const goodWay = (byFile('000_f8f2cb6c4f03a1c3.txt').extraction?.quotes ?? []).find((q) => q.text.startsWith('A good way'));
  assert.match(goodWay?.speaker ?? '', /Blinken/u);
  const january21 = ['000_f8f2cb6c4f03a1c3.txt', '001_45036f24f14a3676.txt', '002_9023cf1be5701ee8.txt', '004_351ad3404f9b33a8.txt'].map(byFile);
  const merged = mergeQuotes(january21, []);
  const frank = merged.filter((q) => q.variants.some((v) => /frank and substantial/u.test(v.text)));
  assert.equal(frank.length, 1);
  assert.ok((frank[0]?.articleIds.length ?? 0) >= 3);
  assert.ok(frank[0]?.variants.some((v) => v.text === 'frank and substantive'));
  assert.match(frank[0]?.speaker ?? '', /Blinken/u);
  const track = merged.filter((q) => q.variants.some((v) => v.text.includes('know if we are on the right track')));
  const [lavrov, ...others] = track;
  assert.ok(lavrov !== undefined && others.length === 0);
  assert.equal(lavrov.articleIds.length, 2);
  assert.match(lavrov.speaker, /Lavrov/u);
});
