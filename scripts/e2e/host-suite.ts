// Bundles the extension-host mocha suite into one CommonJS file that VS Code
// can load as `extensionTestsPath` (code-server here, @vscode/test-electron
// elsewhere). Mocha is bundled in: the extension host then needs nothing
// from node_modules, and mocha 12's ESM entry is never involved.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './code-server';

/** Default in-host test files: test/e2e/extension-host/*.spec.ts */
export function defaultHostTests(): string[] {
  const dir = join(REPO_ROOT, 'test', 'e2e', 'extension-host');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.spec.ts'))
    .sort()
    .map((f) => join(dir, f));
}

/** Writes the bundle to `outfile` and returns its path. */
export async function bundleHostSuite(outfile: string, testFiles = defaultHostTests()): Promise<string> {
  if (testFiles.length === 0) throw new Error('no extension-host test files found');
  const harness = join(REPO_ROOT, 'test', 'e2e', 'extension-host', 'harness.ts');
  // The harness comes first so its BDD globals exist when the tests evaluate.
  const contents = [
    `export { run } from ${JSON.stringify(harness)};`,
    ...testFiles.map((f) => `import ${JSON.stringify(f)};`),
  ].join('\n');
  await esbuild.build({
    stdin: { contents, resolveDir: REPO_ROOT, sourcefile: 'extension-host-suite.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    external: ['vscode'],
    alias: { mocha: join(REPO_ROOT, 'node_modules', 'mocha', 'lib', 'mocha.cjs') },
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return outfile;
}

/** Repo-relative display name. */
export const rel = (p: string): string => relative(REPO_ROOT, p);
