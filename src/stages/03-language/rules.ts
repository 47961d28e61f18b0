// Named constants for stage 3 (language detection and sentence splitting).

/** Paragraphs shorter than this are not given their own language (too little evidence). */
export const MIN_PARAGRAPH_CHARS_FOR_LANGUAGE = 120;

/** Text sampled from the start of an article for its language (detection cost grows with length). */
export const ARTICLE_LANGUAGE_SAMPLE_CHARS = 3000;

/**
 * On a short text (a headline, a feed summary) eld is often "reliable" and wrong between close
 * languages (de→nl, en→nl). Below this length a declared language wins when eld scores it within
 * DECLARED_LANGUAGE_MARGIN of its own pick. Measured on SemEval-2022 Task 8 headlines (eval
 * `language`): with the right language declared 0.979 → 0.996; the cost, when a source wrongly
 * declares "en" for non-English headlines, is 0.986 → 0.980 (see the eval notes).
 */
export const DECLARED_LANGUAGE_SHORT_TEXT_CHARS = 200;
export const DECLARED_LANGUAGE_MARGIN = 0.1;

/**
 * A paragraph is marked as being in another language only when the detector prefers that language
 * by at least this margin over the article's language.
 */
export const PARAGRAPH_LANGUAGE_MARGIN = 0.08;

/**
 * Abbreviations that stand before a name and so never end a sentence (lower-cased, without the
 * final period): ICU breaks after "Mr." when a capital follows; these undo that.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'vs', 'e.g', 'i.e', 'cf', 'approx', 'dept',
  // French ("Me" for maître is left out: "me." ends English sentences)
  'm', 'mm', 'mme', 'mmes', 'mlle', 'pr', 'av', 'bd', 'env', 'chap',
  // Spanish
  'sra', 'srta', 'dra', 'lic', 'ing', 'ud', 'uds', 'avda', 'aprox', 'excmo',
  // German
  'hr', 'fr', 'bzw', 'ca', 'z.b', 'd.h', 'u.a', 'vgl', 'dt', 'str', 'evtl', 'ggf', 'inkl', 'bzgl',
  // Italian and Dutch
  'sig', 'sigg', 'dott', 'avv', 'dhr', 'mevr', 'drs', 'bijv', 'o.a',
]);

/**
 * Abbreviations that only stand before a number ("No. 5", "Nr. 3", "p. 12"); before anything else
 * the period ends a sentence ("They said no. That's it.").
 */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'núm', 'vol', 'fig', 'p', 'pp', 'pág', 'art', 'n',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that often end a sentence too ("… in the U.S. The talks …", "… de EEUU. El …"):
 * the break is kept when the next word is a frequent sentence starter (SENTENCE_STARTERS), undone
 * otherwise ("the U.S. Secretary of State"). Dotted acronyms (DOTTED_ACRONYM) count as these.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'ph.d', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp', 'jr', 'etc',
  'ee.uu', 'usw',
]);

/** A token of single letters joined by periods: "N.V", "S.A", "U.S" (the final period already cut). */
export const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * Closed-class words (articles, pronouns, conjunctions, prepositions) that often start a sentence
 * and rarely follow an abbreviation inside one — the Punkt idea of "frequent sentence starters",
 * written out per language instead of learned. Title-case forms.
 */
export const SENTENCE_STARTERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There',
    'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'By', 'With', 'From', 'As', 'After', 'Before', 'When', 'While',
    'If', 'Since', 'Although', 'However', 'Meanwhile', 'Some', 'Many', 'Most', 'Both', 'His', 'Her', 'Their', 'Our', 'My',
    'According', 'Last', 'Earlier', 'Later', 'Still', 'Also', 'Then', 'What', 'Who', 'Why', 'How', 'No', 'Not', 'Neither',
    'Nor', 'Each', 'Every', 'All', 'Any', 'Such', 'Other', 'Another', 'Several', 'Few', 'Now', 'Here', 'Once', 'Because',
    'Despite', 'During', 'Under', 'Until', 'Instead', 'Even', 'Only']),
  fr: new Set(['Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Je', 'Ce', 'Cette', 'Ces',
    'Mais', 'Et', 'Selon', 'Dans', 'En', 'Pour', 'Par', 'Avec', 'Après', 'Avant', 'Depuis', 'Lors', 'Son', 'Sa', 'Ses', 'Leur',
    'Cependant', 'Pourtant', 'Ainsi', 'Aussi', 'Alors', 'Si', "L'", 'Au', 'Aux', 'Du']),
  es: new Set(['El', 'La', 'Los', 'Las', 'Un', 'Una', 'Unos', 'Unas', 'Lo', 'Se', 'Es', 'Este', 'Esta', 'Estos', 'Estas', 'Ese',
    'Esa', 'Pero', 'Y', 'Según', 'Sin', 'Por', 'Para', 'En', 'Con', 'Tras', 'Desde', 'Durante', 'Entre', 'Al', 'Del', 'Su',
    'Sus', 'Además', 'Aunque', 'Así', 'También', 'No', 'Hay', 'Si', 'Cuando', 'Mientras', 'Ella', 'Él', 'Ellos']),
  de: new Set(['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Man',
    'Dies', 'Diese', 'Dieser', 'Aber', 'Und', 'Doch', 'Laut', 'Nach', 'In', 'Im', 'Am', 'Auf', 'Mit', 'Bei', 'Seit', 'Vor',
    'Für', 'Auch', 'Dabei', 'Damit', 'Dann', 'Zudem', 'Außerdem', 'Allerdings', 'Trotzdem', 'Wenn', 'Als', 'Sein', 'Seine',
    'Ihr', 'Ihre']),
  it: new Set(['Il', 'Lo', 'La', 'I', 'Gli', 'Le', 'Un', 'Una', 'Uno', "L'", 'Questo', 'Questa', 'Ma', 'E', 'Secondo', 'In',
    'Per', 'Con', 'Dopo', 'Nel', 'Nella', 'Al', 'Alla', 'Del', 'Della', 'Si', 'Non', 'Anche', 'Inoltre']),
  nl: new Set(['De', 'Het', 'Een', 'Dit', 'Deze', 'Die', 'Dat', 'Hij', 'Zij', 'Ze', 'Wij', 'We', 'Ik', 'Er', 'Maar', 'En',
    'Volgens', 'In', 'Op', 'Met', 'Na', 'Voor', 'Bij', 'Ook', 'Daarnaast', 'Zijn', 'Haar']),
};

