import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../../engine.js';
import type { Article } from '../../../model/article.js';
import { asArticleId } from '../../../model/ids.js';
import { ingest } from '../../01-ingest/index.js';
import { clean } from '../../02-clean/index.js';
import { annotate } from '../../03-language/index.js';
import { needsShared, repoRoot, seedsDir } from '../../../../test/support/shared.js';
import { extractEntities, mergeEntities } from './index.js';
import { tokenize } from './mentions.js';
import { WORD_PATTERN } from './rules.js';
import { cpuNow } from '../../../../test/support/cpu.js';

type Expect = { name: string; type?: string; aliases?: string[]; roles?: string[]; mentions?: number };
type Case = { rule: string; language: string; text: string; expect: Expect[]; absent?: string[] };
const fixtures = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'entities', 'cases.json'), 'utf8')) as { cases: Case[] };

function article(id: string, text: string, language: string): Article {
  return {
    id: asArticleId(id), file: `${id}.txt`, format: 'text', encoding: 'utf-8', text, removed: [], language,
    languageSpans: [], paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }],
  };
}

const withEntities = (a: Article): Article => ({ ...a, extraction: { entities: extractEntities(a), quotes: [], quantities: [], dates: [] } });

for (const c of fixtures.cases) {
  test(`entities fixture: ${c.rule}`, () => {
    const found = extractEntities(article('a1', c.text, c.language));
    const names = found.map((e) => e.name);
    for (const x of c.expect) {
      const e = found.find((f) => f.name === x.name);
      assert.ok(e, `${x.name} not found in ${JSON.stringify(names)}`);
      if (x.type !== undefined) assert.equal(e.type, x.type, `${x.name}: type`);
      for (const alias of x.aliases ?? []) assert.ok(e.aliases.includes(alias), `${x.name}: alias ${alias} in ${JSON.stringify(e.aliases)}`);
      for (const role of x.roles ?? []) assert.ok(e.roles.includes(role), `${x.name}: role ${role} in ${JSON.stringify(e.roles)}`);
      if (x.mentions !== undefined) assert.equal(e.mentions.length, x.mentions, `${x.name}: mentions`);
      for (const m of e.mentions) assert.equal(c.text.slice(m.start, m.end), m.text, 'mention spans point into the text');
    }
    for (const a of c.absent ?? []) assert.ok(!found.some((e) => e.name === a || e.aliases.includes(a)), `${a} must not be an entity: ${JSON.stringify(names)}`);
  });
}

test('mergeEntities: spelling variants and surnames merge; two people sharing a surname without evidence do not', () => {
  const a = withEntities(article('a1', 'Foreign Minister Sergei Volkan met Anna Berg in Geneva. Volkan said little.', 'en'));
  const b = withEntities(article('a2', 'Sergey Volkán and Peter Berg spoke on Friday. Volkán left early.', 'en'));
  const c = withEntities(article('a3', 'Ministre Sergei Volkan et Peter Berg se sont parlé.', 'fr'));
  const merged = mergeEntities([a, b, c]);
  const volkan = merged.find((e) => e.name === 'Sergei Volkan');
  assert.ok(volkan, JSON.stringify(merged));
  assert.deepEqual([...volkan.aliases].sort(), ['Sergey Volkán', 'Volkan', 'Volkán']);
  assert.equal(volkan.type, 'person');
  assert.equal(volkan.articleIds.length, 3);
  assert.equal(merged[0]?.name, 'Sergei Volkan', 'sorted by number of articles');
  const bergs = merged.filter((e) => e.name.endsWith('Berg'));
  assert.deepEqual(bergs.map((e) => e.name).sort(), ['Anna Berg', 'Peter Berg'], 'Anna and Peter Berg stay apart');
});

test('mergeEntities: a lone surname shared by two full names stays apart from both', () => {
  const a = withEntities(article('a1', 'Anna Berg met Peter Berg. Berg said nothing.', 'en'));
  const merged = mergeEntities([a]);
  assert.ok(!merged.some((e) => e.name.includes('Berg') && e.aliases.includes('Berg') && e.name !== 'Berg'), JSON.stringify(merged));
});

test('mergeEntities: generic words of organization and place names compare across languages (GENERIC_NAME_WORDS, ti→ci)', () => {
  const en = withEntities(article('a1', 'The Bank of Morvania met at the Palais Lindenwald. The National Assembly of Morvania approved.', 'en'));
  const es = withEntities(article('a2', 'El Banco de Morvania se reunió en el Palacio Lindenwald. La Asamblea Nacional aprobó.', 'es'));
  const merged = mergeEntities([en, es]);
  const forms = (name: string): string[] => { const e = merged.find((x) => x.name === name || x.aliases.includes(name)); return e ? [e.name, ...e.aliases].sort() : []; };
  assert.deepEqual(forms('Bank of Morvania'), ['Banco de Morvania', 'Bank of Morvania']);
  assert.deepEqual(forms('Palais Lindenwald'), ['Palacio Lindenwald', 'Palais Lindenwald']);
});

