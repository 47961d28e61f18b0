// Reported (indirect) speech in sentences without quote marks: "X said (that) …", "according to X,
// …", "…, according to X.", "…, X said.", "X a affirmé que …", "X aseguró que …", "X sagte, dass …".
// The content span is the reported clause.
import type { Span } from '../../../model/article.js';
import { attributionAfter } from './attribution.js';
import { hitsIn, type Cues } from './cues.js';
import { phraseAfter, phraseBefore, type Phrase } from './phrase.js';
import {
  ACCORDING_SENTENCE_END, ACCORDING_SENTENCE_START, COMPLEMENTISER_AFTER, MIN_INDIRECT_WORDS, PARTICIPLE_CUE, ZERO_THAT_CUES,
  ZERO_THAT_NEXT,
} from './rules.js';

export type Reported = { content: Span; phrase: Phrase; cue: string };


const words = (s: string): number => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;]/u.test(text.charAt(s))) s++;
  while (e > s && /[\s.,;:!?]/u.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

function ok(text: string, span: Span): boolean {
  return words(text.slice(span.start, span.end)) >= MIN_INDIRECT_WORDS;
}

/** Reported speech in one sentence (no quote marks inside it). Sentences without a cue hit cost nothing. */
export function reportedIn(cues: Cues, sentence: Span, subjectOf: (from: number, to: number) => Phrase | undefined): Reported | undefined {
  const speech = hitsIn(cues.speech, sentence.start, sentence.end);
  const according = hitsIn(cues.according, sentence.start, sentence.end);
  if (speech.length === 0 && according.length === 0) return undefined;
  const { text } = cues;
  const s = text.slice(sentence.start, sentence.end);
  const start = according.length > 0 ? ACCORDING_SENTENCE_START.exec(s) : null;
  if (start !== null) {
    const p = phraseAfter(start[2] ?? '', sentence.start + start[0].indexOf(start[2] ?? ''));
    const content = trimSpan(text, sentence.start + start[0].length, sentence.end);
    if (p !== undefined && ok(text, content)) return { content, phrase: p, cue: (start[1] ?? '').toLowerCase() };
  }
  const end = according.length > 0 ? ACCORDING_SENTENCE_END.exec(s) : null;
  if (end !== null) {
    const src = end[2] ?? '';
    const p = phraseAfter(src, sentence.start + end.index + end[0].indexOf(src));
    const content = trimSpan(text, sentence.start, sentence.start + end.index);
    if (p !== undefined && ok(text, content)) return { content, phrase: p, cue: (end[1] ?? '').toLowerCase() };
  }
  if (speech.length === 0) return undefined;
  for (const h of speech) {
    const cueAt = h.start;
    const cueEnd = h.end;
    const subject = phraseBefore(text.slice(sentence.start, cueAt), sentence.start)
      ?? (PARTICIPLE_CUE.test(h.cue) ? subjectOf(sentence.start, cueAt) : undefined);
    if (subject === undefined) continue;
    const after = text.slice(cueEnd, sentence.end);
    const comp = COMPLEMENTISER_AFTER.exec(after);
    let from = -1;
    if (comp !== null) from = cueEnd + comp[0].length;
    else if (ZERO_THAT_CUES.has(h.cue.toLowerCase().split(' ').at(-1) ?? '') && ZERO_THAT_NEXT.test(after)) from = cueEnd;
    if (from < 0) continue;
    const content = trimSpan(text, from, sentence.end);
    if (ok(text, content)) return { content, phrase: subject, cue: h.cue };
  }
  // "<content>, X said." — the attribution closes the sentence
  const comma = s.lastIndexOf(',');
  if (comma > 0) {
    const attr = attributionAfter(text, sentence.start + comma, sentence.end);
    if (attr !== undefined && /^[\s.!?]*$/u.test(text.slice(attr.end, sentence.end))) {
      const content = trimSpan(text, sentence.start, sentence.start + comma);
      if (ok(text, content)) return { content, phrase: attr.phrase, cue: attr.cue };
    }
  }
  return undefined;
}
