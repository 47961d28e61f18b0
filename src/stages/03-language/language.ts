// Language of an article and of paragraphs that differ from it, with eld (n-gram detector).
import { eld } from 'eld/medium';
import type { Span } from '../../model/article.js';
import { fold } from '../../text/fold.js';
import { FUNCTION_WORD_LANGUAGES, STOPWORDS } from '../../text/stopwords.js';
import {
  ARTICLE_LANGUAGE_SAMPLE_CHARS,
  SAME_LANGUAGE_FUNCTION_WORD_RATIO,
  SAME_LANGUAGE_MIN_FUNCTION_WORDS,
  SAME_LANGUAGE_SAMPLE_WORDS,
  DECLARED_LANGUAGE_MARGIN,
  DECLARED_LANGUAGE_SHORT_TEXT_CHARS,
  MIN_PARAGRAPH_CHARS_FOR_LANGUAGE,
  PARAGRAPH_LANGUAGE_MARGIN,
} from './rules.js';

export type Detection = { language: string; reliable: boolean; scores: () => Record<string, number> };

/** Detects the language of a text; scores are computed only when asked for (they are costly). */
export function detect(text: string): Detection {
  const r = eld.detect(text);
  return { language: r.language === '' ? 'und' : r.language, reliable: r.isReliable(), scores: () => r.getScores() };
}

/**
 * The article's language: detected from its text; a declared language wins when detection is
 * unreliable, or on a short text when eld scores it close to its own pick, and is the fallback when
 * nothing can be detected.
 */
export function articleLanguage(text: string, declared: string | undefined): string {
  const sample = text.slice(0, ARTICLE_LANGUAGE_SAMPLE_CHARS);
  const d = detect(sample);
  if (d.language === 'und') return declared ?? d.language;
  if (declared === undefined || declared === d.language) return d.language;
  if (!d.reliable) return declared;
  if (sample.trim().length >= DECLARED_LANGUAGE_SHORT_TEXT_CHARS) return d.language;
  const scores = d.scores();
  return (scores[d.language] ?? 0) - (scores[declared] ?? 0) <= DECLARED_LANGUAGE_MARGIN ? declared : d.language;
}

/** Function words found in one language's list only ("the", "dans", "los", "der"): they tell languages apart. */
const DISTINCTIVE = new Map<string, ReadonlySet<string>>(
  FUNCTION_WORD_LANGUAGES.map((l) => [
    l,
    new Set(STOPWORDS[l].filter((w) => FUNCTION_WORD_LANGUAGES.every((o) => o === l || !STOPWORDS[o].includes(w)))),
  ]),
);
const WORD = /\p{L}+/gu;

/**
 * True when a paragraph's distinctive function words say plainly that it is in `language` (one of
 * the four languages with lists); false means "not sure", and the detector decides.
 */
export function plainlyIn(text: string, language: string): boolean {
  if (!DISTINCTIVE.has(language)) return false;
  const hits = new Map<string, number>();
  let words = 0;
  for (const m of text.matchAll(WORD)) {
    if (++words > SAME_LANGUAGE_SAMPLE_WORDS) break;
    const w = fold(m[0]);
    for (const [l, set] of DISTINCTIVE) if (set.has(w)) hits.set(l, (hits.get(l) ?? 0) + 1);
  }
  const mine = hits.get(language) ?? 0;
  if (mine < SAME_LANGUAGE_MIN_FUNCTION_WORDS) return false;
  for (const [l, n] of hits) if (l !== language && n * SAME_LANGUAGE_FUNCTION_WORD_RATIO > mine) return false;
  return true;
}

/** Paragraphs written in another language than the article's (quotes left untranslated, etc.). */
export function foreignParagraphs(text: string, paragraphs: readonly Span[], language: string): (Span & { language: string })[] {
  const out: (Span & { language: string })[] = [];
  for (const p of paragraphs) {
    if (p.end - p.start < MIN_PARAGRAPH_CHARS_FOR_LANGUAGE) continue;
    const paragraph = text.slice(p.start, p.end);
    if (plainlyIn(paragraph, language)) continue;
    const d = detect(paragraph);
    if (!d.reliable || d.language === language || d.language === 'und') continue;
    const scores = d.scores();
    const own = scores[language] ?? 0;
    const other = scores[d.language] ?? 0;
    if (other - own >= PARAGRAPH_LANGUAGE_MARGIN) out.push({ start: p.start, end: p.end, language: d.language });
  }
  return out;
}
