// Patterns and thresholds for date/time expressions. Every regex is built from the word lists in
// lexicon.ts, is linear (alternations of literals, bounded optional groups, no nested quantifiers)
// and is matched with the `giu` flags. Prepositions that TimeML leaves out of a span ("on Friday",
// "in June") are lookbehinds, so spans start at the date words themselves.
import {
  AGO_HEDGES, ANCHOR_DAYS, VAGUE_COUNTS, DAY_PARTS, LAST_WORDS, LANGS, MONTHS, NEXT_WORDS, NUMBER_WORDS, RELATIVE_DAYS, RELATIVE_PERIODS, THIS_WORDS,
  UNIT_WORDS, WEEKDAYS, ZONES, type Lang,
} from './lexicon.js';

/** Word boundaries over Latin letters: without the `u` flag the patterns run ~10× faster (measured). */
const WORD_CHAR = 'A-Za-z0-9À-ÖØ-öø-ÿĀ-ɏ';
const B0 = `(?<![${WORD_CHAR}])`;
const B1 = `(?![${WORD_CHAR}])`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
/** Alternation of literal phrases, longest first (so "la semaine prochaine" beats "semaine"). */
export const alt = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');

/** Words that make a sentence worth scanning besides the lexicon's (TimeML references, durations, seasons). */
export const PREFILTER_EXTRA_WORDS = [
  'now', 'currently', 'recently', 'nowadays', 'past', 'future', 'present', 'time', 'decade', 'decades', 'century', 'annually', 'daily',
  'weekly', 'monthly', 'yearly', 'every', 'each', 'quarter', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'hour', 'hours',
  'minute', 'minutes', 'tonight', 'veille', 'lendemain', 'víspera', 'vortag',
];
/** Cheap prefilter: a sentence without a digit or any date word never reaches the patterns. */
export const DATE_WORD_PREFILTER = new RegExp(
  `[0-9]|${B0}(?:${alt([
    ...LANGS.flatMap((l) => [
      ...Object.keys(MONTHS[l]), ...Object.keys(WEEKDAYS[l]), ...Object.keys(RELATIVE_DAYS[l]), ...Object.keys(ANCHOR_DAYS[l]),
      ...Object.keys(UNIT_WORDS[l]), ...Object.keys(RELATIVE_PERIODS[l]),
    ]),
    ...PREFILTER_EXTRA_WORDS,
  ])})`,
  'i',
);

/** Year range accepted for a bare four-digit number ("since 2014"). */
export const YEAR_MIN = 1600;
export const YEAR_MAX = 2099;
/** Words before a month alone that make it a date ("in June", "since March"); TimeML leaves them out of the span. */
export const MONTH_PREPOSITIONS: Record<Lang, string[]> = {
  en: ['in', 'since', 'until', 'by', 'during', 'of', 'from', 'to', 'and', 'or', 'through', 'before', 'after', 'late in', 'early in', 'end of'],
  fr: ['en', 'depuis', "jusqu'en", 'jusqu’en', 'dès', 'et', 'ou', 'au mois de', 'de', "d'ici", 'avant', 'après', 'fin', 'début'],
  es: ['en', 'desde', 'hasta', 'de', 'y', 'o', 'a', 'el pasado', 'el próximo', 'antes de', 'después de', 'finales de', 'principios de', 'mediados de'],
  de: ['im', 'seit', 'bis', 'und', 'oder', 'ab', 'vor', 'nach', 'zum', 'Anfang', 'Ende', 'Mitte', 'von', 'vom'],
};
/** Modifiers kept inside a month/weekday span ("last June", "early December", "nächsten Dienstag"). */
export const EDGE_MODIFIERS: Record<Lang, string[]> = {
  en: ['early', 'late', 'mid', 'earlier', 'later'], fr: [], es: [], de: [],
};

const months = (l: Lang): string => alt(Object.keys(MONTHS[l]));
const weekdays = (l: Lang): string => alt(Object.keys(WEEKDAYS[l]));
const mods = (l: Lang): string => alt([...NEXT_WORDS[l], ...LAST_WORDS[l], ...THIS_WORDS[l]]);
const postMods = (l: Lang): string => alt([...NEXT_WORDS[l], ...LAST_WORDS[l], ...Object.keys(DAY_PARTS[l])]);
const numbers = (l: Lang): string => `\\d{1,3}|${alt(Object.keys(NUMBER_WORDS[l]))}`;
const units = (l: Lang): string => alt(Object.keys(UNIT_WORDS[l]));
const hedge = (l: Lang): string => `(?:(?:${alt(AGO_HEDGES[l])})\\s+)?`;

