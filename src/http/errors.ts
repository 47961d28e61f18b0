// The HTTP API's error catalog: every error body is `{ error: { code, message } }` with the status
// its code maps to. Messages name the offending parameter or field and say what to send instead;
// stack traces and internal messages never reach the client.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const HTTP_ERRORS = {
  E_BAD_QUERY: { status: 400, meaning: 'a query parameter is missing, unknown or malformed' },
  E_BAD_BODY: { status: 400, meaning: 'the request body is not what the route expects' },
  E_CORRECTIONS: { status: 400, meaning: 'the correction is malformed or names unknown articles' },
  E_UNAUTHORIZED: { status: 401, meaning: 'a bearer token is required (Authorization: Bearer <token>)' },
  E_FORBIDDEN: { status: 403, meaning: 'the token does not allow this request' },
  E_NOT_FOUND: { status: 404, meaning: 'no such route, event, story or article' },
  E_METHOD: { status: 405, meaning: 'the route does not accept this method' },
  E_TOO_LARGE: { status: 413, meaning: 'the request body is larger than the limit' },
  E_MEDIA_TYPE: { status: 415, meaning: 'the request body must be application/json' },
  E_TIMEOUT: { status: 503, meaning: 'the request took longer than the time limit' },
  E_INTERNAL: { status: 500, meaning: 'an unexpected error; the server log has the details' },
} as const satisfies Record<string, { status: ContentfulStatusCode; meaning: string }>;

export type HttpErrorCode = keyof typeof HTTP_ERRORS;

/** Thrown by handlers and middleware; turned into the JSON error body by the app's error handler. */
export class ApiError extends Error {
  readonly code: HttpErrorCode;
  readonly status: ContentfulStatusCode;

  constructor(code: HttpErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = HTTP_ERRORS[code].status;
  }
}

export type ErrorBody = { error: { code: string; message: string } };

/** The JSON error response for `code` (WWW-Authenticate on 401, as RFC 6750 asks; Connection: close on 413). */
export function errorResponse(c: Context, code: HttpErrorCode, message: string): Response {
  if (code === 'E_UNAUTHORIZED') c.header('WWW-Authenticate', 'Bearer realm="parallax"');
  // The rest of an oversize body is not read: the connection cannot be reused.
  if (code === 'E_TOO_LARGE') c.header('Connection', 'close');
  return c.json({ error: { code, message } } satisfies ErrorBody, HTTP_ERRORS[code].status);
}
