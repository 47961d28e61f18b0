// Speakers of direct quotes that carry no attribution of their own. A quote that follows another
// one of the same paragraph (or opens the next paragraph) with no other person named in between
// continues that speaker ("“A,” X said. “B.”"); otherwise the person the sentence opens with speaks
// ("Ryan hammered Obama for what he called his “utter failure”"). Fixtures: test/fixtures/quotes/.
import type { Span } from '../../../model/article.js';
import type { QuoteMention } from '../../../model/extraction.js';
import { notSubject, personsIn, sentenceEndAt, subjectBefore, type Speakers } from './names.js';
import { MAX_CONTINUATION_PARAGRAPHS, PRONOUN_SUBJECT } from './rules.js';

export type Previous = { mention: QuoteMention; paragraph: number };
export type Fallback = { speaker: string; speakerSpan: Span; cue: string };

/** The previous quote's speaker when nothing but quotes and its own attribution lie in between. */
function continued(prev: Previous | undefined, quote: Span, paragraph: number, s: Speakers, skip: readonly Span[]): Fallback | undefined {
  const m = prev?.mention;
  if (prev === undefined || m?.speaker === undefined || m.speakerSpan === undefined) return undefined;
  if (paragraph - prev.paragraph > MAX_CONTINUATION_PARAGRAPHS) return undefined;
  // names in the previous attribution's own sentence ("she told Mr. Rose") do not interrupt
  const from = Math.max(m.end, sentenceEndAt(s, m.speakerSpan.end));
  if (personsIn(s, from, quote.start, skip).some((c) => c.name !== m.speaker)) return undefined;
  return { speaker: m.speaker, speakerSpan: m.speakerSpan, cue: m.cue ?? '' };
}

/** The first person named in the sentence before the quote (its subject, usually). */
function subject(sentence: Span, quote: Span, s: Speakers, skip: readonly Span[]): Fallback | undefined {
  const c = personsIn(s, sentence.start, quote.start, skip).find((p) => !notSubject(s.text, p));
  if (c !== undefined) return { speaker: c.name, speakerSpan: { start: c.start, end: c.end }, cue: '' };
  // "He signaled he did, saying, “…”": a pronoun subject resolved to its antecedent
  const head = s.text.slice(sentence.start, Math.min(quote.start, sentence.start + 40));
  const pronoun = PRONOUN_SUBJECT.exec(head);
  if (pronoun === null) return undefined;
  const end = sentence.start + pronoun[0].length;
  const a = subjectBefore(s, end - 1, skip);
  return a === undefined ? undefined : { speaker: a.name, speakerSpan: { start: end - (/\p{L}+$/u.exec(pronoun[0])?.[0].length ?? 0), end }, cue: '' };
}

export function unattributed(prev: Previous | undefined, quote: Span, paragraph: number, sentence: Span, s: Speakers, skip: readonly Span[]): Fallback | undefined {
  return continued(prev, quote, paragraph, s, skip) ?? subject(sentence, quote, s, skip);
}
