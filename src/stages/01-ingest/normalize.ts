// Normalisation of values every format shares: publication dates → ISO, languages → ISO 639-1,
// and the content-hash article id. Pure.
import { createHash } from 'node:crypto';
import { asArticleId, type ArticleId } from '../../model/ids.js';
import { ID_HEX_CHARS, ID_PREFIX, LANGUAGE_ALIASES } from './rules.js';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** RFC 822/2822 (RSS pubDate): optional weekday, day, month name, 2- or 4-digit year, time, zone. */
const RFC_822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4})?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const SLASHED_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822 zone names (military single letters other than Z are ambiguous and treated as unknown). */
const ZONES: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dateOnly(y: number, m: number, d: number): string | undefined {
  return validDay(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : undefined;
}

function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === '') return 0; // no zone given: read as UTC (documented)
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const hours = ZONES[zone.toUpperCase()];
  return hours === undefined ? undefined : hours * 60;
}

function dateTime(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string | undefined): string | undefined {
  if (!validDay(y, mo, d) || h > 23 || mi > 59 || s > 60) return undefined;
  const offset = offsetMinutes(zone);
  if (offset === undefined) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)) - offset * 60_000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Normalises a publication date: a date-only value stays `YYYY-MM-DD`, a date-time becomes
 * `YYYY-MM-DDTHH:MM:SSZ` (UTC). Accepts ISO 8601, RFC 822 (RSS) and a few written forms
 * ("21 January 2022", "January 21, 2022", "2022/01/21"). A time without a zone is read as UTC.
 * Returns undefined for anything it cannot read unambiguously.
 */
export function normalizeDate(value: string): string | undefined {
  const v = value.trim();
  let m = DATE_ONLY.exec(v);
  if (m) return dateOnly(Number(m[1]), Number(m[2]), Number(m[3]));
  m = ISO_DATE_TIME.exec(v);
  if (m) return dateTime(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[7]);
  m = RFC_822.exec(v);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    if (month === undefined) return undefined;
    let year = Number(m[3]);
    if ((m[3] ?? '').length === 2) year += year < 50 ? 2000 : 1900;
    if (m[4] === undefined) return dateOnly(year, month, Number(m[1]));
    return dateTime(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[7]);
  }
  m = DAY_MONTH_YEAR.exec(v);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month === undefined ? undefined : dateOnly(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(v);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month === undefined ? undefined : dateOnly(Number(m[3]), month, Number(m[2]));
  }
  m = SLASHED_YMD.exec(v);
  if (m) return dateOnly(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** `fr-FR` → `fr`, `EN_us` → `en`, `fra`/`French` → `fr`; undefined when it is not a language tag. */
export function normalizeLanguage(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const alias = LANGUAGE_ALIASES[v];
  if (alias !== undefined) return alias;
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/.exec(v);
  if (!m?.[1]) return undefined;
  if (m[1].length === 2) return m[1];
  return LANGUAGE_ALIASES[m[1]];
}

/** What the id hashes: the body with every whitespace run collapsed to one space, NFC, trimmed. */
export function normalizedForId(body: string): string {
  return body.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Stable content id: `a` + the first 15 hex characters of sha256 over the whitespace-normalised body. */
export function articleId(body: string): ArticleId {
  const hex = createHash('sha256').update(normalizedForId(body), 'utf8').digest('hex');
  return asArticleId(ID_PREFIX + hex.slice(0, ID_HEX_CHARS));
}
