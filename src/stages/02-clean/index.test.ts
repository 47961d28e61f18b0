import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, cleanText } from './index.js';
import * as rules from './rules.js';
import { LINE_RULES } from './cascade.js';
import { asArticleId } from '../../model/ids.js';
import type { RawArticle, RemovalReason } from '../../model/article.js';
import { repoRoot } from '../../../test/support/shared.js';
import { cpuNow } from '../../../test/support/cpu.js';

type Doc = { input: string; removed: { text: string; rule: string }[] };
type Fixture = { rule: string; reason: RemovalReason; why: string; removed?: string[]; kept?: string[]; documents?: Doc[] };

const fixtureDir = join(repoRoot, 'test/fixtures/clean');
const fixtures: Fixture[] = readdirSync(join(fixtureDir, 'rules')).sort().map((name) =>
  JSON.parse(readFileSync(join(fixtureDir, 'rules', name), 'utf8')) as Fixture);
const negatives = JSON.parse(readFileSync(join(fixtureDir, 'negatives.json'), 'utf8')) as { documents: Doc[] };

/** Every RemovalReason; `satisfies` plus the exhaustiveness check below keep it equal to the union. */
const REASONS = ['share-prompt', 'disclaimer', 'caption', 'byline', 'date-header', 'related-link', 'navigation', 'promo',
  'cookie-banner', 'comment-prompt', 'source-credit', 'duplicate', 'boilerplate'] as const satisfies readonly RemovalReason[];
const reasonsComplete: Exclude<RemovalReason, (typeof REASONS)[number]> extends never ? true : never = true;
const CONTEXT_RULES = ['RELATED_LIST_AFTER_HEADER', 'DUPLICATE_PARAGRAPH', 'PULL_QUOTE', 'PRESS_RELEASE_ABOUT', 'AUTHOR_TAIL', 'TRAILING_LINK_LABEL'] as const;

// Embeds a line between two article paragraphs (after one sentence, so edge-only rules apply).
const BEFORE = 'Officials met in the capital on Tuesday to discuss the plan.';
const AFTER = 'The talks are expected to continue next week, according to both delegations.';
const embed = (line: string): string => `${BEFORE}\n\n${line}\n\n${AFTER}`;

test('every rule is a named constant in rules.ts and has a fixture with at least one positive', () => {
  const byRule = new Map(fixtures.map((f) => [f.rule, f]));
  const exported = rules as Record<string, unknown>;
  for (const r of LINE_RULES) {
    assert.ok(r.name in exported, `${r.name} is not exported from rules.ts`);
    assert.ok(REASONS.includes(r.reason));
  }
  for (const name of [...LINE_RULES.map((r) => r.name), ...CONTEXT_RULES]) {
    const f = byRule.get(name);
    assert.ok(f !== undefined, `no fixture for ${name}`);
    const positives = (f.removed?.length ?? 0) + (f.documents ?? []).filter((d) => d.removed.some((x) => x.rule === name)).length;
    assert.ok(positives > 0, `fixture for ${name} has no positive example`);
  }
  assert.equal(fixtures.length, LINE_RULES.length + CONTEXT_RULES.length, 'a fixture names a rule that does not exist');
});

for (const f of fixtures) {
  test(`${f.rule} (${f.reason}): ${f.why}`, () => {
    for (const line of f.removed ?? []) {
      const r = cleanText(embed(line));
      assert.deepEqual(r.removed.map((x) => [x.rule, x.reason, x.text]), [[f.rule, f.reason, line]], `should remove: ${line}`);
      assert.equal(r.text, `${BEFORE}\n\n${AFTER}`);
    }
    for (const line of f.kept ?? []) {
      const r = cleanText(embed(line));
      assert.deepEqual(r.removed, [], `should keep: ${line}`);
    }
    for (const d of f.documents ?? []) checkDocument(d);
  });
}

function checkDocument(d: Doc): void {
  const r = cleanText(d.input);
  assert.deepEqual(r.removed.map((x) => ({ text: x.text, rule: x.rule })), d.removed, d.input);
}

test('negative examples: headlines, sub-headings and short articles are kept', () => {
  for (const d of negatives.documents) checkDocument(d);
});

test('every removal reason is one of the RemovalReason union', () => {
  assert.equal(reasonsComplete, true);
  const inputs = fixtures.flatMap((f) => [...(f.removed ?? []).map(embed), ...(f.documents ?? []).map((d) => d.input)]);
  for (const input of inputs) {
    for (const x of cleanText(input).removed) assert.ok(REASONS.includes(x.reason), x.reason);
  }
});

