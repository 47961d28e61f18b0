// Name mentions in one text: capitalised sequences with a stop-list, titles and roles stripped
// (kept as roles), gazetteer phrases, a type cue for each. Pure; linear in the text.
import type { EntityType } from '../../../model/event.js';
import { ACRONYMS, DEMONYMS, GAZETTEER, GAZETTEER_MAX_WORDS, lookup, type GazetteerEntry } from './gazetteer.js';
import {
  CLUB_PREFIXES, CORPORATE_SUFFIXES, DESCRIPTOR_SUFFIXES_DE, EMPLOYER_PREPOSITIONS, GERMAN_COUNTRY_SUFFIXES, GERMAN_NOUN_MARKERS, GERMAN_NUMERALS, GERMAN_COUNTRY_SUFFIX_EXCEPTIONS, ROMANCE_PARTICLES, EXTRA_DEMONYMS, ROLE_INNER_WORDS, HONORIFICS, NAME_CONNECTORS, NOT_NAME_WORDS_ANY, NOT_NAME_WORDS_BY_LANGUAGE, ORG_SUFFIXES_DE, ORG_WORDS, PARTY_WORDS, PLACE_ABBREVIATIONS, PLACE_PREPOSITIONS, PLACE_WORDS,
  ROLE_PHRASES, ROLE_SUFFIXES_DE,
} from './lexicon.js';
import {
  ABBREVIATION_GAP, ACRONYM, ELISION_PREFIX, HYPHENATED_NAMES, MAX_NAME_WORDS, MIN_GERMAN_PLACE_OCCURRENCES, MAX_ROLE_LOOKBACK_WORDS, NAME_GAP, PARENTHESISED_ACRONYM, POSSESSIVE_SUFFIX, SENTENCE_START_BEFORE, SPEECH_AFTER,
  SPEECH_BEFORE, SPEECH_WINDOW,
} from './rules.js';
import { fold } from './text.js';

export type Word = {
  text: string; start: number; end: number; folded: string;
  cap: boolean; initial: boolean; acronym: boolean;
  /** A possessive "'s" was cut off: a name ends here. */
  possessive: boolean;
  /** Second half of a hyphenated pair of capitalised words ("Biden-Vladimir"): joins only as a compound first name ("Jean-Pierre Raffarin"). */
  hyphenPart: boolean;
};

/** One name as written, with what the text around it says about it. */
export type Mention = {
  start: number; end: number; text: string;
  /** Name words (folded), for keys. */
  words: string[];
  type: EntityType | undefined;
  entry: GazetteerEntry | undefined;
  roles: string[];
  /** A demonym or place written before the role ("Russian" in "Russian Foreign Minister Sergei Lavrov"). */
  qualifier: string | undefined;
  /** Acronym written in parentheses right after it: "North Atlantic Treaty Organization (NATO)". */
  acronymAfter: string | undefined;
  /** Kept only if it is another form of a name found elsewhere in the article (a lone word without any cue). */
  weak: boolean;
};

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** A letter at i (ASCII fast path; other scripts through LETTER, surrogate pairs included). */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}
function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57);
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && WORD_CHAR.test(text.slice(i - 1, i + 1));
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/**
 * Words of the text (WORD_PATTERN, scanned by hand: no match objects); elisions and possessives cut
 * off; hyphenated pairs of capitalised words split.
 */
