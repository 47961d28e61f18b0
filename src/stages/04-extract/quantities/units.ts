// The unit after (or currency before) a number, and the noun it counts.
import type { QuantityDimension } from '../../../model/extraction.js';
import type { Compiled } from './compiled.js';
import { CURRENCY_BEFORE, type UnitEntry } from './lexicon.js';
import { COUNTED_MAX_WORDS, DE_ADJECTIVE_END, EN_ADJECTIVE_END, EN_PLURAL_END, EN_VERB_END } from './rules.js';
import { longestAt, type Tok } from './tokens.js';
import type { NumPhrase } from './numbers.js';

export type UnitHit = {
  unit: string;
  dimension: QuantityDimension;
  factor: number;
  end: number;
  half: boolean;
  /** Token of the person noun when it stands before the number. */
  noun?: number;
  /** Used as an adjective: "two-hour (dialogue)", "zweistündige (Sitzung)". */
  adjective?: boolean;
};

const PERSON: Omit<UnitHit, 'end' | 'half'> = { unit: 'person', dimension: 'count', factor: 1 };

function unitAt(toks: readonly Tok[], i: number, c: Compiled): [UnitEntry, number] | undefined {
  const hit = longestAt(toks, i, c.unitParts);
  const entry = hit === undefined ? undefined : c.units[hit[1]]?.entry;
  return hit === undefined || entry === undefined ? undefined : [entry, hit[0]];
}

/** Is the token before the phrase's end a scale, round noun or vague plural (so "de"/"of" may follow)? */
function endsInScale(toks: readonly Tok[], p: NumPhrase, c: Compiled): boolean {
  const t = toks[p.end - 1];
  if (t === undefined) return false;
  return t.low in c.lex.scales || t.low in c.lex.vaguePlurals || t.low in c.lex.approxNouns || (t.kind === 'word' && p.approx);
}

/** Skips a glued hyphen ("two-hour") and "of"/"de" after a scale ("millions d'euros"). */
function afterLinks(toks: readonly Tok[], p: NumPhrase, c: Compiled): number[] {
  const starts = [p.end];
  const t = toks[p.end];
  if (t?.low === '-' && t.glued && toks[p.end + 1]?.glued === true) starts.push(p.end + 1);
  if (endsInScale(toks, p, c)) {
    const linker = longestAt(toks, p.end, c.linkers);
    if (linker !== undefined) starts.push(linker[0]);
  }
  return starts;
}

/** The unit after a number phrase, if any (person nouns included). */
export function unitAfter(toks: readonly Tok[], p: NumPhrase, c: Compiled): UnitHit | undefined {
  if (p.glued !== undefined) {
    const entry = c.units.find((x) => x.entry.words === p.glued)?.entry;
    const adjective = c.lang === 'de' && toks[p.start]?.kind === 'word';
    if (entry !== undefined) return withHalf(toks, { unit: entry.unit, dimension: entry.dimension, factor: entry.factor, end: p.end, half: false, adjective }, c);
    return undefined;
  }
  for (const start of afterLinks(toks, p, c)) {
    let at = start;
    let half = false;
    const andHalf = longestAt(toks, at, c.andHalf);
    if (andHalf !== undefined) {
      at = andHalf[0];
      half = true;
    }
    const hit = unitAt(toks, at, c);
    if (hit !== undefined) {
      const [entry, end] = hit;
      const adjective = start !== p.end && toks[p.end]?.low === '-';
      return withHalf(toks, { unit: entry.unit, dimension: entry.dimension, factor: entry.factor, end, half, adjective }, c);
    }
    const noun = personAt(toks, at, c);
    if (noun !== undefined) return { ...PERSON, end: noun, half: false };
  }
  return undefined;
}

function withHalf(toks: readonly Tok[], hit: UnitHit, c: Compiled): UnitHit {
  if (hit.half) return hit;
  const andHalf = longestAt(toks, hit.end, c.andHalf);
  return andHalf === undefined || hit.dimension !== 'duration' ? hit : { ...hit, end: andHalf[0], half: true };
}

