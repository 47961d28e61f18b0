// Sentence and paragraph spans over cleaned text. ICU's sentence segmenter does the first cut;
// abbreviation, initial and ordinal rules (rules.ts) repair its known false breaks.
import type { Span } from '../../model/article.js';
import {
  ABBREVIATIONS,
  INITIAL_AT_END,
  LAST_WORD_BEFORE_PERIOD,
  LOWER_START,
  MONTH_OR_LOWER_START,
  ORDINAL_AT_END,
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

/** True when ICU's break after `before` is a false one given what follows. */
export function isFalseBreak(before: string, after: string): boolean {
  const prev = before.trimEnd();
  if (!prev.endsWith('.')) return false;
  if (LOWER_START.test(after)) return true;
  if (INITIAL_AT_END.test(prev)) return true;
  if (ORDINAL_AT_END.test(prev) && MONTH_OR_LOWER_START.test(after)) return true;
  const word = LAST_WORD_BEFORE_PERIOD.exec(prev)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence spans within one paragraph span of `text`. */
export function sentenceSpans(text: string, paragraph: Span, language: string): Span[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  const cuts: Span[] = [];
  for (const seg of segmenterFor(language).segment(slice)) {
    const start = paragraph.start + seg.index;
    const end = start + seg.segment.length;
    const last = cuts.at(-1);
    if (last !== undefined && isFalseBreak(text.slice(last.start, last.end), seg.segment.trimStart())) {
      last.end = end;
    } else {
      cuts.push({ start, end });
    }
  }
  const spans: Span[] = [];
  for (const c of cuts) pushTrimmed(text, c.start, c.end, spans);
  return spans;
}
