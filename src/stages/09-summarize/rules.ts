// Stage 9 — summarize: the heuristics, as named constants. Each has a case in index.test.ts or a
// figure in `npm run eval -- summary` (test/eval/suites/summary.ts).

/** Language the summary is written in; sentences from other languages are cited as written. */
export const SUMMARY_OUTPUT_LANGUAGE = 'en';
/** Sentences in a summary (issue D: 4–8), unless the articles or a word budget give fewer. */
export const SUMMARY_MIN_SENTENCES = 4;
export const SUMMARY_MAX_SENTENCES = 8;
/** At most this many dispute sentences and single-source sentences (before filling up to the minimum). */
export const MAX_DISPUTE_SENTENCES = 3;
export const MAX_SINGLE_SOURCE_SENTENCES = 2;

/** Words in a sentence worth copying: shorter ones are headlines or fragments, longer ones run-ons. */
export const CANDIDATE_MIN_WORDS = 6;
export const CANDIDATE_MAX_WORDS = 60;
/** A copied sentence ends like a sentence (also after a closing quote or bracket). */
export const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
/** A copied sentence starts like one: a capital, a digit, or an opening quote/dash. */
export const SENTENCE_START = /^["'“‘«„(–—-]?\s*[\p{Lu}\p{N}]/u;
/** Quote marks that must pair up inside a copied sentence (a quote cut in half reads as a fragment). */
export const STRAIGHT_QUOTE = /"/gu;
export const OPENING_QUOTES = /[“«„]/gu;
export const CLOSING_QUOTES = /[”»]/gu;
/** A first sentence this short that repeats the article's title is its headline, not a sentence to copy. */
export const HEADLINE_MAX_WORDS = 14;
/**
 * Dateline before a wire lead ("VIENNA, March 9 (CPA) - ", "LONDON (Reuters) — "): left out of the
 * copied span, so the place/agency names it holds are not taken for the sentence's content.
 */
export const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{L}+\.?\s+\d{1,2}\s*(?:\([^()]{1,40}\))?|\s*\([^()]{1,40}\))\s*[-–—]{1,2}\s+/u;

/** Content tokens: words of at least this many letters, cut to a stem prefix (numbers whole). */
export const TOKEN_MIN_LENGTH = 3;
export const STEM_LENGTH = 6;

/**
 * Support: an article supports a sentence when one of its sentences (or two adjacent ones) holds at
 * least SUPPORT_CONTAINMENT of the sentence's content stems (and SUPPORT_MIN_SHARED of them), every
 * number, quantity and date the sentence states (quantities compatible as intervals) and the same
 * polarity (negation). Across languages, where words differ, the sentence must carry at least
 * CROSS_LANGUAGE_MIN_ANCHORS anchors (entities by their cross-language key, quantities, dates); the
 * window must hold every value and SUPPORT_CONTAINMENT of the entities (at least
 * CROSS_LANGUAGE_MIN_ENTITIES of them when the sentence names that many).
 */
export const SUPPORT_CONTAINMENT = 0.6;
export const SUPPORT_MIN_SHARED = 3;
export const CROSS_LANGUAGE_MIN_ANCHORS = 3;
export const CROSS_LANGUAGE_MIN_ENTITIES = 2;
/** A quotation that makes up this share of a sentence lets its variants in other articles support the sentence. */
export const QUOTE_SUPPORT_SHARE = 0.5;
/** Negation words (folded) in the four languages: support needs the same polarity. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', "n't", 'cannot',
  'ne', 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'rien', 'personne',
  'nunca', 'ningun', 'ninguno', 'ninguna', 'nada', 'nadie', 'sin',
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'ohne', 'nichts',
]);

/**
 * Ranking of copied sentences: support by independent origins (share of the event's origins),
 * closeness to the event's centroid (stems weighted by how many origins use them), and position
 * in its article (leads tell what happened).
 */
export const SUPPORT_WEIGHT = 0.45;
export const CENTROID_WEIGHT = 0.4;
export const POSITION_WEIGHT = 0.15;
/** Lead ("what/who/where/when") candidates: the first sentences of each article (any sentence when none of them qualifies). */
export const LEAD_WINDOW = 3;
/** A sentence that opens with a quotation tells what someone said, not what happened: never the lead. */
export const QUOTE_LED = /^\s*["“„«‘']/u;
/** A lead that names at least LEAD_MIN_ENTITIES entities and a date is preferred by this much. */
export const LEAD_ENTITY_DATE_BONUS = 0.15;
export const LEAD_MIN_ENTITIES = 2;

/** MMR: score − MMR_LAMBDA × the highest similarity to a sentence already chosen. */
export const MMR_LAMBDA = 0.6;
/**
 * A sentence is redundant with one already chosen, and skipped, when their stem cosine reaches
 * REDUNDANT_SIMILARITY or the shorter one's words are REDUNDANT_CONTAINMENT inside the other.
 */
export const REDUNDANT_SIMILARITY = 0.4;
export const REDUNDANT_CONTAINMENT = 0.6;

/** Words that open an approximate value ("Nearly 300 people"): lowercased when the value is quoted mid-sentence. */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['nearly', 'almost', 'roughly', 'approximately', 'some', 'least', 'over', 'under', 'fewer', 'less']);