export type PatternKind =
  | 'dayMonthYear' | 'monthDayYear' | 'monthYear' | 'monthAlone' | 'numeric' | 'iso' | 'year' | 'decade' | 'century'
  | 'weekday' | 'weekdayNextWeek' | 'nightOf' | 'relDay' | 'relPeriod' | 'ago' | 'anchor' | 'time' | 'timeAmPm' | 'timeFr' | 'timeDe'
  | 'timeEs' | 'timeWord' | 'duration' | 'ref' | 'set' | 'quarter' | 'season' | 'monthRelYear' | 'vagueAgo';
export type Pattern = { kind: PatternKind; re: RegExp };

const ZONE = `(?:\\s+(${Object.keys(ZONES).join('|')}|local time|heure locale|hora local|Ortszeit))?`;

function languagePatterns(l: Lang): Pattern[] {
  const M = months(l);
  const W = weekdays(l);
  const mk = (kind: PatternKind, src: string): Pattern => ({ kind, re: new RegExp(src, 'gi') });
  const monthPrep = alt(MONTH_PREPOSITIONS[l]);
  const monthMods = alt([...NEXT_WORDS[l], ...LAST_WORDS[l], ...THIS_WORDS[l], ...EDGE_MODIFIERS[l]]);
  const nextWeek = {
    en: 'of\\s+next\\s+week', fr: 'de\\s+la\\s+semaine\\s+prochaine', es: 'de\\s+la\\s+(?:próxima\\s+semana|semana\\s+que\\s+viene)',
    de: '(?:der\\s+)?(?:nächsten|kommenden)\\s+Woche',
  }[l];
  const night = {
    en: 'in\\s+the\\s+night\\s+(?:from|of)\\s+(' + W + ')\\s+to\\s+(' + W + ')',
    fr: 'nuit\\s+de\\s+(' + W + ')\\s+à\\s+(' + W + ')',
    es: 'noche\\s+del\\s+(' + W + ')\\s+al\\s+(' + W + ')',
    de: 'Nacht\\s+(?:von|zum)\\s+(' + W + ')\\s+(?:auf|zum)\\s+(' + W + ')',
  }[l];
  const deParts = l === 'de' ? `(${alt(Object.keys(DAY_PARTS.de))})?` : '()';
  const list: Pattern[] = [
    mk('dayMonthYear', `${B0}(?:(${W}),?\\s+)?(?:(?:the|le|el|den|dem)\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:of\\s+|de\\s+)?(${M})(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?${B1}`),
    mk('monthDayYear', `${B0}(?:(${W}),?\\s+)?(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![${WORD_CHAR}:])(?:,?\\s+(\\d{4}))?${B1}`),
    mk('monthYear', `${B0}(?:(${monthMods})\\s+)?(${M})(?:\\s+(?:de|del))?,?\\s+(\\d{4})${B1}`),
    mk('monthAlone', `(?:(?<=${B0}(?:${monthPrep})\\s{1,3}|${B0}(?:mi|mid)-)|${B0}(${monthMods})\\s+)(${M})(?:\\s+(${alt([...NEXT_WORDS[l], ...LAST_WORDS[l]])}))?${B1}`),
    mk('weekdayNextWeek', `${B0}(${W})\\s+${nextWeek}${B1}`),
    mk('nightOf', `${B0}${night}${B1}`),
    mk('weekday', `${B0}(?:(${mods(l)})\\s+)?(${W})${deParts}(?:[’']s)?(?:\\s+(${postMods(l)}))?${B1}`),
    mk('relDay', `${B0}(${alt(Object.keys(RELATIVE_DAYS[l]))})(?:\\s+(${alt(Object.keys(DAY_PARTS[l]))}))?${B1}`),
    mk('relPeriod', `${B0}(${alt(Object.keys(RELATIVE_PERIODS[l]))})${B1}`),
    mk('anchor', `${B0}(${alt(Object.keys(ANCHOR_DAYS[l]))})${B1}`),
    mk('monthRelYear', {
      en: `${B0}(${M})\\s+(last|next|this)\\s+year${B1}`,
      fr: `${B0}(${M})\\s+(?:de\\s+)?l['’](?:année|an)\\s+(dernière|dernier|prochaine|prochain)${B1}`,
      es: `${B0}(${M})\\s+del\\s+año\\s+(pasado|próximo|que\\s+viene)${B1}`,
      de: `${B0}(${M})\\s+(letzten|vergangenen|nächsten|kommenden|dieses)\\s+Jahres${B1}`,
    }[l]),
    mk('vagueAgo', {
      en: `${B0}(?:${alt(VAGUE_COUNTS.en)})\\s+(?:${units(l)})\\s+ago${B1}`,
      fr: `${B0}il\\s+y\\s+a\\s+(?:${alt(VAGUE_COUNTS.fr)})\\s+(?:${units(l)})${B1}`,
      es: `${B0}hace\\s+(?:${alt(VAGUE_COUNTS.es)})\\s+(?:${units(l)})${B1}`,
      de: `${B0}vor\\s+(?:${alt(VAGUE_COUNTS.de)})\\s+(?:${units(l)})${B1}`,
    }[l]),
    mk('ago', {
      en: `${B0}${hedge(l)}(${numbers(l)})\\s+(${units(l)})\\s+ago${B1}`,
      fr: `${B0}il\\s+y\\s+a\\s+${hedge(l)}(${numbers(l)})\\s+(${units(l)})${B1}`,
      es: `${B0}hace\\s+${hedge(l)}(${numbers(l)})\\s+(${units(l)})${B1}`,
      de: `${B0}vor\\s+${hedge(l)}(${numbers(l)})\\s+(${units(l)})${B1}`,
    }[l]),
  ];
  if (l === 'en') {
    list.push(
      mk('decade', `${B0}(?:the\\s+)?((?:1[6-9]|20)\\d)0s${B1}`),
      mk('century', `${B0}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century${B1}`),
      mk('timeWord', `${B0}(noon|midday)${B1}`),
      mk('timeAmPm', `${B0}(\\d{1,2})(?:[.:](\\d{2}))?\\s?([ap])\\.?m(?:\\.|${B1})${ZONE}`),
      mk('duration', `${B0}(?:(?:the\\s+)?(?:past|last|next|coming|first|previous|following|recent)\\s+)?(${numbers(l)}|several|few|many|some|\\d+(?:\\.\\d+)?)(?:\\s+|-)(year|month|week|day|hour|minute|second|decade|centur)(?:s|y|ies)?(?:-long|')?${B1}(?![-\\s]old)`),
      mk('ref', `${B0}(${alt(Object.keys(REFS))})${B1}`),
      mk('set', `${B0}(${alt(Object.keys(SETS))})${B1}`),
      mk('quarter', `${B0}(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+quarter(?:\\s+of\\s+(\\d{4}))?${B1}`),
      mk('season', `(?:(?<=${B0}(?:in|during|since|until|by)\\s+)|${B0}(this\\s+past|last|this|next|early|late|past)\\s+)(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?${B1}`),
    );
  }
  if (l === 'fr') list.push(mk('timeFr', `${B0}(\\d{1,2})\\s?h\\s?(\\d{2})?${B1}${ZONE}`));
  if (l === 'de') list.push(mk('timeDe', `${B0}(\\d{1,2})(?:[.:](\\d{2}))?\\s+Uhr${B1}${ZONE}`));
  if (l === 'es') list.push(mk('timeEs', `(?<=${B0}(?:a|hacia|desde|hasta)\\s+las?\\s+)(\\d{1,2})(?:[.:](\\d{2}))?(?:\\s+(?:horas|h))?${B1}${ZONE}`));
  return list;
}

