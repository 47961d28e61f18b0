// The HTTP API through app.request() over a memory store holding the example corpus (ingested by
// the service): every route, filters, pagination, errors, auth, limits, headers, hostile input.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/article.js';
import type { NewsEvent, Story } from '../model/event.js';
import type { IngestSummary } from '../service/service.js';
import type { EventListItem, Page, SearchHit, Store } from '../storage/store.js';
import type { ErrorBody } from './errors.js';
import { bearer, goldArticles, goldKey, jsonHeaders, READ_TOKEN, seededStore, testApp, WRITE_TOKEN, type TestApp } from './testing.js';

let t: TestApp;
let events: EventListItem[];
const gold = goldArticles();

before(async () => {
  t = testApp(await seededStore());
  events = (await t.store.listEvents({ limit: 500 })).items;
});

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T names the JSON body the route documents
async function get<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T; res: Response }> {
  const res = await t.app.request(path, init);
  return { status: res.status, body: (await res.json()) as T, res };
}

async function expectError(res: Response, status: number, code: string, mentions?: string): Promise<string> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/u);
  const body = (await res.json()) as ErrorBody;
  assert.equal(body.error.code, code);
  assert.doesNotMatch(body.error.message, /\n\s+at /u, 'no stack trace');
  if (mentions !== undefined) assert.ok(body.error.message.includes(mentions), `"${body.error.message}" mentions ${mentions}`);
  return body.error.message;
}

/** The gold event label of a stored event (its members' labels agree on the example corpus). */
async function goldEventOf(id: string): Promise<string | undefined> {
  const event = await t.store.getEvent(id as NewsEvent['id']);
  const members = await t.store.getArticles(event?.articleIds ?? []);
  const labels = new Set(members.map((m) => gold.get(goldKey(m.article))?.event));
  return labels.size === 1 ? [...labels][0] : undefined;
}

