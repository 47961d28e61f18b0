// The web pages over HTTP (no browser): the example corpus ingested through the service into a
// memory store, the web app on its own. What a browser test would be slow to cover: every
// citation resolves, escaping of a hostile article on every page, sessions, CSRF and forms.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { seededStore } from '../http/testing.js';
import { createAuth } from '../http/auth.js';
import type { RawArticle } from '../model/article.js';
import type { Service } from '../service/service.js';
import { articleId } from '../stages/01-ingest/normalize.js';
import type { EventListItem, Store } from '../storage/store.js';
import { CSS_ASSET, JS_ASSET } from './assets.js';
import { WEB_CSP, createWebApp } from './index.js';
import { csrfToken, localPath } from './session.js';

const TOKEN = 'web-test-editor-token-0123456789';
const HOST = 'http://parallax.test';
const PAYLOAD = `</style><script>alert('t')</script><img src=x onerror=alert(1)>`;

const hostileBody = `Fire crews contained a warehouse fire in Velmora on Monday, the fire service said. ${PAYLOAD}\n\n"</style><style>body{display:none}</style> We were lucky," said fire chief Anja Ortiz <b onmouseover=alert(2)>.`;
const hostile: RawArticle = {
  id: articleId(hostileBody),
  file: 'hostile.txt',
  format: 'text',
  encoding: 'utf-8',
  url: 'javascript:alert(3)',
  outlet: `<svg onload=alert(4)>Velmora Bugle`,
  title: `${PAYLOAD} Warehouse fire in Velmora`,
  published: '2026-07-20',
  body: hostileBody,
  removed: [{ text: '<a href="javascript:alert(5)">Share</a>', reason: 'share-prompt', rule: 'TEST' }],
};

