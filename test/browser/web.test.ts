// The web UI in a real browser: the real server (API + web pages) on port 0 over a temp SQLite
// store with examples/corpus ingested on start (and later a hostile article through the API),
// driven by headless Chromium.
// Covers the event list and its filters, an event page whose citation leads to its highlighted
// evidence (mouse and keyboard), the article view's removed lines, a story's timeline, search, an
// editor's correction that survives a restart, and a hostile article that executes nothing.
// Screenshots of the main pages (desktop and phone) go to out/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { ArticleId, EventId } from '../../src/model/ids.js';
import type { EventListItem } from '../../src/storage/store.js';
import { repoRoot } from '../support/shared.js';
import { EDITOR_TOKEN, browserSkipReason, launchBrowser, startServer, type Running } from './support.js';

const corpus = join(repoRoot, 'examples', 'corpus');
const hostileFile = join(repoRoot, 'test', 'browser', 'fixtures', 'hostile.json');
const shots = join(repoRoot, 'out', 'screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

const skip = browserSkipReason();

/** The page's CSP allows scripts and styles only from this server (a nonce at most): no inline code, no eval, no other hosts. */
function assertStrictCsp(header: string | undefined, where: string): void {
  assert.ok(header !== undefined, `${where}: no Content-Security-Policy`);
  const directives = new Map(header.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
  for (const name of ['script-src', 'style-src']) {
    const values = directives.get(name) ?? directives.get('default-src');
    assert.ok(values !== undefined, `${where}: ${name} missing`);
    const loose = values.filter((v) => v !== "'self'" && v !== "'none'" && !v.startsWith("'nonce-"));
    assert.deepEqual(loose, [], `${where}: ${name} allows ${loose.join(' ')}`);
  }
  assert.ok(['default-src', 'frame-ancestors', 'base-uri'].every((d) => directives.has(d)), `${where}: ${header}`);
}

describe('web UI in Chromium', { skip: skip ?? false }, () => {
  let dir = '';
  let db = '';
  let server: Running;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Dialogs, page errors and console errors seen on any page: must stay empty. */
  const problems: string[] = [];
  let largest: EventListItem;

  function watch(p: Page): Page {
    p.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    p.on('console', (m) => {
      // A refused page (a wrong token's 401) is logged as a failed load: statuses are checked where expected.
      if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource')) problems.push(`console ${m.type()}: ${m.text()}`);
    });
    p.on('response', (r) => {
      if (r.request().resourceType() !== 'document' && r.status() >= 400) problems.push(`${String(r.status())} for ${r.url()}`);
    });
    p.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`);
    });
    return p;
  }

  async function open(path: string, p: Page = page): Promise<Response> {
    const res = await p.goto(server.url + path);
    assert.ok(res !== null, `no response for ${path}`);
    assert.equal(res.status(), 200, `${path}: status`);
    assertStrictCsp(res.headers()['content-security-policy'], path);
    return res;
  }

  /** Nothing a hostile article could inject is on the page or has run. */
  async function assertInert(p: Page, where: string): Promise<void> {
    assert.equal(await p.evaluate<unknown>('window.__pwned'), undefined, `${where}: a payload ran`);
    assert.equal(await p.evaluate<number>("document.querySelectorAll('script:not([src])').length"), 0, `${where}: inline script`);
    const srcs = await p.evaluate<string[]>("[...document.scripts].map((s) => s.getAttribute('src'))");
    assert.ok(srcs.every((s) => s.startsWith('/assets/')), `${where}: scripts ${srcs.join(', ')}`);
    const handlers = await p.evaluate<string[]>("[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + ' ' + a.name))");
    assert.deepEqual(handlers, [], `${where}: event handler attributes`);
    assert.equal(await p.locator('a[href^="javascript:" i]').count(), 0, `${where}: javascript: link`);
    assert.equal(await p.locator('style, [style]').count(), 0, `${where}: inline style`);
    assert.equal(await p.evaluate<string>('getComputedStyle(document.body).display'), 'block', `${where}: the page is hidden`);
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-web-'));
    db = join(dir, 'web.db');
    server = await startServer(db, [corpus]);
    assert.ok((await server.store.countArticles()) > 40, `corpus ingested: ${server.output.join('')}`);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: DESKTOP });
    page = watch(await context.newPage());
    const bySize = await server.store.listEvents({ sort: 'size', limit: 1 });
    const first = bySize.items[0];
    assert.ok(first !== undefined);
    largest = first;
  });

  after(async () => {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the event list shows every event with its coverage, and the filters narrow it', async () => {
    await open('/');
    const all = await server.store.listEvents({ limit: 500 });
    const items = page.locator('ol.events > li');
    assert.equal(await items.count(), Math.min(20, all.total));
    assert.match((await page.locator('main').textContent()) ?? '', new RegExp(`of ${String(all.total)}\\b`));
    // Coverage: outlets and languages of the largest event shown with it.
    const row = items.filter({ has: page.locator(`a[href="/events/${largest.id}"]`) });
    const chips = await row.locator('ul.chips li').allTextContents();
    for (const o of largest.outlets) assert.ok(chips.includes(o), `outlet ${o} listed`);
    assert.equal(await page.locator('svg.timeline circle').count(), all.items.slice(0, 20).filter((e) => e.date !== undefined).length);

    await page.locator('summary', { hasText: 'Filter and sort' }).click();
    await page.locator('#f-language').fill('de');
    await page.locator('#f-sort').selectOption('size');
    await Promise.all([page.waitForURL(/language=de/), page.getByRole('button', { name: 'Apply' }).click()]);
    const german = await server.store.listEvents({ language: 'de', sort: 'size', limit: 20 });
    assert.ok(german.total > 0 && german.total < all.total);
    assert.equal(await items.count(), german.items.length);
    const shown = await page.locator('ol.events > li h2 a').allTextContents();
    assert.deepEqual(shown, german.items.map((e) => e.title), 'same events, same order (most articles first)');
    for (let i = 0; i < german.items.length; i++) assert.ok((await items.nth(i).locator('li.lang').allTextContents()).includes('de'));
  });

  test('an event page: a citation leads to its evidence, highlighted in the article text (mouse and keyboard)', async () => {
    await open(`/events/${largest.id}`);
    const event = await server.store.getEvent(largest.id);
    assert.ok(event !== undefined);
    assert.equal(await page.locator('h1').textContent(), event.title);
    assert.equal(await page.locator('section[aria-labelledby="list-h"] ol > li').count(), event.articleIds.length);
    assert.equal(await page.locator('#sources details').count(), event.articleIds.length);
    // Parts filled by the comparison stages, or a plain sentence saying they are absent.
    const summary = (await page.locator('#summary').textContent()) ?? '';
    if (event.summary.length === 0) assert.match(summary, /No summary/);
    else assert.equal(await page.locator('#summary a.cite').count(), event.summary.reduce((n, s) => n + s.sources.length, 0));
    if (event.facts.length === 0) assert.match((await page.locator('#coverage').textContent()) ?? '', /No facts were compared/);
    else assert.equal(await page.locator('#coverage table.matrix tbody tr').count(), event.facts.length);

    const cite = page.locator('#quotes a.cite[data-ev]').first();
    const id = (await cite.getAttribute('data-ev')) ?? '';
    const m = /^evidence-(a[0-9a-f]+)-(\d+)-(\d+)$/.exec(id);
    assert.ok(m !== null, `evidence id ${id}`);
    const stored = await server.store.getArticle(m[1] as ArticleId);
    assert.ok(stored !== undefined);
    const expected = stored.article.text.slice(Number(m[2]), Number(m[3]));
    const pieces = page.locator(`mark[data-ev="${id}"]`);
    const target = page.locator(`[id="${id}"]`);
    assert.equal(await target.isVisible(), false, 'the article text starts folded');

    await cite.hover();
    assert.ok((await pieces.first().getAttribute('class'))?.includes('hl'), 'hovering the citation highlights its evidence');

    await cite.focus();
    await page.keyboard.press('Enter');
    await target.waitFor({ state: 'visible' });
    assert.ok((await target.getAttribute('class'))?.includes('active'));
    assert.equal(new URL(page.url()).hash, `#${id}`);
    const inView = await page.evaluate<boolean>(`(() => { const r = document.getElementById(${JSON.stringify(id)}).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`);
    assert.ok(inView, 'the evidence is scrolled into view');
    const shownText = (await pieces.allTextContents()).join('');
    assert.equal(shownText.replace(/\s+/g, ' '), expected.replace(/\s+/g, ' '), 'the highlighted element holds exactly the evidence');
    assert.equal(await page.evaluate<string>('document.activeElement.id'), id, 'focus moves to the evidence');

    // A second citation with the mouse: the first evidence is no longer active.
    const other = page.locator(`a.cite[data-ev]:not([data-ev="${id}"])`).first();
    const otherId = (await other.getAttribute('data-ev')) ?? '';
    await other.click();
    await page.locator(`[id="${otherId}"]`).waitFor({ state: 'visible' });
    assert.ok((await page.locator(`[id="${otherId}"]`).getAttribute('class'))?.includes('active'));
    assert.equal(await page.locator(`mark.active[data-ev="${id}"]`).count(), 0);
  });

  test('the article view shows removed lines in place, with their reason, on demand', async () => {
    const events = await Promise.all((await server.store.listEvents({ limit: 500 })).items.map((e) => server.store.getEvent(e.id)));
    const ids = events.flatMap((e) => e?.articleIds ?? []);
    const articles = (await server.store.getArticles(ids)).map((s) => s.article);
    const a = articles.find((x) => x.removed.some((r) => r.at !== undefined) && x.outlet !== undefined && !x.outlet.includes('<'));
    assert.ok(a !== undefined, 'an article with removed lines');
    await open(`/articles/${a.id}`);
    assert.equal(await page.locator('.article-text > p:not(.removed)').count(), a.paragraphs.length);
    const removed = page.locator('.article-text .removed');
    assert.equal(await removed.first().isVisible(), false);
    await page.getByLabel(/removed line/).check();
    assert.equal(await removed.first().isVisible(), true);
    const shown = await page.locator('.article-text .removed .reason').allTextContents();
    for (const r of a.removed.filter((x) => x.at !== undefined)) assert.ok(shown.includes(r.reason), `reason ${r.reason} shown`);
  });

  test('a story page draws its events on a timeline', async () => {
    const stories = await server.store.listStories({ limit: 100 });
    const story = stories.items.find((s) => s.eventIds.length >= 2);
    assert.ok(story !== undefined, 'a story with two events (the Vienna talks)');
    await open(`/stories/${story.id}`);
    assert.equal(await page.locator('ol.story-events > li').count(), story.eventIds.length);
    const chart = page.locator('section[aria-labelledby="tl-h"] svg.timeline');
    assert.equal(await chart.locator('circle').count(), story.eventIds.length);
    await Promise.all([page.waitForURL(/\/events\//), chart.locator('a').first().click()]);
    assert.ok(story.eventIds.includes(decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '') as EventId));
  });

  test('search finds articles and marks the matched words', async () => {
    await open('/');
    await page.locator('#site-q').fill('Vienna');
    await Promise.all([page.waitForURL(/\/search\?q=Vienna/), page.locator('#site-q').press('Enter')]);
    const expected = await server.store.searchArticles({ text: 'Vienna', limit: 20 });
    assert.ok(expected.total > 0);
    assert.equal(await page.locator('ol.hits > li').count(), expected.items.length);
    const marked = await page.locator('ol.hits mark').allTextContents();
    assert.ok(marked.length > 0 && marked.every((w) => /vienn|wien|vien/i.test(w)), `marked: ${marked.join(', ')}`);
  });

  test('screenshots of the main pages, desktop and phone', async () => {
    mkdirSync(shots, { recursive: true });
    const event = await server.store.getEvent(largest.id);
    const story = (await server.store.listStories({ limit: 100 })).items.sort((a, b) => b.eventIds.length - a.eventIds.length)[0];
    assert.ok(event !== undefined && story !== undefined);
    const pages: [string, string][] = [
      ['list', '/'],
      ['event', `/events/${event.id}`],
      ['article', `/articles/${event.articleIds[0] ?? ''}`],
      ['story', `/stories/${story.id}`],
      ['search', '/search?q=Vienna'],
    ];
    for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const ctx = await browser.newContext({ viewport });
      const p = watch(await ctx.newPage());
      for (const [name, path] of pages) {
        await open(path, p);
        await p.screenshot({ path: join(shots, `${name}-${size}.png`) });
        if (size === 'phone') {
          const width = await p.evaluate<number>('document.documentElement.scrollWidth');
          assert.ok(width <= PHONE.width, `${name}: no sideways scrolling at ${String(PHONE.width)} px (page is ${String(width)} px wide)`);
        }
      }
      await open(`/events/${event.id}`, p);
      await p.locator('#quotes a.cite[data-ev]').first().click();
      await p.screenshot({ path: join(shots, `event-evidence-${size}.png`) });
      if (size === 'desktop') {
        // The coverage matrix when the comparison stage filled it, else the quotes with their renderings.
        await p.locator(event.facts.length > 0 ? '#coverage' : '#quotes').scrollIntoViewIfNeeded();
        await p.screenshot({ path: join(shots, 'event-detail-desktop.png') });
      }
      await ctx.close();
    }
  });

  test('an editor signs in, splits an article out of its event, and the correction survives a restart', async () => {
    const event = await server.store.getEvent(largest.id);
    assert.ok(event !== undefined && event.articleIds.length >= 3);
    const moved = event.articleIds.at(-1) as ArticleId;
    await open(`/events/${event.id}`);
    assert.equal(await page.locator('form.correct').count(), 0, 'no correction forms before signing in');

    await Promise.all([page.waitForURL(/\/signin\?next=/), page.getByRole('link', { name: 'Editor sign-in' }).click()]);
    await page.getByLabel('Write token').fill('not-the-token-0123456789');
    await page.getByRole('button', { name: 'Sign in' }).click();
    assert.match((await page.getByRole('alert').textContent()) ?? '', /not a write token/);
    await page.getByLabel('Write token').fill(EDITOR_TOKEN);
    await Promise.all([page.waitForURL(new RegExp(`/events/${event.id}$`)), page.getByRole('button', { name: 'Sign in' }).click()]);
    assert.match((await page.locator('header.site').textContent()) ?? '', /Signed in as editor/);
    const cookie = (await context.cookies()).find((c) => c.name === 'parallax_editor');
    assert.ok(cookie !== undefined && cookie.httpOnly && cookie.sameSite === 'Strict', 'HttpOnly SameSite=Strict session cookie');
    assert.ok(!(await page.evaluate<string>('document.cookie')).includes('parallax_editor'), 'page script cannot read the session');

    // A form post without the CSRF token is refused, and changes nothing.
    const forged = await page.request.post(`${server.url}/events/${event.id}/corrections`, { form: { kind: 'split', article: moved }, maxRedirects: 0 });
    assert.equal(forged.status(), 403);
    assert.equal((await server.store.listCorrections()).length, 0);

    const split = page.locator(`form.correct:has(input[name="article"][value="${moved}"]) button[value="split"]`);
    await Promise.all([page.waitForURL(/done=split/), split.click()]);
    assert.match((await page.getByRole('status').first().textContent()) ?? '', /Correction saved \(split\)/);
    const [now] = await server.store.eventIdsOfArticles([moved]);
    assert.ok(now !== undefined);
    assert.deepEqual((await server.store.getEvent(now))?.articleIds, [moved]);
    assert.equal(await page.locator('section[aria-labelledby="list-h"] ol > li').count(), 1, 'the page shows the split-out event');

    // Restart on the same database: the correction is still applied.
    await server.close();
    server = await startServer(db);
    await open(`/articles/${moved}`);
    await Promise.all([page.waitForURL(/\/events\//), page.locator('main p a', { hasText: 'Event:' }).click()]);
    assert.equal(await page.locator('section[aria-labelledby="list-h"] ol > li').count(), 1);
    const corrections = await server.store.listCorrections();
    assert.deepEqual(corrections.map((c) => c.correction.kind), ['split']);
    const rest = await server.store.eventIdsOfArticles(event.articleIds.filter((id) => id !== moved));
    assert.ok(!rest.includes(now), 'the other articles are not with it');
  });

  test('a hostile article (script tags, on* attributes, javascript: links, </style> in title and quotes) executes nothing', async () => {
    const sent = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_TOKEN}` }, body: readFileSync(hostileFile, 'utf8') });
    assert.equal(sent.status, 200, await sent.clone().text());
    assert.equal(((await sent.json()) as { added: number }).added, 1, 'the hostile article is ingested through the API');
    const hits = await server.store.searchArticles({ text: 'Velmora crane', limit: 5 });
    const hit = hits.items.find((h) => h.title.includes('<script>'));
    assert.ok(hit?.eventId !== undefined, 'the hostile article is stored with its event');
    const event = await server.store.getEvent(hit.eventId);
    assert.ok(event !== undefined);
    for (const path of ['/', `/events/${hit.eventId}`, `/articles/${hit.articleId}`, `/stories/${event.storyId}`, '/search?q=Velmora+crane']) {
      await open(path);
      await assertInert(page, path);
    }
    await open(`/events/${hit.eventId}`);
    assert.match((await page.locator('h1').textContent()) ?? '', /<\/style><script>window\.__pwned='title'<\/script><img src=x onerror=/, 'shown as text');
    // Reveal everything hidden (article texts, removed lines) and follow every citation.
    await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
    for (const c of (await page.locator('a.cite').all()).slice(0, 6)) await c.click();
    await open(`/articles/${hit.articleId}`);
    await page.getByLabel(/removed line/).check();
    await page.locator('main').getByText('click here').first().click();
    await assertInert(page, 'after interaction');
  });

  test('no page showed a dialog, a script error or a console error (CSP violations included)', () => {
    assert.deepEqual(problems, []);
  });
});
