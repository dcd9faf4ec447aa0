// Loads the files a CLI run needs: the OKR files to report on, every OKR file
// they may reference, and okr.config.yaml.
//
// The workspace root is the folder of the nearest okr.config.yaml above the
// first path (else the current folder). References resolve across every OKR
// file under the root and the given folders, minus the config's `ignore`
// globs; a file named explicitly is always linted.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, relative, isAbsolute } from 'node:path';
import { Project, CONFIG_FILE } from '../core/project';
import { releaseSyntaxTree } from '../core/model';
import { findOkrFiles } from '../files';
import { ignoreMatcher } from '../ignore';
import { UsageError } from './io';

export interface Loaded {
  project: Project;
  /** Absolute paths to report on, in order. */
  targets: string[];
  /** The config file used, if any, and its text. */
  configPath?: string;
  configText?: string;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
}

/** The nearest okr.config.yaml from `start` upwards. */
export function findConfig(start: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Resolves paths, reads every needed file into one Project. Throws UsageError
 * on user mistakes. With `release`, each file's file-scoped findings are
 * computed as it is read and its yaml tree is then dropped: a lint holds only
 * the typed model of the workspace, not every file's syntax tree.
 */
export function loadForCli(paths: string[], cwd: string, configFlag?: string, release = false): Loaded {
  const inputs = (paths.length > 0 ? paths : ['.']).map((p) => (isAbsolute(p) ? p : resolve(cwd, p)));
  const dirs: string[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new UsageError(`no such file or directory: ${relative(cwd, input) || input}`);
    }
    (stat.isDirectory() ? dirs : files).push(input);
  }

  let configPath: string | undefined;
  if (configFlag !== undefined) {
    configPath = isAbsolute(configFlag) ? configFlag : resolve(cwd, configFlag);
    if (!existsSync(configPath)) throw new UsageError(`config file not found: ${configFlag}`);
  } else {
    const first = inputs[0]!;
    configPath = findConfig(dirs.includes(first) ? first : dirname(first));
  }
  const project = new Project();
  const configText = configPath ? readText(configPath) : undefined;
  project.setConfigText(configText);
  const root = configPath ? dirname(configPath) : cwd;
  const ignored = ignoreMatcher(root, project.userConfig);

  const targets = new Set(files);
  const context = new Set<string>();
  for (const d of dirs) {
    const found = findOkrFiles(d);
    const kept = found.filter((f) => !ignored(f));
    const shown = relative(cwd, d) || '.';
    if (found.length === 0) throw new UsageError(`no OKR files (*.okr.yaml, *.okr.yml) under ${shown}`);
    if (kept.length === 0) {
      throw new UsageError(`all ${found.length} OKR files under ${shown} are ignored by ${relative(cwd, configPath!) || configPath} (ignore:); name files explicitly or pass --config`);
    }
    for (const f of kept) targets.add(f);
  }
  // A file named from an ignored area is linted, and so its neighbours must resolve too.
  for (const f of files) if (ignored(f)) for (const n of findOkrFiles(dirname(f))) context.add(n);
  // Never walk the whole disk when run from the file-system root.
  if (dirname(root) !== root) for (const f of findOkrFiles(root)) if (!ignored(f)) context.add(f);
  const config = project.config();
  for (const path of new Set([...targets, ...context])) {
    const file = project.workspace.set(path, readText(path));
    if (!release) continue;
    if (targets.has(path)) project.analyzer.prepare(path, config);
    releaseSyntaxTree(file);
  }
  return { project, targets: [...targets], ...(configPath ? { configPath, configText } : {}) };
}
