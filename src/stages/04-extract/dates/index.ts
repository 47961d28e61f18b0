// Date and time expressions of one article, resolved against its publication date; and an event's
// timeline and date from its articles' expressions. Own patterns (rules.ts, lexicon.ts) rather than
// chrono-node: measured on the example corpus and TempEval-3 (test/eval/suites/timex.ts), chrono's
// fr/es/de locales merge neighbouring expressions and miss past weekdays, and it costs ~0.1 ms per
// sentence, over this stage's whole budget.
import type { Article, Span } from '../../../model/article.js';
import type { DateMention } from '../../../model/extraction.js';
import { LANGS, type Lang } from './lexicon.js';
import { referenceDay, resolveAll, type Timex } from './resolve.js';
import { roughSentences, scan } from './scan.js';

export { eventTimeline } from './timeline.js';
export type { Timex } from './resolve.js';
export { roughSentences } from './scan.js';

/** Every temporal expression of a text with TimeML-style values (dates, times, durations, references, sets). */
export function findTimexes(text: string, language: string, published: string | undefined, sentences?: readonly Span[]): Timex[] {
  const l: Lang = (LANGS as readonly string[]).includes(language) ? (language as Lang) : 'en';
  return resolveAll(text, scan(text, language, sentences ?? roughSentences(text)), referenceDay(published), l);
}

/** Kinds of expression that name a calendar date or time (durations, "now", sets, quarters and seasons are not). */
const isDateMention = (t: Timex): boolean => t.node.k !== 'timex' && t.node.k !== 'period';

export function toDateMention(t: Timex): DateMention {
  const m: DateMention = { start: t.start, end: t.end, text: t.text, relative: t.relative };
  if (t.date !== undefined) {
    m.value = t.date.value;
    m.precision = t.date.precision;
  }
  if (t.timeText !== undefined) m.time = t.timeText;
  if (t.unresolved !== undefined) m.unresolved = t.unresolved;
  return m;
}

export function extractDates(article: Article): DateMention[] {
  const sentences = article.sentences.length > 0 ? article.sentences : roughSentences(article.text);
  return findTimexes(article.text, article.language, article.published, sentences).filter(isDateMention).map(toDateMention);
}
