// Named constants for stage 3 (language detection and sentence splitting).

/** Paragraphs shorter than this are not given their own language (too little evidence). */
export const MIN_PARAGRAPH_CHARS_FOR_LANGUAGE = 120;

/** Text sampled from the start of an article for its language (detection cost grows with length). */
export const ARTICLE_LANGUAGE_SAMPLE_CHARS = 3000;

/**
 * A paragraph is marked as being in another language only when the detector prefers that language
 * by at least this margin over the article's language.
 */
export const PARAGRAPH_LANGUAGE_MARGIN = 0.08;

/**
 * Abbreviations after which a period does not end a sentence (lower-cased, without the final
 * period). Intl.Segmenter (ICU) breaks after "Mr." or "U.S." when a capital follows; these undo that.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English titles and common abbreviations
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'no', 'nos', 'vol', 'fig',
  'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'approx', 'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
  'e.u', 'd.c', 'u.s.a', 'ph.d',
  // French
  'm', 'mm', 'mme', 'mmes', 'mlle', 'me', 'pr', 'av', 'bd', 'env', 'cf', 'p', 'chap',
  // Spanish
  'sra', 'srta', 'dra', 'lic', 'ing', 'ud', 'uds', 'pág', 'núm', 'avda', 'aprox', 'ee.uu', 'eeuu', 'excmo',
  // German
  'hr', 'fr', 'nr', 'bzw', 'ca', 'z.b', 'd.h', 'u.a', 'usw', 'vgl', 'dt', 'str', 'evtl', 'ggf', 'inkl', 'bzgl',
]);

/** A segment ending in a single letter and a period is an initial ("J. R. Smith", "z. B."). */
export const INITIAL_AT_END = /(?:^|[\s(“"'«„])\p{L}\.$/u;

/** The last word of a segment, with inner periods ("U.S.", "a.m."), before its final period. */
export const LAST_WORD_BEFORE_PERIOD = /(?<!\p{L})(\p{L}[\p{L}.]{0,9})\.$/u;

/**
 * German (and other) ordinals: "am 3. März" — a day number with a period followed by a month
 * name, or by a lower-case word, is not a sentence end.
 */
export const ORDINAL_AT_END = /(?:^|\s)\d{1,2}\.$/u;
export const MONTH_OR_LOWER_START =
  /^(?:\p{Ll}|(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)/u;

/** A segment that starts with a lower-case letter continues the previous one ("… 10 a.m. on Friday"). */
export const LOWER_START = /^\p{Ll}/u;
