// One error type for the whole engine, with a catalog of codes. Messages name the input and say
// what to do. Expected rejections of inputs become `Rejection` values in the report.

export const ERROR_CODES = {
  E_NOT_FOUND: 'the path does not exist',
  E_UNREADABLE: 'the path cannot be read',
  E_TOO_LARGE: 'the file is larger than the size limit',
  E_EMPTY: 'the input has no text',
  E_BINARY: 'the file is binary, not text',
  E_ENCODING: 'the bytes are not valid text in any supported encoding',
  E_UNSUPPORTED: 'the file type is not supported',
  E_HTML: 'no article text could be extracted from the HTML',
  E_JSONL_LINE: 'a JSON Lines line is malformed',
  E_FEED: 'the feed is malformed',
  E_META: 'the metadata sidecar is malformed',
  E_DUPLICATE: 'the same article content was already read from another input',
  E_NO_ARTICLE_TEXT: 'nothing was left after removing non-article lines',
  E_NOTHING_ANALYSED: 'no input could be analysed',
  E_USAGE: 'the command line is invalid',
  E_CONFIG: 'the configuration is invalid',
  E_CORRECTIONS: 'the corrections file is malformed',
  E_SCHEMA: 'the report does not match its schema',
  E_FETCH: 'a URL could not be fetched',
  E_FETCH_BLOCKED: 'fetching the URL is refused (scheme, or a private/loopback/link-local address not allowed)',
  E_FETCH_TOO_LARGE: 'the response is larger than the size limit',
  E_FETCH_TIMEOUT: 'the fetch took longer than the time limit',
  E_STORE: 'the store cannot be opened, read or written',
  E_QUERY: 'a query to the store is invalid',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ParallaxError extends Error {
  readonly code: ErrorCode;
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, input?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ParallaxError';
    this.code = code;
    this.input = input;
  }
}

export const isParallaxError = (e: unknown): e is ParallaxError => e instanceof ParallaxError;
