// Digits that are not quantities: dates ("June 16", "16. Juni"), clock times ("10:00", "10 Uhr"),
// ordinals ("3rd", "3. größte"), list numbering, phone-like runs, and numbers inside names
// ("HaloCharge 20", "Article 5", "G7" is one word already).
import type { Compiled } from './compiled.js';
import { CURRENCY_BEFORE, DIGIT_SUFFIX_SCALES } from './lexicon.js';
import { CLOCK_AFTER, NAME_NOUNS, ORDINAL_SUFFIXES, PHONE_GAP, PHONE_RUN_MIN, SENTENCE_MARKS } from './rules.js';
import type { Tok } from './tokens.js';

const LEADING_ZERO = /^0\d/u;
const INNER_CAPITAL = /^.\p{Ll}*\p{Lu}|^\p{Lu}{2,}$/u;

function knownSuffix(suffix: string, c: Compiled): boolean {
  if (suffix in DIGIT_SUFFIX_SCALES) return true;
  return c.units.some((x) => x.entry.words === suffix);
}

function isMonth(t: Tok | undefined, c: Compiled): boolean {
  return t !== undefined && t.kind === 'word' && c.months.has(t.low);
}

/** Is the capitalised word before token i part of a name with the number? */
function nameBefore(text: string, toks: readonly Tok[], i: number, c: Compiled): boolean {
  const prev = toks[i - 1];
  if (prev?.kind !== 'word' || !prev.cap) return false;
  if (NAME_NOUNS.has(prev.low)) return true;
  if (prev.low in CURRENCY_BEFORE) return false;
  const raw = text.slice(prev.start, prev.end);
  if (c.lang === 'de') return INNER_CAPITAL.test(raw);
  const before = toks[i - 2];
  const sentenceStart = before === undefined || prev.lineStart || SENTENCE_MARKS.has(before.low);
  if (sentenceStart) return INNER_CAPITAL.test(raw);
  return !(prev.low in c.lex.cues) && !(prev.low in c.lex.numbers) && !isMonth(prev, c);
}

export function skipDigits(text: string, toks: readonly Tok[], i: number, c: Compiled): boolean {
  const t = toks[i];
  if (t === undefined) return true;
  if (LEADING_ZERO.test(t.low)) return true;
  if (t.suffix !== '' && !knownSuffix(t.suffix, c)) return true;
  if (ORDINAL_SUFFIXES.has(t.suffix)) return true;
  const after = text.slice(t.start + t.low.length, t.start + t.low.length + 6);
  if (CLOCK_AFTER.test(after)) return true;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev?.low === ':' && t.glued && toks[i - 2]?.kind === 'digits') return true;
  if (isMonth(prev, c) || isMonth(next, c)) return true;
  const after2 = toks[i + 2];
  if (next !== undefined && (next.low === 'de' || next.low === '.') && isMonth(after2, c)) return true;
  if (next?.low === '.' && next.glued && after2 !== undefined && after2.kind === 'word' && !after2.cap && !after2.lineStart) return true;
  if (t.lineStart && next !== undefined && next.glued && (next.low === '.' || next.low === ')')) return true;
  return nameBefore(text, toks, i, c);
}

/** Marks digit tokens in phone-like runs ("+33 1 23 45 67 89", "2026-03-09"). */
export function phoneRuns(text: string, toks: readonly Tok[]): boolean[] {
  const marks: boolean[] = new Array<boolean>(toks.length).fill(false);
  let runStart = -1;
  let count = 0;
  const close = (endExclusive: number): void => {
    const plus = runStart > 0 && toks[runStart - 1]?.low === '+';
    if (count >= PHONE_RUN_MIN || (plus && count >= 1)) for (let k = runStart; k < endExclusive; k++) if (toks[k]?.kind === 'digits') marks[k] = true;
  };
  let last = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t === undefined) continue;
    if (t.kind === 'digits' && t.suffix === '') {
      const prevDigit = last >= 0 ? toks[last] : undefined;
      if (prevDigit !== undefined && PHONE_GAP.test(text.slice(prevDigit.end, t.start))) count++;
      else {
        if (runStart >= 0) close(last + 1);
        runStart = i;
        count = 1;
      }
      last = i;
    } else if (t.kind === 'sym' && PHONE_GAP.test(t.low)) continue;
    else {
      if (runStart >= 0) close(last + 1);
      runStart = -1;
      count = 0;
      last = -1;
    }
  }
  if (runStart >= 0) close(last + 1);
  return marks;
}
