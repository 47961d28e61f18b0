// Named constants for quantity extraction. Each has a fixture in test/fixtures/quantities/*.json
// (the `why` field of a case names the constant it shows).

/** "about 100,000" → [90,000, 110,000]: relative half-width of an approximate value. */
export const APPROX_TOLERANCE = 0.1;

/** "several", "dozens", "hundreds", "tens of thousands": between 2 and 9 times the unit word. */
export const SEVERAL_RANGE: readonly [number, number] = [2, 9];

/** Plain four-digit numbers in this range are years ("in 2014"), unless a unit follows ("2000 people" is kept only with a separator: "2,000"). */
export const YEAR_RANGE: readonly [number, number] = [1800, 2100];

/** Tokens: numbers (with space-grouped thousands for fr/es/de and no-break spaces everywhere), words, single symbols. */
export const TOKEN_SPACED = /(\d{1,3}(?:[\u00a0\u202f ]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)([\p{L}\p{M}]*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*)|(\S)/gu;
/** English: a plain space does not group thousands ("in 2014 100 people" is two numbers). */
export const TOKEN_EN = /(\d{1,3}(?:[\u00a0\u202f]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)([\p{L}\p{M}]*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*)|(\S)/gu;

/** Suffixes glued to digits that make an ordinal ("3rd", "1er", "2e", "5º"). */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'e', 'er', 're', 'ère', 'ème', 'eme', 'o', 'a', 'º', 'ª', 'te', 'ten']);

/** Sentence-ending marks: a capitalised word after them is not a name. */
export const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '«', '"', '“', '„', '»', '”', '(', ')', '–', '—']);

/** A digit group with this many numbers separated only by spaces, dashes, dots or slashes is a phone number or a code. */
export const PHONE_RUN_MIN = 3;

/** Characters allowed between the parts of a phone-like run. */
export const PHONE_GAP = /^[\s\-./()]{0,2}$/u;

/** German words before a number that make it part of a name ("Artikel 5"). Other languages: any capitalised word mid-sentence. */
export const NAME_NOUNS = new Set([
  'artikel', 'article', 'artículo', 'paragraf', 'paragraph', 'kapitel', 'chapter', 'chapitre', 'capítulo', 'gruppe',
  'version', 'modell', 'nummer', 'number', 'nr', 'no', 'n°', 'nº', 'level', 'stufe', 'phase', 'typ', 'type',
]);

/** German adjectives before the counted noun end like this ("tragbare Akkus", "neue Sitze"). */
export const DE_ADJECTIVE_END = /(?:e|en|er|es|em)$/u;

/** Longest counted noun phrase, in words ("two nearby hamlets" → "nearby hamlets"). */
export const COUNTED_MAX_WORDS = 3;

/** How many tokens back a cue ("a little less than") may start before the number. */
export const CUE_MAX_TOKENS = 4;

/** Longest multi-word unit or phrase, in tokens ("points de pourcentage", "kilómetros cuadrados"). */
export const PHRASE_MAX_TOKENS = 4;

/** Verbs between a noun and its number: "troops numbering 100,000", "a crowd totalling 2,000". */
export const COUNT_VERBS = ['numbering', 'totalling', 'totaling', 'numbered'];

/** Text right after a number that makes it a clock time: "10 a.m.", "10 Uhr", "10h30", "10:00". */
export const CLOCK_AFTER = /^(?:\s?[ap]\.?m\b|\s?uhr\b|h\d|:\d)/iu;

/** How far back (tokens, same sentence) "the number of dead … rose to" may stand before its number. */
export const NUMBER_OF_WINDOW = 12;

/** Tokens that end a sentence for look-backs. */
export const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** Values are rounded to this many parts of a unit (1e6: six decimals), so ±10% of 100,000 is 110,000, not 110,000.00000000001. */
export const ROUNDING = 1e6;

/** English adjectives before the counted noun end like this ("bilateral meeting", "portable chargers"). */
export const EN_ADJECTIVE_END = /(?:al|ive|ic|ary|ous|ful|less|able|ible|ant|ent|ern|ian|ese|ish)$/u;

/** English plural nouns end like this ("hamlets", "countries"); the counted phrase runs to the first one. */
export const EN_PLURAL_END = /(?:[^su']s|ies)$/u;

/** English past forms after a number are verbs, not the counted noun ("two preferred to wait"). */
export const EN_VERB_END = /ed$/u;

/** Minutes in an hour: "N hours" after a clock preposition ("à 10 heures", "a las 10 horas") is a time of day. */
export const HOUR_MINUTES = 60;

/** German numerals written as one word are never longer than this ("neunhundertneunundneunzigtausend…" stays under it). */
export const DE_NUMERAL_MAX_LENGTH = 80;
