import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, fromGroups, nmi } from './clustering.js';

const close = (a: number, b: number): void => {
  assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);
};

test('B³ on a hand-computed example', () => {
  // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
  // precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15
  const gold = fromGroups([['a', 'b', 'c'], ['d', 'e']]);
  const predicted = fromGroups([['a', 'b'], ['c', 'd', 'e']]);
  const s = bcubed(predicted, gold);
  close(s.precision, 11 / 15);
  close(s.recall, 11 / 15);
  close(s.f1, 11 / 15);
});

test('B³ extremes: perfect, all singletons, one big cluster', () => {
  const gold = fromGroups([['a', 'b'], ['c']]);
  assert.deepEqual(bcubed(gold, gold), { precision: 1, recall: 1, f1: 1 });
  const singletons = bcubed(fromGroups([['a'], ['b'], ['c']]), gold);
  close(singletons.precision, 1);
  close(singletons.recall, (1 / 2 + 1 / 2 + 1) / 3);
  const lump = bcubed(fromGroups([['a', 'b', 'c']]), gold);
  close(lump.precision, (2 / 3 + 2 / 3 + 1 / 3) / 3);
  close(lump.recall, 1);
});

test('NMI on a hand-computed example', () => {
  // H(G) = H(P) = −(0.6 ln 0.6 + 0.4 ln 0.4) = 0.673012; I = 2·0.4 ln(0.4/0.24) + 0.2 ln(0.2/0.36) = 0.291103
  const gold = fromGroups([['a', 'b', 'c'], ['d', 'e']]);
  const predicted = fromGroups([['a', 'b'], ['c', 'd', 'e']]);
  close(nmi(predicted, gold), 0.2911031660323688 / 0.6730116670092565);
});

test('NMI extremes and label independence', () => {
  const gold = fromGroups([['a', 'b'], ['c', 'd']]);
  close(nmi(fromGroups([['c', 'd'], ['a', 'b']]), gold), 1);
  assert.equal(nmi(fromGroups([['a', 'b', 'c', 'd']]), gold), 0);
  assert.equal(nmi(fromGroups([['a', 'b', 'c', 'd']]), fromGroups([['a', 'b', 'c', 'd']])), 1);
  // Independent partitions share no information.
  close(nmi(fromGroups([['a', 'c'], ['b', 'd']]), gold), 0);
});

test('only items in both clusterings are scored', () => {
  const gold = fromGroups([['a', 'b']]);
  const predicted = fromGroups([['a', 'b'], ['z']]);
  assert.deepEqual(bcubed(predicted, gold), { precision: 1, recall: 1, f1: 1 });
});
