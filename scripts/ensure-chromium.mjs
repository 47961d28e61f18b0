// Makes sure the browser tests (test/browser) have a Chromium: Debian's `chromium` package at
// /usr/bin/chromium. When it is missing and we are root on a system with apt-get, it is installed
// non-interactively (apt-get update first when the package lists do not know it). Otherwise this
// says so and exits 0: the browser tests then skip with a visible notice. Never fails the caller.
//
// Usage: node scripts/ensure-chromium.mjs   (PARALLAX_CHROMIUM=/path overrides the location)
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.PARALLAX_CHROMIUM || '/usr/bin/chromium';
const say = (line) => process.stderr.write(`ensure-chromium: ${line}\n`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

function hasCandidate() {
  const r = spawnSync('apt-cache', ['policy', 'chromium'], { encoding: 'utf8' });
  return r.status === 0 && /Candidate:\s*(?!\(none\))\S+/.test(r.stdout);
}

function listsEmpty() {
  try {
    return readdirSync('/var/lib/apt/lists').filter((f) => f.endsWith('_Packages') || f.includes('Packages')).length === 0;
  } catch {
    return true;
  }
}

if (existsSync(path)) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const apt = process.platform === 'linux' && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!root || !apt) {
  say(`no Chromium at ${path}, and it cannot be installed here (${!apt ? 'no apt-get' : 'not running as root'}).`);
  say('the browser tests will be skipped; to run them: sudo apt-get install chromium  (or set PARALLAX_CHROMIUM=/path/to/chromium)');
  process.exit(0);
}

say(`no Chromium at ${path}: installing Debian's "chromium" package with apt-get for the browser tests (one time, about 100 MB)…`);
if (listsEmpty() || !hasCandidate()) {
  say('apt-get update (the package lists do not know chromium yet)');
  if (!run('apt-get', ['update', '-q'])) say('apt-get update failed; trying the install anyway');
}
const ok = run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium']);
if (ok && existsSync(path)) {
  say(`installed: ${path}`);
} else {
  say(`installing chromium failed; the browser tests will be skipped (install it by hand: apt-get install chromium)`);
}
process.exit(0);
