// Named constants for quote extraction and attribution (stage 4). Fixtures: test/fixtures/quotes/.
import { ACCORDING_TO, COMPLEMENTISERS, CUE_AUXILIARIES, GERMAN_PARTICIPLES, SPEECH_VERBS } from './lexicon.js';

/** Opening-only marks (French/German/Swiss). */
export const OPEN_ONLY_MARKS = '«„‹';
/** Closing-only marks. */
export const CLOSE_ONLY_MARKS = '»›';
/** Double marks whose direction is read from the context (machine translation puts them anywhere). */
export const AMBIGUOUS_DOUBLE_MARKS = '“”"‟';
/** Single marks: only used as quotes when an opening ‘ or ' stands before a word and a closing one follows. */
export const SINGLE_MARKS = "‘’'";

/** A quote longer than this without a closing mark is cut at the end of its first sentence. */
export const MAX_QUOTE_CHARS = 1500;
/** A single-quoted span longer than this is not a quote (apostrophes, 'til, ’90s). */
export const MAX_SINGLE_QUOTE_CHARS = 300;
/** Scare quotes: a quote of at most this many words ("frank"). Kept as quotes; merged across articles only when identical. */
export const SCARE_QUOTE_MAX_WORDS = 2;

/** How far after a closing mark / before an opening mark the attribution is looked for (characters). */
export const ATTRIBUTION_WINDOW_AFTER = 140;
export const ATTRIBUTION_WINDOW_BEFORE = 200;
/** Most words a speaker phrase may have ("US Secretary of State Antony Blinken" = 6). */
export const MAX_SPEAKER_WORDS = 8;
/** A gap between two quotes shorter than this that is only an attribution joins them into one quote with two parts. */
export const MAX_SPLIT_GAP_CHARS = 90;
/** How many earlier names a pronoun or role phrase looks back over for its antecedent. */
export const MAX_ANTECEDENT_CANDIDATES = 40;
/** Reported content shorter than this many words is not indirect speech ("he said so"). */
export const MIN_INDIRECT_WORDS = 4;

const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')).join('|');

/** A speech cue: verb (optionally after an auxiliary). Word-bounded with Unicode letters. */
export const CUE_SOURCE = `(?:(?:${alternation(CUE_AUXILIARIES)})\\s+)?(?:${alternation(SPEECH_VERBS)}|${alternation(GERMAN_PARTICIPLES)})`;

/** Cue at the very start of a window, after the closing punctuation: "…,” said X" / "…», a déclaré X". */
export const CUE_AT_START = new RegExp(`^[\\s,.;:!?—–-]{0,4}(?:-t-(?:il|elle)\\s+)?(${CUE_SOURCE})(?![\\p{L}])`, 'iu');
/** Inverted French/Spanish/German subject clitic: "a-t-il déclaré", "a-t-elle ajouté". */
export const INVERTED_CLITIC = /^[\s,]{0,3}a-t-(il|elle)\s+(\p{L}+)/iu;
/** "according to X" at the start of a window (after the quote). */
export const ACCORDING_AT_START = new RegExp(`^[\\s,.;—–-]{0,4}(${alternation(ACCORDING_TO)})\\s+`, 'iu');
/** "according to X," right before the quote. Matched on the tail of the window. */
export const ACCORDING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(ACCORDING_TO)})\\s+([^,.;:!?“”"«»„]{1,80}?)\\s*[,:]\\s*$`, 'iu');
/** "X said:" / "X a déclaré :" / "X: " right before the opening mark. */
export const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${CUE_SOURCE})(?:\\s+(?:${alternation(COMPLEMENTISERS)}))?\\s*[,:]?\\s*$`, 'iu');
export const COLON_BEFORE = /([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*:\s*$/u;
/** Any cue inside a sentence (fallback attribution, indirect speech). Global. */
export const CUE_ANYWHERE = new RegExp(`(?<![\\p{L}-])(${CUE_SOURCE})(?![\\p{L}])`, 'giu');
/** A complementiser right after a cue (optionally after a short object: "told reporters that"). */
export const COMPLEMENTISER_AFTER = new RegExp(`^(?:\\s+\\p{L}+){0,2}?\\s*,?\\s*(${alternation(COMPLEMENTISERS)})(?![\\p{L}])`, 'iu');
/** "according to X, <content>" at a sentence start (indirect speech). */
export const ACCORDING_SENTENCE_START = new RegExp(`^(${alternation(ACCORDING_TO)})\\s+([^,]{1,80}),\\s*`, 'iu');
/** "<content>, according to X." at a sentence end (indirect speech). */
export const ACCORDING_SENTENCE_END = new RegExp(`,\\s*(${alternation(ACCORDING_TO)})\\s+([^,]{1,80}?)[.!?]?\\s*$`, 'iu');

/** Words of a speaker phrase. */
export const WORD = /[\p{L}\p{M}\p{N}.'’-]+/gu;

/** Cross-article merge: same-language token containment needed to call two quotes variants of one statement. */
export const SAME_LANGUAGE_MIN_OVERLAP = 0.5;
/** Cross-language merge (same speaker only): cognate-prefix containment, or single quote each side with compatible length. */
export const CROSS_LANGUAGE_MIN_OVERLAP = 0.3;
/** Length ratio (shorter/longer, in words) two translations of one statement keep. */
export const CROSS_LANGUAGE_MIN_LENGTH_RATIO = 0.5;
/** Prefix length used as a stem ("negotiable"/"négociable"/"negoziabile" share "negoc"/"negot" → 4 after folding). */
export const STEM_PREFIX = 5;
export const COGNATE_PREFIX = 4;
