import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as parallax from './index.js';
import { repoRoot } from '../test/support/shared.js';

test('the public API analyses the example corpus, validates and renders the report', async () => {
  const engine = parallax.createEngine({ now: () => new Date('2026-11-25T00:00:00Z'), threads: 1 });
  const report = await parallax.analyze(engine, [join(repoRoot, 'examples', 'corpus')]);
  assert.equal(report.schemaVersion, parallax.SCHEMA_VERSION);
  assert.deepEqual(parallax.createReportValidator()(report), { valid: true });
  assert.equal(report.events.length, 11);
  assert.match(parallax.renderText(report), /47 articles → 11 events in 9 stories/);
  assert.match(parallax.renderHtml(report), /<!doctype html>/);
  assert.equal(typeof parallax.createStreamClusterer, 'function');
  assert.equal(typeof parallax.createDedupIndex, 'function');
  assert.throws(() => parallax.parseCorrections('{', 'c.json'), (e: unknown) => e instanceof parallax.ParallaxError && e.code === 'E_CORRECTIONS');
});