export function tokenize(text: string): Word[] {
  const out: Word[] = [];
  const folds = new Map<string, string>();
  const push = (t: string, start: number, initial: boolean, possessive: boolean, hyphenPart: boolean, ascii: boolean): void => {
    const first = t.charAt(0);
    const cap = first !== first.toLowerCase();
    let folded: string | undefined = ascii && !cap ? t : folds.get(t);
    if (folded === undefined) { folded = fold(t); folds.set(t, folded); }
    out.push({ text: t, start, end: start + t.length, folded, cap, initial, acronym: cap && ACRONYM.test(t), possessive, hyphenPart });
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!letterAt(text, i)) { i++; continue; }
    const wordStart = i;
    let ascii = true;
    let joiner = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 ? isAsciiLetter(c) || (c >= 48 && c <= 57) : wordCharAt(text, i)) { if (c >= 128) ascii = false; i++; continue; }
      // Apostrophe or hyphen inside a word, when a letter follows: "O'Neill", "Co-operation".
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && letterAt(text, i + 1)) { joiner = true; if (c === 0x2019) ascii = false; i++; continue; }
      break;
    }
    let start = wordStart;
    let t = text.slice(wordStart, i);
    const elision = joiner ? ELISION_PREFIX.exec(t) : null;
    if (elision !== null) { start += elision[0].length; t = t.slice(elision[0].length); }
    const possessive = joiner && t.length > 2 && POSSESSIVE_SUFFIX.test(t);
    if (possessive) t = t.slice(0, -2);
    let b = wordStart - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\u00a0' || text[b] === '\t')) b--;
    const afterAbbreviation = text[b] === '.' && PLACE_ABBREVIATIONS.has(out.at(-1)?.folded ?? '') && out.at(-1)?.end === b;
    const initial = elision === null && !afterAbbreviation && (b < 0 || SENTENCE_START_BEFORE.test(text[b] ?? '\n'));
    const split = joiner && t.includes('-') ? HYPHENATED_NAMES.exec(t) : null;
    if (split?.[1] !== undefined && split[2] !== undefined && !ACRONYM.test(split[1])) {
      push(split[1], start, initial, false, false, ascii);
      push(split[2], start + split[1].length + 1, false, possessive, true, ascii);
    } else push(t, start, initial, possessive, false, ascii);
  }
  return out;
}

/** Role phrases by their last word, longest first. */
const ROLES_BY_LAST: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const p of [...ROLE_PHRASES].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
    const parts = p.split(' ');
    const last = parts[parts.length - 1] ?? '';
    map.set(last, [...(map.get(last) ?? []), parts]);
  }
  return map;
})();

const ALL_STOPS = Object.values(NOT_NAME_WORDS_BY_LANGUAGE).flatMap((set) => [...set]);
const STOPS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(NOT_NAME_WORDS_BY_LANGUAGE).map(([l, set]) => [l, new Set([...set, ...NOT_NAME_WORDS_ANY])]));
const STOPS_UNKNOWN_LANGUAGE: ReadonlySet<string> = new Set([...ALL_STOPS, ...NOT_NAME_WORDS_ANY]);
const OTHER_DEMONYMS: ReadonlySet<string> = new Set(EXTRA_DEMONYMS);
const PARTY: ReadonlySet<string> = new Set(PARTY_WORDS);

/** A nationality adjective or its plural ("Russian", "Russians", "Soviet"): not an entity. */
export const isDemonym = (folded: string): boolean => {
  const singular = folded.replace(/(?<=n)s$/u, '');
  return DEMONYMS.has(folded) || DEMONYMS.has(singular) || OTHER_DEMONYMS.has(folded) || OTHER_DEMONYMS.has(singular);
};

/** A capitalised word that may be (part of) a name; an acronym is one even when it spells a function word ("US", not "us"). */
const isNameWord = (w: Word, stops: ReadonlySet<string>): boolean => w.cap && (w.acronym || (w.text.length > 1 && !stops.has(w.folded)));

/** Every proper prefix (in words) of a multi-word gazetteer form, to stop a phrase look-up early. */
const PHRASE_PREFIXES: ReadonlySet<string> = new Set([...GAZETTEER.keys()].filter((k) => k.includes(' ')).flatMap((k) => {
  const parts = k.split(' ');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join(' '));
}));

/** Number of words of the longest gazetteer form starting at word i (0 if none). */
function gazetteerPhrase(text: string, ws: readonly Word[], i: number): number {
  const first = ws[i];
  if (first === undefined || !PHRASE_PREFIXES.has(first.folded)) return 0;
  let best = 0;
  let phrase = first.folded;
  for (let n = 2; n <= GAZETTEER_MAX_WORDS; n++) {
    const prev = ws[i + n - 2];
    const w = ws[i + n - 1];
    if (prev === undefined || w === undefined || !NAME_GAP.test(text.slice(prev.end, w.start))) break;
    phrase += ' ' + w.folded;
    if (GAZETTEER.has(phrase)) best = n;
    if (!PHRASE_PREFIXES.has(phrase)) break;
  }
  return best;
}

function germanRole(folded: string): boolean {
  const last = folded.slice(folded.lastIndexOf('-') + 1);
  const stem = last.replace(/(?<=(?:ent|er))en$/u, '');
  return ROLE_SUFFIXES_DE.some((s) => stem.endsWith(s) && stem.length > s.length + 2) && !DEMONYMS.has(folded);
}

