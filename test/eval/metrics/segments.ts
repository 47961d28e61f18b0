// With/without segment metric of trafilatura's evaluation (described in
// ../shared/bench-data/trafilatura-eval/README.md; re-implemented, not copied).
//
// Output and segments are whitespace-normalised; per page a `with` segment found is a TP (else FN),
// a `without` segment found is a FP (else TN). Counts are summed over pages. A crash is empty output.

export type SegmentCounts = { tp: number; fn: number; fp: number; tn: number };

export const normalizeSpace = (s: string): string => s.replace(/\s+/gu, ' ').trim();

export function segmentCounts(output: string | undefined, want: readonly string[], unwanted: readonly string[]): SegmentCounts {
  const text = normalizeSpace(output ?? '');
  const counts: SegmentCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const w of want) {
    if (text.includes(normalizeSpace(w))) counts.tp++;
    else counts.fn++;
  }
  for (const w of unwanted) {
    if (text.includes(normalizeSpace(w))) counts.fp++;
    else counts.tn++;
  }
  return counts;
}

export function addCounts(a: SegmentCounts, b: SegmentCounts): SegmentCounts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

export type SegmentScore = { precision: number; recall: number; accuracy: number; f1: number };

export function segmentScore({ tp, fn, fp, tn }: SegmentCounts): SegmentScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const all = tp + fn + fp + tn;
  const accuracy = all === 0 ? 0 : (tp + tn) / all;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, accuracy, f1 };
}
