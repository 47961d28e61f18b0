// Acceptance on the five scraped seeds: exactly the non-article lines listed in
// test/fixtures/clean/seeds-noise.json are removed, with the listed reasons; nothing else is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from './index.js';
import { needsShared, repoRoot, seedsDir } from '../../../test/support/shared.js';

type GoldLine = { file: string; line: number; sha1: string; reason: string };
const gold = (JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/clean/seeds-noise.json'), 'utf8')) as { lines: GoldLine[] }).lines;

const fingerprint = (line: string): string => createHash('sha1').update(line.trim().slice(0, 40)).digest('hex');
const key = (g: GoldLine): string => `${g.file}:${String(g.line)}:${g.sha1}:${g.reason}`;

test('seeds: exactly the non-article lines are removed, each with its reason', needsShared(), () => {
  const files = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
  assert.equal(files.length, 5);
  for (const file of files) {
    const body = readFileSync(join(seedsDir, file), 'utf8');
    const lines = body.split('\n');
    const normalised = lines.map((l) => l.replace(/\s+/gu, ' ').trim());
    const used = new Set<number>();
    const got: string[] = [];
    for (const r of cleanText(body).removed) {
      const index = normalised.findIndex((l, i) => l === r.text && !used.has(i));
      assert.ok(index >= 0, `${file}: removed text is not one line of the seed (rule ${r.rule})`);
      used.add(index);
      got.push(key({ file, line: index + 1, sha1: fingerprint(lines[index] ?? ''), reason: r.reason }));
    }
    const expected = gold.filter((g) => g.file === file);
    for (const g of expected) assert.equal(fingerprint(lines[g.line - 1] ?? ''), g.sha1, `${file}:${String(g.line)} changed since the gold was written`);
    assert.deepEqual(got.sort(), expected.map(key).sort(), `${file}: removed lines differ from the gold (an article line removed, or noise kept)`);
  }
});

test('seeds: cleaning cleaned seeds removes nothing more', needsShared(), () => {
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    const once = cleanText(readFileSync(join(seedsDir, file), 'utf8'));
    const twice = cleanText(once.text);
    assert.deepEqual(twice.removed, [], file);
    assert.equal(twice.text, once.text, file);
  }
});