/** A person noun at i (German: after up to one adjective). Returns the index after it. */
function personAt(toks: readonly Tok[], i: number, c: Compiled): number | undefined {
  const t = toks[i];
  if (t === undefined || t.kind !== 'word') return undefined;
  if (c.persons.has(t.low)) return i + 1;
  const n = toks[i + 1];
  if (c.lang === 'de' && !t.cap && DE_ADJECTIVE_END.test(t.low) && n !== undefined && n.cap && c.persons.has(n.low)) return i + 2;
  return undefined;
}

/** Currency written before the number ("€48m", "USD 5 million", "US$ 3"): [unit, first token index]. */
export function currencyBefore(toks: readonly Tok[], start: number): [string, number] | undefined {
  const t = toks[start - 1];
  if (t === undefined) return undefined;
  const code = CURRENCY_BEFORE[t.low];
  if (code === undefined) return undefined;
  if (t.low === '$' && toks[start - 2]?.low === 'us' && t.glued) return ['USD', start - 2];
  return [code, start - 1];
}

function isWord(t: Tok | undefined): t is Tok {
  return t !== undefined && t.kind === 'word' && t.low.length > 1;
}

/**
 * The noun phrase a quantity counts, read after it (`from`). After a unit (`afterUnit`) only a
 * glued hyphen ("two-hour dialogue") or "of"/"de" ("90 minutes of talks") leads to it, or in German a
 * noun right after a duration ("drei Stunden Gespräche"). English takes up to the first plural of
 * COUNTED_MAX_WORDS words ("two nearby hamlets"), else an adjective and its noun ("bilateral
 * meeting"), else one word; French and Spanish the head noun; German skips an adjective to the
 * capitalised noun.
 */
export function countedAfter(text: string, toks: readonly Tok[], from: number, c: Compiled, afterUnit?: UnitHit): [string, number] | undefined {
  let i = from;
  const hyphen = toks[i]?.low === '-' && toks[i]?.glued === true;
  if (hyphen) i++;
  const linker = longestAt(toks, i, c.linkers);
  if (linker !== undefined) {
    i = linker[0];
    if (c.lang === 'en' && toks[i]?.low === 'the') i++;
  }
  if (afterUnit !== undefined && afterUnit.adjective !== true && linker === undefined && !(c.lang === 'de' && afterUnit.dimension === 'duration')) return undefined;
  const first = toks[i];
  if (!isWord(first) || c.stop.has(first.low) || first.low in c.lex.numbers) return undefined;
  if (c.lang === 'de') {
    if (first.cap) return [text.slice(first.start, first.end), i + 1];
    const n = toks[i + 1];
    if (DE_ADJECTIVE_END.test(first.low) && isWord(n) && n.cap) return [text.slice(first.start, n.end), i + 2];
    return undefined;
  }
  if (first.cap && !(c.persons.has(first.low))) return undefined; // a name, not a noun
  if (c.lang === 'en' && EN_VERB_END.test(first.low) && !c.persons.has(first.low)) return undefined;
  let end = i + 1;
  if (c.lang === 'en') {
    let plural = -1;
    for (let k = i; k < i + COUNTED_MAX_WORDS; k++) {
      const t = toks[k];
      if (!isWord(t) || t.cap || c.stop.has(t.low) || (k > i && t.glued)) break;
      if (EN_PLURAL_END.test(t.low)) {
        plural = k;
        break;
      }
    }
    const second = toks[i + 1];
    if (plural >= 0) end = plural + 1;
    else if (EN_ADJECTIVE_END.test(first.low) && isWord(second) && !second.cap && !c.stop.has(second.low) && !second.glued) end = i + 2;
  }
  const last = toks[end - 1] ?? first;
  return [text.slice(first.start, last.end), end];
}

/** "troops numbering 100,000": the noun before a counting verb. */
export function countedBefore(text: string, toks: readonly Tok[], start: number, verbs: readonly string[]): string | undefined {
  const verb = toks[start - 1];
  const noun = toks[start - 2];
  if (verb === undefined || !verbs.includes(verb.low) || !isWord(noun)) return undefined;
  return text.slice(noun.start, noun.end);
}

