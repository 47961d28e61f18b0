// Result of one benchmark, written to out/bench/<name>.json.
export type BenchResult = {
  name: string;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
  baseline?: Omit<BenchResult, 'baseline'> & { label: string };
  notes?: string[];
};

export type Bench = { name: string; description: string; run: () => Promise<BenchResult> };
