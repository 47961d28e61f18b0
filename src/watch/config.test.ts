import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { repoRoot } from '../../test/support/shared.js';
import { isParallaxError } from '../errors.js';
import { loadWatchConfig } from './config.js';
import { DEFAULT_FEED_INTERVAL_MINUTES, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, DEFAULT_USER_AGENT } from './rules.js';

const dir = join(repoRoot, 'test/fixtures/watch/config');
const fixture = (name: string) => join(dir, name);

/** The E_CONFIG message for a fixture (fails the test if it loads). */
function errorOf(name: string): string {
  try {
    loadWatchConfig(fixture(name));
  } catch (e) {
    assert.ok(isParallaxError(e) && e.code === 'E_CONFIG', String(e));
    assert.equal(e.input, fixture(name));
    return e.message;
  }
  assert.fail(`${name} should not load`);
}

test('a full config: values kept, paths resolved against the config folder', () => {
  const config = loadWatchConfig(fixture('valid.json'));
  assert.equal(config.db, join(dir, 'watch.db'));
  assert.deepEqual(config.feeds, [
    { url: 'https://news.example.org/rss.xml', intervalMinutes: DEFAULT_FEED_INTERVAL_MINUTES, fetchArticles: 'auto' },
    { url: 'https://harbour-gazette.example/atom', intervalMinutes: 10, outlet: 'Harbour Gazette', fetchArticles: 'always', language: 'fr' },
  ]);
  assert.deepEqual(config.folders, [{ path: join(dir, 'inbox'), intervalMinutes: 2 }]);
  assert.deepEqual(config.fetch, { maxBytes: 2097152, timeoutMs: 5000, maxRedirects: 2, allowPrivate: ['10.1.0.0/16', 'intranet.example'], userAgent: 'parallax-test-agent' });
});

test('a minimal config gets the documented defaults', () => {
  const config = loadWatchConfig(fixture('minimal.json'));
  assert.equal(config.db, undefined);
  assert.deepEqual(config.folders, []);
  assert.deepEqual(config.fetch, { maxBytes: DEFAULT_MAX_BYTES, timeoutMs: DEFAULT_TIMEOUT_MS, maxRedirects: DEFAULT_MAX_REDIRECTS, allowPrivate: [], userAgent: DEFAULT_USER_AGENT });
  assert.equal(config.feeds[0]?.fetchArticles, 'auto');
});

test('wrong values: every problem listed with the file, its JSON path and what is expected', () => {
  const message = errorOf('wrong-types.json');
  assert.match(message, /wrong-types\.json: the watch configuration is invalid:/);
  assert.match(message, /\$\.feeds\[0\]\.url: got "ftp:\/\/files\.example\.org\/feed\.xml"; expected the feed's http:\/\/ or https:\/\/ URL/);
  assert.match(message, /\$\.feeds\[0\]\.intervalMinutes: got 0; expected minutes between two polls of this feed, from 1/);
  assert.match(message, /\$\.feeds\[1\]: "url" is missing; expected the feed's http:\/\/ or https:\/\/ URL/);
  assert.match(message, /\$\.feeds\[1\]\.intervalMinutes: got "often"; expected minutes/);
  assert.match(message, /\$\.feeds\[1\]\.fetchArticles: "sometimes" is not allowed; expected one of "auto", "always", "never"/);
  assert.match(message, /\$\.feeds\[1\]\.language: got "English"; expected a two-letter ISO 639-1 language code/);
  assert.match(message, /\$\.fetch\.maxBytes: got "5MB"; expected the largest response in bytes/);
  assert.match(message, /\$\.fetch\.timeoutMs: got 50; expected the time limit per fetch in milliseconds, from 100/);
  assert.match(message, /\$: unknown setting "folder"; expected only "db", "feeds", "folders", "fetch", "userAgent"/);
});

test('duplicate feeds and bad allow-list entries are named', () => {
  const message = errorOf('duplicate-feeds.json');
  assert.match(message, /\$\.feeds\[1\]\.url: the same feed as feeds\[0\]/);
  assert.match(message, /\$\.fetch\.allowPrivate\[0\]: "10\.0\.0\.0\/99" is not a host name, an IP address or a CIDR range/);
});

test('nothing to watch, bad JSON and a missing file are clear errors', () => {
  assert.match(errorOf('empty.json'), /nothing to watch; expected at least one entry in "feeds" or "folders"/);
  assert.match(errorOf('not-json.json'), /not-json\.json: not valid JSON/);
  assert.match(errorOf('missing.json'), /missing\.json: no such file; create parallax\.config\.json/);
});
