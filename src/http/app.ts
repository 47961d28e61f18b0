// The HTTP API: a Hono app over a Store (reads) and a Service (ingest, corrections). JSON under
// /api, the OpenAPI document at /openapi.json. Every response carries the security headers; every
// error is `{ error: { code, message } }` (src/http/errors.ts) and never a stack trace.
//
// The web UI (src/web) is a Hono sub-app mounted at the end of createApp, after the API routes:
//
//   app.route('/', createWebApp({ store, service, auth, log }));
//
// with the same store and service, `auth: Auth` (./auth.ts: `readOpen`, `writeEnabled`,
// `canWrite(token)`, `canRead(token)`) and the error log. The read guard (reads closed by a read
// token; /api/health and /openapi.json stay open), the security headers (CSP default-src 'self'; a
// per-request nonce for inline <style>/<script> in `c.get('secureHeadersNonce')`), the request
// timeout and the JSON error handler apply to the mounted routes as well. Write routes there can
// use `requireWrite(auth)` and `bodyGuard(limits)` from this folder.
import { Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { isParallaxError } from '../errors.js';
import { asArticleId, asEventId, asStoryId } from '../model/ids.js';
import type { Service } from '../service/service.js';
import type { Store } from '../storage/store.js';
import { createAuth, requireRead, requireWrite, type Auth, type AuthOptions } from './auth.js';
import { correctionInput } from './corrections.js';
import { ApiError, errorResponse, type HttpErrorCode } from './errors.js';
import { ingestInput } from './ingest.js';
import { DEFAULT_LIMITS, MAX_ID_CHARS, type Limits } from './limits.js';
import { openApiDocument } from './openapi.js';
import { eventQuery, pageQuery, searchQuery } from './query.js';
import { createWebApp } from '../web/index.js';

export type AppOptions = {
  store: Store;
  service: Service;
  auth: AuthOptions | Auth;
  limits?: Partial<Limits>;
  /** Where unexpected errors are logged (default: stderr). Clients only see E_INTERNAL. */
  log?: (line: string) => void;
};

/** Every route the API serves (the OpenAPI document describes exactly these; tested). */
export const API_ROUTES = [
  ['get', '/api/health'],
  ['get', '/api/events'],
  ['get', '/api/events/{id}'],
  ['get', '/api/events/{id}/articles'],
  ['get', '/api/stories'],
  ['get', '/api/stories/{id}'],
  ['get', '/api/articles/{id}'],
  ['get', '/api/search'],
  ['post', '/api/corrections'],
  ['post', '/api/ingest'],
  ['get', '/openapi.json'],
] as const;

/** Routes open even when reads need a token (health checks, the API description). */
const ALWAYS_OPEN = new Set(['/api/health', '/openapi.json']);

const JSON_TYPE = /^application\/json\s*(;|$)/iu;

const isAuth = (a: AuthOptions | Auth): a is Auth => 'canWrite' in a;

/** The Content Security Policy of every response. No inline script without the request's nonce. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", NONCE],
  styleSrc: ["'self'", NONCE],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Rejects a request that has not answered within `ms` (503 E_TIMEOUT). */
export function requestTimeout(ms: number): MiddlewareHandler {
  return async (_c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new ApiError('E_TIMEOUT', `the request took longer than ${String(ms / 1000)} s; try again with less data`));
      }, ms);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * For routes with a JSON body: 415 unless Content-Type is application/json, 413 as soon as the
 * body (declared or streamed) exceeds the limit — the rest is never read.
 */
export function bodyGuard(limits: Pick<Limits, 'maxBodyBytes'>): MiddlewareHandler[] {
  const tooLarge = (): never => {
    throw new ApiError('E_TOO_LARGE', `the request body is larger than ${String(limits.maxBodyBytes)} bytes; send fewer articles per request`);
  };
  return [
    async (c, next) => {
      const type = c.req.header('content-type');
      if (type === undefined || !JSON_TYPE.test(type)) {
        throw new ApiError('E_MEDIA_TYPE', `send the body as JSON with "Content-Type: application/json" (got ${type === undefined ? 'no Content-Type' : `"${type.slice(0, 60)}"`})`);
      }
      await next();
    },
    bodyLimit({ maxSize: limits.maxBodyBytes, onError: tooLarge }),
  ];
}

async function jsonBody(req: { text(): Promise<string> }): Promise<unknown> {
  const text = await req.text();
  if (text.trim() === '') throw new ApiError('E_BAD_BODY', 'the request body is empty; send a JSON object');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ApiError('E_BAD_BODY', `the request body is not valid JSON (${(e as Error).message})`);
  }
}

function pathId(raw: string, what: string): string {
  if (raw.length > MAX_ID_CHARS) throw new ApiError('E_NOT_FOUND', `no ${what} with that id (ids are at most ${String(MAX_ID_CHARS)} characters)`);
  return raw;
}

function notFound(what: string, id: string): never {
  throw new ApiError('E_NOT_FOUND', `no ${what} "${id}"; ids come from the lists (GET /api/${what === 'story' ? 'stories' : `${what}s`}) and change when events are regrouped`);
}