test('idempotent: cleaning cleaned text removes nothing more', () => {
  const inputs = [...fixtures.flatMap((f) => [...(f.removed ?? []), ...(f.kept ?? [])].map(embed)),
    ...fixtures.flatMap((f) => (f.documents ?? []).map((d) => d.input)), ...negatives.documents.map((d) => d.input)];
  for (const input of inputs) {
    const once = cleanText(input);
    const twice = cleanText(once.text);
    assert.deepEqual(twice.removed, [], input);
    assert.equal(twice.text, once.text);
  }
});

test('empty and whitespace-only input give empty text', () => {
  for (const body of ['', ' ', '\n\n\n', ' \t \n \u00a0 \n\r\n']) assert.deepEqual(cleanText(body), { text: '', removed: [] });
});

test('whitespace is normalised inside lines; paragraphs are joined by one blank line', () => {
  const r = cleanText('  The  first\tparagraph  is here.  \r\n\r\n\r\n\u00a0The second\u200b one. \n');
  assert.equal(r.text, 'The first paragraph is here.\n\nThe second one.');
});

test('hard-wrapped prose is joined into one paragraph; a block of separate short lines is split', () => {
  const wrapped = 'The ministers met for two hours in a lakeside hotel on\nFriday and agreed to meet again next week, officials\nsaid.';
  assert.equal(cleanText(wrapped).text, wrapped.replace(/\n/g, ' '));
  const block = 'The ministers met for two hours in a lakeside hotel on Friday.\nShare\nAdvertisement';
  const r = cleanText(block);
  assert.equal(r.text, 'The ministers met for two hours in a lakeside hotel on Friday.');
  assert.deepEqual(r.removed.map((x) => x.reason), ['share-prompt', 'boilerplate']);
});

test('clean() keeps the ingest removals and adds its own', () => {
  const raw: RawArticle = {
    id: asArticleId('a1'), file: 'x.txt', format: 'text', encoding: 'utf-8',
    body: `${BEFORE}\n\nAdvertisement`, removed: [{ text: 'Menu', reason: 'navigation', rule: 'HTML_NAV' }],
  };
  const c = clean(raw);
  assert.equal(c.text, BEFORE);
  assert.deepEqual(c.removed.map((x) => x.rule), ['HTML_NAV', 'ADVERTISING_LABEL']);
  assert.equal('body' in c, false);
});

test('linear time: a 1 MB adversarial line and thousands of paragraphs finish quickly', () => {
  const mb = 1_000_000;
  const hostile = [
    'a'.repeat(mb), ' '.repeat(mb) + 'x', 'Photo: ' + 'a '.repeat(mb / 2), '© ' + '1'.repeat(mb), 'By ' + 'A'.repeat(mb),
    'ab/'.repeat(mb / 3), 'Monday '.repeat(mb / 7), '“'.repeat(mb), 'We use ' + 'x '.repeat(mb / 2) + 'cookie',
    'Share '.repeat(mb / 6), 'one two three four five six\n\n' + '"one two three four five six '.repeat(mb / 30),
  ];
  for (const line of hostile) {
    const t0 = cpuNow();
    cleanText(line);
    const ms = cpuNow() - t0;
    assert.ok(ms < 2000, `${line.slice(0, 20)}… took ${ms.toFixed(0)} ms`);
  }
  const paragraph = 'The ministers met for two hours on Friday and agreed to meet again next week, officials said.';
  const time = (n: number): number => {
    const body = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? `Sub-heading number ${i} for the section` : `${paragraph} (${i})`)).join('\n\n');
    const t0 = cpuNow();
    cleanText(body);
    return cpuNow() - t0;
  };
  time(2000);
  const small = time(2000);
  const large = time(20000);
  assert.ok(large < 2000, `20,000 paragraphs took ${large.toFixed(0)} ms`);
  assert.ok(large < small * 30 + 50, `not linear: 2,000 → ${small.toFixed(1)} ms, 20,000 → ${large.toFixed(1)} ms`);
});

test('each removal records where it stood in the cleaned text (a paragraph boundary)', () => {
  const body = 'Share this article\n\nThe river rose two metres overnight, officials said.\n\nPhoto: J. Doe / CPA\n\nEvacuations continued on Wednesday.\n\nLeave a comment';
  const { text, removed } = cleanText(body);
  assert.equal(removed.length, 3);
  const [first, second, third] = removed;
  assert.equal(first?.at, 0);
  assert.equal(text.slice(second?.at ?? -1).startsWith('Evacuations continued'), true);
  assert.equal(third?.at, text.length);
});