test('tokenize scans the words WORD_PATTERN describes (accents, marks, digits, joiners, emoji, RTL, astral letters)', () => {
  const text = 'Volódin met co-operation 2x4 chiefs in Zürich 😀 مرحبا שלום o\'clock 𝒜lpha naïve e\u0301te -dash- ’quoted’ G7 ok';
  assert.deepEqual(tokenize(text).map((w) => [w.start, w.text]), [...text.matchAll(WORD_PATTERN)].map((m) => [m.index, m[0]]));
});

test('mergeEntities: corporate legal forms are dropped from keys; an acronym joins the one name whose initials spell it', () => {
  const a = withEntities(article('a1', 'The deal with Veltrano Motors LLC was signed by Northern Fisheries Council officials on Monday.', 'en'));
  const b = withEntities(article('a2', 'Shares of Veltrano Motors rose; the NFC welcomed it.', 'en'));
  const merged = mergeEntities([a, b]);
  const holding = (f: string): string | undefined => merged.find((e) => e.name === f || e.aliases.includes(f))?.name;
  assert.equal(holding('Veltrano Motors LLC'), holding('Veltrano Motors'));
  assert.equal(holding('NFC'), holding('Northern Fisheries Council'));
});

test('mergeEntities: a referent is "other" only when no article typed it', () => {
  const en = withEntities(article('a1', 'Officials met on Monday in Morvania. Morvania has asked for help.', 'en'));
  const fr = withEntities(article('a2', 'Morvania a demandé de l’aide. Morvania attend.', 'fr'));
  const e = mergeEntities([en, fr]).find((x) => x.name === 'Morvania');
  assert.equal(e?.type, 'place');
});

test('entities: linear time on pathological input', () => {
  const inputs = [
    'word '.repeat(40_000),
    'Capital '.repeat(25_000),
    '"'.repeat(10_000) + ' Anna Berg ' + '«'.repeat(5_000),
    'Ministre de la Défense '.repeat(8_000),
    '😀 مرحبا Anna Berg שלום '.repeat(5_000),
  ];
  for (const text of inputs) {
    const t = cpuNow();
    extractEntities(article('p', text, 'en'));
    extractEntities(article('p', text, 'de'));
    assert.ok(cpuNow() - t < 4000, `took ${(cpuNow() - t).toFixed(0)} ms on ${text.slice(0, 20)}…`);
  }
});

test('seeds: the 21 January event merges Lavrov, Blinken, NATO; Biden and Putin stay two people', needsShared(), async () => {
  const files = ['000_f8f2cb6c4f03a1c3.txt', '001_45036f24f14a3676.txt', '002_9023cf1be5701ee8.txt', '004_351ad3404f9b33a8.txt'];
  const load = async (names: string[]): Promise<Article[]> => {
    const { articles } = await ingest(names.map((f) => join(seedsDir, f)), {}, createEngine().ctx);
    return articles.map((r) => withEntities(annotate(clean(r))));
  };
  const merged = mergeEntities(await load(files));
  const holding = (form: string): (typeof merged)[number] | undefined => merged.find((e) => e.name === form || e.aliases.includes(form));
  const lavrov = holding('Sergei Lavrov');
  assert.ok(lavrov);
  assert.equal(lavrov.type, 'person');
  for (const f of ['Sergey Lavrov', 'Lavrov']) assert.equal(holding(f), lavrov, f);
  const blinken = holding('Antony Blinken');
  assert.ok(blinken);
  for (const f of ['Anthony Blinken', 'Blinken']) assert.equal(holding(f), blinken, f);
  const biden = holding('Joe Biden');
  const putin = holding('Vladimir Putin');
  assert.ok(biden && putin && biden !== putin);
  assert.equal(biden.type, 'person');
  assert.equal(putin.type, 'person');
  assert.ok(!merged.some((e) => [e.name, ...e.aliases].some((f) => /Biden Y|Y Vladimir/u.test(f))));
  const nato = holding('NATO');
  assert.ok(nato);
  assert.equal(nato.type, 'organization');
  assert.equal(holding('North Atlantic Treaty Organization'), nato);
  assert.equal(holding('Bulgaria')?.type, 'place');
  assert.equal(holding('Romania')?.type, 'place');
  const january10 = (await load(['003_501a3992093d64a5.txt']))[0];
  const names = (january10?.extraction?.entities ?? []).flatMap((e) => [e.name, ...e.aliases]);
  assert.ok(names.some((n) => n.includes('Riabkov')), JSON.stringify(names));
  assert.ok(names.some((n) => n.includes('Sherman')), JSON.stringify(names));
});

test('EMPLOYER_PREPOSITIONS: a name after "a spokesperson for" is the employer, never a person', () => {
  const text = 'A spokesperson for Velmar Freight declined to comment. An advisory board member for Harbour Watch Now, Ida Prell, said the port was safe.';
  const found = extractEntities(article('a1', text, 'en'));
  assert.deepEqual(found.filter((e) => e.type === 'person').map((e) => e.name), ['Ida Prell']);
});
