// Token-shingle precision/recall/F1 of the Zyte article-extraction benchmark (described in
// ../shared/bench-data/article-extraction/README.md; re-implemented, not copied).
//
// Tokens are Unicode `\w+` runs (Python's `\w`: letters, numbers, underscore); shingles are
// 4-token windows (a text shorter than 4 tokens is one shingle; no tokens, none). Per document,
// TP/FP/FN are multiset overlaps; precision and recall are per-document ratios averaged over
// documents, and F1 is the harmonic mean of those two means.

const TOKEN = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of `n`-token shingles. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const windows = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < windows; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s !== '') counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

export type ShingleCounts = { tp: number; fp: number; fn: number };

export function shingleOverlap(gold: string, predicted: string, n = SHINGLE_SIZE): ShingleCounts {
  const g = shingles(gold, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, pc] of p) {
    const gc = g.get(s) ?? 0;
    tp += Math.min(pc, gc);
    fp += Math.max(0, pc - gc);
  }
  for (const [s, gc] of g) fn += Math.max(0, gc - (p.get(s) ?? 0));
  return { tp, fp, fn };
}

export function docPrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

export function docRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

export type ShingleScore = { precision: number; recall: number; f1: number; accuracy: number; docs: number };

/** Scores predictions against gold texts, both keyed by document id; a missing prediction is "". */
export function scoreShingles(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ShingleScore {
  let p = 0;
  let r = 0;
  let exact = 0;
  for (const [id, g] of gold) {
    const pred = predicted.get(id) ?? '';
    const counts = shingleOverlap(g, pred);
    p += docPrecision(counts);
    r += docRecall(counts);
    if (tokenize(g).join(' ') === tokenize(pred).join(' ')) exact++;
  }
  const docs = gold.size;
  const precision = docs === 0 ? 0 : p / docs;
  const recall = docs === 0 ? 0 : r / docs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: docs === 0 ? 0 : exact / docs, docs };
}
