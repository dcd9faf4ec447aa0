#!/usr/bin/env node
// Runs the named test suites one after another and ends with the single line
// `N passed, N failed` that CI reads. A suite that crashes before reporting
// counts as one failure, so a broken suite can never look green.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Suites: mocha spec globs plus what must exist before they run. */
const SUITES = {
  // Not mocha: strict `tsc --noEmit` over every project, counted as one check.
  types: { command: ['npm', ['run', '--silent', 'check-types']] },
  unit: { spec: 'test/unit/**/*.test.ts', build: false },
  lsp: { spec: 'test/lsp/**/*.test.ts', build: true },
  browser: { spec: 'test/browser/**/*.test.ts', build: true, debian: true },
  e2e: { spec: 'test/e2e/**/*.test.ts', build: true, debian: true, timeout: 600000 },
};

const names = process.argv.slice(2);
if (names.length === 0 || names.some((n) => !(n in SUITES))) {
  console.error(`usage: run-tests.mjs <${Object.keys(SUITES).join('|')}>...`);
  process.exit(2);
}

if (names.some((n) => SUITES[n].debian)) {
  const d = spawnSync('bash', ['scripts/ensure-debian-packages.sh'], { stdio: 'inherit' });
  if (d.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

if (names.some((n) => SUITES[n].build)) {
  const b = spawnSync('node', ['esbuild.mjs'], { stdio: 'inherit' });
  if (b.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'okr-tests-'));
let passed = 0;
let failed = 0;
for (const name of names) {
  const suite = SUITES[name];
  if (suite.command) {
    console.log(`\n=== ${name} ===`);
    const r = spawnSync(suite.command[0], suite.command[1], { stdio: 'inherit' });
    if (r.status === 0) passed += 1;
    else failed += 1;
    console.log(r.status === 0 ? `${name}: ok` : `${name}: FAILED (exit ${r.status})`);
    continue;
  }
  const summary = join(dir, `${name}.json`);
  const args = [
    'node_modules/mocha/bin/mocha.js',
    '--import=tsx',
    '--reporter', 'test/support/reporter.cjs',
    '--timeout', String(suite.timeout ?? 20000),
    suite.spec,
  ];
  console.log(`\n=== ${name} tests ===`);
  const r = spawnSync('node', args, {
    stdio: 'inherit',
    env: { ...process.env, OKR_TEST_SUMMARY: summary },
  });
  if (existsSync(summary)) {
    const s = JSON.parse(readFileSync(summary, 'utf8'));
    passed += s.passes;
    failed += s.failures;
    if (s.passes + s.failures === 0) failed += 1; // a suite that ran nothing is broken
  } else {
    failed += 1;
  }
  if (r.status !== 0 && existsSync(summary) === false) console.error(`${name}: mocha exited with ${r.status}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
