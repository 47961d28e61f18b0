// Who said a direct quotation: the attribution right after it ("…,” said X / X said / according to
// X / a-t-il déclaré), right before it ("X said:", "according to X,", "X:"), or a cue earlier in the
// same sentence ("X noted that … “…”"). Also joins a quote split by an attribution ("“A,” he said, “B.”").
import type { Span } from '../../../model/article.js';
import type { MarkedQuote } from './marks.js';
import { DETERMINERS } from './lexicon.js';
import { bareName } from './names.js';
import { phraseAfter, phraseBefore, type Phrase } from './phrase.js';
import { hitsIn, lastHitIn, type Cues } from './cues.js';
import {
  ACCORDING_AT_START, ACCORDING_TO_QUOTE, ADVERB_BEFORE_CUE, APPOSITION, APPOSITIVE_NAME, ATTRIBUTION_WINDOW_AFTER, ATTRIBUTION_WINDOW_BEFORE, COLON_BEFORE, COLON_WINDOW_CHARS,
  COORDINATION, CUE_AT_START, CUE_TO_QUOTE, GERMAN_PARTICIPLE_LATER, GERMAN_PERFECT_AFTER, INVERTED_CLITIC, MAX_SPLIT_GAP_CHARS,
} from './rules.js';

const DETERMINER_SET = new Set(DETERMINERS);

export type Attribution = { phrase: Phrase; cue: string; /** end of the attribution (for split quotes) */ end: number };

const norm = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** A role phrase followed by the person's name: "a déclaré le ministre dravonien, Dmitar Vélikov" → the name. */
function appositive(text: string, p: Phrase, limit: number): Phrase {
  const first = p.text.split(' ')[0]?.toLowerCase() ?? '';
  if (p.text !== '' && !DETERMINER_SET.has(first) && bareName(p.text).name !== '') return p;
  const after = APPOSITIVE_NAME.exec(text.slice(p.end, Math.min(limit, p.end + ATTRIBUTION_WINDOW_AFTER)));
  const name = after?.[1];
  if (after === null || name === undefined) return p;
  return phraseAfter(name, p.end + after[0].length - name.length) ?? p;
}

/** Attribution right after a closing mark: "…,” said X", "…,” X said", "…», a-t-il ajouté", "…, according to X". */
export function attributionAfter(text: string, from: number, limit: number): Attribution | undefined {
  const window = text.slice(from, Math.min(limit, from + ATTRIBUTION_WINDOW_AFTER));
  const clitic = INVERTED_CLITIC.exec(window);
  if (clitic !== null) {
    const pronoun = clitic[1] ?? '';
    const at = from + window.indexOf(pronoun, window.indexOf('-t-'));
    return { phrase: { text: pronoun, start: at, end: at + pronoun.length }, cue: clitic[2] ?? '', end: from + clitic[0].length };
  }
  const cue = CUE_AT_START.exec(window) ?? ACCORDING_AT_START.exec(window);
  if (cue !== null) {
    const at = from + cue[0].length;
    const found = phraseAfter(window.slice(cue[0].length), at);
    const p = appositive(text, found ?? { text: '', start: at, end: at }, limit);
    return p.text === '' ? undefined : { phrase: p, cue: norm(cue[1] ?? ''), end: p.end };
  }
  const perfect = GERMAN_PERFECT_AFTER.exec(window); // "…“, hatte Bürgermeister Klaus Obermayer am Donnerstag gesagt"
  if (perfect !== null) {
    const at = from + perfect[0].length;
    const q = phraseAfter(window.slice(perfect[0].length), at);
    const tail = q === undefined ? null : GERMAN_PARTICIPLE_LATER.exec(text.slice(q.end, Math.min(limit, q.end + ATTRIBUTION_WINDOW_AFTER)));
    if (q !== undefined && tail !== null) return { phrase: q, cue: norm(`${perfect[1] ?? ''} ${tail[1] ?? ''}`), end: q.end + tail[0].length };
  }
  const lead = /^[\s,.;:—–-]{0,4}/u.exec(window)?.[0].length ?? 0;
  const p = phraseAfter(window.slice(lead), from + lead);
  if (p === undefined) return undefined;
  let restFrom = p.end;
  const and = COORDINATION.exec(text.slice(p.end, Math.min(limit, p.end + 8)));
  if (and !== null) { // "Nancy Pelosi and Chuck Schumer said": the first speaker is kept
    const second = phraseAfter(text.slice(p.end + and[0].length, Math.min(limit, p.end + ATTRIBUTION_WINDOW_AFTER)), p.end + and[0].length);
    if (second !== undefined) restFrom = second.end;
  }
  const rest = text.slice(restFrom, Math.min(limit, restFrom + ATTRIBUTION_WINDOW_AFTER));
  const skip = APPOSITION.exec(rest)?.[0].length ?? ADVERB_BEFORE_CUE.exec(rest)?.[0].length ?? 0; // "X, a spokesman for Y, said", "X also says"
  const verb = CUE_AT_START.exec(skip > 0 ? rest.slice(skip) : rest);
  if (verb === null) return undefined;
  return { phrase: p, cue: norm(verb[1] ?? ''), end: restFrom + skip + verb[0].length };
}