/** Patterns that do not depend on the language. */
export const COMMON_PATTERNS: readonly Pattern[] = [
  { kind: 'iso', re: new RegExp(`${B0}(\\d{4})-(\\d{2})-(\\d{2})${B1}`, 'gi') },
  { kind: 'numeric', re: new RegExp(`${B0}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})${B1}`, 'gi') },
  { kind: 'time', re: new RegExp(`${B0}(\\d{1,2}):(\\d{2})(?:\\s*(?:h|Uhr))?${B1}${ZONE}`, 'gi') },
  { kind: 'year', re: new RegExp(`${B0}(?<![$€£#]\\s?|[0-9][.,])((?:1[6-9]|20)\\d{2})(?![${WORD_CHAR}]|[.,][0-9]|\\s?%)`, 'gu') },
];

/** TimeML references (not calendar dates; used by the TimeML view only). */
export const REFS: Record<string, string> = {
  soon: 'FUTURE_REF', previously: 'PAST_REF', now: 'PRESENT_REF', currently: 'PRESENT_REF', 'at present': 'PRESENT_REF', nowadays: 'PRESENT_REF', 'the present': 'PRESENT_REF',
  recently: 'PAST_REF', 'the past': 'PAST_REF', 'at the time': 'PAST_REF', formerly: 'PAST_REF', 'the future': 'FUTURE_REF',
};
/** TimeML sets, valued as the TimeML 1.2.1 guidelines do ("daily" = P1D, "every morning" = XXXX-XX-XXTMO). */
export const SETS: Record<string, string> = {
  annually: 'P1Y', yearly: 'P1Y', 'every year': 'P1Y', 'each year': 'P1Y', daily: 'P1D', 'every day': 'P1D', 'each day': 'P1D',
  weekly: 'P1W', 'every week': 'P1W', monthly: 'P1M', 'every month': 'P1M', 'each month': 'P1M',
  'every morning': 'XXXX-XX-XXTMO', 'every evening': 'XXXX-XX-XXTEV', 'every night': 'XXXX-XX-XXTNI',
};

