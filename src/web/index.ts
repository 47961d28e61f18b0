// The web UI: server-rendered pages over a Store (and the Service for editors' corrections), as a
// Hono sub-app. The HTTP API mounts it with `app.route('/', createWebApp(deps))`; it also runs on
// its own. Pages use one external CSS and one external JS file from /assets (no inline script or
// style, no CDN), and every page sets a strict CSP itself.
//
//   GET  /                      events, with filters and pagination
//   GET  /events/:id            one event: cited summary, coverage, disputes, quotes, timeline…
//   POST /events/:id/corrections  (editor, CSRF) move / split / merge
//   GET  /articles/:id          cleaned text, removed lines on demand
//   GET  /stories/:id           a story's events on a timeline
//   GET  /search?q=             articles with snippets
//   GET|POST /signin, POST /signout   editor session (HttpOnly SameSite=Strict cookie)
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isParallaxError } from '../errors.js';
import type { Article } from '../model/article.js';
import type { NewsEvent } from '../model/event.js';
import { asArticleId, asEventId, asStoryId, type ArticleId } from '../model/ids.js';
import type { Service } from '../service/service.js';
import type { Correction } from '../stages/06-cluster/corrections.js';
import type { EventListItem, Store } from '../storage/store.js';
import { CSS_ASSET, JS_ASSET, type Asset } from './assets.js';
import { addDays, eventHref, withQuery } from './format.js';
import { renderPage, type Page, type PageContext } from './layout.js';
import { articlePage } from './pages/article.js';
import { eventPage, type Editor } from './pages/event.js';
import { eventListPage, parseListQuery, storeQuery, type Facets } from './pages/events.js';
import { SEARCH_PAGE_SIZE, searchPage } from './pages/search.js';
import { messagePage, signInPage } from './pages/signin.js';
import { storyPage } from './pages/story.js';
import { csrfToken, csrfValid, editorToken, localPath, sameOrigin, signIn, signOut, type WebAuth } from './session.js';

export type { WebAuth } from './session.js';

export type WebDeps = {
  store: Store;
  /** Needed for corrections; without it the pages are read-only. */
  service?: Service;
  /** Who may edit; without it nobody can sign in. The HTTP API's `Auth` fits. */
  auth?: WebAuth;
  /** Where unexpected errors are logged (default: stderr). */
  log?: (line: string) => void;
};

/** The Content-Security-Policy of every page: own files only, no inline script or style. */
export const WEB_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/** Largest form body accepted (bytes). */
const MAX_FORM_BYTES = 16 * 1024;
/** How long the outlet/language suggestions of the filter form are reused (ms). */
const FACETS_TTL_MS = 30_000;
/** Events scanned for those suggestions. */
const FACETS_EVENTS = 500;
/** Days either side of an event searched for move/merge targets. */
const CANDIDATE_DAYS = 14;
const MAX_CANDIDATES = 50;
/** Longest id accepted in a path (longer ones are not ids). */
const MAX_ID_CHARS = 128;
const DONE = new Set(['move', 'split', 'merge']);

