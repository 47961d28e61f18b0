// Tokens: bearer parsing, write/read decisions, and the generated token kept only as a hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../storage/memory/index.js';
import { bearerToken, createAuth, resolveTokens, sha256Hex, WRITE_TOKEN_HASH_SETTING } from './auth.js';

test('bearerToken reads "Bearer <token>" only', () => {
  assert.equal(bearerToken('Bearer abc.DEF-123'), 'abc.DEF-123');
  assert.equal(bearerToken('bearer   tok  '), 'tok');
  assert.equal(bearerToken(undefined), undefined);
  assert.equal(bearerToken('Basic dXNlcjpwYXNz'), undefined);
  assert.equal(bearerToken('Bearer'), undefined);
  assert.equal(bearerToken('Bearer two words'), undefined);
});

test('write tokens (plain or as hashes) write and read; the read token only reads', () => {
  const auth = createAuth({ writeTokens: ['w-token-0123456789'], writeTokenHashes: [sha256Hex('hashed-token-0123456789')], readToken: 'r-token-0123456789' });
  assert.equal(auth.readOpen, false);
  assert.ok(auth.canWrite('w-token-0123456789'));
  assert.ok(auth.canWrite('hashed-token-0123456789'));
  assert.ok(!auth.canWrite('r-token-0123456789'));
  assert.ok(!auth.canWrite('w-token-012345678'), 'a prefix is not the token');
  assert.ok(!auth.canWrite('x'.repeat(10_000)), 'any length compares without throwing');
  assert.ok(!auth.canWrite(undefined));
  assert.ok(auth.canRead('r-token-0123456789') && auth.canRead('w-token-0123456789') && auth.canRead('hashed-token-0123456789'));
  assert.ok(!auth.canRead(undefined) && !auth.canRead('nope'));
  const open = createAuth({});
  assert.ok(open.readOpen && open.canRead(undefined));
  assert.ok(!open.writeEnabled && !open.canWrite(''));
});

test('the first start generates a token and stores only its hash; later starts reuse the hash', async () => {
  const store = createMemoryStore();
  const first = await resolveTokens(store, {});
  assert.ok(first.generated !== undefined && first.generated.length >= 40);
  const stored = await store.getSetting(WRITE_TOKEN_HASH_SETTING);
  assert.equal(stored, sha256Hex(first.generated));
  assert.ok(!stored.includes(first.generated), 'the token itself is not stored');
  const second = await resolveTokens(store, {});
  assert.equal(second.generated, undefined);
  assert.ok(createAuth(second.options).canWrite(first.generated));
  const configured = await resolveTokens(store, { writeTokens: ['configured-token-0123456789'], readToken: 'read-token-0123456789' });
  assert.equal(configured.generated, undefined);
  const auth = createAuth(configured.options);
  assert.ok(auth.canWrite('configured-token-0123456789') && !auth.canWrite(first.generated), 'configured tokens replace the generated one');
  await assert.rejects(resolveTokens(store, { writeTokens: ['short'] }), { code: 'E_CONFIG' });
  await assert.rejects(resolveTokens(store, { readToken: 'has space in it 0123456789' }), { code: 'E_CONFIG' });
});
