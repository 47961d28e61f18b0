// Named constants for quote extraction and attribution (stage 4). Fixtures: test/fixtures/quotes/.
import { ACCORDING_TO, COMPLEMENTISERS, CUE_AUXILIARIES, GERMAN_PARTICIPLES, REPORTING_VERBS, SPEECH_VERBS, ZERO_THAT_VERBS } from './lexicon.js';

const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')).join('|');

/** Opening-only marks (French/German/Swiss). */
export const OPEN_ONLY_MARKS = '«„‹';
/** Closing-only marks. */
export const CLOSE_ONLY_MARKS = '»›';
/** Double marks whose direction is read from the context (machine translation puts them anywhere). */
export const AMBIGUOUS_DOUBLE_MARKS = '“”"‟';
/** Single marks: only used as quotes when an opening ‘ or ' stands before a word and a closing one follows. */
export const SINGLE_MARKS = "‘’'";

/** Any double quote mark (scanned with one regex; the direction comes from the context). */
export const DOUBLE_MARK = new RegExp(`[${OPEN_ONLY_MARKS}${CLOSE_ONLY_MARKS}${AMBIGUOUS_DOUBLE_MARKS}]`, 'u');
/** Any single quote mark or apostrophe. */
export const SINGLE_MARK = new RegExp(`[${SINGLE_MARKS}]`, 'u');
/** A sentence stop followed by a space (end of an unclosed quote). */
export const SENTENCE_STOP = /[.!?](?=\s)/u;

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
/** Characters read next to a cue for its speaker phrase (8 words with titles fit in 120). */
export const PHRASE_WINDOW_CHARS = 120;
/** A gap between two quotes shorter than this that is only an attribution joins them into one quote with two parts. */
export const MAX_SPLIT_GAP_CHARS = 90;
/** How many earlier names a pronoun or role phrase looks back over for its antecedent. */
export const MAX_ANTECEDENT_CANDIDATES = 40;
/** A pronoun speaker is the subject of its sentence or of one of this many earlier sentences (then the nearest name). */
export const MAX_SUBJECT_SENTENCES_BACK = 4;
/** A sentence whose subject is a personal pronoun (after an opening mark or a conjunction): "He also said", "And she added". */
export const PRONOUN_SUBJECT = /^[\s"“‘'«„(]*(?:(?:and|but|then|yet|so|mais|et|pero|y|aber|und)\s+)?(?:he|she|il|elle|él|ella|er|sie)(?![\p{L}])/iu;
/** Adverbs between a speaker and the cue: "Mr. Perry also says", "she later wrote". */
export const ADVERB_BEFORE_CUE = /^\s+(?:also|then|later|again|still|further|\p{Ll}+ly)(?=\s)/u;
/** A possessive after a name ("Obama’s agenda"): that name is not the sentence subject. */
export const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;
/** A name used as a noun modifier ("the Obama administration"): not the clause's subject. */
export const NAME_AS_MODIFIER = /^\s+(?:administration|campaign|government|team|camp|aides?|allies|supporters|family|era|presidency|doctrine|foundation)(?![\p{L}])/u;
/** The word right before a mention (checked against PREPOSITION_WORDS). */
export const PREPOSITION_BEFORE = /(\p{L}+)\s+$/u;
/** "according to" right before a name: that name is a source (a speaker), not a prepositional object. */
export const ACCORDING_BEFORE_NAME = new RegExp(`(?:${alternation(ACCORDING_TO)})\\s+$`, 'iu');
/** An unattributed quote continues the previous quote's speaker at most this many paragraphs later (0: same paragraph). */
export const MAX_CONTINUATION_PARAGRAPHS = 1;
/** Cues read without "that" before their clause (indirect.ts). */
export const ZERO_THAT_CUES = new Set(ZERO_THAT_VERBS);
/** What may open a clause reported without "that": a pronoun, determiner or capitalised word. */
export const ZERO_THAT_NEXT = /^\s+(?:he|she|they|it|we|i|the|his|her|their|there|this|a|an|[\p{Lu}][\p{L}]+)(?![\p{L}])/u;
/** A participle cue ("…, saying the president…") whose subject is the sentence's, not the word before it. */
export const PARTICIPLE_CUE = /ing$/u;
/** Characters a reported clause may end before a quote's closing mark (trimmed punctuation: ”. ). */
export const MAX_TRIMMED_AFTER_QUOTE = 2;
/** A word of reported content outside its direct quotes (two letters). */
export const REPORTED_WORD = /\p{L}{2}/u;
/** Reported content shorter than this many words is not indirect speech ("he said so"). */
export const MIN_INDIRECT_WORDS = 4;

/** Latin letters of en/fr/es/de for word boundaries in the article-wide scans (no /u, no /i: 3x faster there). */
const LATIN = 'A-Za-zÀ-ÖØ-öø-ÿ';
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A speech cue: verb (optionally after an auxiliary). Word-bounded with Unicode letters. */
export const CUE_SOURCE = `(?:(?:${alternation(CUE_AUXILIARIES)})\\s+)?(?:${alternation([...SPEECH_VERBS, ...REPORTING_VERBS])}|${alternation(GERMAN_PARTICIPLES)})`;

/** Cue at the very start of a window, after the closing punctuation: "…,” said X" / "…», a déclaré X". */
export const CUE_AT_START = new RegExp(`^[\\s,.;:!?—–-]{0,4}(?:-t-(?:il|elle)\\s+)?(${CUE_SOURCE})(?![\\p{L}])`, 'iu');
/** German perfect after a quote, auxiliary first: "…“, hatte Klaus Obermayer am Donnerstag gesagt". */
export const GERMAN_PERFECT_AFTER = /^[\s,]{0,4}(hat|hatte|haben|hatten)\s+/u;
/** The participle closing that perfect within a short stretch of the same sentence. */
export const GERMAN_PARTICIPLE_LATER = new RegExp(`^[^.!?„“"«»]{0,60}?(?<![\\p{L}])(${alternation(GERMAN_PARTICIPLES)})(?![\\p{L}])`, 'u');
/** Inverted French/Spanish/German subject clitic: "a-t-il déclaré", "a-t-elle ajouté". */
export const INVERTED_CLITIC = /^[\s,]{0,3}a-t-(il|elle)\s+(\p{L}+)/iu;
/** "according to X" at the start of a window (after the quote). */
export const ACCORDING_AT_START = new RegExp(`^[\\s,.;—–-]{0,4}(${alternation(ACCORDING_TO)})\\s+`, 'iu');
/** What may stand between a cue and the opening mark: "X said:", "X a déclaré :", "X said that “…". Anchored at the cue's end. */
export const CUE_TO_QUOTE = new RegExp(`^(?:\\s+(?:${alternation(COMPLEMENTISERS)}))?\\s*[,:]?\\s*$`, 'iu');
/** What may stand between "according to" and the opening mark: the source and a comma or colon. Anchored at the cue's end. */
export const ACCORDING_TO_QUOTE = /^\s+([^,.;:!?“”"«»„]{1,80}?)\s*[,:]\s*$/u;
/** Every "according to" group (global; found once per article). */
export const ACCORDING_ANYWHERE = new RegExp(`(?<![${LATIN}'’-])(${alternation([...ACCORDING_TO, ...ACCORDING_TO.map(capitalised)])})(?![${LATIN}])`, 'g');
/** "X: “…”": a capitalised name and a colon before the opening mark (run only when the window ends with a colon). */
/** How far back the "X:" pattern is read. */
export const COLON_WINDOW_CHARS = 80;
export const COLON_BEFORE = /([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*:\s*$/u;
/** Any cue in the article (found once per article, cues.ts). Lower case as listed; case-sensitive on purpose (speed). Global. */
export const CUE_ANYWHERE = new RegExp(`(?<![${LATIN}-])(${CUE_SOURCE})(?![${LATIN}])`, 'g');
/** A complementiser right after a cue (optionally after a short object: "told reporters that"). */
export const COMPLEMENTISER_AFTER = new RegExp(`^(?:\\s+\\p{L}+){0,2}?\\s*,?\\s*(${alternation(COMPLEMENTISERS)})(?![\\p{L}])`, 'iu');
/** "according to X, <content>" at a sentence start (indirect speech). */
export const ACCORDING_SENTENCE_START = new RegExp(`^(${alternation(ACCORDING_TO)})\\s+([^,]{1,80}),\\s*`, 'iu');
/** "<content>, according to X." at a sentence end (indirect speech). */
export const ACCORDING_SENTENCE_END = new RegExp(`,\\s*(${alternation(ACCORDING_TO)})\\s+([^,]{1,80}?)[.!?]?\\s*$`, 'iu');

/** Printable ASCII only: no accents to strip before folding a name. */
export const ASCII = /^[\x20-\x7e]*$/u;
/** Spelling folds for names across transliterations (Welikow/Velikov, Sergei/Sergey, Otxoa/Ochoa, Philipp/Filip). */
export const SPELLING_FOLDS: Readonly<Record<string, string>> = { tx: 'ch', ck: 'k', ph: 'f', w: 'v', y: 'i' };
export const SPELLING_FOLD = /tx|ck|ph|w|y/gu;
/** After a role phrase: a short complement, a comma and a capitalised name of 2–4 words ("le ministre dravonien, Dmitar Vélikov"). */
export const APPOSITIVE_NAME = /^[^,.;:!?«»“”"„\n]{0,40},\s+([\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){1,3})/u;
/** Shortest listed role that also heads a German compound ("Außenminister" → minister). */
export const MIN_COMPOUND_ROLE_CHARS = 6;
/** Appositions (one or two, abbreviations allowed) or a parenthesis between a name and its cue: "Daniel Okafor, Lumora's head of product safety, said", "Mark Meadows, R-N.C., said", "Richard Blumenthal (D-Conn.) said". */
export const APPOSITION = /^\s*(?:,(?:[^,;:!?“”"«»„\n]{1,60},){1,2}|\([^()\n]{1,40}\))/u;
/** Two speakers joined before one cue: "Nancy Pelosi and Chuck Schumer said". */
export const COORDINATION = /^\s+(?:and|et|y|und)\s+/u;
/** A lower-case word between a role and a name is a modifier ("syndical") from this length (shorter: on, in, for). */
export const MIN_ROLE_MODIFIER_CHARS = 5;
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
/** Sentence breaks inside a quote (cross-language length check per sentence). */
export const QUOTE_SENTENCE_BREAK = /[.!?;…]+\s+/u;
export const COGNATE_PREFIX = 4;
