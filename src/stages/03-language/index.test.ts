import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './index.js';
import { asArticleId } from '../../model/ids.js';

test('annotate keeps the cleaned text', () => {
  const a = annotate({ id: asArticleId('x'), file: 'x.txt', format: 'text', encoding: 'utf-8', text: 'Hello.', removed: [] });
  assert.equal(a.text, 'Hello.');
});
