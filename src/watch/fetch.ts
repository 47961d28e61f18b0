// The guarded fetcher: GETs a user-given URL without letting it reach what it should not.
//
// Built on node:http/https rather than the global fetch (undici): http.request lets us connect to
// an address we resolved and checked ourselves while still sending the URL's Host header and TLS
// SNI/certificate name (Node 20's global fetch exposes no way to pin the address without the
// separate undici package), it never follows redirects by itself, and the raw body stream lets us
// count compressed and decompressed bytes separately.
//
// Per hop: http(s) only → resolve the host (every address, dns.lookup all) → refuse if any address
// is in a blocked range and not allowed (address.ts) → connect to the first checked address (no
// second lookup, so no DNS-rebinding window) → a redirect is followed by hand (at most
// maxRedirects, each new URL checked again from the start). The body is read with the size limit
// enforced while streaming, on the bytes received and on the bytes after gzip/deflate/br
// decoding (a decompression bomb stops at the limit). One deadline covers lookups, every hop and
// the body.
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { ParallaxError, isParallaxError } from '../errors.js';
import { bareHostname, createAddressPolicy, type AddressPolicy } from './address.js';
import { ACCEPT_ENCODING, REDIRECT_STATUSES } from './rules.js';

export type FetchPolicy = {
  /** Largest body accepted, in bytes, counted both as received and after decompression. */
  maxBytes: number;
  /** Time limit for the whole fetch: lookups, redirects and body (ms). */
  timeoutMs: number;
  /** Redirects followed at most; one more is an error. */
  maxRedirects: number;
  /** Host names, IP addresses or CIDR ranges allowed although private/loopback/link-local … */
  allowPrivate?: readonly string[];
  userAgent: string;
};

export type ResolvedAddress = { address: string; family: number };
/** Resolves a host name to all its addresses (default: dns.lookup with all: true). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type FetchRequest = {
  accept?: string;
  /** Conditional GET validators from an earlier response. */
  etag?: string;
  lastModified?: string;
};

export type FetchResponse = {
  /** The URL that answered (after redirects). */
  url: string;
  /** 2xx, or 304 when a conditional request found nothing new (then `body` is empty). */
  status: number;
  headers: IncomingHttpHeaders;
  /** Decoded (decompressed) body. */
  body: Buffer;
  /** Every URL redirected to, in order. */
  redirects: string[];
};

/** The port the scheduler uses; tests may give their own. */
export interface Fetcher {
  fetch(url: string, request?: FetchRequest): Promise<FetchResponse>;
}

const defaultResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

type Deadline = { signal: AbortSignal; expired: () => boolean };

function fail(code: 'E_FETCH' | 'E_FETCH_BLOCKED' | 'E_FETCH_TOO_LARGE' | 'E_FETCH_TIMEOUT', url: string, what: string, cause?: unknown): ParallaxError {
  return new ParallaxError(code, `${url}: ${what}`, url, cause === undefined ? undefined : { cause });
}

/** Parses `raw` and checks the scheme. */
export function checkedUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch (e) {
    throw fail('E_FETCH', raw, 'not a valid URL; give an absolute http:// or https:// URL', e);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fail('E_FETCH_BLOCKED', url.href, `the scheme "${url.protocol}" is refused; only http: and https: URLs are fetched`);
  }
  return url;
}

/** Resolves the URL's host and returns the address to connect to, after checking every address. */
async function pinnedAddress(url: URL, policy: AddressPolicy, resolve: Resolver, deadline: Deadline): Promise<ResolvedAddress> {
  const host = bareHostname(url.hostname);
  let addresses: ResolvedAddress[];
  if (isIP(host) !== 0) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await abortable(resolve(host), deadline.signal);
    } catch (e) {
      if (deadline.expired()) throw e;
      const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : e instanceof Error ? e.message : String(e);
      throw fail('E_FETCH', url.href, `the host name ${host} cannot be resolved (${code}); check the URL`, e);
    }
  }
  if (addresses.length === 0) throw fail('E_FETCH', url.href, `the host name ${host} has no address; check the URL`);
  for (const { address } of addresses) {
    const refusal = policy.refusal(host, address);
    if (refusal !== undefined) throw fail('E_FETCH_BLOCKED', url.href, refusal);
  }
  const first = addresses[0] as ResolvedAddress;
  return first;
}

/** Races a promise that cannot be cancelled (a DNS lookup) against the deadline. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => { reject(signal.reason instanceof Error ? signal.reason : new Error('aborted')); };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e: unknown) => { signal.removeEventListener('abort', onAbort); reject(e instanceof Error ? e : new Error(String(e))); },
    );
  });
}

/** Sends one GET to the pinned address; resolves when the response headers arrive. */
function send(url: URL, target: ResolvedAddress, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  const host = bareHostname(url.hostname);
  const options = {
    // Connect to the checked address itself; the name travels in Host and in TLS SNI below.
    host: target.address,
    family: isIP(target.address),
    port: url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port),
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    headers: { ...headers, host: url.host },
    agent: false as const,
    signal,
  };
  return new Promise((resolve, reject) => {
    const req = url.protocol === 'https:'
      // servername is the certificate name checked and the SNI sent; never an IP literal (RFC 6066).
      ? httpsRequest({ ...options, ...(isIP(host) === 0 ? { servername: host } : {}) }, resolve)
      : httpRequest(options, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** Counts bytes passing through and fails once more than `max` went by. */
class ByteLimit extends Transform {
  private seen = 0;
  constructor(private readonly max: number, private readonly onOver: (seen: number) => Error) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.max) done(this.onOver(this.seen));
    else done(null, chunk);
  }
}

function decoderFor(encoding: string, url: string): Transform | undefined {
  switch (encoding) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw fail('E_FETCH', url, `the response uses the content encoding "${encoding}", which is not supported (gzip, deflate, br)`);
  }
}

