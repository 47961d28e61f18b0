// ROUGE-1/2/L F1 (Lin 2004) with the tokenization of Google's reference `rouge_score` package:
// lowercase, every run of characters other than a–z and 0–9 is a separator, and with stemming on,
// tokens longer than three characters are Porter-stemmed. ROUGE-L is the sentence-level LCS over
// the whole text (rouge_score's `rougeL`, not the newline-split `rougeLsum`).
import { porterStem } from './porter.js';

export type RougeScore = { precision: number; recall: number; f1: number };
export type Rouge = { rouge1: RougeScore; rouge2: RougeScore; rougeL: RougeScore };

/** rouge_score's tokenizer: lowercase, non-alphanumeric (ASCII) runs split, optional Porter stemming of tokens longer than 3. */
export function rougeTokens(text: string, stem = true): string[] {
  const tokens = text.toLowerCase().replace(/[^a-z0-9]+/gu, ' ').split(' ').filter((t) => t !== '');
  return stem ? tokens.map((t) => (t.length > 3 ? porterStem(t) : t)) : tokens;
}

function score(overlap: number, predicted: number, reference: number): RougeScore {
  const precision = predicted === 0 ? 0 : overlap / predicted;
  const recall = reference === 0 ? 0 : overlap / reference;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** ROUGE-N: clipped n-gram overlap. */
export function rougeN(predicted: readonly string[], reference: readonly string[], n: number): RougeScore {
  const p = ngrams(predicted, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [g, c] of p) overlap += Math.min(c, r.get(g) ?? 0);
  return score(overlap, Math.max(0, predicted.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence (two rows of the dynamic programme). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    for (let j = 1; j <= b.length; j++) cur[j] = x === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

export function rougeL(predicted: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(predicted, reference), predicted.length, reference.length);
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of a predicted text against a reference. */
export function rouge(predicted: string, reference: string, options: { stem?: boolean } = {}): Rouge {
  const p = rougeTokens(predicted, options.stem ?? true);
  const r = rougeTokens(reference, options.stem ?? true);
  return { rouge1: rougeN(p, r, 1), rouge2: rougeN(p, r, 2), rougeL: rougeL(p, r) };
}

/** Mean F1 (×100, as papers report) of each ROUGE variant over pairs. */
export function meanRouge(scores: readonly Rouge[]): { rouge1: number; rouge2: number; rougeL: number } {
  const mean = (f: (r: Rouge) => number): number => (scores.length === 0 ? 0 : (100 * scores.reduce((s, r) => s + f(r), 0)) / scores.length);
  return { rouge1: mean((r) => r.rouge1.f1), rouge2: mean((r) => r.rouge2.f1), rougeL: mean((r) => r.rougeL.f1) };
}