/** Attribution right before an opening mark: "according to X,", "X said:", "X:". Uses the article's cue hits. */
export function attributionBefore(cues: Cues, to: number, floor: number): Attribution | undefined {
  const { text } = cues;
  const start = Math.max(floor, to - ATTRIBUTION_WINDOW_BEFORE);
  const according = lastHitIn(cues.according, start, to);
  if (according !== undefined) {
    const m = ACCORDING_TO_QUOTE.exec(text.slice(according.end, to));
    const src = m?.[1];
    if (m !== null && src !== undefined) {
      const p = phraseAfter(src, according.end + m[0].indexOf(src));
      if (p !== undefined) return { phrase: p, cue: norm(according.cue), end: to };
    }
  }
  const cue = lastHitIn(cues.speech, start, to);
  if (cue !== undefined && CUE_TO_QUOTE.test(text.slice(cue.end, to))) {
    const p = phraseBefore(text.slice(start, cue.start), start);
    if (p !== undefined) return { phrase: p, cue: norm(cue.cue), end: to };
  }
  let e = to;
  while (e > start && /\s/u.test(text.charAt(e - 1))) e--;
  if (text.charAt(e - 1) !== ':') return undefined;
  const from = Math.max(start, to - COLON_WINDOW_CHARS);
  const colon = COLON_BEFORE.exec(text.slice(from, to));
  if (colon !== null) {
    const p = phraseAfter(colon[1] ?? '', from + colon.index);
    if (p !== undefined) return { phrase: p, cue: ':', end: to };
  }
  return undefined;
}

/** A cue earlier in the sentence with its subject: "Sergei Lavrov noted that he … “agree …”". */
export function attributionInSentence(cues: Cues, sentenceStart: number, quoteStart: number): Attribution | undefined {
  let found: Attribution | undefined;
  for (const h of hitsIn(cues.speech, sentenceStart, quoteStart)) {
    const p = phraseBefore(cues.text.slice(sentenceStart, h.start), sentenceStart);
    if (p !== undefined) found = { phrase: p, cue: norm(h.cue), end: h.end };
  }
  return found;
}

/** Quotes separated only by an attribution that continues the sentence ("“A,” he said, “B.”") become one quote. */
export function joinSplitQuotes(text: string, quotes: readonly MarkedQuote[], paragraphOf: (pos: number) => Span): MarkedQuote[][] {
  const out: MarkedQuote[][] = [];
  for (const q of quotes) {
    const group = out.at(-1);
    const prev = group?.at(-1);
    if (group !== undefined && prev !== undefined && joinable(text, prev, q, paragraphOf)) group.push(q);
    else out.push([q]);
  }
  return out;
}

function joinable(text: string, a: MarkedQuote, b: MarkedQuote, paragraphOf: (pos: number) => Span): boolean {
  const gap = b.outer.start - a.outer.end;
  if (gap <= 0 || gap > MAX_SPLIT_GAP_CHARS || paragraphOf(a.outer.start).start !== paragraphOf(b.outer.start).start) return false;
  const innerEnd = text.slice(a.inner.end - 1, a.outer.end + 1);
  if (!innerEnd.includes(',')) return false;
  const gapText = text.slice(a.outer.end, b.outer.start);
  if (!/,\s*$/u.test(gapText)) return false;
  const attr = attributionAfter(text, a.outer.end, b.outer.start);
  return attr !== undefined && /^[\s,.;:—–-]*$/u.test(text.slice(attr.end, b.outer.start));
}
