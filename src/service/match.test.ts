import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchByOverlap, sameMembers } from './match.js';

test('matchByOverlap: the largest overlap takes the id; a group whose best id is taken gets none', () => {
  const previous = new Map([['ev-a', ['1', '2', '3']], ['ev-b', ['4', '5']]]);
  // Group 1 shares two members with ev-a (and one with ev-b), group 0 one with ev-a.
  const got = matchByOverlap([['1', '9'], ['2', '3', '4']], previous);
  assert.deepEqual([...got], [[1, 'ev-a']]);
});

test('matchByOverlap: a grown event keeps its id, a split keeps it on the larger part', () => {
  const previous = new Map([['ev-x', ['1', '2', '3', '4']]]);
  assert.deepEqual([...matchByOverlap([['1', '2', '3', '4', '5']], previous)], [[0, 'ev-x']]);
  assert.deepEqual([...matchByOverlap([['1'], ['2', '3', '4']], previous)], [[1, 'ev-x']]);
});

test('matchByOverlap: ties go to the smaller previous id, then the earlier group', () => {
  const previous = new Map([['ev-b', ['1']], ['ev-a', ['2']]]);
  assert.deepEqual([...matchByOverlap([['1', '2']], previous)], [[0, 'ev-a']]);
  assert.deepEqual([...matchByOverlap([['1'], ['1']], new Map([['ev-a', ['1']]]))], [[0, 'ev-a']]);
});

test('sameMembers ignores order and sees a missing or extra member', () => {
  assert.equal(sameMembers(['a', 'b'], ['b', 'a']), true);
  assert.equal(sameMembers(['a', 'b'], ['a', 'c']), false);
  assert.equal(sameMembers(['a'], ['a', 'b']), false);
});
