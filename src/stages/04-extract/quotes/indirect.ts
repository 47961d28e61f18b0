// Reported (indirect) speech in sentences without quote marks: "X said (that) …", "according to X,
// …", "…, according to X.", "…, X said.", "X a affirmé que …", "X aseguró que …", "X sagte, dass …".
// The content span is the reported clause.
import type { Span } from '../../../model/article.js';
import { attributionAfter } from './attribution.js';
import { phraseAfter, phraseBefore, type Phrase } from './phrase.js';
import {
  ACCORDING_SENTENCE_END, ACCORDING_SENTENCE_START, COMPLEMENTISER_AFTER, CUE_ANYWHERE, MIN_INDIRECT_WORDS,
} from './rules.js';

export type Reported = { content: Span; phrase: Phrase; cue: string };

/** English cues that report speech without "that" ("Trump said he would…"). */
const ZERO_THAT_CUES = /^(?:said|says|told|added|insisted|warned|argued|claimed|noted|stressed)$/iu;
const ZERO_THAT_NEXT = /^\s+(?:he|she|they|it|we|i|the|his|her|their|there|this|a|an|[\p{Lu}][\p{L}]+)(?![\p{L}])/u;

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

/** Reported speech in one sentence (no quote marks inside it). */
export function reportedIn(text: string, sentence: Span): Reported | undefined {
  const s = text.slice(sentence.start, sentence.end);
  const start = ACCORDING_SENTENCE_START.exec(s);
  if (start !== null) {
    const p = phraseAfter(start[2] ?? '', sentence.start + start[0].indexOf(start[2] ?? ''));
    const content = trimSpan(text, sentence.start + start[0].length, sentence.end);
    if (p !== undefined && ok(text, content)) return { content, phrase: p, cue: (start[1] ?? '').toLowerCase() };
  }
  const end = ACCORDING_SENTENCE_END.exec(s);
  if (end !== null) {
    const src = end[2] ?? '';
    const p = phraseAfter(src, sentence.start + end.index + end[0].indexOf(src));
    const content = trimSpan(text, sentence.start, sentence.start + end.index);
    if (p !== undefined && ok(text, content)) return { content, phrase: p, cue: (end[1] ?? '').toLowerCase() };
  }
  for (const m of s.matchAll(CUE_ANYWHERE)) {
    const cueAt = sentence.start + m.index;
    const cueEnd = cueAt + m[0].length;
    const subject = phraseBefore(text.slice(sentence.start, cueAt), sentence.start);
    if (subject === undefined) continue;
    const after = text.slice(cueEnd, sentence.end);
    const comp = COMPLEMENTISER_AFTER.exec(after);
    let from = -1;
    if (comp !== null) from = cueEnd + comp[0].length;
    else if (ZERO_THAT_CUES.test(m[1] ?? '') && ZERO_THAT_NEXT.test(after)) from = cueEnd;
    if (from < 0) continue;
    const content = trimSpan(text, from, sentence.end);
    if (ok(text, content)) return { content, phrase: subject, cue: (m[1] ?? '').replace(/\s+/gu, ' ') };
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
