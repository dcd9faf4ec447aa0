// Runs the extension-host mocha suite inside code-server, the way
// @vscode/test-electron runs it inside VS Code desktop: the web workbench's
// `payload` names the extension under development and the tests module, and
// reports the run's exit code through window.codeAutomationExit.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { CodeServer, InstanceDirs } from './code-server';
import { newPage, screenshot } from './browser';
import type { HostSummary } from '../../test/e2e/extension-host/harness';

export interface HostRunOptions {
  server: CodeServer;
  browser: Browser;
  /** Folder holding the extension's package.json (e.g. the installed VSIX). */
  extensionDevelopmentPath: string;
  /** The bundled suite (scripts/e2e/host-suite.ts). */
  extensionTestsPath: string;
  /** Workspace folder to open. */
  folder: string;
  /** File the suite writes its results to; must match OKR_HOST_RESULTS given to code-server. */
  resultsFile: string;
  timeoutMs?: number;
  /** Screenshot name when the run fails. */
  artifactName?: string;
}

export interface HostRunResult {
  exitCode: number;
  log: string[];
  /** Per-test results, when the suite got far enough to write them. */
  summary?: HostSummary;
}

/** Opens the workbench with the test payload and waits for the exit code. */
export async function runHostTests(opts: HostRunOptions): Promise<HostRunResult> {
  const { server } = opts;
  rmSync(opts.resultsFile, { force: true });
  const page = await newPage(opts.browser);
  const log: string[] = [];
  try {
    let settle: (code: number) => void = () => {};
    const exited = new Promise<number>((res) => (settle = res));
    await page.exposeFunction('codeAutomationExit', (code: unknown) => settle(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type: unknown, args: unknown) => {
      log.push(Array.isArray(args) ? args.map(String).join(' ') : `${String(type)} ${String(args)}`);
    });
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', server.remoteUri(opts.extensionDevelopmentPath)],
      ['extensionTestsPath', server.remoteUri(opts.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(server.folderUrl(opts.folder, payload));
    const timeoutMs = opts.timeoutMs ?? 300_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((res) => {
      timer = setTimeout(() => res(-1), timeoutMs);
    });
    const exitCode = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (exitCode !== 0 && opts.artifactName) await screenshot(page, opts.artifactName).catch(() => undefined);
    const summary = existsSync(opts.resultsFile)
      ? (JSON.parse(readFileSync(opts.resultsFile, 'utf8')) as HostSummary)
      : undefined;
    if (exitCode === -1) log.push(`timed out after ${timeoutMs} ms waiting for codeAutomationExit`);
    return { exitCode, log, ...(summary ? { summary } : {}) };
  } finally {
    await page.context().close();
  }
}

/** A results file inside the instance's private tree; pass it as OKR_HOST_RESULTS when starting. */
export const hostResultsFile = (dirs: InstanceDirs): string => join(dirs.root, 'host-results.json');
