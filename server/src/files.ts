// Finding OKR files on disk (Node only; the core itself never touches the file system).
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isOkrPath } from './core/project';

/** Folders never worth descending into. */
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

/** Every `*.okr.yaml` / `*.okr.yml` under `dir`, sorted, skipping vendor and VCS folders. */
export function findOkrFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to index there
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(join(d, e.name));
      } else if ((e.isFile() || e.isSymbolicLink()) && isOkrPath(e.name)) {
        out.push(join(d, e.name));
      }
    }
  };
  walk(resolve(dir));
  return out.sort();
}

/** Whether a path exists and is a directory. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
