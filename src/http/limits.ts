// Defaults and bounds of the HTTP API, in one place.

/** Largest request body accepted (bytes); larger bodies get 413 before they are read in full. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Time a request may take before it is answered 503 (ms). Ingest analyses articles, so it is generous. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** Most articles one POST /api/ingest may carry. */
export const DEFAULT_MAX_INGEST_ARTICLES = 1_000;

/** Page sizes of list routes (the store's own bounds: default 50, max 500). */
export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 500;
/** Largest offset accepted (deeper pages: narrow the filters instead). */
export const MAX_OFFSET = 10_000_000;
/** Longest filter value (entity, outlet …) and search text, in characters. */
export const MAX_FILTER_CHARS = 200;
export const MAX_SEARCH_CHARS = 500;
/** Longest id accepted in a path (longer is certainly unknown: 404 without a lookup). */
export const MAX_ID_CHARS = 128;

export type Limits = {
  maxBodyBytes: number;
  requestTimeoutMs: number;
  maxIngestArticles: number;
};

export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS,
  maxIngestArticles: DEFAULT_MAX_INGEST_ARTICLES,
};
