// The lexicons prepared once for fast lookup: phrases split into tokens, word lists as sets, and
// the set of words a number phrase can start with (every other word is passed over at once).
import { COMMON_UNITS, LEXICONS, type CueKind, type Lang, type LangLexicon, type UnitEntry } from './lexicon.js';

export type Phrase = readonly string[];
export type UnitPhrase = { parts: Phrase; entry: UnitEntry };

export type Compiled = {
  lang: Lang;
  lex: LangLexicon;
  units: readonly UnitPhrase[];
  unitParts: readonly Phrase[];
  /** Units that can take "and a half" without a number before them ("hora y media"). */
  halfUnits: ReadonlySet<string>;
  /** Cues, longest first. */
  cues: readonly { parts: Phrase; kind: CueKind }[];
  several: readonly Phrase[];
  andHalf: readonly Phrase[];
  linkers: readonly Phrase[];
  between: readonly Phrase[];
  persons: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  months: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** Words a number phrase may start with. */
  starters: ReadonlySet<string>;
};

const split = (p: string): Phrase => p.split(' ');

/** German numerals written as one word start with one of these. */
export const DE_NUMERAL_START = /^(?:ein|zwei|drei|vier|fünf|sech|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|anderthalb)/u;

function compile(lang: Lang): Compiled {
  const lex = LEXICONS[lang];
  const units = [...lex.units, ...COMMON_UNITS].map((entry) => ({ parts: split(entry.words), entry }));
  const halfUnits = new Set(units.filter((x) => x.entry.dimension === 'duration' && x.entry.factor === 60 && x.parts.length === 1).map((x) => x.entry.words));
  const starters = new Set<string>([
    ...Object.keys(lex.numbers), ...lex.articles, ...Object.keys(lex.scales), ...Object.keys(lex.approxNouns),
    ...Object.keys(lex.vaguePlurals), ...lex.several.map((p) => split(p)[0] ?? p), ...lex.halves, ...halfUnits,
  ]);
  return {
    lang, lex, units, halfUnits, unitParts: units.map((x) => x.parts),
    cues: Object.entries(lex.cues).map(([p, kind]) => ({ parts: split(p), kind })).sort((a, b) => b.parts.length - a.parts.length),
    several: lex.several.map(split), andHalf: lex.andHalf.map(split), linkers: lex.linkers.map(split), between: lex.between.map(split),
    persons: new Set(lex.persons), stop: new Set(lex.stop), months: new Set(lex.months), articles: new Set(lex.articles), starters,
  };
}

export const COMPILED: Readonly<Record<Lang, Compiled>> = { en: compile('en'), fr: compile('fr'), es: compile('es'), de: compile('de') };