describe('reads', () => {
  test('GET /api/health counts what the store holds', async () => {
    const { status, body } = await get<{ status: string; store: string; articles: number; events: number }>('/api/health');
    assert.equal(status, 200);
    assert.deepEqual(body, { status: 'ok', store: 'memory', articles: gold.size, events: events.length });
  });

  test('GET /api/events lists every event, recency first by default', async () => {
    const { status, body } = await get<Page<EventListItem>>('/api/events');
    assert.equal(status, 200);
    assert.equal(body.total, events.length);
    assert.equal(body.items.length, events.length);
    assert.deepEqual([body.limit, body.offset], [50, 0]);
    const last = body.items.map((e) => e.lastPublished ?? '');
    assert.deepEqual(last, [...last].sort().reverse());
  });

  test('sort=size puts the largest events first', async () => {
    const { body } = await get<Page<EventListItem>>('/api/events?sort=size');
    const counts = body.items.map((e) => e.articleCount);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.equal(counts.reduce((a, b) => a + b, 0), gold.size);
  });

  test('limit and offset page through the same order', async () => {
    const all = (await get<Page<EventListItem>>('/api/events?sort=size')).body.items.map((e) => e.id);
    const pages: string[] = [];
    for (let offset = 0; offset < all.length; offset += 4) {
      const { body } = await get<Page<EventListItem>>(`/api/events?sort=size&limit=4&offset=${String(offset)}`);
      assert.equal(body.limit, 4);
      assert.equal(body.total, all.length);
      pages.push(...body.items.map((e) => e.id));
    }
    assert.deepEqual(pages, all);
    assert.deepEqual((await get<Page<EventListItem>>(`/api/events?offset=${String(all.length)}`)).body.items, []);
  });

  test('from/to keep the events dated in the range', async () => {
    const { body } = await get<Page<EventListItem>>('/api/events?from=2026-04-01&to=2026-04-30');
    const expected = events.filter((e) => e.date !== undefined && e.date >= '2026-04-01' && e.date <= '2026-04-30').map((e) => e.id).sort();
    assert.ok(expected.length >= 3, 'April holds the port strike, the deal, the election and the ruling');
    assert.deepEqual(body.items.map((e) => e.id).sort(), expected);
  });

  test('entity finds the event about that person (gold: ibarra-transfer)', async () => {
    const { body } = await get<Page<EventListItem>>('/api/events?entity=Mateo%20Ibarra');
    assert.ok(body.items.length >= 1);
    const labels = await Promise.all(body.items.map((e) => goldEventOf(e.id)));
    assert.ok(labels.includes('ibarra-transfer'), `got ${labels.join(', ')}`);
  });

  test('language and outlet keep events with such a member', async () => {
    const de = (await get<Page<EventListItem>>('/api/events?language=de')).body.items;
    assert.ok(de.length > 0 && de.length < events.length);
    assert.ok(de.every((e) => e.languages.includes('de')));
    const outlet = de[0]?.outlets[0] ?? '';
    const byOutlet = (await get<Page<EventListItem>>(`/api/events?outlet=${encodeURIComponent(outlet)}`)).body.items;
    assert.ok(byOutlet.length > 0 && byOutlet.every((e) => e.outlets.includes(outlet)));
  });

  test('story keeps that story\'s events (the Vienna talks: two events)', async () => {
    const multi = events.find((e) => events.filter((o) => o.storyId === e.storyId).length === 2);
    assert.ok(multi, 'the corpus has stories with two events');
    const { body } = await get<Page<EventListItem>>(`/api/events?story=${multi.storyId}`);
    assert.equal(body.items.length, 2);
    assert.ok(body.items.every((e) => e.storyId === multi.storyId));
  });

  test('bad queries are 400 E_BAD_QUERY naming the parameter', async () => {
    const cases: [string, string][] = [
      ['from=2026-13-01', 'from'],
      ['to=2026-02-30', 'to'],
      ['from=yesterday', 'from'],
      ['from=2026-05-01&to=2026-04-01', 'after'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['offset=-1', 'offset'],
      ['limit=1.5', 'limit'],
      ['sort=popularity', 'sort'],
      ['language=english', 'language'],
      ['entity=', 'entity'],
      ['entity=' + 'x'.repeat(201), 'entity'],
      ['colour=red', 'colour'],
      ['limit=5&limit=6', 'limit'],
    ];
    for (const [query, mention] of cases) await expectError(await t.app.request(`/api/events?${query}`), 400, 'E_BAD_QUERY', mention);
  });

  test('GET /api/events/:id is the whole event, as the report contract has it', async () => {
    for (const item of events) {
      const { status, body } = await get<NewsEvent>(`/api/events/${item.id}`);
      assert.equal(status, 200);
      assert.deepEqual(body, await t.store.getEvent(item.id));
      assert.equal(body.articleIds.length, item.articleCount);
      assert.equal(body.explanation.length, item.articleCount, 'every member explained');
    }
  });

  test('unknown ids are 404 E_NOT_FOUND', async () => {
    await expectError(await t.app.request('/api/events/ev-0000000000000000'), 404, 'E_NOT_FOUND', 'ev-0000000000000000');
    await expectError(await t.app.request(`/api/events/${'x'.repeat(5000)}`), 404, 'E_NOT_FOUND');
    await expectError(await t.app.request('/api/events/ev-0000000000000000/articles'), 404, 'E_NOT_FOUND');
    await expectError(await t.app.request('/api/stories/st-0000000000000000'), 404, 'E_NOT_FOUND');
    await expectError(await t.app.request('/api/articles/a000000000000000'), 404, 'E_NOT_FOUND');
    await expectError(await t.app.request('/api/nothing-here'), 404, 'E_NOT_FOUND', '/openapi.json');
  });

  test('GET /api/events/:id/articles gives the members in event order, paged', async () => {
    const item = events.find((e) => e.articleCount >= 4);
    assert.ok(item);
    const event = await t.store.getEvent(item.id);
    const { body } = await get<Page<Article>>(`/api/events/${item.id}/articles`);
    assert.deepEqual(body.items.map((a) => a.id), event?.articleIds);
    assert.equal(body.total, item.articleCount);
    const labels = new Set(body.items.map((a) => gold.get(goldKey(a))?.event));
    assert.equal(labels.size, 1, 'one gold event');
    const second = (await get<Page<Article>>(`/api/events/${item.id}/articles?limit=2&offset=2`)).body;
    assert.deepEqual(second.items.map((a) => a.id), event?.articleIds.slice(2, 4));
    await expectError(await t.app.request(`/api/events/${item.id}/articles?limit=0`), 400, 'E_BAD_QUERY', 'limit');
  });

  test('GET /api/stories and /api/stories/:id', async () => {
    const { body } = await get<Page<Story>>('/api/stories?limit=500');
    assert.equal(body.total, new Set(events.map((e) => e.storyId)).size);
    const two = body.items.find((s) => s.eventIds.length === 2);
    assert.ok(two);
    const detail = (await get<{ story: Story; events: EventListItem[] }>(`/api/stories/${two.id}`)).body;
    assert.deepEqual(detail.story, two);
    assert.deepEqual(detail.events.map((e) => e.id).sort(), [...two.eventIds].sort());
    const paged = (await get<Page<Story>>('/api/stories?limit=2&offset=1')).body;
    assert.deepEqual(paged.items.map((s) => s.id), body.items.slice(1, 3).map((s) => s.id));
  });

  test('GET /api/articles/:id has the cleaned text, each removed line with its reason, and the event', async () => {
    const all = await t.store.getArticles((await Promise.all(events.map((e) => t.store.getEvent(e.id)))).flatMap((e) => e?.articleIds ?? []));
    const noisy = all.find((s) => s.article.removed.length > 0);
    assert.ok(noisy, 'the corpus has scraper noise');
    const { status, body } = await get<{ article: Article; key: string; storedAt: string; eventId?: string }>(`/api/articles/${noisy.article.id}`);
    assert.equal(status, 200);
    assert.deepEqual(body.article, noisy.article);
    assert.ok(body.article.removed.every((r) => r.text !== '' && r.reason.length > 0 && r.rule !== ''));
    assert.equal(body.key, noisy.key);
    const [eventId] = await t.store.eventIdsOfArticles([noisy.article.id]);
    assert.equal(body.eventId, eventId);
  });

  test('GET /api/search finds articles by their words, with «» marks', async () => {
    const { body } = await get<Page<SearchHit>>('/api/search?q=Ibarra');
    assert.ok(body.total >= 3);
    assert.ok(body.items.every((h) => h.snippet.includes('«')));
    const labels = await Promise.all(body.items.map(async (h) => {
      const stored = await t.store.getArticle(h.articleId);
      return stored === undefined ? undefined : gold.get(goldKey(stored.article))?.event;
    }));
    assert.ok(labels.every((l) => l === 'ibarra-transfer'), labels.join(', '));
    await expectError(await t.app.request('/api/search'), 400, 'E_BAD_QUERY', '"q"');
    await expectError(await t.app.request('/api/search?q=%20'), 400, 'E_BAD_QUERY', '"q"');
  });

  test('another method on a known path is 405 with Allow', async () => {
    const res = await t.app.request('/api/events', { method: 'DELETE' });
    await expectError(res, 405, 'E_METHOD');
    assert.equal(res.headers.get('allow'), 'GET, HEAD');
    await expectError(await t.app.request('/api/ingest'), 405, 'E_METHOD', 'POST');
  });
});

describe('writes and auth', () => {
  const ingestBody = (articles: unknown[]): RequestInit => ({ method: 'POST', headers: jsonHeaders(WRITE_TOKEN), body: JSON.stringify({ articles }) });

  test('writes need a bearer token: none → 401 with WWW-Authenticate, wrong → 403', async () => {
    const body = JSON.stringify({ articles: [{ body: 'x' }] });
    const none = await t.app.request('/api/ingest', { method: 'POST', headers: jsonHeaders(), body });
    await expectError(none, 401, 'E_UNAUTHORIZED', 'Bearer');
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/u);
    await expectError(await t.app.request('/api/ingest', { method: 'POST', headers: jsonHeaders('wrong-token-0123456789'), body }), 403, 'E_FORBIDDEN');
    await expectError(await t.app.request('/api/ingest', { method: 'POST', headers: { ...jsonHeaders(), authorization: `Basic ${btoa('a:b')}` }, body }), 401, 'E_UNAUTHORIZED');
    await expectError(await t.app.request('/api/corrections', { method: 'POST', headers: jsonHeaders(), body: '{}' }), 401, 'E_UNAUTHORIZED');
  });

  test('a server without write tokens refuses every write (403)', async () => {
    const closed = testApp({ store: t.store, service: t.service }, { auth: {} });
    await expectError(await closed.app.request('/api/ingest', ingestBody([{ body: 'text' }])), 403, 'E_FORBIDDEN', 'disabled');
  });

  test('bodies must be JSON objects of the documented shape', async () => {
    const post = async (body: string, type = 'application/json'): Promise<Response> => t.app.request('/api/ingest', { method: 'POST', headers: { ...bearer(WRITE_TOKEN), 'content-type': type }, body });
    await expectError(await post('{"articles": []}', 'text/plain'), 415, 'E_MEDIA_TYPE', 'application/json');
    await expectError(await t.app.request('/api/ingest', { method: 'POST', headers: bearer(WRITE_TOKEN), body: '{}' }), 415, 'E_MEDIA_TYPE');
    await expectError(await post('{"articles": [ '), 400, 'E_BAD_BODY', 'not valid JSON');
    await expectError(await post(''), 400, 'E_BAD_BODY', 'empty');
    await expectError(await post('[]'), 400, 'E_BAD_BODY', 'articles');
    await expectError(await post('{"articles": []}'), 400, 'E_BAD_BODY', 'empty');
    await expectError(await post('{"articles": [{"title": "t"}]}'), 400, 'E_BAD_BODY', 'articles[0]');
    await expectError(await post('{"articles": [{"body": "t", "html": "<p>t</p>"}]}'), 400, 'E_BAD_BODY', 'not both');
    await expectError(await post('{"articles": [{"body": "t"}, {"body": 42}]}'), 400, 'E_BAD_BODY', 'articles[1].body');
    await expectError(await post('{"articles": [{"body": "t", "colour": "red"}]}'), 400, 'E_BAD_BODY', 'colour');
    await expectError(await post('{"articles": [{"body": "t", "published": "someday"}]}'), 400, 'E_BAD_BODY', 'published');
    await expectError(await post('{"articles": [{"body": "t", "language": "klingon"}]}'), 400, 'E_BAD_BODY', 'language');
    const many = JSON.stringify({ articles: Array.from({ length: 1001 }, (_, i) => ({ body: `article ${String(i)}` })) });
    await expectError(await post(many), 400, 'E_BAD_BODY', 'at most 1000');
  });

  test('POST /api/ingest analyses the articles and returns the summary; hostile text stays JSON data', async () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const text = [
      'Engineers at the Port of Marlow completed a new floating breakwater on Tuesday, the harbour authority said, after eighteen months of construction.',
      'The structure, 640 metres long, is meant to shelter the inner basin from winter storms that damaged moorings in each of the last three years.',
    ].join('\n\n');
    const res = await t.app.request('/api/ingest', ingestBody([
      { title: hostile, body: text, url: 'https://marlow.example/breakwater', outlet: `Marlow ${hostile}`, published: '2026-07-02', language: 'en' },
      { html: '<p>   </p>' },
      { body: text },
    ]));
    assert.equal(res.status, 200);
    const summary = (await res.json()) as IngestSummary;
    assert.equal(summary.added, 1);
    assert.deepEqual(summary.rejected.map((r) => r.code).sort(), ['E_DUPLICATE', 'E_HTML']);
    assert.ok(summary.rejected.every((r) => r.input.startsWith('api:articles[')));
    assert.equal(summary.eventsCreated.length, 1);
    const eventId = summary.eventsCreated[0] ?? '';
    const page = await t.app.request(`/api/events/${eventId}/articles`);
    assert.match(page.headers.get('content-type') ?? '', /^application\/json/u);
    const raw = await page.text();
    assert.ok(raw.includes(JSON.stringify(hostile)), 'the title comes back as a JSON string');
    const article = ((JSON.parse(raw) as Page<Article>).items)[0];
    assert.equal(article?.title, hostile, 'stored and returned verbatim as data (escaping is the renderer\'s job)');
    assert.equal(article.language, 'en');
    assert.equal(article.published, '2026-07-02');
    // Sent again: unchanged.
    const again = (await (await t.app.request('/api/ingest', ingestBody([{ title: hostile, body: text, url: 'https://marlow.example/breakwater' }]))).json()) as IngestSummary;
    assert.deepEqual([again.added, again.unchanged], [0, 1]);
  });

  test('POST /api/corrections validates, stores and regroups', async () => {
    const post = async (body: unknown, token = WRITE_TOKEN): Promise<Response> => t.app.request('/api/corrections', { method: 'POST', headers: jsonHeaders(token), body: JSON.stringify(body) });
    await expectError(await post({ kind: 'teleport' }), 400, 'E_CORRECTIONS', 'kind');
    await expectError(await post({ kind: 'move', article: 'ev-1234567890abcdef', to: 'a1234567890abcde' }), 400, 'E_CORRECTIONS', 'event or story id');
    await expectError(await post({ kind: 'merge', articles: ['a1234567890abcde'] }), 400, 'E_CORRECTIONS', 'at least two');
    await expectError(await post({ kind: 'move', article: 'a1234567890abcde', to: 'a1234567890abcdf' }), 400, 'E_CORRECTIONS', 'unknown article');
    await expectError(await post({ kind: 'move', article: 'a1234567890abcde', to: 'a1234567890abcdf', author: 42 }), 400, 'E_BAD_BODY', 'author');
    // Move one member of a two-event story into the other event.
    const story = events.find((e) => events.filter((o) => o.storyId === e.storyId).length === 2);
    assert.ok(story);
    const [first, second] = events.filter((e) => e.storyId === story.storyId);
    const a = (await t.store.getEvent(first?.id ?? ('' as NewsEvent['id'])))?.articleIds[0];
    const b = (await t.store.getEvent(second?.id ?? ('' as NewsEvent['id'])))?.articleIds[0];
    assert.ok(a !== undefined && b !== undefined);
    const res = await post({ kind: 'move', article: a, to: b, author: 'editor' });
    assert.equal(res.status, 201);
    const result = (await res.json()) as { stored: { seq: number; author?: string }; eventsCreated: string[]; eventsUpdated: string[]; eventsDeleted: string[] };
    assert.equal(result.stored.author, 'editor');
    assert.ok(result.eventsCreated.length + result.eventsUpdated.length > 0);
    const [eventOfA] = await t.store.eventIdsOfArticles([a]);
    const [eventOfB] = await t.store.eventIdsOfArticles([b]);
    assert.equal(eventOfA, eventOfB, 'moved');
    const article = (await get<{ eventId: string }>(`/api/articles/${a}`)).body;
    assert.equal(article.eventId, eventOfB);
    const moved = (await get<NewsEvent>(`/api/events/${eventOfB ?? ''}`)).body;
    assert.equal(moved.explanation.find((x) => x.articleId === a)?.correction, 'move');
    events = (await t.store.listEvents({ limit: 500 })).items;
  });

  test('reads closed by a read token: 401 without, 403 wrong, 200 with the read or a write token; health stays open', async () => {
    const closed = testApp({ store: t.store, service: t.service }, { auth: { writeTokens: [WRITE_TOKEN], readToken: READ_TOKEN } });
    await expectError(await closed.app.request('/api/events'), 401, 'E_UNAUTHORIZED', 'read token');
    await expectError(await closed.app.request('/api/events', { headers: bearer('not-the-token-0123456789') }), 403, 'E_FORBIDDEN');
    assert.equal((await closed.app.request('/api/events', { headers: bearer(READ_TOKEN) })).status, 200);
    assert.equal((await closed.app.request('/api/events', { headers: bearer(WRITE_TOKEN) })).status, 200);
    assert.equal((await closed.app.request('/api/health')).status, 200);
    assert.equal((await closed.app.request('/openapi.json')).status, 200);
    await expectError(await closed.app.request('/api/ingest', { method: 'POST', headers: jsonHeaders(READ_TOKEN), body: '{}' }), 403, 'E_FORBIDDEN', 'write token');
  });
});

