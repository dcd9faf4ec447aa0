// Mocha inside the real VS Code extension host. This module is bundled first
// (scripts/e2e/host-suite.ts) so that `describe`/`it` exist as globals when
// the test modules bundled after it are evaluated; `run()` is what VS Code
// calls for `extensionTestsPath`, under code-server or @vscode/test-electron.
import Mocha from 'mocha';
import { writeFileSync } from 'node:fs';

/** One in-host test's outcome, as reported back to the outer e2e suite. */
export interface HostTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

/** What `run()` writes to $OKR_HOST_RESULTS and prints as its last line. */
export interface HostSummary {
  passes: number;
  failures: number;
  pending: number;
  tests: HostTestResult[];
}

const PREFIX = '[okr-host]';

const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false });
// OKR_HOST_GREP runs only matching tests (when debugging one of them).
if (process.env.OKR_HOST_GREP) mocha.grep(process.env.OKR_HOST_GREP);
// Defines the BDD globals now, before the test modules are evaluated.
mocha.suite.emit('pre-require', globalThis, 'okr-extension-host-suite', mocha);

function summarize(tests: HostTestResult[]): HostSummary {
  return {
    passes: tests.filter((t) => t.state === 'passed').length,
    failures: tests.filter((t) => t.state === 'failed').length,
    pending: tests.filter((t) => t.state === 'pending').length,
    tests,
  };
}

/** Written after every test, so a run cut short still reports what it did. */
function save(tests: HostTestResult[]): void {
  const out = process.env.OKR_HOST_RESULTS;
  if (out) writeFileSync(out, JSON.stringify(summarize(tests), null, 2));
}

function collectingReporter(results: HostTestResult[]): new (runner: Mocha.Runner) => Mocha.reporters.Base {
  return class extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner) {
      super(runner);
      runner.on('pass', (t) => {
        results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 });
        save(results);
        console.log(`${PREFIX} ✓ ${t.fullTitle()} (${t.duration ?? 0} ms)`);
      });
      runner.on('fail', (t, err: Error) => {
        const error = err?.stack ?? String(err);
        results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error });
        save(results);
        console.log(`${PREFIX} ✗ ${t.fullTitle()}\n${error}`);
      });
      runner.on('pending', (t) => {
        results.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 });
        save(results);
        console.log(`${PREFIX} - ${t.fullTitle()} (pending)`);
      });
    }
  };
}

/** Runs every registered test; rejects when any fails so the exit code is 1. */
export function run(): Promise<void> {
  const tests: HostTestResult[] = [];
  mocha.reporter(collectingReporter(tests));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      save(tests);
      const summary = summarize(tests);
      console.log(`${PREFIX} summary ${JSON.stringify({ passes: summary.passes, failures: summary.failures, pending: summary.pending })}`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}