/** Length of the role phrase (in words) ending at index `end` of `ws`, 0 if none. */
function roleEndingAt(ws: readonly Word[], end: number): number {
  const w = ws[end];
  if (w === undefined) return 0;
  if (HONORIFICS.has(w.folded) || germanRole(w.folded)) return 1;
  for (const phrase of ROLES_BY_LAST.get(w.folded) ?? []) {
    const n = phrase.length;
    if (n > end + 1) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = ws[end - n + 1 + k]?.folded === phrase[k];
    if (ok) return n;
  }
  return 0;
}

/** Whether words a and b of one name may be this far apart: one space, or a place abbreviation's full stop ("St. Louis"). */
const gapJoins = (text: string, a: Word, b: Word): boolean => {
  const gap = text.slice(a.end, b.start);
  return NAME_GAP.test(gap) || (a.cap && PLACE_ABBREVIATIONS.has(a.folded) && ABBREVIATION_GAP.test(gap));
};

/** Runs of name words (connectors allowed inside), as index ranges [from, to] into `ws`. */
function runs(text: string, ws: readonly Word[], stops: ReadonlySet<string>): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  let from = -1;
  const close = (to: number): void => { if (from >= 0 && to >= from) out.push([from, to, false]); from = -1; };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w === undefined) break;
    const prev = ws[i - 1];
    const phrase = w.cap ? gazetteerPhrase(text, ws, i) : 0;
    if (phrase > 1) { close(i - 1); out.push([i, i + phrase - 1, true]); i += phrase - 1; continue; }
    const next = ws[i + 1];
    const nextJoins = next !== undefined && isNameWord(next, stops) && gapJoins(text, w, next);
    const joined = prev !== undefined && from >= 0 && !prev.possessive && !w.initial
      && (w.hyphenPart ? from === i - 1 && nextJoins && !next.hyphenPart : gapJoins(text, prev, w));
    if (isNameWord(w, stops)) {
      if (!joined) { close(i - 1); from = i; }
      continue;
    }
    // A connector stays inside a run only between two name words, and only after an organization or
    // place word ("Bank of Alvaria", "Sierra de Calvera") or, for a Romance particle, after one word
    // ("Salinas del Mar"); never "Velikov of Dravonia".
    if (joined && NAME_CONNECTORS.has(w.text) && nextJoins && ((ROMANCE_PARTICLES.has(w.text) && from === i - 1)
      || ws.slice(from, i).some((x) => ORG_WORDS.has(x.folded) || PLACE_WORDS.has(x.folded)))) continue;
    close(i - 1);
  }
  close(ws.length - 1);
  return out;
}

/** A German word shaped like a country name (GERMAN_COUNTRY_SUFFIXES, not one of the listed common nouns). */
const germanCountryName = (folded: string): boolean => !GERMAN_COUNTRY_SUFFIX_EXCEPTIONS.has(folded)
  && GERMAN_COUNTRY_SUFFIXES.some((x) => folded.endsWith(x) && folded.length >= x.length + 3);

/** A German compound ending in an organization word ("Bürgerallianz", "Verfassungsgericht"). */
const compoundOrg = (folded: string): boolean => ORG_SUFFIXES_DE.some((s) => folded.length > s.length + 2 && folded.endsWith(s));

function typeCue(ws: readonly Word[], text: string, words: readonly Word[], beforeIndex: number, german: { language: string; counts: ReadonlyMap<string, number> }): EntityType | undefined {
  const folded = ws.map((w) => w.folded);
  if (folded.some((f) => ORG_WORDS.has(f) || compoundOrg(f)) || (folded.length > 1 && CORPORATE_SUFFIXES.has(folded[folded.length - 1] ?? ''))) return 'organization';
  if (folded.some((f) => PLACE_WORDS.has(f))) return 'place';
  const first = ws[0];
  const last = ws[ws.length - 1];
  if (first === undefined || last === undefined) return undefined;
  // A speech verb says "person" for a full name only: countries and companies speak too ("Tesland said").
  if (ws.length > 1 && SPEECH_AFTER.test(text.slice(last.end + (last.possessive ? 2 : 0), last.end + SPEECH_WINDOW))) return 'person';
  if (ws.length > 1 && SPEECH_BEFORE.test(text.slice(Math.max(0, first.start - SPEECH_WINDOW), first.start))) return 'person';
  const before = words[beforeIndex];
  const oftenEnough = german.language !== 'de' || (german.counts.get(first.folded) ?? 0) >= MIN_GERMAN_PLACE_OCCURRENCES;
  if (before !== undefined && !before.cap && PLACE_PREPOSITIONS.has(before.text) && NAME_GAP.test(text.slice(before.end, first.start)) && oftenEnough) return 'place';
  if (ws.length === 1 && first.acronym) return 'organization';
  return undefined;
}

