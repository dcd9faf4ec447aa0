// `okr fix [paths…] [--config FILE]`: applies every safe fix in place, then
// reports what is left. Exit 1 when errors remain, like `eslint --fix`.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadForCli } from './load';
import { formatStylish, summarize, type FileResult } from './format';
import { fixAllText } from '../core/fixall';
import { UsageError, type CliIO } from './io';

/** Passes per file: a fix can expose another (moving one KR shifts the next). */
const MAX_PASSES = 10;

/** Runs `okr fix`; returns the exit code. */
export function runFix(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { config: { type: 'string', short: 'c' } } });
  const { project, targets } = loadForCli(positionals, io.cwd, values.config);
  let fixedFiles = 0;
  let fixedCount = 0;
  for (const path of targets) {
    const original = project.workspace.get(path)!.text;
    const result = fixAllText(original, (text) => ({ file: project.workspace.set(path, text), findings: project.findings(path) }), () => true, true, MAX_PASSES);
    const text = result.text;
    fixedCount += result.count;
    if (text !== original) {
      try {
        writeFileSync(path, text);
      } catch (err) {
        throw new UsageError(`cannot write ${relative(io.cwd, path)}: ${(err as Error).message}`);
      }
      fixedFiles++;
    }
  }
  const results: FileResult[] = targets.map((path) => ({ path, text: project.workspace.get(path)!.text, findings: project.findings(path) }));
  io.stdout(`Fixed ${fixedCount} problem${fixedCount === 1 ? '' : 's'} in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.\n`);
  const s = summarize(results);
  if (s.errors + s.warnings + s.infos > 0) io.stdout(`Remaining:\n${formatStylish(results, io.cwd, io.color ?? false)}`);
  return s.errors > 0 ? 1 : 0;
}