export const PATTERNS: Record<Lang, readonly Pattern[]> = {
  en: languagePatterns('en'), fr: languagePatterns('fr'), es: languagePatterns('es'), de: languagePatterns('de'),
};

/**
 * No rough sentence break after these (texts without stage-3 sentences): a digit ("am 21. Januar"),
 * a single letter ("p.m.", "U.S."), or a month/title abbreviation ("Nov. 20", "Dr. Lee").
 */
export const ROUGH_NO_BREAK_BEFORE =
  `[0-9]|${B0}[A-Za-z]|${B0}(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|gen|gov|sen|rep|inc|corp|co|ltd|no|vs|janv|févr|déc|okt|dez)`;

/** Largest gap (characters) between a time and a date that together form one expression ("Friday at 10:00 GMT"). */
export const TIME_JOIN_GAP = 8;
/** Joining words allowed in that gap. */
export const TIME_JOIN = /^(?:\s*,?\s*(?:at|on|à|a las|a la|um|ab|dès|vers|gegen|,)?\s*)$/iu;
/** How far back (characters) tense cues are looked for before an expression, within its clause. */
export const TENSE_WINDOW = 80;
/** Clause boundaries that stop the tense window ("…said on Wednesday, and talks will…"). */
export const CLAUSE_BOUNDARY = /[,;:.!?\n]|\b(?:that|and|but|que|qui|mais|et|y|pero|dass|und|aber)\b/giu;
/** A day-precision date only describes the event (for `eventTimeline`'s date) within this window around publication. */
export const EVENT_DATE_MAX_BEFORE_DAYS = 14;
export const EVENT_DATE_MAX_AFTER_DAYS = 1;
/** Weights of an expression for the event date by sentence position (lead first). */
export const EVENT_DATE_POSITION_WEIGHTS: readonly number[] = [3, 2, 2];
export const EVENT_DATE_OTHER_WEIGHT = 1;
/** Timeline texts longer than this are cut to the clause around the expression. */
export const TIMELINE_TEXT_MAX = 220;
/**
 * Two timeline sentences of one date and precision tell the same happening when they share at least
 * TIMELINE_MERGE_MIN_SHARED content stems and those cover TIMELINE_MERGE_OVERLAP of the shorter one
 * (overlap coefficient): "talks in Geneva on Friday" and "the meeting in Geneva … this Friday" share
 * "genev", "russi", "diplo"… while wording and length differ too much for Jaccard.
 */
export const TIMELINE_MERGE_MIN_SHARED = 2;
export const TIMELINE_MERGE_OVERLAP = 0.3;
/**
 * Across languages only names, numbers and cognates are shared ("Salinas del Mar", "SUE", "4,5"),
 * so two sentences in different languages need the shared stems to cover less of the shorter one.
 */
export const TIMELINE_MERGE_CROSS_LANGUAGE_OVERLAP = 0.1;
/**
 * Content words are folded and cut to this many letters before comparing, so names and cognates
 * meet across languages and inflections ("Dravonia"/"Dravonien"/"Dravonie" → "dravo",
 * "Tesland"/"tesländische" → "tesla", "Geneva"/"Genève" → "genev").
 */
export const TIMELINE_STEM_LENGTH = 5;
/** Words shorter than this are not content words for the timeline merge. */
export const TIMELINE_MIN_WORD = 3;
/** A timeline keeps at most this many entries (the best-supported); the rest is noise to a reader. */
export const TIMELINE_MAX_ENTRIES = 12;
/**
 * Background: a year, month, week or day that ends more than this many days before the event date
 * ("since 2014", "the states that joined after 1997"). Kept after every other entry unless at least
 * TIMELINE_BACKGROUND_MIN_ARTICLES articles cite it.
 */
export const TIMELINE_BACKGROUND_DAYS = 365;
export const TIMELINE_BACKGROUND_MIN_ARTICLES = 2;
/** Sentences shorter than this (characters) are not "clear" texts for an entry when a longer one exists. */
export const TIMELINE_TEXT_MIN = 30;
/** The language timeline texts are preferred in (the report's output language). */
export const TIMELINE_OUTPUT_LANGUAGE = 'en';
/** Past-tense verb shapes that mark a clause as past when no cue word is there ("met", "annexed"). */
export const PAST_VERB_SHAPE: Record<string, RegExp> = {
  en: /\p{L}{2,}ed$/u, fr: /\p{L}{2,}é(?:e|s|es)?$/u, es: /\p{L}{2,}(?:ó|aron|ieron)$/u, de: /^ge\p{L}{3,}t$/u,
};