/** A lowercase role right before the name ("le ministre dravonien, Dmitar Vélikov") or right after it (", mayor of Weidenau"). */
function nearbyRole(text: string, ws: readonly Word[], from: number, to: number): string | undefined {
  for (let i = from - 1; i >= Math.max(0, from - MAX_ROLE_LOOKBACK_WORDS); i--) {
    const w = ws[i];
    const after = ws[i + 1];
    if (w === undefined || after === undefined || (w.cap && !ORG_WORDS.has(w.folded))) break;
    if (/[.!?;:"“”«»]/u.test(text.slice(w.end, after.start))) break;
    const n = roleEndingAt(ws, i);
    if (n > 0) {
      // "foreign ministers of Dravonia", "ministre de …": the name is the role's domain, not its holder;
      // "a spokesperson for Velmar Freight": its employer (EMPLOYER_PREPOSITIONS).
      const between = ws.slice(i + 1, from);
      if (between.some((x) => NAME_CONNECTORS.has(x.text) || EMPLOYER_PREPOSITIONS.has(x.folded))) return undefined;
      return text.slice(ws[i - n + 1]?.start ?? w.start, w.end);
    }
  }
  const last = ws[to];
  if (last !== undefined && text.slice(last.end + (last.possessive ? 2 : 0), last.end + 4).startsWith(', ')) {
    for (let i = to + 1; i <= to + 4; i++) {
      const n = roleEndingAt(ws, i);
      if (n > 0 && i - n + 1 <= to + 3) return text.slice(ws[i - n + 1]?.start ?? 0, ws[i]?.end ?? 0);
      const w = ws[i];
      if (w === undefined || /[.!?;:,"“”«»]/u.test(text.slice(w.end, ws[i + 1]?.start ?? w.end))) break;
    }
  }
  return undefined;
}

/** All name mentions of a text, in order. `language` is the article's (German capitalises nouns). */
export function findMentions(text: string, language: string, ws: readonly Word[] = tokenize(text)): Mention[] {
  const stops = STOPS.get(language) ?? STOPS_UNKNOWN_LANGUAGE;
  const midSentence = new Set<string>();
  const counts = new Map<string, number>();
  for (const w of ws) {
    if (!w.cap) continue;
    if (!w.initial) midSentence.add(w.folded);
    counts.set(w.folded, (counts.get(w.folded) ?? 0) + 1);
  }
  const out: Mention[] = [];
  const lowercase = new Set<string>();
  for (const w of ws) if (!w.cap) lowercase.add(w.folded);
  for (const [a, b, phrase] of runs(text, ws, stops)) {
    if (phrase) {
      const surface = text.slice(ws[a]?.start ?? 0, ws[b]?.end ?? 0);
      const entry = lookup(surface);
      out.push({
        start: ws[a]?.start ?? 0, end: ws[b]?.end ?? 0, text: surface, words: ws.slice(a, b + 1).map((w) => w.folded), type: entry?.type, entry,
        roles: [], qualifier: undefined, acronymAfter: PARENTHESISED_ACRONYM.exec(text.slice(ws[b]?.end ?? 0, (ws[b]?.end ?? 0) + 12))?.[1], weak: false,
      });
      continue;
    }
    let from = a;
    let to = b;
    const roles: string[] = [];
    let qualifier: string | undefined;
    let domain = false;
    // The last role inside the run (it may have started before it, in lowercase: "secretary of State Antony Blinken").
    for (let i = to; i >= from; i--) {
      const n = roleEndingAt(ws, i);
      if (n === 0) continue;
      const roleStart = Math.max(0, i - n + 1);
      if (!HONORIFICS.has(ws[i]?.folded ?? '')) roles.push(text.slice(ws[roleStart]?.start ?? 0, ws[i]?.end ?? 0));
      else roles.push('');
      if (roleStart > from) qualifier = text.slice(ws[from]?.start ?? 0, ws[roleStart - 1]?.end ?? 0);
      from = i + 1;
      // "Exteriores de Dravonia", "Außenminister Dravoniens": the role's domain, not its holder.
      const next = ws[from];
      if (next !== undefined && (NAME_CONNECTORS.has(next.text) || (language === 'de' && from === to && next.folded.endsWith('s')))) {
        roles.length = 0;
        qualifier = undefined;
        domain = true;
      }
      break;
    }
    // A leading word that only starts sentences is not part of the name ("Diplomats Sergei Lavrov").
    // A leading word that only starts sentences and is otherwise a common word is not part of the
    // name ("Diplomats Sergei Lavrov"); a two-word name at a sentence start stays ("Pavel Drozd said").
    const leadingCommon = (i: number): boolean => {
      const w = ws[i];
      return w !== undefined && w.initial && !midSentence.has(w.folded) && lookup(w.text) === undefined && (lowercase.has(w.folded) || to - i + 1 >= 3);
    };
    while (from < to && leadingCommon(from)) from++;
    while (from <= to && !isNameWord(ws[from] as Word, stops)) from++;
    while (to >= from && !isNameWord(ws[to] as Word, stops)) to--;
    // Leading nationality adjectives before a gazetteer name: "Eastern European NATO" → NATO.
    for (let k = from; k < to && isDemonym(ws[k]?.folded ?? ''); k++) {
      if (lookup(text.slice(ws[k + 1]?.start ?? 0, ws[to]?.end ?? 0)) !== undefined) { from = k + 1; break; }
    }
    if (from <= to && (isDemonym(ws[to]?.folded ?? '') || PARTY.has(ws[to]?.folded ?? ''))) continue;
    if (language === 'de' && lookup(text.slice(ws[from]?.start ?? 0, ws[to]?.end ?? 0)) === undefined
      && (GERMAN_NUMERALS.has(ws[from - 1]?.folded ?? '') || /\d[ \u00a0]$/u.test(text.slice(Math.max(0, (ws[from]?.start ?? 0) - 2), ws[from]?.start ?? 0)))) continue;
    if (language === 'de' && from === to && GERMAN_NOUN_MARKERS.has(ws[from - 1]?.folded ?? '') && !compoundOrg(ws[from]?.folded ?? '')
      && !germanCountryName(ws[from]?.folded ?? '') && lookup(ws[from]?.text ?? '') === undefined) continue;
    let descriptorType: EntityType | undefined;
    if (language === 'de' && from < to) {
      const lead = ws[from]?.folded ?? '';
      const found = DESCRIPTOR_SUFFIXES_DE.find(([suffix]) => lead.endsWith(suffix));
      if (found !== undefined) { descriptorType = found[1] === 'other' ? undefined : found[1]; from++; }
    }
    if (ws.slice(from, to + 1).every((w) => ROLE_INNER_WORDS.has(w.folded))) continue;
    if (from > to || to - from + 1 > MAX_NAME_WORDS) continue;
    const nameWords = ws.slice(from, to + 1);
    const head = nameWords[0] as Word;
    const tail = nameWords[nameWords.length - 1] as Word;
    const surface = text.slice(head.start, tail.end);
        const entry = lookup(surface) ?? (head.acronym && nameWords.length === 1 ? ACRONYMS.get(head.text) : undefined);
    const nearby = roles.length === 0 && !domain ? nearbyRole(text, ws, from, to) : undefined;
    if (nearby !== undefined) roles.push(nearby);
    const initialOnly = head.initial && !midSentence.has(head.folded) && entry === undefined;
    let type: EntityType | undefined = entry?.type ?? descriptorType ?? (roles.length > 0 ? 'person' : typeCue(nameWords, text, ws, from - 1, { language, counts }));
    if (type === undefined && nameWords.some((w) => CLUB_PREFIXES.has(w.folded))) type = 'organization';
    if (type === undefined && language === 'de' && nameWords.length === 1 && germanCountryName(head.folded)) type = 'place';
    // A lone word that only starts sentences, or (German capitalises every noun) any lone German
    // word, needs a cue or another form in the article to be a name.
    const weak = nameWords.length === 1 && !head.acronym && entry === undefined && !domain && !head.possessive && (initialOnly || (language === 'de' && type === undefined));
    const paren = PARENTHESISED_ACRONYM.exec(text.slice(tail.end, tail.end + 12));
    out.push({
      start: head.start, end: tail.end, text: surface, words: nameWords.filter((w) => !NAME_CONNECTORS.has(w.text)).map((w) => w.folded),
      type, entry, roles: roles.filter((r) => r !== ''), qualifier, acronymAfter: paren?.[1], weak,
    });
  }
  return out;
}