describe('limits, headers and failures', () => {
  const LIMIT = 64 * 1024;
  const CHUNK = 16 * 1024;

  /** A body stream of `total` bytes that counts what was pulled from it. */
  function countingBody(total: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
    let sent = 0;
    const chunk = new TextEncoder().encode('{"articles":[{"body":"' + 'x'.repeat(CHUNK) + '"}]}').slice(0, CHUNK);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    }, { highWaterMark: 0 });
    return { stream, pulled: () => sent };
  }

  test('a body over the limit is refused 413 while streaming, without reading the rest', async () => {
    const limited = testApp({ store: t.store, service: t.service }, { limits: { maxBodyBytes: LIMIT } });
    const total = 64 * 1024 * 1024;
    const streamed = countingBody(total);
    const res = await limited.app.request('/api/ingest', { method: 'POST', headers: jsonHeaders(WRITE_TOKEN), body: streamed.stream, duplex: 'half' });
    await expectError(res, 413, 'E_TOO_LARGE', String(LIMIT));
    assert.ok(streamed.pulled() <= LIMIT + 2 * CHUNK, `read ${String(streamed.pulled())} of ${String(total)} bytes`);
    // A declared Content-Length over the limit: refused before any byte is read.
    const declared = countingBody(total);
    const res2 = await limited.app.request('/api/ingest', { method: 'POST', headers: { ...jsonHeaders(WRITE_TOKEN), 'content-length': String(total) }, body: declared.stream, duplex: 'half' });
    await expectError(res2, 413, 'E_TOO_LARGE');
    assert.ok(declared.pulled() <= CHUNK, `read ${String(declared.pulled())} bytes`);
    // Auth comes first: an unauthenticated oversize body is 401 and not read.
    const anonymous = countingBody(total);
    await expectError(await limited.app.request('/api/ingest', { method: 'POST', headers: jsonHeaders(), body: anonymous.stream, duplex: 'half' }), 401, 'E_UNAUTHORIZED');
    assert.ok(anonymous.pulled() <= CHUNK);
  });

  test('every response carries the security headers', async () => {
    const responses = [
      await t.app.request('/api/events'),
      await t.app.request('/api/events?limit=0'),
      await t.app.request('/api/events/nope'),
      await t.app.request('/openapi.json'),
      await t.app.request('/api/ingest', { method: 'POST', headers: jsonHeaders(), body: '{}' }),
      await t.app.request('/api/events', { method: 'PUT' }),
    ];
    for (const res of responses) {
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /(^|; )default-src 'self'(;|$)/u);
      assert.match(csp, /frame-ancestors 'none'/u);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/u);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
    }
  });

  test('an unexpected error is 500 E_INTERNAL without details; the log has them', async () => {
    const broken: Store = { ...t.store, listEvents: () => Promise.reject(new Error('disk on fire at /secret/path')) };
    const app = testApp({ store: broken, service: t.service });
    const message = await expectError(await app.app.request('/api/events'), 500, 'E_INTERNAL');
    assert.ok(!message.includes('secret'));
    assert.equal(app.logged.length, 1);
    assert.match(app.logged[0] ?? '', /disk on fire/u);
  });

  test('a request slower than the time limit is 503 E_TIMEOUT', async () => {
    const slow: Store = { ...t.store, listEvents: (q) => new Promise((resolve) => setTimeout(() => { resolve(t.store.listEvents(q)); }, 300)) };
    const app = testApp({ store: slow, service: t.service }, { limits: { requestTimeoutMs: 30 } });
    await expectError(await app.app.request('/api/events'), 503, 'E_TIMEOUT');
  });
});
