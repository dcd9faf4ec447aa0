// `npm run package`: a production build, then okr-lens-<version>.vsix with
// @vscode/vsce@3 (v4 needs Node 22). The bundles carry their dependencies,
// so vsce skips node_modules (--no-dependencies). Before packaging it checks
// that every file package.json points at ships and that no source, test or
// node_modules file does; it prints the size and the file list.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './code-server';

const VSCE = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
// No public repository URL yet: README links stay relative (they work in the
// installed extension's details page) instead of vsce refusing to package.
const VSCE_FLAGS = ['--allow-missing-repository', '--no-rewrite-relative-links'];

interface Manifest {
  name: string;
  version: string;
  main?: string;
  icon?: string;
  contributes?: {
    languages?: Array<{ configuration?: string; icon?: { light?: string; dark?: string } }>;
    grammars?: Array<{ path?: string }>;
    snippets?: Array<{ path?: string }>;
    jsonValidation?: Array<{ url?: string }>;
    yamlValidation?: Array<{ url?: string }>;
  };
}

/** Files the manifest references; each must be in the VSIX. */
export function referencedFiles(m: Manifest): string[] {
  const c = m.contributes ?? {};
  const refs = [
    m.main,
    m.icon,
    ...(c.languages ?? []).flatMap((l) => [l.configuration, l.icon?.light, l.icon?.dark]),
    ...(c.grammars ?? []).map((g) => g.path),
    ...(c.snippets ?? []).map((s) => s.path),
    ...(c.jsonValidation ?? []).map((j) => j.url),
    ...(c.yamlValidation ?? []).map((j) => j.url),
  ];
  return refs
    .filter((r): r is string => typeof r === 'string' && !/^[a-z]+:/i.test(r))
    .map((r) => posix.normalize(r).replace(/^\.\//, ''))
    .map((r) => (r === m.main?.replace(/^\.\//, '') && !r.endsWith('.js') ? `${r}.js` : r));
}

/** Paths that must never ship. */
const FORBIDDEN = [/^node_modules\//, /^test\//, /^client\//, /^server\//, /^scripts\//, /\.ts$/, /\.map$/, /^test-results\//];

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export interface PackageResult {
  vsix: string;
  bytes: number;
  files: string[];
}

/** Builds (production) and packages; returns the VSIX path, size and contents. */
export function packageVsix(log: (line: string) => void = (l) => console.error(l)): PackageResult {
  const t0 = Date.now();
  log('[package] production build (node esbuild.mjs --production)');
  run(process.execPath, ['esbuild.mjs', '--production']);
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

  const files = run(process.execPath, [VSCE, 'ls', '--no-dependencies'])
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const missing = referencedFiles(manifest).filter((f) => !files.includes(f));
  if (missing.length) {
    const why = missing.map((f) => `${f}${existsSync(join(REPO_ROOT, f)) ? ' (not matched by package.json "files")' : ' (does not exist)'}`);
    throw new Error(`package.json references files the VSIX would not contain:\n  ${why.join('\n  ')}`);
  }
  const leaked = files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
  if (leaked.length) throw new Error(`the VSIX would contain repo-only files:\n  ${leaked.join('\n  ')}`);

  const vsix = join(REPO_ROOT, `${manifest.name}-${manifest.version}.vsix`);
  log(`[package] vsce package -> ${posix.basename(vsix)}`);
  run(process.execPath, [VSCE, 'package', '--no-dependencies', ...VSCE_FLAGS, '--out', vsix]);
  const bytes = statSync(vsix).size;
  log(`[package] ${posix.basename(vsix)}: ${(bytes / 1024).toFixed(1)} KB, ${files.length} files, ${Date.now() - t0} ms`);
  return { vsix, bytes, files };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const r = packageVsix();
    for (const f of r.files) console.log(`  ${f}  ${(statSync(join(REPO_ROOT, f)).size / 1024).toFixed(1)} KB`);
    console.log(r.vsix);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
