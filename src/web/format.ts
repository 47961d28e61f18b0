// Small formatting helpers shared by the pages (plain strings; callers escape).
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** YYYY-MM-DD of an ISO date or date-time, or the input when it is not one. */
export const day = (iso: string | undefined): string => (iso === undefined ? '' : iso.slice(0, 10));

/** A URL for `path` with the non-empty parameters, in the given order. */
export function withQuery(path: string, params: Readonly<Record<string, string | number | undefined>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s === '' ? path : `${path}?${s}`;
}

export const eventHref = (id: string): string => `/events/${encodeURIComponent(id)}`;
export const articleHref = (id: string): string => `/articles/${encodeURIComponent(id)}`;
export const storyHref = (id: string): string => `/stories/${encodeURIComponent(id)}`;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A YYYY-MM-DD date that exists, or undefined. */
export function isoDay(s: string | undefined): string | undefined {
  if (s === undefined || !ISO_DAY.test(s)) return undefined;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s ? undefined : s;
}

/** The ISO day `days` after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
