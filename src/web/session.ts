// Editor sessions for the web UI: the sign-in form posts the write token, which is kept in an
// HttpOnly, SameSite=Strict cookie (never readable by page script). Forms that change data carry
// a CSRF token derived from the session token with HMAC, checked in constant time; the request's
// Origin (when the browser sends it) must be this server's.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'parallax_editor';
/** How long a sign-in lasts (seconds). */
export const SESSION_MAX_AGE_S = 12 * 3600;
const CSRF_CONTEXT = 'parallax-web-csrf-v1';

/** What the web UI asks about tokens (the HTTP API's Auth satisfies it). */
export type WebAuth = {
  /** True when at least one write token is configured. */
  readonly writeEnabled: boolean;
  canWrite(token: string | undefined): boolean;
};

const isHttps = (c: Context): boolean => new URL(c.req.url).protocol === 'https:';

export function sessionToken(c: Context): string | undefined {
  const t = getCookie(c, SESSION_COOKIE);
  return t === undefined || t === '' ? undefined : t;
}

/** The signed-in editor's token, when the cookie holds a write token. */
export function editorToken(c: Context, auth: WebAuth | undefined): string | undefined {
  const t = sessionToken(c);
  return t !== undefined && auth?.canWrite(t) === true ? t : undefined;
}

export function signIn(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c), maxAge: SESSION_MAX_AGE_S });
}

export function signOut(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

export function csrfToken(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update(CSRF_CONTEXT).digest('base64url');
}

export function csrfValid(sessionToken: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(csrfToken(sessionToken));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * False when the browser says the form came from another site: `Sec-Fetch-Site` when sent
 * (modern browsers), and `Origin` unless it is "null" (what browsers send under the pages'
 * no-referrer policy). Hosts are compared, not schemes, so a server behind a TLS-terminating
 * proxy still accepts its own forms.
 */
export function sameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === (c.req.header('host') ?? new URL(c.req.url).host);
}

/** A redirect target from a form: a path on this site only (no scheme, no //host). */
export function localPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || /[\r\n]/.test(next)) return fallback;
  return next;
}
