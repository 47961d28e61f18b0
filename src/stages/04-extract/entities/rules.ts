// Named constants and patterns of entity extraction. Word lists are in lexicon.ts; each rule has a
// case in test/fixtures/entities/cases.json or a test in index.test.ts showing why it exists.

/**
 * A word: letters (with combining marks and digits inside), joined by an apostrophe or a hyphen
 * ("O'Neill", "Co-operation", "UN-Vermittler", "L'Alliance"); each joiner needs a letter after it.
 * tokenize() scans it by hand (no match objects); the pattern documents it and the tests check both agree.
 */
export const WORD_PATTERN = /\p{L}[\p{L}\p{M}\p{Nd}]*(?:['’-]\p{L}[\p{L}\p{M}\p{Nd}]*)*/gu;

/** Characters that, just before a word (spaces skipped), make it start a sentence or a quotation. */
export const SENTENCE_START_BEFORE = /[.!?:;\n“"«„(—–]/u;

/** What may separate two words of one name: one space or a non-breaking space, after a plural possessive ("Dockworkers' Union"). */
export const NAME_GAP = /^['’]?[ \u00a0]$/u;

/** The gap after a place abbreviation inside a name (PLACE_ABBREVIATIONS): its full stop and one space ("St. Louis"). */
export const ABBREVIATION_GAP = /^\.[ \u00a0]$/u;

/** German lone words after a place preposition count as places only when written this often (nouns follow "in" too: "in Notunterkünften"). */
export const MIN_GERMAN_PLACE_OCCURRENCES = 2;

/** Two capitalised words joined by a hyphen, split so "Joe Biden-Vladimir Putin" is two names ("Jean-Pierre" is rejoined in runs). */
export const HYPHENATED_NAMES = /^(\p{Lu}[\p{L}\p{M}]+)-(\p{Lu}[\p{L}\p{M}]+)$/u;

/** French and Italian elisions before a name: "L'Alliance", "d'Alvarie", "l’ONU". */
export const ELISION_PREFIX = /^(?:[LlDd]|[Qq]u)['’](?=\p{Lu})/u;

/** English possessive after a name: "Lumora's", "Valdoria’s". */
export const POSSESSIVE_SUFFIX = /['’]s$/u;

/** An acronym: 2–6 capitals (digits and one hyphen allowed after the first letter): "NATO", "OSZE", "G7". */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

/** A long form followed by its acronym in parentheses: "North Atlantic Treaty Organization (NATO)". */
export const PARENTHESISED_ACRONYM = /^ ?\((\p{Lu}[\p{Lu}\d]{1,5})\)/u;

/** Longest capitalised sequence kept as one name (words); longer runs are headlines or title case. */
export const MAX_NAME_WORDS = 6;

/** Characters looked at after a name for a speech verb ("Lavrov said", "a déclaré Marsh"). */
export const SPEECH_WINDOW = 24;

/**
 * Speech verbs right after a name (en/fr/es/de), or right before it in an inversion ("said Okafor",
 * "sagte Welikow", "dijo Velikov"): the name is a person. Anchored at the window's start.
 */
export const SPEECH_AFTER = /^,? (?:said|says|told|added|warned|wrote|explained|stated|insisted|noted|summarized|summarised|assured|promised|stressed|argued|announced|replied|a (?:déclaré|dit|affirmé|lancé|ajouté|expliqué|reconnu|témoigné|assuré|estimé)|dijo|afirmó|declaró|explicó|señaló|aseguró|añadió|sagte|erklärte|betonte|warnte|schrieb|räumte)\b/u;
export const SPEECH_BEFORE = /(?:said|says|told|added|according to|a (?:déclaré|dit|affirmé|lancé|ajouté|expliqué|reconnu|témoigné)|selon|dijo|afirmó|declaró|explicó|señaló|proclamó|resumió|según|sagte|erklärte|betonte|schrieb) $/u;

/** A role written in lowercase right before a name, after an article, with an optional comma: "la gobernadora, Ingrid Halvorsen". */
export const MAX_ROLE_LOOKBACK_WORDS = 3;

/**
 * Spelling rules applied (in order) to a folded name token to get its comparison key, so the
 * variants transliteration and the four languages produce for one name meet.
 */
export const NAME_SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/['’-]/gu, ''],
  // Basque and Catalan spellings of one name: Otxoa/Ochoa.
  [/tx/gu, 'ch'],
  // Latin transliterations: Sergey/Sergei, Anthony/Antony, Welikow/Velikov, Petrescou/Petrescu, Obermayer/Obermaier.
  [/y/gu, 'i'], [/ph/gu, 'f'], [/th/gu, 't'], [/w/gu, 'v'], [/ou/gu, 'u'], [/ks/gu, 'x'],
  // Latin cognates across languages: Constitutional/Constitucional, Horatio/Horacio.
  [/ti(?=[oa])/gu, 'ci'],
  // Doubled letters: Halvorssen/Halvorsen.
  [/(\p{L})\1+/gu, '$1'],
  // Country names across en/fr/es/de: Kestria/Kestrie/Kestrien(s).
  [/^(\p{L}{4,}?)(?:iens|ien|ie|ia)$/u, '$1ia'],
];

/**
 * Two first names are one person's when their keys are equal, one is the other's initial, or they
 * share first letter, consonant skeleton and last letter (Dimitar/Dmitar) — a dropped vowel, never a
 * changed ending (Maria/Mario, Ivan/Ivana stay apart).
 */
export const FIRST_NAME_SKELETON = /[aeiou]/gu;

/** German genitive "-s" on a name ("Dravoniens", "Teslands"): merged with the name without it when both appear. */
export const GERMAN_GENITIVE = /s$/u;
