// Sentence boundary metrics. A boundary is the character offset where a sentence starts inside a
// paragraph (paragraph starts are given to the splitter, so they are not scored). A predicted
// boundary that is not in the gold is a false split (FP); a gold boundary that was not predicted is
// a false merge (FN). Counts are summed over documents (micro average).
//
// Also: a detokeniser that turns gold token lists (CoNLL/NAF corpora) back into running text and
// records where each gold sentence starts, so a splitter can be scored on character offsets.

export type BoundaryCounts = { tp: number; fp: number; fn: number };
export type BoundaryScore = BoundaryCounts & { precision: number; recall: number; f1: number };

export const emptyCounts = (): BoundaryCounts => ({ tp: 0, fp: 0, fn: 0 });

/** Adds the comparison of one document's predicted and gold boundary offsets to `into`. */
export function countBoundaries(predicted: Iterable<number>, gold: Iterable<number>, into: BoundaryCounts = emptyCounts()): BoundaryCounts {
  const g = new Set(gold);
  const p = new Set(predicted);
  for (const b of p) {
    if (g.has(b)) into.tp++;
    else into.fp++;
  }
  for (const b of g) if (!p.has(b)) into.fn++;
  return into;
}

export function addCounts(into: BoundaryCounts, c: BoundaryCounts): BoundaryCounts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  return into;
}

export function boundaryScore(c: BoundaryCounts): BoundaryScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Sentence starts that are not the first of their paragraph: the boundaries to score. */
export function innerStarts(sentences: readonly { start: number }[], paragraphStarts: ReadonlySet<number>): number[] {
  return sentences.map((s) => s.start).filter((s) => !paragraphStarts.has(s));
}

// ---------------------------------------------------------------------------------------------
// Detokenising gold token lists.

/** Tokens written without a space before them. */
const ATTACH_LEFT = /^(?:[.,;:!?%)\]}»”]|\.\.\.|''|'s|'re|'ve|'ll|'d|'m|n't|')$/iu;
/** Tokens written without a space after them. */
const ATTACH_RIGHT = /^(?:[([{«“¿¡$#]|``)$/u;
/** Elided articles and prepositions (Italian/French "l'", "dell'", "d'"): no space after. */
const ELISION = /^\p{L}{1,6}'$/u;
/** Punctuation after which a straight quote closes. */
const SENTENCE_PUNCT = /^(?:[.!?,;:]|\.\.\.)$/u;
/** PTB-style quotes as plain typewriter quotes. */
const QUOTE_TOKENS: Readonly<Record<string, string>> = { '``': '"', "''": '"' };

export type Detokenised = {
  text: string;
  /** Start offset of every paragraph. */
  paragraphStarts: number[];
  /** Start offset of every gold sentence that is not the first of its paragraph. */
  boundaries: number[];
  /** For each scored boundary, the text just before it (for error listings). */
  sentences: { start: number; end: number }[];
};

/**
 * Joins paragraphs (lists of sentences, each a list of tokens) into text: paragraphs separated by
 * a blank line, sentences by one space, tokens by the usual English/Romance spacing rules. Straight
 * double quotes alternate between opening and closing within a paragraph.
 */
export function detokenise(paragraphs: readonly (readonly (readonly string[])[])[]): Detokenised {
  let text = '';
  const paragraphStarts: number[] = [];
  const boundaries: number[] = [];
  const sentences: { start: number; end: number }[] = [];
  for (const para of paragraphs) {
    if (para.length === 0) continue;
    if (text !== '') text += '\n\n';
    paragraphStarts.push(text.length);
    let quoteOpen = false;
    let glueNext = true;
    para.forEach((tokens, si) => {
      if (si > 0) {
        text += ' ';
        glueNext = true;
      }
      const start = text.length;
      tokens.forEach((raw, ti) => {
        const tok = QUOTE_TOKENS[raw] ?? raw;
        let left = ATTACH_LEFT.test(raw) && raw !== '``';
        let right = ATTACH_RIGHT.test(raw) || ELISION.test(raw);
        if (tok === '"') {
          // Opening at a sentence start, closing after final punctuation or at a sentence end;
          // elsewhere alternate (gold quotes are not always balanced).
          const prev = tokens[ti - 1];
          const closing = ti === 0 ? false : ti === tokens.length - 1 || (prev !== undefined && SENTENCE_PUNCT.test(prev)) ? true : quoteOpen;
          left = closing;
          right = !closing;
          quoteOpen = !closing;
        }
        if (!glueNext && !left) text += ' ';
        text += tok;
        glueNext = right;
      });
      if (si > 0) boundaries.push(start);
      sentences.push({ start, end: text.length });
    });
  }
  return { text, paragraphStarts, boundaries, sentences };
}