/** Error → JSON error response; unexpected errors are logged and answered E_INTERNAL. */
function toErrorResponse(err: Error, c: Parameters<Parameters<Hono['onError']>[0]>[1], log: (line: string) => void): Response {
  if (err instanceof ApiError) return errorResponse(c, err.code, err.message);
  if (isParallaxError(err)) {
    if (err.code === 'E_CORRECTIONS') return errorResponse(c, 'E_CORRECTIONS', err.message);
    if (err.code === 'E_QUERY') return errorResponse(c, 'E_BAD_QUERY', err.message);
  }
  if (err instanceof HTTPException) {
    const byStatus: Partial<Record<number, HttpErrorCode>> = { 400: 'E_BAD_BODY', 401: 'E_UNAUTHORIZED', 403: 'E_FORBIDDEN', 404: 'E_NOT_FOUND', 413: 'E_TOO_LARGE', 415: 'E_MEDIA_TYPE' };
    const code = byStatus[err.status];
    if (code !== undefined) return errorResponse(c, code, err.message || code);
  }
  log(`parallax http: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? err.message}`);
  return errorResponse(c, 'E_INTERNAL', 'an unexpected error occurred; the server log has the details');
}

export function createApp(options: AppOptions): Hono {
  const { store, service } = options;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const auth = isAuth(options.auth) ? options.auth : createAuth(options.auth);
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const write = requireWrite(auth);

  const app = new Hono();
  app.onError((err, c) => toErrorResponse(err, c, log));
  app.notFound((c) => errorResponse(c, 'E_NOT_FOUND', `no route ${c.req.method} ${new URL(c.req.url).pathname}; the API is described at /openapi.json`));

  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, referrerPolicy: 'no-referrer', xFrameOptions: 'DENY' }));
  app.use('*', requestTimeout(limits.requestTimeoutMs));
  app.use('*', requireRead(auth, ALWAYS_OPEN));

  const document = openApiDocument();
  app.get('/openapi.json', (c) => c.json(document));

  app.get('/api/health', async (c) => {
    const [articles, events] = await Promise.all([store.countArticles(), store.countEvents()]);
    return c.json({ status: 'ok' as const, store: store.driver, articles, events });
  });

  app.get('/api/events', async (c) => c.json(await store.listEvents(eventQuery(c.req.url))));

  app.get('/api/events/:id', async (c) => {
    const id = pathId(c.req.param('id'), 'event');
    const event = await store.getEvent(asEventId(id));
    return event === undefined ? notFound('event', id) : c.json(event);
  });

  app.get('/api/events/:id/articles', async (c) => {
    const id = pathId(c.req.param('id'), 'event');
    const { limit, offset } = pageQuery(c.req.url);
    const event = await store.getEvent(asEventId(id));
    if (event === undefined) return notFound('event', id);
    const stored = await store.getArticles(event.articleIds.slice(offset, offset + limit));
    const byId = new Map(stored.map((s) => [s.article.id as string, s.article]));
    const items = event.articleIds.slice(offset, offset + limit).flatMap((a) => byId.get(a) ?? []);
    return c.json({ items, total: event.articleIds.length, limit, offset });
  });

  app.get('/api/stories', async (c) => c.json(await store.listStories(pageQuery(c.req.url))));

  app.get('/api/stories/:id', async (c) => {
    const id = pathId(c.req.param('id'), 'story');
    const story = await store.getStory(asStoryId(id));
    if (story === undefined) return notFound('story', id);
    const events = await store.listEvents({ storyId: story.id, sort: 'recency', limit: 500 });
    return c.json({ story, events: events.items });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = pathId(c.req.param('id'), 'article');
    const stored = await store.getArticle(asArticleId(id));
    if (stored === undefined) return notFound('article', id);
    const [eventId] = await store.eventIdsOfArticles([stored.article.id]);
    return c.json({ article: stored.article, key: stored.key, storedAt: stored.storedAt, ...(eventId === undefined ? {} : { eventId }) });
  });

  app.get('/api/search', async (c) => c.json(await store.searchArticles(searchQuery(c.req.url))));

  app.post('/api/corrections', write, ...bodyGuard(limits), async (c) => {
    const { correction, author } = correctionInput(await jsonBody(c.req));
    const named = correction.kind === 'move' ? [correction.article, correction.to] : correction.kind === 'merge' ? correction.articles : [...correction.articles, ...correction.from];
    const known = await store.existingArticleIds(named);
    const unknown = named.filter((a) => !known.has(a));
    if (unknown.length > 0) throw new ApiError('E_CORRECTIONS', `unknown article id(s): ${unknown.slice(0, 10).join(', ')}; name stored articles (GET /api/events/{id}/articles)`);
    return c.json(await service.correct(correction, author), 201);
  });

  app.post('/api/ingest', write, ...bodyGuard(limits), async (c) => {
    const { raws, rejected } = ingestInput(await jsonBody(c.req), limits.maxIngestArticles);
    return c.json(await service.ingestRaw(raws, rejected));
  });

  // Known paths with another method: 405 with the allowed methods, not 404.
  const allowed = new Map<string, string[]>();
  for (const [method, path] of API_ROUTES) allowed.set(path, [...(allowed.get(path) ?? []), method.toUpperCase()]);
  for (const [path, methods] of allowed) {
    app.all(path.replace(/\{(\w+)\}/gu, ':$1'), (c) => {
      c.header('Allow', [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '));
      return errorResponse(c, 'E_METHOD', `${c.req.method} is not allowed here; use ${methods.join(' or ')}`);
    });
  }

  app.route('/', createWebApp({ store, service, auth, log }));
  return app;
}