/** Every inline script, handler attribute, javascript: URL or unescaped payload in a page. */
function injections(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) if (!/src="\/assets\/app\.js\?v=/.test(m[0])) found.push(m[0]);
  // Attribute names outside quoted values (escaping turns every " in a value into &quot;).
  for (const m of html.matchAll(/<[a-z][^>]*>/gi)) if (/\son[a-z]+\s*=/i.test(m[0].replace(/"[^"]*"/g, '""'))) found.push(m[0]);
  for (const m of html.matchAll(/(href|src)\s*=\s*["']?\s*javascript:/gi)) found.push(m[0]);
  for (const m of html.matchAll(/<style\b|\sstyle\s*=/gi)) found.push(m[0]);
  if (html.includes(PAYLOAD)) found.push('raw payload');
  return found;
}

describe('web pages', () => {
  let app: Hono;
  let store: Store;
  let service: Service;
  let largest: EventListItem;
  const get = async (path: string, headers: Record<string, string> = {}): Promise<{ status: number; html: string; res: Response }> => {
    const res = await app.request(HOST + path, { headers });
    return { status: res.status, html: await res.text(), res };
  };
  const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> =>
    Promise.resolve(app.request(HOST + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: HOST, 'sec-fetch-site': 'same-origin', ...headers }, body: new URLSearchParams(form).toString() }));

  before(async () => {
    ({ store, service } = await seededStore());
    const summary = await service.ingestRaw([hostile]);
    assert.equal(summary.added, 1);
    app = createWebApp({ store, service, auth: createAuth({ writeTokens: [TOKEN] }), log: () => undefined });
    const first = (await store.listEvents({ sort: 'size', limit: 1 })).items[0];
    assert.ok(first !== undefined);
    largest = first;
  });

  test('the list shows every event with a strict CSP; bad filters are named, not fatal', async () => {
    const { status, html, res } = await get('/');
    assert.equal(status, 200);
    assert.equal(res.headers.get('content-security-policy'), WEB_CSP);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const all = await store.listEvents({ limit: 500 });
    assert.equal([...html.matchAll(/<li><h2><a href="\/events\//g)].length, all.total);
    const bad = await get('/?from=2026-02-30&language=x1&to=2026-01-01&page=-3');
    assert.equal(bad.status, 200);
    assert.match(bad.html, /&quot;2026-02-30&quot; is not a date/);
    assert.match(bad.html, /&quot;x1&quot; is not a language code/);
    const filtered = await get('/?language=es&sort=size');
    const es = await store.listEvents({ language: 'es', sort: 'size', limit: 20 });
    assert.deepEqual([...filtered.html.matchAll(/<li><h2><a href="\/events\/([^"]+)"/g)].map((m) => m[1]), es.items.map((e) => e.id));
  });

  test('every citation on every event page has its evidence mark on the page', async () => {
    const all = await store.listEvents({ limit: 500 });
    let citations = 0;
    for (const e of all.items) {
      const { html } = await get(`/events/${e.id}`);
      const targets = new Set([...html.matchAll(/<a class="cite" href="#(evidence-[^"]+)"/g)].map((m) => m[1] ?? ''));
      citations += targets.size;
      for (const id of targets) assert.ok(html.includes(`<mark class="ev`) && html.includes(`id="${id}"`), `${e.id}: ${id}`);
      const articleTargets = [...html.matchAll(/<a class="cite" href="#(a[0-9a-f]+)"/g)].map((m) => m[1] ?? '');
      for (const id of articleTargets) assert.ok(html.includes(`<details id="${id}">`), `${e.id}: ${id}`);
    }
    assert.ok(citations > 50, `citations checked: ${String(citations)}`);
  });

  test('a hostile article is escaped on every page that shows it', async () => {
    const [eventId] = await store.eventIdsOfArticles([hostile.id]);
    assert.ok(eventId !== undefined);
    const event = await store.getEvent(eventId);
    assert.ok(event !== undefined);
    for (const path of ['/', `/events/${eventId}`, `/articles/${hostile.id}`, `/stories/${event.storyId}`, '/search?q=warehouse+Velmora', `/search?q=${encodeURIComponent(PAYLOAD)}`]) {
      const { status, html } = await get(path);
      assert.equal(status, 200, path);
      assert.deepEqual(injections(html), [], path);
    }
    const { html } = await get(`/events/${eventId}`);
    assert.match(html, /&lt;\/style&gt;&lt;script&gt;alert\(&#39;t&#39;\)&lt;\/script&gt;/);
    assert.match((await get(`/articles/${hostile.id}`)).html, /&lt;a href=&quot;javascript:alert\(5\)&quot;&gt;Share/);
  });

  test('unknown ids are 404 pages; assets are served with their type and cached by hash', async () => {
    for (const path of ['/events/ev-nope', '/articles/a000', '/stories/nope', `/events/${'x'.repeat(300)}`]) {
      const { status, html } = await get(path);
      assert.equal(status, 404, path);
      assert.match(html, /<h1>No such (event|article|story)<\/h1>/);
    }
    for (const a of [CSS_ASSET, JS_ASSET]) {
      const res = await app.request(`${HOST}${a.path}?v=${a.hash}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), a.type);
      assert.match(res.headers.get('cache-control') ?? '', /immutable/);
    }
  });

  test('an editor signs in with the write token (HttpOnly, SameSite=Strict) and corrections need the CSRF token', async () => {
    const event = await store.getEvent(largest.id);
    assert.ok(event !== undefined && event.articleIds.length >= 3);
    const article = event.articleIds.at(-1) ?? '';
    assert.equal((await post(`/events/${event.id}/corrections`, { kind: 'split', article })).status, 401, 'not signed in');
    assert.equal((await post('/signin', { token: 'wrong-token-0123456789', next: '/' })).status, 401);
    assert.equal((await post('/signin', { token: TOKEN, next: '/' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status, 403);
    const signed = await post('/signin', { token: TOKEN, next: `/events/${event.id}` });
    assert.equal(signed.status, 303);
    assert.equal(signed.headers.get('location'), `/events/${event.id}`);
    const cookie = signed.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^parallax_editor=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const session = { cookie: cookie.split(';')[0] ?? '' };
    const page = await get(`/events/${event.id}`, session);
    assert.match(page.html, /Signed in as editor/);
    assert.equal([...page.html.matchAll(/<form class="correct"/g)].length, event.articleIds.length + 1, 'one form per article, one to merge');
    const csrf = csrfToken(TOKEN);
    assert.ok(page.html.includes(`value="${csrf}"`));

    assert.equal((await post(`/events/${event.id}/corrections`, { kind: 'split', article }, session)).status, 403, 'no CSRF token');
    assert.equal((await post(`/events/${event.id}/corrections`, { kind: 'split', article, csrf: 'x'.repeat(43) }, session)).status, 403, 'wrong CSRF token');
    assert.equal((await post(`/events/${event.id}/corrections`, { kind: 'split', article, csrf }, { ...session, origin: 'https://evil.example' })).status, 403, 'other origin');
    assert.equal((await post(`/events/${event.id}/corrections`, { kind: 'move', article, csrf }, session)).status, 400, 'a move needs a target');
    assert.equal((await store.listCorrections()).length, 0);

    const done = await post(`/events/${event.id}/corrections`, { kind: 'split', article, csrf }, session);
    assert.equal(done.status, 303);
    const [now] = await store.eventIdsOfArticles([article as never]);
    assert.equal(done.headers.get('location'), `/events/${now ?? ''}?done=split`);
    assert.deepEqual((await store.getEvent(now as never))?.articleIds, [article]);
    assert.match((await get(done.headers.get('location') ?? '', session)).html, /Correction saved \(split\)/);

    // Merge it back through the merge form.
    const merged = await post(`/events/${now ?? ''}/corrections`, { kind: 'merge', target: (await store.eventIdsOfArticles([event.articleIds[0] as never]))[0] ?? '', csrf }, session);
    assert.equal(merged.status, 303);
    assert.deepEqual((await store.listCorrections()).map((c) => c.correction.kind), ['split', 'merge']);
    const out = await post('/signout', { csrf }, session);
    assert.equal(out.status, 303);
    assert.match(out.headers.get('set-cookie') ?? '', /parallax_editor=;/);
  });

  test('redirects after sign-in stay on this site', () => {
    assert.equal(localPath('/events/x?y=1'), '/events/x?y=1');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '/a\r\nSet-Cookie: x', undefined, 3]) assert.equal(localPath(bad), '/');
  });
});
