// Locates ../shared (seeds and bench data). Present in CI; on a user's clone without it the tests
// that need it skip with a visible notice.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, whether running from src (tsx) or from dist. */
export const repoRoot = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
})();

export const sharedDir = resolve(process.env['PARALLAX_SHARED'] ?? join(repoRoot, '..', 'shared'));
export const seedsDir = join(sharedDir, 'seeds');
export const benchDataDir = join(sharedDir, 'bench-data');
export const hasShared = existsSync(seedsDir);

/** Options for node:test: skips (with the reason shown) when ../shared is absent. */
export function needsShared(what = 'seeds'): { skip: string | false } {
  if (hasShared) return { skip: false };
  const reason = `SKIPPED: ../shared/${what} not found (tests that need the shared seeds/bench data run in CI)`;
  process.stderr.write(reason + '\n');
  return { skip: reason };
}
