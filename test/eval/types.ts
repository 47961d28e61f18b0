// Result of one evaluation suite, written to out/eval/<suite>.json.
export type EvalResult = {
  suite: string;
  dataset: string;
  items: number;
  metrics: Record<string, number>;
  baseline: Record<string, number>;
  seconds: number;
  /** Optional extra lines printed under the table (per-dataset breakdowns, notes). */
  notes?: string[];
  /** More results when a suite covers several datasets. */
  more?: EvalResult[];
};

export type EvalSuite = { name: string; description: string; run: () => Promise<EvalResult> };
