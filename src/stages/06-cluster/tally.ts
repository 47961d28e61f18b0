// Counts of small integers (days, weekdays) with the mode kept up to date on every addition.

export type Tally = { counts: Map<number, number>; mode?: number; min?: number; max?: number };

export const emptyTally = (): Tally => ({ counts: new Map() });

/** Adds a value; the mode is the most frequent value, ties going to the smallest. */
export function tallyAdd(t: Tally, value: number): void {
  const n = (t.counts.get(value) ?? 0) + 1;
  t.counts.set(value, n);
  const modeCount = t.mode === undefined ? 0 : (t.counts.get(t.mode) ?? 0);
  if (t.mode === undefined || n > modeCount || (n === modeCount && value < t.mode)) t.mode = value;
  if (t.min === undefined || value < t.min) t.min = value;
  if (t.max === undefined || value > t.max) t.max = value;
}
