import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundaryScore, countBoundaries, detokenise } from './boundaries.js';

test('boundary counts: false splits are FP, false merges FN', () => {
  const s = boundaryScore(countBoundaries([10, 20, 30], [10, 30, 40]));
  assert.deepEqual([s.tp, s.fp, s.fn], [2, 1, 1]);
  assert.equal(s.precision, 2 / 3);
  assert.equal(s.recall, 2 / 3);
});

test('detokenise rebuilds spacing and records gold sentence starts inside paragraphs', () => {
  const d = detokenise([[['Title']], [['He', 'said', '``', 'no', '.', "''"], ['It', "'s", 'over', '(', 'for', 'now', ')', '.']]]);
  assert.equal(d.text, 'Title\n\nHe said "no." It\'s over (for now).');
  assert.deepEqual(d.paragraphStarts, [0, 7]);
  assert.deepEqual(d.boundaries, [d.text.indexOf('It')]);
});
