// The unit after (or currency before) a number, and the noun it counts.
import type { QuantityDimension } from '../../../model/extraction.js';
import type { Compiled } from './compiled.js';
import { CURRENCY_BEFORE, type UnitEntry } from './lexicon.js';
import { COUNTED_MAX_WORDS, DE_ADJECTIVE_END, EN_ADJECTIVE_END } from './rules.js';
import { longestAt, type Tok } from './tokens.js';
import type { NumPhrase } from './numbers.js';

export type UnitHit = { unit: string; dimension: QuantityDimension; factor: number; end: number; half: boolean; /** Token of the person noun when it stands before the number. */ noun?: number };

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
    if (entry !== undefined) return withHalf(toks, { unit: entry.unit, dimension: entry.dimension, factor: entry.factor, end: p.end, half: false }, c);
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
      return withHalf(toks, { unit: entry.unit, dimension: entry.dimension, factor: entry.factor, end, half }, c);
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
 * The noun phrase a quantity counts, read after it (`from`): one head noun, or two words in
 * English when the first looks like an adjective ("bilateral meeting"); German skips an
 * adjective to the capitalised noun; "of"/"de" lead to the noun ("90 minutes of talks").
 */
export function countedAfter(text: string, toks: readonly Tok[], from: number, c: Compiled): [string, number] | undefined {
  let i = from;
  if (toks[i]?.low === '-' && toks[i]?.glued === true) i++;
  const linker = longestAt(toks, i, c.linkers);
  if (linker !== undefined) {
    i = linker[0];
    if (c.lang === 'en' && toks[i]?.low === 'the') i++;
  }
  const first = toks[i];
  if (!isWord(first) || c.stop.has(first.low)) return undefined;
  if (c.lang === 'de') {
    if (first.cap) return [text.slice(first.start, first.end), i + 1];
    const n = toks[i + 1];
    if (DE_ADJECTIVE_END.test(first.low) && isWord(n) && n.cap) return [text.slice(first.start, n.end), i + 2];
    return undefined;
  }
  if (first.cap && !(c.persons.has(first.low))) return undefined; // a name, not a noun
  let end = i + 1;
  if (c.lang === 'en') {
    for (let k = 1; k < COUNTED_MAX_WORDS; k++) {
      const prev = toks[end - 1];
      const n = toks[end];
      if (prev === undefined || !EN_ADJECTIVE_END.test(prev.low) || !isWord(n) || n.cap || c.stop.has(n.low) || n.glued) break;
      end++;
    }
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

