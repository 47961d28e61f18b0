// Bearer-token auth for the HTTP API. Writes (POST) always need a write token; reads are open
// unless a read token is configured (then either token opens them). Tokens are compared as
// SHA-256 digests with crypto.timingSafeEqual, every configured token checked (no early exit), so
// neither the token's content nor which token matched shows in the response time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../storage/store.js';
import { ParallaxError } from '../errors.js';
import { ApiError } from './errors.js';

/** Store setting holding the SHA-256 (hex) of the write token generated on first start. */
export const WRITE_TOKEN_HASH_SETTING = 'http.writeTokenSha256';
/** Random bytes in a generated token (base64url: 43 characters). */
export const GENERATED_TOKEN_BYTES = 32;
/** Shortest token accepted from configuration. */
export const MIN_TOKEN_CHARS = 16;

export type AuthOptions = {
  /** Plain write tokens (from configuration or `--token`). */
  writeTokens?: readonly string[];
  /** SHA-256 digests (hex) of further write tokens, e.g. the generated one kept in store settings. */
  writeTokenHashes?: readonly string[];
  /** When set, reads (GET) need `Authorization: Bearer <readToken>` (a write token works too). */
  readToken?: string;
};

/** What the app (and the web UI mounted in it) asks about a request's token. */
export type Auth = {
  /** True when reads need no token. */
  readonly readOpen: boolean;
  /** True when at least one write token is configured (else every write is refused). */
  readonly writeEnabled: boolean;
  /** True when `token` is a write token. */
  canWrite(token: string | undefined): boolean;
  /** True when reads are open or `token` is the read token or a write token. */
  canRead(token: string | undefined): boolean;
};

export const sha256 = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();
export const sha256Hex = (token: string): string => sha256(token).toString('hex');

const HEX_DIGEST = /^[0-9a-f]{64}$/u;

/** Compares `digest` with every candidate in constant time per candidate; no early exit. */
function matchesAny(digest: Buffer, candidates: readonly Buffer[]): boolean {
  let found = false;
  for (const candidate of candidates) found = timingSafeEqual(digest, candidate) || found;
  return found;
}

export function createAuth(options: AuthOptions): Auth {
  const hashes = (options.writeTokenHashes ?? []).map((h) => {
    if (!HEX_DIGEST.test(h)) throw new ParallaxError('E_CONFIG', `write token hash "${h.slice(0, 8)}…" is not a SHA-256 hex digest`);
    return Buffer.from(h, 'hex');
  });
  const write = [...(options.writeTokens ?? []).map(sha256), ...hashes];
  const read = options.readToken === undefined ? undefined : [sha256(options.readToken)];
  const canWrite = (token: string | undefined): boolean => token !== undefined && write.length > 0 && matchesAny(sha256(token), write);
  return {
    readOpen: read === undefined,
    writeEnabled: write.length > 0,
    canWrite,
    canRead: (token) => {
      if (read === undefined) return true;
      if (token === undefined) return false;
      const digest = sha256(token);
      return matchesAny(digest, read) || (write.length > 0 && matchesAny(digest, write));
    },
  };
}

/** The token of an `Authorization: Bearer <token>` header; undefined when absent or another scheme. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const m = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/iu.exec(header);
  return m?.[1];
}

/** Middleware: 401 without a token, 403 with a token that may not write. */
export function requireWrite(auth: Auth): MiddlewareHandler {
  return async (c, next) => {
    if (!auth.writeEnabled) throw new ApiError('E_FORBIDDEN', 'writes are disabled: the server was started without a write token');
    const token = bearerToken(c.req.header('authorization'));
    if (token === undefined) throw new ApiError('E_UNAUTHORIZED', 'this request changes data: send "Authorization: Bearer <write token>"');
    if (!auth.canWrite(token)) throw new ApiError('E_FORBIDDEN', 'the bearer token is not a write token');
    await next();
  };
}

/** Middleware: when reads are closed, 401 without a token and 403 with a wrong one (paths in `open` excepted). */
export function requireRead(auth: Auth, open: ReadonlySet<string> = new Set()): MiddlewareHandler {
  return async (c, next) => {
    if (!auth.readOpen && !open.has(c.req.path)) {
      const token = bearerToken(c.req.header('authorization'));
      if (token === undefined) throw new ApiError('E_UNAUTHORIZED', 'reads need a token on this server: send "Authorization: Bearer <read token>"');
      if (!auth.canRead(token)) throw new ApiError('E_FORBIDDEN', 'the bearer token is not a read or write token');
    }
    await next();
  };
}

export type ResolvedTokens = {
  options: AuthOptions;
  /** The token generated on this (first) start: show it once; only its hash is kept. */
  generated?: string;
};

/**
 * Write tokens for a server on `store`: the configured ones when given; otherwise the generated
 * token whose hash is in the store settings, generating (and storing the hash of) a new one on
 * first start. Configured tokens shorter than MIN_TOKEN_CHARS are refused.
 */
export async function resolveTokens(store: Store, configured: { writeTokens?: readonly string[]; readToken?: string }): Promise<ResolvedTokens> {
  for (const t of [...(configured.writeTokens ?? []), ...(configured.readToken === undefined ? [] : [configured.readToken])]) {
    if (t.length < MIN_TOKEN_CHARS || !/^[\x21-\x7e]+$/u.test(t)) {
      throw new ParallaxError('E_CONFIG', `a token must be at least ${String(MIN_TOKEN_CHARS)} printable ASCII characters without spaces`);
    }
  }
  const read = configured.readToken === undefined ? {} : { readToken: configured.readToken };
  if (configured.writeTokens !== undefined && configured.writeTokens.length > 0) return { options: { writeTokens: configured.writeTokens, ...read } };
  const stored = await store.getSetting(WRITE_TOKEN_HASH_SETTING);
  if (stored !== undefined && HEX_DIGEST.test(stored)) return { options: { writeTokenHashes: [stored], ...read } };
  const generated = randomBytes(GENERATED_TOKEN_BYTES).toString('base64url');
  await store.putSetting(WRITE_TOKEN_HASH_SETTING, sha256Hex(generated));
  return { options: { writeTokenHashes: [sha256Hex(generated)], ...read }, generated };
}
