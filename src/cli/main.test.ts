import { test } from 'node:test';
import assert from 'node:assert/strict';
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
