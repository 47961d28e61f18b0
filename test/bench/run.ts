// npm run bench [-- NAME…] (or npx tsx test/bench/run.ts [NAME…]): runs benchmarks, prints a
// table, writes out/bench/<name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/shared.js';
import type { Bench, BenchResult } from './types.js';
import { benches } from './cases/index.js';

function row(label: string, r: Omit<BenchResult, 'baseline'>): string {
  return `  ${label.padEnd(48)}${String(r.articles).padStart(9)}${r.seconds.toFixed(2).padStart(10)}${r.articlesPerSecond.toFixed(0).padStart(12)}${String(r.peakRssMb).padStart(11)}`;
}

function print(r: BenchResult): void {
  console.log(`\n${r.name}`);
  console.log(`  ${''.padEnd(48)}${'articles'.padStart(9)}${'seconds'.padStart(10)}${'articles/s'.padStart(12)}${'peak MB'.padStart(11)}`);
  console.log(row('whole engine', r));
  if (r.baseline) console.log(row(`baseline: ${r.baseline.label}`, r.baseline));
  for (const line of r.notes ?? []) console.log(`  ${line}`);
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !benches.some((b) => b.name === w));
if (unknown.length > 0) {
  console.error(`unknown bench(es): ${unknown.join(', ')}; available: ${benches.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const chosen: Bench[] = wanted.length > 0 ? benches.filter((b) => wanted.includes(b.name)) : benches;
const outDir = join(repoRoot, 'out', 'bench');
mkdirSync(outDir, { recursive: true });
for (const bench of chosen) {
  process.stderr.write(`bench: ${bench.name} — ${bench.description}\n`);
  const result = await bench.run();
  print(result);
  writeFileSync(join(outDir, `${bench.name}.json`), JSON.stringify(result, null, 2) + '\n');
}
