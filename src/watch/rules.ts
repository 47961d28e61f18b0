// Named constants for watching: which addresses the fetcher refuses, fetch and polling defaults,
// backoff, and when a feed item counts as "only a summary".

/** A range of addresses the fetcher refuses unless allowed, with the name used in error messages. */
export type BlockedRange = { cidr: string; name: string };

/**
 * IPv4 ranges that are not the public internet (RFC 6890 special-purpose registry): reaching them
 * from a server that fetches user-given URLs is server-side request forgery.
 */
export const BLOCKED_IPV4: readonly BlockedRange[] = [
  { cidr: '0.0.0.0/8', name: 'unspecified ("this network")' },
  { cidr: '10.0.0.0/8', name: 'private' },
  { cidr: '100.64.0.0/10', name: 'carrier-grade NAT (shared)' },
  { cidr: '127.0.0.0/8', name: 'loopback' },
  { cidr: '169.254.0.0/16', name: 'link-local (cloud metadata)' },
  { cidr: '172.16.0.0/12', name: 'private' },
  { cidr: '192.0.0.0/24', name: 'IETF protocol assignment' },
  { cidr: '192.0.2.0/24', name: 'documentation' },
  { cidr: '192.88.99.0/24', name: '6to4 relay anycast' },
  { cidr: '192.168.0.0/16', name: 'private' },
  { cidr: '198.18.0.0/15', name: 'benchmarking' },
  { cidr: '198.51.100.0/24', name: 'documentation' },
  { cidr: '203.0.113.0/24', name: 'documentation' },
  { cidr: '224.0.0.0/4', name: 'multicast' },
  { cidr: '240.0.0.0/4', name: 'reserved (and broadcast)' },
];

/** IPv4-mapped IPv6 (::ffff:a.b.c.d): refused as such, whatever IPv4 address it carries. */
export const IPV4_MAPPED: BlockedRange = { cidr: '::ffff:0:0/96', name: 'IPv4-mapped IPv6' };

export const BLOCKED_IPV6: readonly BlockedRange[] = [
  { cidr: '::/128', name: 'unspecified' },
  { cidr: '::1/128', name: 'loopback' },
  { cidr: '::/96', name: 'IPv4-compatible IPv6 (deprecated)' },
  { cidr: '64:ff9b:1::/48', name: 'local-use IPv4/IPv6 translation' },
  { cidr: '100::/64', name: 'discard-only' },
  { cidr: '2001:db8::/32', name: 'documentation' },
  { cidr: 'fc00::/7', name: 'unique local (private)' },
  { cidr: 'fe80::/10', name: 'link-local' },
  { cidr: 'fec0::/10', name: 'site-local (deprecated, private)' },
  { cidr: 'ff00::/8', name: 'multicast' },
];

/** Redirect statuses the fetcher follows (always with GET; the fetcher never sends a body). */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Content-Encoding values the fetcher decodes; anything else is refused. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

/** Fetch defaults (parallax.config.json "fetch"). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'parallax-watch/0.1 (+https://www.npmjs.com/package/parallax)';

/** Polling defaults. */
export const DEFAULT_FEED_INTERVAL_MINUTES = 30;
export const DEFAULT_FOLDER_INTERVAL_MINUTES = 5;
export const MIN_INTERVAL_MINUTES = 1;

/**
 * Backoff after a failed poll: the delay is the interval × 2^failures, capped at BACKOFF_MAX_MS
 * (or the interval, if that is longer), then reduced by up to BACKOFF_JITTER of itself at random
 * so that feeds failing together do not retry together.
 */
export const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;
export const BACKOFF_JITTER = 0.5;

/**
 * A feed item whose text is shorter than this (and with fetchArticles "auto") is taken for a
 * summary (a description without content:encoded) and its article page is fetched. Feeds that
 * carry whole articles have thousands of characters per item; descriptions are one or two sentences.
 */
export const SUMMARY_MAX_CHARS = 600;

/** At most this many article pages are fetched per feed and poll (the rest wait for the next poll). */
export const MAX_PAGES_PER_POLL = 30;
/** Article pages fetched at the same time for one feed; feeds polled at the same time. */
export const PAGE_CONCURRENCY = 4;
export const FEED_CONCURRENCY = 4;

/** The watch loop never sleeps longer than this (so config-independent wake-ups stay regular). */
export const MAX_SLEEP_MS = 60_000;
/** …and never shorter (a clock that went backwards cannot make it spin). */
export const MIN_SLEEP_MS = 1_000;

/** Store keys: folder snapshots (settings) and folder polling state (feed state, by this prefix). */
export const FOLDER_STATE_PREFIX = 'folder:';
export const FOLDER_SNAPSHOT_SETTING = 'watch.folder-snapshot:';
