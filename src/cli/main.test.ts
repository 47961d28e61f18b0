import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../test/support/shared.js';
import type { Report } from '../model/report.js';
import { run, EXIT } from './main.js';

function capture(): { io: { stdout: (s: string) => void; stderr: (s: string) => void }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: (s) => (out += s), stderr: (s) => (err += s) }, out: () => out, err: () => err };
}

test('--help shows the analyze command and examples', async () => {
  const c = capture();
  const code = await run(['analyze', '--help'], c.io);
  assert.equal(code, EXIT.ok);
  assert.match(c.out(), /--no-meta/);
  assert.match(c.out(), /Examples:/);
});

test('an unknown option is a usage error', async () => {
  const c = capture();
  assert.equal(await run(['analyze', 'x', '--bogus'], c.io), EXIT.usage);
  assert.match(c.err(), /unknown option/);
});

test('no arguments prints help and exits with the usage code', async () => {
  const c = capture();
  assert.equal(await run([], c.io), EXIT.usage);
  assert.match(c.out() + c.err(), /analyze/);
});

test('--threads must be a positive integer', async () => {
  const c = capture();
  assert.equal(await run(['analyze', 'x', '--threads', '0'], c.io), EXIT.usage);
  assert.match(c.err(), /positive integer/);
});

const corpus = join(repoRoot, 'examples/corpus');
const correctionsFixture = (name: string): string => join(repoRoot, 'test/fixtures/corrections', name);

test('--corrections: a malformed file fails with a message naming the file and the entry', async () => {
  const c = capture();
  const file = correctionsFixture('malformed.json');
  assert.equal(await run(['analyze', corpus, '--corrections', file, '--quiet', '--threads', '1'], c.io), EXIT.failed);
  assert.match(c.err(), /malformed\.json: corrections\[1\]\.article: "ev-221d31946736cf92" is an event or story id/u);
});

test('--corrections: unknown ids are a warning on stderr, the rest is applied', async () => {
  const out = mkdtempSync(join(tmpdir(), 'parallax-corrections-'));
  try {
    const c = capture();
    const code = await run(['analyze', corpus, '--corrections', correctionsFixture('unknown-ids.json'), '--quiet', '--threads', '1', '--out', out], c.io);
    assert.equal(code, EXIT.ok);
    assert.match(c.err(), /warning: .*unknown-ids\.json: 2 article id\(s\) not found in this run .*a0000000000000001, affffffffffffff2/u);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    const split = report.events.find((e) => e.explanation.some((a) => a.correction === 'split'));
    assert.equal(split?.articleIds.length, 1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