function secure(c: Context): void {
  c.header('Content-Security-Policy', WEB_CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
}

export function createWebApp(deps: WebDeps): Hono {
  const { store, service, auth } = deps;
  const log = deps.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const app = new Hono();
  let facetCache: { at: number; facets: Facets } | undefined;

  const context = (c: Context): PageContext => {
    const url = new URL(c.req.url);
    const token = editorToken(c, auth);
    return { here: url.pathname + url.search, writeEnabled: auth?.writeEnabled === true, ...(token === undefined ? {} : { csrf: csrfToken(token) }) };
  };
  const send = (c: Context, page: Page, status: 200 | 400 | 401 | 403 | 404 | 500 | 503 = 200): Response => {
    secure(c);
    c.header('Cache-Control', 'no-store');
    return c.html(renderPage(page, context(c)), status);
  };
  const notFound = (c: Context, what: string, id: string): Response =>
    send(c, messagePage(`No such ${what}`, `There is no ${what} “${id.slice(0, MAX_ID_CHARS)}”. Event and story ids change when articles are regrouped; find it again from the list or by searching.`), 404);

  app.onError((err, c) => {
    log(`parallax web: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? err.message}`);
    return send(c, messagePage('Something went wrong', 'The page could not be built; the server log has the details.'), 500);
  });

  const serveAsset = (a: Asset) => (c: Context): Response => {
    c.header('Content-Type', a.type);
    c.header('Cache-Control', c.req.query('v') === a.hash ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(a.body);
  };
  app.get(CSS_ASSET.path, serveAsset(CSS_ASSET));
  app.get(JS_ASSET.path, serveAsset(JS_ASSET));

  async function facets(): Promise<Facets> {
    const now = Date.now();
    if (facetCache !== undefined && now - facetCache.at < FACETS_TTL_MS) return facetCache.facets;
    const page = await store.listEvents({ limit: FACETS_EVENTS });
    const outlets = [...new Set(page.items.flatMap((e) => e.outlets))].sort((a, b) => a.localeCompare(b));
    const languages = [...new Set(page.items.flatMap((e) => e.languages))].sort();
    facetCache = { at: now, facets: { outlets, languages } };
    return facetCache.facets;
  }

  app.get('/', async (c) => {
    const { filters, problems } = parseListQuery(c.req.query());
    const [result, f] = await Promise.all([store.listEvents(storeQuery(filters)), facets()]);
    const storyIds = [...new Set(result.items.map((e) => e.storyId))];
    const stories = await Promise.all(storyIds.map((id) => store.getStory(id)));
    const titles = new Map(stories.flatMap((s) => (s === undefined ? [] : [[s.id as string, s.title] as const])));
    return send(c, eventListPage(result, filters, f, titles, problems));
  });

  async function membersOf(e: NewsEvent): Promise<Article[]> {
    const stored = await store.getArticles(e.articleIds);
    const byId = new Map(stored.map((s) => [s.article.id, s.article]));
    return e.articleIds.flatMap((id) => byId.get(id) ?? []);
  }

  async function candidates(e: NewsEvent): Promise<EventListItem[]> {
    const [sameStory, nearby] = await Promise.all([
      store.listEvents({ storyId: e.storyId, limit: MAX_CANDIDATES }),
      e.date === undefined ? store.listEvents({ limit: MAX_CANDIDATES }) : store.listEvents({ from: addDays(e.date, -CANDIDATE_DAYS), to: addDays(e.date, CANDIDATE_DAYS), limit: MAX_CANDIDATES }),
    ]);
    const seen = new Set<string>([e.id]);
    const out: EventListItem[] = [];
    for (const x of [...sameStory.items, ...nearby.items]) {
      if (seen.has(x.id)) continue;
      seen.add(x.id);
      out.push(x);
    }
    return out.slice(0, MAX_CANDIDATES);
  }

  app.get('/events/:id', async (c) => {
    const id = c.req.param('id');
    const event = id.length > MAX_ID_CHARS ? undefined : await store.getEvent(asEventId(id));
    if (event === undefined) return notFound(c, 'event', id);
    const [articles, story] = await Promise.all([membersOf(event), store.getStory(event.storyId)]);
    const token = editorToken(c, auth);
    const editor: Editor | undefined = token === undefined || service === undefined ? undefined : { csrf: csrfToken(token), candidates: await candidates(event) };
    const page = eventPage(event, articles, story, editor);
    const done = c.req.query('done');
    if (done !== undefined && DONE.has(done)) {
      page.notice = { kind: 'info', text: `Correction saved (${done}). The events it touched were regrouped, so this event may have a new address.` };
    }
    return send(c, page);
  });

  app.post('/events/:id/corrections', bodyLimit({ maxSize: MAX_FORM_BYTES }), async (c) => {
    const token = editorToken(c, auth);
    if (token === undefined) return send(c, messagePage('Sign in first', 'Only a signed-in editor can correct the grouping.', [[withQuery('/signin', { next: eventHref(c.req.param('id')) }), 'Editor sign-in']]), 401);
    const form = await c.req.parseBody();
    if (!sameOrigin(c) || !csrfValid(token, form['csrf'])) return send(c, messagePage('Form refused', 'This form did not come from this site (or it is too old). Reload the event page and try again.'), 403);
    if (service === undefined) return send(c, messagePage('Corrections unavailable', 'This server shows events but cannot change them.'), 503);
    const event = await store.getEvent(asEventId(c.req.param('id')));
    if (event === undefined) return notFound(c, 'event', c.req.param('id'));
    const built = await buildCorrection(event, form);
    if (typeof built === 'string') return send(c, messagePage('Correction not applied', built, [[eventHref(event.id), 'Back to the event']]), 400);
    try {
      await service.correct(built.correction, 'web editor');
    } catch (e) {
      if (isParallaxError(e)) return send(c, messagePage('Correction not applied', e.message, [[eventHref(event.id), 'Back to the event']]), 400);
      throw e;
    }
    const [now] = await store.eventIdsOfArticles([built.follow]);
    return c.redirect(withQuery(eventHref(now ?? event.id), { done: built.correction.kind }), 303);
  });

  /** The correction a form asks for, and the article whose event to show next; or what is wrong. */
  async function buildCorrection(event: NewsEvent, form: Record<string, unknown>): Promise<{ correction: Correction; follow: ArticleId } | string> {
    const kind = form['kind'];
    const article = typeof form['article'] === 'string' ? asArticleId(form['article']) : undefined;
    const targetId = typeof form['target'] === 'string' ? asEventId(form['target']) : undefined;
    const target = targetId === undefined || targetId === event.id ? undefined : await store.getEvent(targetId);
    const first = event.articleIds[0];
    if (first === undefined) return 'The event has no articles.';
    if (kind === 'merge') {
      const other = target?.articleIds[0];
      if (other === undefined) return 'Choose another event to merge with.';
      return { correction: { kind: 'merge', articles: [first, other] }, follow: first };
    }
    if (article === undefined || !event.articleIds.includes(article)) return 'The article is no longer in this event; reload the page.';
    if (kind === 'split') {
      const rest = event.articleIds.filter((id) => id !== article);
      if (rest.length === 0) return 'The article is alone in its event already.';
      return { correction: { kind: 'split', articles: [article], from: rest }, follow: article };
    }
    if (kind === 'move') {
      const to = target?.articleIds[0];
      if (to === undefined) return 'Choose the event to move the article to.';
      return { correction: { kind: 'move', article, to }, follow: article };
    }
    return 'Unknown correction.';
  }

  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const stored = id.length > MAX_ID_CHARS ? undefined : await store.getArticle(asArticleId(id));
    if (stored === undefined) return notFound(c, 'article', id);
    const [eventId] = await store.eventIdsOfArticles([stored.article.id]);
    const event = eventId === undefined ? undefined : await store.getEvent(eventId);
    return send(c, articlePage(stored.article, event));
  });

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const story = id.length > MAX_ID_CHARS ? undefined : await store.getStory(asStoryId(id));
    if (story === undefined) return notFound(c, 'story', id);
    const events = await store.listEvents({ storyId: story.id, limit: 500 });
    return send(c, storyPage(story, events.items));
  });

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const pageNo = Number(c.req.query('page') ?? '1');
    const page = Number.isInteger(pageNo) && pageNo >= 1 && pageNo <= 10_000 ? pageNo : 1;
    if (q === '') return send(c, searchPage('', undefined, 1));
    const result = await store.searchArticles({ text: q, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE });
    return send(c, searchPage(q, result, page));
  });

  app.get('/signin', (c) => send(c, signInPage(localPath(c.req.query('next')), auth?.writeEnabled === true)));

  app.post('/signin', bodyLimit({ maxSize: MAX_FORM_BYTES }), async (c) => {
    const form = await c.req.parseBody();
    const next = localPath(form['next']);
    if (!sameOrigin(c)) return send(c, messagePage('Form refused', 'This form did not come from this site.'), 403);
    if (auth?.writeEnabled !== true) return send(c, signInPage(next, false), 403);
    const token = typeof form['token'] === 'string' ? form['token'].trim() : '';
    if (!auth.canWrite(token)) return send(c, signInPage(next, true, 'That is not a write token of this server.'), 401);
    signIn(c, token);
    return c.redirect(next, 303);
  });

  app.post('/signout', bodyLimit({ maxSize: MAX_FORM_BYTES }), async (c) => {
    const form = await c.req.parseBody();
    const token = editorToken(c, auth);
    if (token !== undefined && (!sameOrigin(c) || !csrfValid(token, form['csrf']))) return send(c, messagePage('Form refused', 'This form did not come from this site.'), 403);
    signOut(c);
    return c.redirect('/', 303);
  });

  return app;
}