/** Reads the body with the size limit enforced on received and on decoded bytes. */
async function readBody(res: IncomingMessage, url: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw fail('E_FETCH_TOO_LARGE', url, `the response declares ${declared} bytes, over the limit of ${maxBytes} bytes (fetch.maxBytes)`);
  }
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  let decoder: Transform | undefined;
  try {
    decoder = decoderFor(encoding, url);
  } catch (e) {
    res.destroy();
    throw e;
  }
  const chunks: Buffer[] = [];
  const received = new ByteLimit(maxBytes, (n) => fail('E_FETCH_TOO_LARGE', url, `the response is over the limit of ${maxBytes} bytes (fetch.maxBytes); stopped after ${n} bytes`));
  const decoded = new ByteLimit(maxBytes, (n) => fail('E_FETCH_TOO_LARGE', url, `the ${encoding}-compressed response decompresses to more than ${maxBytes} bytes (fetch.maxBytes); stopped after ${n} bytes`));
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  try {
    if (decoder === undefined) await pipeline(res, received, sink, { signal });
    else await pipeline(res, received, decoder, decoded, sink, { signal });
  } catch (e) {
    if (isParallaxError(e) || signal.aborted) throw e;
    const message = e instanceof Error ? e.message : String(e);
    const zlibError = e instanceof Error && 'code' in e && String(e.code).startsWith('Z_');
    const what = decoder !== undefined && zlibError
      ? `the ${encoding}-compressed body is corrupt (${message})`
      : `the connection failed while reading the body (${message})`;
    throw fail('E_FETCH', url, what, e);
  }
  return Buffer.concat(chunks);
}

function requestHeaders(policy: FetchPolicy, request: FetchRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': policy.userAgent,
    'accept-encoding': ACCEPT_ENCODING,
    accept: request.accept ?? '*/*',
    connection: 'close',
  };
  if (request.etag !== undefined) headers['if-none-match'] = request.etag;
  if (request.lastModified !== undefined) headers['if-modified-since'] = request.lastModified;
  return headers;
}

/** Creates a fetcher bound to a policy. Throws E_CONFIG for a bad allow-list entry. */
export function createFetcher(policy: FetchPolicy, options: { resolve?: Resolver } = {}): Fetcher {
  const addresses = createAddressPolicy(policy.allowPrivate ?? []);
  const resolve = options.resolve ?? defaultResolver;
  return {
    async fetch(rawUrl, request = {}) {
      let url = checkedUrl(rawUrl);
      const controller = new AbortController();
      let expired = false;
      const timer = setTimeout(() => {
        expired = true;
        controller.abort(fail('E_FETCH_TIMEOUT', url.href, `no complete response within ${policy.timeoutMs} ms (fetch.timeoutMs); the server is slow or not answering`));
      }, policy.timeoutMs);
      const deadline: Deadline = { signal: controller.signal, expired: () => expired };
      const headers = requestHeaders(policy, request);
      const redirects: string[] = [];
      try {
        for (;;) {
          const target = await pinnedAddress(url, addresses, resolve, deadline);
          let res: IncomingMessage;
          try {
            res = await send(url, target, headers, controller.signal);
          } catch (e) {
            if (deadline.expired()) throw e;
            throw fail('E_FETCH', url.href, `the request failed (${e instanceof Error ? e.message : String(e)})`, e);
          }
          const status = res.statusCode ?? 0;
          const location = res.headers.location;
          if (REDIRECT_STATUSES.has(status) && location !== undefined) {
            res.destroy();
            if (redirects.length >= policy.maxRedirects) {
              throw fail('E_FETCH', rawUrl, `more than ${policy.maxRedirects} redirects (fetch.maxRedirects); the last one pointed to ${location}`);
            }
            url = checkedUrl(location, url);
            redirects.push(url.href);
            continue;
          }
          if (status === 304) {
            res.destroy();
            return { url: url.href, status, headers: res.headers, body: Buffer.alloc(0), redirects };
          }
          if (status < 200 || status > 299) {
            res.destroy();
            throw fail('E_FETCH', url.href, `the server answered HTTP ${status}${res.statusMessage === undefined ? '' : ` ${res.statusMessage}`}`);
          }
          const body = await readBody(res, url.href, policy.maxBytes, controller.signal);
          return { url: url.href, status, headers: res.headers, body, redirects };
        }
      } catch (e) {
        if (deadline.expired()) {
          const reason: unknown = controller.signal.reason;
          throw isParallaxError(reason) ? reason : fail('E_FETCH_TIMEOUT', url.href, `no complete response within ${policy.timeoutMs} ms`);
        }
        throw e;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
