#!/usr/bin/env node
// `npm run test:electron`: the extension-host suite (test/e2e/extension-host)
// under @vscode/test-electron, i.e. in VS Code desktop, wherever it can be
// downloaded. The same suite runs inside code-server in `npm run test:e2e`;
// this script is for machines that can reach update.code.visualstudio.com
// (a developer laptop, a CI runner with internet). Where the download fails
// it says so and exits 2: "could not run", never a silent pass.
// Runs under tsx (`node --import=tsx scripts/test-electron.mjs`).
// Env: OKR_VSCODE_VERSION (default 1.100.3, the engine the manifest targets).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { REPO_ROOT } from './e2e/code-server.ts';
import { bundleHostSuite } from './e2e/host-suite.ts';
import { DESIGN_FILE, DESIGN_OKR } from '../test/e2e/support/workspace.ts';

const version = process.env.OKR_VSCODE_VERSION ?? '1.100.3';

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: join(REPO_ROOT, '.vscode-test') });
} catch (err) {
  console.error(
    `\ntest:electron cannot run here: downloading VS Code ${version} desktop failed:\n  ${err instanceof Error ? err.message : err}\n` +
      '@vscode/test-electron needs update.code.visualstudio.com. On machines without it, the same\n' +
      'extension-host suite runs inside code-server: npm run test:e2e (see docs/testing.md).',
  );
  process.exit(2);
}

const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const work = mkdtempSync('/tmp/okr-electron-');
const workspace = join(work, 'workspace');
cpSync(join(REPO_ROOT, 'examples'), workspace, { recursive: true });
writeFileSync(join(workspace, DESIGN_FILE), DESIGN_OKR);
const suite = await bundleHostSuite(join(work, 'extension-host-suite.js'));
const results = join(work, 'host-results.json');

try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: suite,
    extensionTestsEnv: { OKR_HOST_RESULTS: results },
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`extension-host tests failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}
if (existsSync(results)) {
  const s = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`\n${s.passes} passed, ${s.failures} failed`);
  if (s.failures > 0 || s.passes === 0) process.exitCode = 1;
} else {
  console.log('\n0 passed, 1 failed');
  process.exitCode = 1;
}
