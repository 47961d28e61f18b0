// Sentence and paragraph spans over cleaned text. ICU's sentence segmenter does the first cut;
// abbreviation, initial and ordinal rules (rules.ts) repair its false breaks, and MISSED_BREAK adds
// the breaks it misses before numbers and lower-case-initial brands.
import type { Span } from '../../model/article.js';
import {
  AMBIGUOUS_ABBREVIATIONS,
  BRAND_START,
  CLOSING_QUOTE_START,
  DIGIT_START,
  DOTTED_ACRONYM,
  GERMAN_ORDINAL_AFTER_ARTICLE,
  INITIAL_AT_END,
  LAST_WORD_BEFORE_PERIOD,
  LOWER_START,
  MISSED_BREAK,
  MONTH_OR_LOWER_START,
  NUMBER_ABBREVIATIONS,
  ORDINAL_AT_END,
  QUOTED_QUESTION_AT_END,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from './rules.js';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (s === undefined) {
    s = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/** Paragraphs are separated by one or more blank lines. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    pushTrimmed(text, start, m.index, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** The first word of a segment, after opening quotes and brackets. */
const FIRST_WORD = /^["“„«¿¡(\s]*([\p{L}']+)/u;

function startsWithStarter(after: string, language: string): boolean {
  const word = FIRST_WORD.exec(after)?.[1];
  if (word === undefined) return false;
  const starters = SENTENCE_STARTERS[language.slice(0, 2)] ?? SENTENCE_STARTERS['en'];
  return starters?.has(word) === true;
}

/**
 * True when a break after `before` is a false one given what follows (`after`, trimmed at its
 * start): a closing quote that lost its sentence, a quoted question with a lower-case attribution,
 * or a period that is an abbreviation, initial or ordinal.
 */
export function isFalseBreak(before: string, after: string, language = 'und'): boolean {
  const prev = before.trimEnd();
  if (CLOSING_QUOTE_START.test(after)) return true;
  if (QUOTED_QUESTION_AT_END.test(prev) && LOWER_START.test(after)) return true;
  if (!prev.endsWith('.')) return false;
  const word = LAST_WORD_BEFORE_PERIOD.exec(prev)?.[1]?.toLowerCase();
  if (word !== undefined && TITLE_ABBREVIATIONS.has(word)) return true;
  if (INITIAL_AT_END.test(prev)) return true;
  if (BRAND_START.test(after)) return false;
  if (ORDINAL_AT_END.test(prev) && MONTH_OR_LOWER_START.test(after)) return true;
  if (language.startsWith('de') && GERMAN_ORDINAL_AFTER_ARTICLE.test(prev)) return true;
  if (LOWER_START.test(after)) return true;
  if (word === undefined) return false;
  if (NUMBER_ABBREVIATIONS.has(word)) return DIGIT_START.test(after);
  if (AMBIGUOUS_ABBREVIATIONS.has(word) || DOTTED_ACRONYM.test(word)) return !startsWithStarter(after, language);
  return false;
}

/** Offsets inside `text[start, end)` where a sentence starts that ICU did not break before. */
function missedBreaks(text: string, start: number, end: number, language: string): number[] {
  const slice = text.slice(start, end);
  const out: number[] = [];
  for (const m of slice.matchAll(MISSED_BREAK)) {
    const at = m.index + m[0].length;
    const before = slice.slice(0, m.index + 1);
    if (!isFalseBreak(before, slice.slice(at), language)) out.push(start + at);
  }
  return out;
}

/** Sentence spans within one paragraph span of `text`. */
export function sentenceSpans(text: string, paragraph: Span, language: string): Span[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  const cuts: Span[] = [];
  for (const seg of segmenterFor(language).segment(slice)) {
    const start = paragraph.start + seg.index;
    const end = start + seg.segment.length;
    const last = cuts.at(-1);
    if (last !== undefined && isFalseBreak(text.slice(last.start, last.end), seg.segment.trimStart(), language)) {
      last.end = end;
    } else {
      cuts.push({ start, end });
    }
  }
  const spans: Span[] = [];
  for (const c of cuts) {
    let from = c.start;
    for (const at of missedBreaks(text, c.start, c.end, language)) {
      pushTrimmed(text, from, at, spans);
      from = at;
    }
    pushTrimmed(text, from, c.end, spans);
  }
  return spans;
}
