// npm run eval [-- SUITE…]: runs quality suites, prints a table, writes out/eval/<suite>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/shared.js';
import type { EvalResult, EvalSuite } from './types.js';
import { suites } from './suites/index.js';

function fmt(n: number | undefined): string {
  return n === undefined ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(3);
}

function print(r: EvalResult): void {
  const names = [...new Set([...Object.keys(r.metrics), ...Object.keys(r.baseline)])];
  console.log(`\n${r.suite} — ${r.dataset} (${r.items} items, ${r.seconds.toFixed(1)} s)`);
  console.log(`  ${'metric'.padEnd(28)}${'ours'.padStart(10)}${'baseline'.padStart(10)}`);
  for (const n of names) console.log(`  ${n.padEnd(28)}${fmt(r.metrics[n]).padStart(10)}${fmt(r.baseline[n]).padStart(10)}`);
  for (const line of r.notes ?? []) console.log(`  ${line}`);
  for (const m of r.more ?? []) print(m);
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !suites.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; available: ${suites.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const chosen: EvalSuite[] = wanted.length > 0 ? suites.filter((s) => wanted.includes(s.name)) : suites;
const outDir = join(repoRoot, 'out', 'eval');
mkdirSync(outDir, { recursive: true });
for (const suite of chosen) {
  process.stderr.write(`eval: ${suite.name} — ${suite.description}\n`);
  const result = await suite.run();
  print(result);
  writeFileSync(join(outDir, `${suite.name}.json`), JSON.stringify(result, null, 2) + '\n');
}
