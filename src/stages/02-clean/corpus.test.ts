// Acceptance on the example corpus (examples/corpus/gold.json `noise`), through ingest → clean:
// every gold noise line is removed, with its gold reason, and every line stage 2 removes is gold
// noise. Matching (whitespace-normalised text; ingest's markup-level removals count; a line that
// ingest joined from several gold lines) and the one reason equivalence are shared with the
// `cleaning` eval suite, so the test and the figures cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REASON_EQUIVALENCES, scoreCorpus } from '../../../test/eval/suites/cleaning.js';

test('corpus: every gold noise line is removed, with its gold reason', async () => {
  const { lines } = await scoreCorpus();
  assert.equal(lines.length, 148);
  const kept = lines.filter((l) => l.by === undefined).map((l) => `${l.gold.article}: ${l.gold.text}`);
  assert.deepEqual(kept, [], 'gold noise kept in the article text');
  const wrong = lines.filter((l) => !l.reasonOk).map((l) => `${l.gold.text}: gold ${l.gold.reason}, got ${l.removal?.reason ?? '?'} (${l.removal?.rule ?? '?'})`);
  assert.deepEqual(wrong, [], 'removed with another reason');
});

test('corpus: every line stage 2 removes is gold noise (no article text removed)', async () => {
  const { removals } = await scoreCorpus();
  const extra = removals.filter((r) => !r.gold).map((r) => `${r.article}: ${r.removal.text} (${r.removal.rule})`);
  assert.deepEqual(extra, []);
});

test('corpus: the reason equivalences are few and each says why', () => {
  assert.ok(REASON_EQUIVALENCES.length <= 1);
  for (const e of REASON_EQUIVALENCES) assert.ok(e.why.length > 20);
});
