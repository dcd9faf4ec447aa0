// Test helpers: load a folder of OKR files into a Project, turn offsets into
// 1-based line/column the way the CLI and the fixture files state them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Project, CONFIG_FILE, isOkrPath } from '../../server/src/core/project';
import { LineIndex } from '../../server/src/core/lines';
import type { Finding, OffsetEdit } from '../../server/src/core/types';

/**
 * A Project holding every OKR file in or below `dir` (names relative to dir).
 * A fixture's `fixed/` folder holds expected outputs, not workspace files.
 */
export function loadFolder(dir: string): Project {
  const project = new Project();
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!(prefix === '' && e.name === 'fixed')) walk(join(d, e.name), `${prefix}${e.name}/`);
      } else if (isOkrPath(e.name)) project.workspace.set(`${prefix}${e.name}`, readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir, '');
  const config = join(dir, CONFIG_FILE);
  if (existsSync(config)) project.setConfigText(readFileSync(config, 'utf8'));
  return project;
}

/** A Project from in-memory files. */
export function projectOf(files: Record<string, string>, configText?: string): Project {
  const project = new Project();
  for (const [path, text] of Object.entries(files)) project.workspace.set(path, text);
  if (configText !== undefined) project.setConfigText(configText);
  return project;
}

export interface Located {
  rule: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A finding with 1-based line/column (end exclusive), as users and fixtures read it. */
export function locate(text: string, f: Finding): Located {
  const lines = new LineIndex(text);
  const start = lines.position(f.start);
  const end = lines.position(f.end);
  return {
    rule: f.rule, messageId: f.messageId,
    line: start.line + 1, column: start.character + 1,
    endLine: end.line + 1, endColumn: end.character + 1,
  };
}

/** Applies non-overlapping edits to text (back to front). */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}