/** A single letter and a period is an initial ("J. R. Smith", "z. B."); an apostrophe after a letter ("A380's.") is no opener. */
export const INITIAL_AT_END = /(?:^|[\s(“"«„]|(?<![\p{L}\p{N}])['‘])\p{L}\.$/u;

/** The last word of a segment, with inner periods ("U.S.", "a.m."), before its final period; not the end of "A400M.". */
export const LAST_WORD_BEFORE_PERIOD = /(?<![\p{L}\p{N}])(\p{L}[\p{L}.]{0,9})\.$/u;

/**
 * German (and other) ordinals: "am 3. März" — a day number with a period followed by a month
 * name, or by a lower-case word, is not a sentence end.
 */
export const ORDINAL_AT_END = /(?:^|\s)\d{1,2}\.$/u;
export const MONTH_OR_LOWER_START =
  /^(?:\p{Ll}|(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)/u;

/**
 * German ordinals after an article or preposition: "der 2. Weltkrieg", "zum 5. Mal" — the noun
 * after the ordinal is capitalised, so ICU breaks there.
 */
export const GERMAN_ORDINAL_AFTER_ARTICLE =
  /(?:^|\s)(?:der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ab|seit|bis|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen|jeder|jede|jedes)\s+\d{1,3}\.$/iu;

/** A segment cannot start with a closing quote: French spacing puts a space before "»", where ICU breaks. */
export const CLOSING_QUOTE_START = /^[»”]/u;

/**
 * A question or exclamation closed by a quote, then a lower-case attribution: "“Is it safe?” asked
 * one resident." — one sentence.
 */
export const QUOTED_QUESTION_AT_END = /[?!]\s?["”»’]+$/u;

/** A segment that starts with a lower-case letter continues the previous one ("… 10 a.m. on Friday"). */
export const LOWER_START = /^\p{Ll}/u;

/** A brand written with a lower-case initial ("iPhone", "eBay") starts a sentence like a capital does. */
export const BRAND_START = /^\p{Ll}{1,2}\p{Lu}/u;

/** A segment that starts with a digit ("60% of the parts …", "2007 was …"). */
export const DIGIT_START = /^\p{N}/u;

/**
 * Where ICU misses a break: a period, closing quotes or brackets and space, then a number or a
 * brand with a lower-case initial. ICU does not break there because the next letters are
 * lower-case ("… 25,000 others. 60% of the parts …", "… on July 1. iPhone 4 will …"). Before a
 * number the period must follow a word or "%", not a number, so "3. 4. 2020" stays whole.
 */
export const MISSED_BREAK = /(?:(?<=\p{L}\p{L}|%)\.["”’»)]*\s+(?=\p{N})|\.["”’»)]*\s+(?=\p{Ll}{1,2}\p{Lu}))/gu;

/**
 * Cheap check before running eld on a paragraph: when at least this many of its first words are
 * function words found only in the article's language's list ("the", "dans", "los", "der"), and
 * they outnumber any other language's distinctive ones by the ratio below, the paragraph is in the article's language and the detector is not run (it costs ~30 µs
 * a paragraph and found nothing on such paragraphs in the language eval).
 */
export const SAME_LANGUAGE_MIN_FUNCTION_WORDS = 2;
export const SAME_LANGUAGE_FUNCTION_WORD_RATIO = 4;
/** Words of a paragraph looked at by that check. */
export const SAME_LANGUAGE_SAMPLE_WORDS = 40;
