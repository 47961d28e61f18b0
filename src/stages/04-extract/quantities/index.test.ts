// Quantities: written fixtures per language, the seeds, the corpus disputes gold, pathological inputs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Article } from '../../../model/article.js';
import type { Quantity } from '../../../model/extraction.js';
import { createEngine, analyze } from '../../../engine.js';
import { checkDisputes, corpusArticles } from '../../../../test/eval/suites/quantities.js';
import { needsShared, repoRoot, seedsDir } from '../../../../test/support/shared.js';
import { extractQuantities } from './index.js';
import { parseDigits } from './tokens.js';
import { cpuNow } from '../../../../test/support/cpu.js';

type Expect = Partial<Omit<Quantity, 'high'>> & { text: string; high?: number | null };
type Case = { why: string; text: string; expect: Expect[]; absent?: string[] };
type Fixture = { language: string; cases: Case[] };

const article = (text: string, language: string): Article =>
  ({ text, language, languageSpans: [], paragraphs: [], sentences: [], removed: [] }) as unknown as Article;

function checkCase(c: Case, language: string): void {
  const found = extractQuantities(article(c.text, language));
  const shown = found.map((q) => `${q.text} = ${q.value} [${q.low}, ${q.high ?? '∞'}] ${q.unit} (${q.counted ?? ''})`).join('; ');
  for (const e of c.expect) {
    const q = found.find((x) => x.text === e.text);
    assert.ok(q !== undefined, `${language} "${c.why}": no quantity "${e.text}" in: ${shown}`);
    assert.equal(c.text.slice(q.start, q.end), q.text, 'span and text agree');
    for (const [k, v] of Object.entries(e)) {
      if (k === 'text') continue;
      const got: unknown = (q as Record<string, unknown>)[k];
      if (typeof v === 'number') assert.ok(typeof got === 'number' && Math.abs(got - v) < 1e-6 * Math.max(1, v), `${language} "${e.text}".${k}: ${String(got)} ≠ ${v}`);
      else assert.deepEqual(got ?? null, v, `${language} "${e.text}".${k}`);
    }
  }
  for (const a of c.absent ?? []) {
    const hit = found.find((q) => q.text === a || q.text.split(/[\s,;.]+/u).includes(a));
    assert.equal(hit, undefined, `${language} "${c.why}": "${a}" must not be a quantity (${shown})`);
  }
}

for (const lang of ['en', 'fr', 'es', 'de']) {
  const fixture = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'quantities', `${lang}.json`), 'utf8')) as Fixture;
  for (const c of fixture.cases) test(`quantities ${lang}: ${c.why}`, () => { checkCase(c, fixture.language); });
}

test('digits: separators decided by language and shape', () => {
  assert.equal(parseDigits('1,500', 'en'), 1500);
  assert.equal(parseDigits('1,5', 'en'), 1.5);
  assert.equal(parseDigits('1,500', 'de'), 1.5);
  assert.equal(parseDigits('1.500', 'de'), 1500);
  assert.equal(parseDigits('1.500', 'en'), 1.5);
  assert.equal(parseDigits('100\u202f000', 'fr'), 100000);
  assert.equal(parseDigits('1.234.567,5', 'es'), 1234567.5);
  assert.equal(parseDigits('1,234,567.5', 'en'), 1234567.5);
  assert.equal(parseDigits('1,2,3', 'en'), undefined);
});

type SeedExpect = { file: string; text: string; value: number; low: number; high?: number; unit: string; approximate?: boolean };
const SEEDS: SeedExpect[] = [
  { file: '000', text: 'a little less than two hours', value: 120, low: 0, high: 120, unit: 'min', approximate: false },
  { file: '001', text: 'less than two hours', value: 120, low: 0, high: 120, unit: 'min' },
  { file: '002', text: 'two hours', value: 120, low: 120, high: 120, unit: 'min' },
  { file: '004', text: 'an hour and a half', value: 90, low: 90, high: 90, unit: 'min' },
  { file: '004', text: 'two-hour', value: 120, low: 120, high: 120, unit: 'min' },
  { file: '003', text: 'eight-hour', value: 480, low: 480, high: 480, unit: 'min' },
  { file: '002', text: 'some 100,000 soldiers', value: 100000, low: 90000, high: 110000, unit: 'person', approximate: true },
  { file: '003', text: 'nearly 100,000 men', value: 100000, low: 90000, high: 100000, unit: 'person', approximate: true },
  { file: '001', text: 'more than 13,000 dead', value: 13000, low: 13000, unit: 'person' },
  { file: '000', text: 'tens of thousands of troops', value: 55000, low: 20000, high: 90000, unit: 'person', approximate: true },
  { file: '001', text: '14', value: 14, low: 14, high: 14, unit: '' },
];

test('seeds: durations, troops, dead, countries', needsShared(), async () => {
  const report = await analyze(createEngine(), [seedsDir]);
  for (const s of SEEDS) {
    const a = report.articles.find((x) => x.file.includes(`${s.file}_`));
    assert.ok(a !== undefined, `seed ${s.file}`);
    const qs = a.extraction?.quantities ?? [];
    const q = qs.find((x) => x.text === s.text && x.value === s.value);
    assert.ok(q !== undefined, `seed ${s.file}: "${s.text}" not in ${qs.map((x) => x.text).join(' | ')}`);
    assert.equal(q.low, s.low);
    assert.equal(q.high, s.high);
    assert.equal(q.unit, s.unit);
    if (s.approximate !== undefined) assert.equal(q.approximate, s.approximate);
  }
  const countries = report.articles.find((x) => x.file.includes('001_'))?.extraction?.quantities.find((q) => q.value === 14);
  assert.equal(countries?.counted, 'countries');
});

test('corpus disputes: every gold value is found with its unit', async () => {
  const { checks } = checkDisputes(await corpusArticles(), extractQuantities);
  const misses = checks.filter((c) => !c.found).map((c) => `${c.gold} (${c.expected.value} ${c.expected.unit}) in ${c.article}`);
  assert.deepEqual(misses, []);
  assert.ok(checks.length >= 70, `${checks.length} checks`);
});

test('pathological inputs finish in linear time', () => {
  const inputs = [
    'word '.repeat(40_000),
    '1,'.repeat(50_000),
    '1 000 '.repeat(30_000),
    '"'.repeat(10_000) + 'about 5 hours',
    'dozens of '.repeat(20_000),
    '🙂 مرحبا 12 ‏שלום 3 % '.repeat(8_000),
    'between 1 and 2 and 3 and 4 '.repeat(8_000),
    'zweiundzwanzigtausenddreihundert'.repeat(2_000),
  ];
  for (const text of inputs) {
    for (const lang of ['en', 'de']) {
      const t = cpuNow();
      extractQuantities(article(text, lang));
      const ms = cpuNow() - t;
      assert.ok(ms < 3000, `${text.slice(0, 20)}… (${text.length} chars, ${lang}) took ${ms.toFixed(0)} ms`);
    }
  }
});
