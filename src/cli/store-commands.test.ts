// The store commands (ingest, events, show) through run(), on a SQLite file in a temp folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../test/support/shared.js';
import type { NewsEvent } from '../model/event.js';
import type { EventListItem, Page } from '../storage/store.js';
import type { IngestSummary } from '../service/index.js';
import { EXIT, run } from './main.js';

/** A control character other than newline (what could move the cursor or recolour the terminal). */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 10) || (c >= 127 && c < 160)) return true;
  }
  return false;
}

function capture(): { io: { stdout: (s: string) => void; stderr: (s: string) => void }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: (s) => (out += s), stderr: (s) => (err += s) }, out: () => out, err: () => err };
}

const corpus = join(repoRoot, 'examples/corpus');
let dir = '';
let db = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-store-'));
  db = join(dir, 'news.db');
  const c = capture();
  const code = await run(['ingest', corpus, '--db', db, '--threads', '1'], c.io);
  assert.equal(code, EXIT.ok, c.err());
  assert.match(c.out(), /^47 articles added, 0 replaced, 0 unchanged, 0 rejected\nevents: 11 created, 0 updated, 0 deleted; 9 stories changed\n/u);
  assert.match(c.out(), /47 articles in 11 events/u);
});

after(() => { rmSync(dir, { recursive: true, force: true }); });

test('ingest again: everything unchanged, nothing regrouped (JSON summary)', async () => {
  const c = capture();
  assert.equal(await run(['ingest', corpus, '--db', db, '--threads', '1', '--json'], c.io), EXIT.ok);
  const s = JSON.parse(c.out()) as IngestSummary;
  assert.deepEqual([s.added, s.replaced, s.unchanged, s.eventsCreated.length, s.eventsUpdated.length], [0, 0, 47, 0, 0]);
});

test('ingest: a path that does not exist is a rejection; alone it fails, with --strict beside good input it exits 3', async () => {
  const missing = join(dir, 'no-such-folder');
  const c = capture();
  assert.equal(await run(['ingest', missing, '--db', db], c.io), EXIT.failed);
  assert.match(c.out(), /rejected E_NOT_FOUND/u);
  assert.match(c.err(), /no article could be read/u);
  const strict = capture();
  assert.equal(await run(['ingest', corpus, missing, '--db', db, '--strict', '--threads', '1'], strict.io), EXIT.rejected);
});

test('ingest: an unknown option is a usage error', async () => {
  const c = capture();
  assert.equal(await run(['ingest', corpus, '--bogus'], c.io), EXIT.usage);
});

test('events: a table of the stored events, sorted by size, with paging', async () => {
  const c = capture();
  assert.equal(await run(['events', '--db', db, '--sort', 'size', '--limit', '3'], c.io), EXIT.ok);
  const lines = c.out().split('\n');
  assert.match(lines[0] ?? '', /^event\s+date\s+art\s+src\s+outlets\s+languages\s+title/u);
  const rows = lines.filter((l) => l.startsWith('ev-'));
  assert.equal(rows.length, 3);
  assert.match(rows[0] ?? '', /^ev-[0-9a-f]{16}\s+2026-\d\d-\d\d\s+5\s/u);
  assert.match(c.out(), /events 1–3 of 11 \(more with --offset 3\)/u);
});

test('events: filters by entity, language and date; --json gives the page', async () => {
  const c = capture();
  assert.equal(await run(['events', '--db', db, '--entity', 'lumora', '--json'], c.io), EXIT.ok);
  const page = JSON.parse(c.out()) as Page<EventListItem>;
  assert.equal(page.total, 1);
  assert.match(page.items[0]?.title ?? '', /HaloCharge|Lumora/iu);
  const april = capture();
  assert.equal(await run(['events', '--db', db, '--from', '2026-04-01', '--to', '2026-04-30', '--language', 'es', '--json'], april.io), EXIT.ok);
  const items = (JSON.parse(april.out()) as Page<EventListItem>).items;
  assert.ok(items.length >= 2);
  for (const e of items) {
    assert.ok((e.date ?? '') >= '2026-04-01' && (e.date ?? '') <= '2026-04-30');
    assert.ok(e.languages.includes('es'));
  }
});

test('events: a malformed date fails with the store\'s message; a missing store fails without creating one', async () => {
  const c = capture();
  assert.equal(await run(['events', '--db', db, '--from', '1 April'], c.io), EXIT.failed);
  assert.match(c.err(), /^parallax: .*1 April/mu);
  const missing = join(dir, 'missing.db');
  const m = capture();
  assert.equal(await run(['events', '--db', missing], m.io), EXIT.failed);
  assert.match(m.err(), /no store there; create one with "parallax ingest/u);
  assert.equal(existsSync(missing), false);
  const u = capture();
  assert.equal(await run(['events', '--db', db, '--sort', 'alphabetical'], u.io), EXIT.usage);
});

test('show: one event with its articles, who, quotes and why grouped; --json; unknown id', async () => {
  const list = capture();
  await run(['events', '--db', db, '--sort', 'size', '--limit', '1', '--json'], list.io);
  const id = (JSON.parse(list.out()) as Page<EventListItem>).items[0]?.id as string;
  const c = capture();
  assert.equal(await run(['show', id, '--db', db], c.io), EXIT.ok);
  const out = c.out();
  for (const heading of ['Articles', 'Who and where', 'Why grouped']) assert.match(out, new RegExp(`^${heading}$`, 'mu'));
  assert.match(out, new RegExp(`event ${id} · story st-`, 'u'));
  assert.match(out, /^ {2}\[5\] 2026-/mu);
  assert.match(out, /^ {2}\[\d\] opened the event$/mu);
  assert.match(out, /^ {2}\[2\] with \[\d\]; score \d\.\d\d ≥ \d\.\d\d/mu);
  const j = capture();
  assert.equal(await run(['show', id, '--db', db, '--json'], j.io), EXIT.ok);
  const shown = JSON.parse(j.out()) as { event: NewsEvent; articles: { id: string; outlet: string }[] };
  assert.equal(shown.event.id, id);
  assert.equal(shown.articles.length, 5);
  assert.ok(!('text' in (shown.articles[0] ?? {})));
  const u = capture();
  assert.equal(await run(['show', 'ev-0000000000000000', '--db', db], u.io), EXIT.failed);
  assert.match(u.err(), /no event "ev-0000000000000000" in .*; list the events with "parallax events/u);
});

test('show: control characters in article text never reach the terminal', async () => {
  const folder = join(dir, 'hostile');
  mkdirSync(folder, { recursive: true });
  const esc = '\u001b';
  writeFileSync(join(folder, 'a.txt'), `Harbour cranes ${esc}[31mstopped${esc}[0m at Port Velmar\n\nDockworkers at Port Velmar stopped the cranes on Tuesday, the Velmar Dock Union said. ${esc}]0;pwned\u0007 The union wants higher pay.`);
  const hostileDb = join(dir, 'hostile.db');
  const c = capture();
  assert.equal(await run(['ingest', folder, '--db', hostileDb, '--threads', '1', '--json'], c.io), EXIT.ok, c.err());
  const s = JSON.parse(c.out()) as IngestSummary;
  const id = s.eventsCreated[0] as string;
  const shown = capture();
  assert.equal(await run(['show', id, '--db', hostileDb], shown.io), EXIT.ok);
  assert.match(shown.out(), /Harbour cranes \[31mstopped\[0m at Port Velmar/u);
  assert.equal(hasControl(shown.out()), false);
  const table = capture();
  await run(['events', '--db', hostileDb], table.io);
  assert.equal(hasControl(table.out()), false);
});
