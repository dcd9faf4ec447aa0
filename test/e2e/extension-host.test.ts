// The extension-host suite (test/e2e/extension-host/*.spec.ts) run inside
// the real VS Code extension host of code-server, with the packaged VSIX as
// the extension under development. Each in-host test becomes one test here,
// so its pass or failure counts in the run's totals.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/e2e/browser';
import { makeInstanceDirs } from '../../scripts/e2e/code-server';
import { bundleHostSuite } from '../../scripts/e2e/host-suite';
import { hostResultsFile, runHostTests, type HostRunResult } from '../../scripts/e2e/host-tests';
import { makeWorkspace, startEditor, type Editor } from './support/fixture';

describe('extension host (real VS Code 1.100.3 via code-server)', function () {
  let editor: Editor | undefined;
  let browser: Browser | undefined;
  let result: HostRunResult | undefined;
  let workspace: string | undefined;

  before(async function () {
    this.timeout(900_000); // a cold run installs code-server first (up to ~6 min on a busy runner)
    const dirs = makeInstanceDirs();
    const resultsFile = hostResultsFile(dirs);
    const suite = await bundleHostSuite(join(dirs.root, 'extension-host-suite.js'));
    editor = await startEditor({ OKR_HOST_RESULTS: resultsFile, OKR_HOST_GREP: process.env.OKR_HOST_GREP ?? '' }, dirs);
    browser = await launchBrowser();
    result = await runHostTests({
      server: editor.server,
      browser,
      extensionDevelopmentPath: editor.extensionDir,
      extensionTestsPath: suite,
      folder: (workspace = makeWorkspace()),
      resultsFile,
      artifactName: 'extension-host-failure',
    });
    const parent = this.test?.parent;
    for (const t of result.summary?.tests ?? []) {
      parent?.addTest(
        new Mocha.Test(`in host: ${t.title}`, function (this: Mocha.Context) {
          if (t.state === 'pending') this.skip();
          if (t.state === 'failed') throw new Error(t.error ?? 'failed in the extension host');
        }),
      );
    }
  });

  after(async function () {
    this.timeout(60_000);
    await browser?.close();
    const failed = !result || result.exitCode !== 0;
    await editor?.stop(failed ? 'extension-host' : undefined);
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('runs the suite to completion and reports exit code 0 through codeAutomationExit', function () {
    assert.ok(result, 'the suite did not run');
    const summary = result.summary;
    assert.ok(summary, `the suite wrote no results; workbench log:\n${result.log.join('\n')}`);
    assert.ok(summary.passes + summary.failures > 0, 'the suite ran no tests');
    assert.equal(
      result.exitCode,
      summary.failures > 0 ? 1 : 0,
      `exit code ${result.exitCode} does not match ${summary.failures} failure(s); log:\n${result.log.join('\n')}`,
    );
  });
});
