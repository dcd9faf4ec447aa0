// Shared, memoized set-up for the real-editor suites: code-server from the
// cache, one VSIX per run, fresh workspaces and isolated editor instances.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  REPO_ROOT,
  installCodeServer,
  installVsix,
  makeInstanceDirs,
  removeInstanceDirs,
  startCodeServer,
  type CodeServer,
} from '../../../scripts/e2e/code-server';
import { ARTIFACTS_DIR } from '../../../scripts/e2e/browser';
import { packageVsix, type PackageResult } from '../../../scripts/e2e/package';
import { DESIGN_FILE, DESIGN_OKR } from './workspace';

let bin: string | undefined;
let vsix: PackageResult | undefined;

/** Runs a slow set-up stage and prints how long it took (cold vs warm runs differ a lot). */
function timed<T>(name: string, f: () => T): T {
  const t0 = Date.now();
  try {
    return f();
  } finally {
    console.log(`      [e2e] ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

/** code-server's executable, installed on first use (~2 min cold). */
export function codeServerBin(): string {
  bin ??= timed('install code-server', () => installCodeServer());
  return bin;
}

/** The packaged extension, built once per run. */
export function theVsix(): PackageResult {
  vsix ??= timed('package VSIX', () => packageVsix((l) => console.log(`      ${l}`)));
  return vsix;
}

/** A fresh copy of examples/ plus the test-written team file. */
export function makeWorkspace(): string {
  const root = mkdtempSync(join('/tmp', 'okr-ws-'));
  cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
  writeFileSync(join(root, DESIGN_FILE), DESIGN_OKR);
  return root;
}

export interface Editor {
  server: CodeServer;
  /** Where the VSIX was unpacked (the extension's root folder). */
  extensionDir: string;
  /** Stops the instance; with `keepLogsAs`, first copies its logs to test-results/e2e/. */
  stop(keepLogsAs?: string): Promise<void>;
}

/** Starts an isolated code-server with the VSIX installed. */
export async function startEditor(env: NodeJS.ProcessEnv = {}, dirs = makeInstanceDirs()): Promise<Editor> {
  const b = codeServerBin();
  const pkg = theVsix();
  timed('install VSIX', () => installVsix(b, dirs, pkg.vsix));
  const installed = readdirSync(dirs.extensions).find((d) => d.startsWith('okr-lens.okr-lens-'));
  if (!installed) throw new Error(`the VSIX did not install into ${dirs.extensions}`);
  const server = await startCodeServer({ bin: b, dirs, env });
  return {
    server,
    extensionDir: join(dirs.extensions, installed),
    async stop(keepLogsAs) {
      await server.stop();
      if (keepLogsAs) {
        const to = join(ARTIFACTS_DIR, `${keepLogsAs}-logs`);
        mkdirSync(to, { recursive: true });
        cpSync(dirs.log, join(to, 'code-server.log'));
        if (existsSync(join(dirs.userData, 'logs'))) cpSync(join(dirs.userData, 'logs'), join(to, 'vscode'), { recursive: true });
      }
      removeInstanceDirs(dirs);
    },
  };
}
