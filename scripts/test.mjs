#!/usr/bin/env node
// `npm test`: every check, in order — build, type-check, lint, unit tests, browser tests in real
// headless Chromium, and web-ext lint of the Firefox build. Runs them all even when one fails, then
// prints a summary and the plain closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './lib/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
const results = []; // {name, passed, failed, seconds}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TMPDIR: tmp, ...env } });
  return r.status === 0;
}

function step(name, fn) {
  const t0 = performance.now();
  console.log(`\n━━ ${name}`);
  let counts;
  try {
    counts = fn();
  } catch (e) {
    console.error(`${name}: ${e.message}`);
    counts = { passed: 0, failed: 1 };
  }
  const seconds = (performance.now() - t0) / 1000;
  results.push({ name, ...counts, seconds });
  return counts.failed === 0;
}

/** Runs vitest with a JSON report and returns its test counts (a crash counts as one failure). */
function vitest(configArgs, label) {
  const out = join(tmp, `${label}.json`);
  rmSync(out, { force: true });
  const ok = run(bin('vitest'), ['run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  return { passed: report.numPassedTests, failed };
}

const check = (ok) => (ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

const built = step('build (dist/chrome, dist/firefox)', () => check(run('node', ['scripts/build.mjs'])));
step('type-check (tsc --noEmit)', () => check(run(bin('tsc'), ['--noEmit'])));
step('lint (biome)', () => check(run(bin('biome'), ['lint', 'src', 'test', 'scripts'])));
step('unit tests (vitest)', () => vitest([], 'unit'));
step('browser tests (headless Chromium)', () => {
  if (!built) throw new Error('skipped because the build failed');
  const chromium = ensureChromium();
  console.log(`using ${chromium}`);
  return vitest(['--config', 'vitest.browser.config.ts'], 'browser');
});
step('web-ext lint dist/firefox', () => {
  if (!built) throw new Error('skipped because the build failed');
  return check(run(bin('web-ext'), ['lint', '--source-dir', 'dist/firefox', '--warnings-as-errors', '--no-config-discovery']));
});

console.log('\n━━ summary');
for (const r of results) {
  const mark = r.failed ? 'FAIL' : 'ok  ';
  console.log(`${mark} ${r.name.padEnd(40)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)} s`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
