// Quotes of one article with their speakers (direct quotations in any quote-mark style, split quotes
// joined, reported speech flagged `indirect`); and quote variants across an event's articles (merge.ts).
//
// Per article: quote marks scanned once (marks.ts), cue words found once (cues.ts), each quote attributed
// after / before / earlier in its sentence (attribution.ts), speaker phrases resolved to the article's
// entities (names.ts: names, roles, pronouns → the subject of the nearest sentence naming a person);
// unattributed quotes continue the previous speaker or take their sentence's subject (fallback.ts);
// reported speech in sentences with a cue (indirect.ts).
//
// Scare quotes (one or two words, “frank”) are kept: they are quotations, and the report shows them;
// mergeQuotes only groups them with identical scare quotes, never inside a longer quote.
import { spanIndexAt } from '../../../text/spans.js';
import type { Article, Span } from '../../../model/article.js';
import type { ArticleEntity, QuoteMention } from '../../../model/extraction.js';
import { attributionAfter, attributionBefore, attributionInSentence, joinSplitQuotes, type Attribution } from './attribution.js';
import { findCues, type Cues } from './cues.js';
import { unattributed, type Previous } from './fallback.js';
import { reportedIn } from './indirect.js';
import { markedQuotes, type MarkedQuote } from './marks.js';
import { firstSpeakerIn, resolveSpeaker, speakersOf, type Speakers } from './names.js';
import type { Phrase } from './phrase.js';
import { MAX_TRIMMED_AFTER_QUOTE, REPORTED_WORD, SCARE_QUOTE_MAX_WORDS } from './rules.js';

export { mergeQuotes } from './merge.js';

const indexOf = spanIndexAt;

/** The span in `spans` (sorted, disjoint) that contains `pos`, or a span of just `pos`. */
function containing(spans: readonly Span[], pos: number): Span {
  return spans[indexOf(spans, pos)] ?? { start: pos, end: pos };
}

const cleanPart = (s: string): string => s.replace(/[\s,;:]+$/u, '');

function withSpeaker(m: QuoteMention, attr: Attribution | undefined, s: Speakers, skip: readonly Span[]): QuoteMention {
  if (attr === undefined) return m;
  const r = resolveSpeaker(s, attr.phrase.text, attr.phrase.start, skip);
  if (r === undefined || (attr.cue === ':' && !r.resolved)) return m; // "sprach von einem Erfolg: „…“": a noun, not the speaker
  return { ...m, speaker: r.speaker, speakerSpan: { start: attr.phrase.start, end: attr.phrase.end }, cue: attr.cue };
}

function attributeDirect(paragraphs: readonly Span[], sentences: readonly Span[], cues: Cues, group: readonly MarkedQuote[], neighbours: { prev?: Span; next?: Span }): Attribution | undefined {
  const { text } = cues;
  const first = group[0];
  const last = group.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const para = containing(paragraphs, first.outer.start);
  const paraEnd = para.end > para.start ? para.end : text.length;
  const limit = Math.min(paraEnd, neighbours.next?.start ?? paraEnd);
  if (group.length > 1) return attributionAfter(text, first.outer.end, group[1]?.outer.start ?? limit);
  const floor = Math.max(para.start, neighbours.prev?.end ?? para.start);
  const sentence = containing(sentences, first.outer.start);
  return attributionAfter(text, last.outer.end, limit)
    ?? attributionBefore(cues, first.outer.start, floor)
    ?? attributionInSentence(cues, Math.max(sentence.start, floor), first.outer.start);
}

/**
 * Whether every direct quote (from index `q` of `skip`) overlapping `sentence` lies inside `content` (its
 * closing mark may be trimmed off) and words of the content stand outside them (else it is the direct quote again).
 */
function quotesInside(text: string, skip: readonly Span[], q: number, sentence: Span, content: Span): boolean {
  let from = content.start;
  let outside = '';
  for (let i = q; i < skip.length; i++) {
    const s = skip[i];
    if (s === undefined || s.start >= sentence.end) break;
    if (s.start < content.start || s.end > content.end + MAX_TRIMMED_AFTER_QUOTE) return false;
    outside += text.slice(from, s.start);
    from = s.end;
  }
  if (from === content.start) return true;
  return REPORTED_WORD.test(outside + text.slice(Math.min(from, content.end), content.end));
}

/** Direct and reported quotes of one article, in text order, speakers resolved to `entities` when they match. Pure. */
export function extractQuotes(article: Article, entities: readonly ArticleEntity[]): QuoteMention[] {
  const { text } = article;
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: text.length }];
  const marked = markedQuotes(text, paragraphs);
  const speakers = speakersOf(article, entities);
  const cues = findCues(text);
  const skip = marked.map((q) => q.outer);
  const groups = joinSplitQuotes(text, marked, (pos) => containing(paragraphs, pos));
  const out: QuoteMention[] = [];
  let previous: Previous | undefined;
  for (const [g, group] of groups.entries()) {
    const first = group[0];
    const last = group.at(-1);
    if (first === undefined || last === undefined) continue;
    const parts = group.map((q) => q.inner);
    const mention: QuoteMention = {
      start: first.inner.start, end: last.inner.end, indirect: false, parts,
      text: parts.map((p) => cleanPart(text.slice(p.start, p.end))).join(' … '),
    };
    const neighbours: { prev?: Span; next?: Span } = {};
    const prev = groups[g - 1]?.at(-1)?.outer;
    const next = groups[g + 1]?.[0]?.outer;
    if (prev !== undefined) neighbours.prev = prev;
    if (next !== undefined) neighbours.next = next;
    let m = withSpeaker(mention, attributeDirect(paragraphs, article.sentences, cues, group, neighbours), speakers, skip);
    const paragraph = indexOf(paragraphs, first.outer.start);
    if (m.speaker === undefined) {
      const scare = m.text.split(' ').length <= SCARE_QUOTE_MAX_WORDS; // a scare quote is its sentence subject's word, never a continuation
      const f = unattributed(scare ? undefined : previous, first.outer, paragraph, containing(article.sentences, first.outer.start), speakers, skip);
      if (f !== undefined) m = { ...m, ...f };
    }
    if (m.speaker !== undefined) previous = { mention: m, paragraph };
    out.push(m);
  }
  const subjectOf = (from: number, to: number): Phrase | undefined => {
    const c = firstSpeakerIn(speakers, from, to, skip);
    return c === undefined ? undefined : { text: text.slice(c.start, c.end), start: c.start, end: c.end };
  };
  let q = 0;
  for (const sentence of article.sentences) {
    while (q < skip.length && (skip[q]?.end ?? 0) <= sentence.start) q++;
    const r = reportedIn(cues, sentence, subjectOf);
    if (r === undefined) continue;
    // a sentence holding a direct quote reports speech only around it ("X said she “loved” working there")
    if (!quotesInside(text, skip, q, sentence, r.content)) continue;
    const mention: QuoteMention = { ...r.content, text: text.slice(r.content.start, r.content.end), indirect: true, parts: [r.content] };
    out.push(withSpeaker(mention, { phrase: r.phrase, cue: r.cue, end: r.content.end }, speakers, []));
  }
  return out.sort((a, b) => a.start - b.start);
}
