// `okr lint [paths…] [--format stylish|json|sarif] [--max-warnings N] [--config FILE]`
import { parseArgs } from 'node:util';
import { loadForCli } from './load';
import { formatJson, formatSarif, formatStylish, summarize, type FileResult } from './format';
import { UsageError, type CliIO } from './io';

const FORMATS = ['stylish', 'json', 'sarif'] as const;

/** Runs `okr lint`; returns the exit code (0 clean, 1 lint failures, 2 usage or I/O error). */
export function runLint(args: string[], io: CliIO, version: string): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'max-warnings': { type: 'string' },
      config: { type: 'string', short: 'c' },
    },
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}'; use ${FORMATS.join(', ')}`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    const n = Number(values['max-warnings']);
    if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings takes a whole number, not '${values['max-warnings']}'`);
    if (n >= 0) maxWarnings = n;
  }

  const { project, targets, configPath, configText } = loadForCli(positionals, io.cwd, values.config, true);
  const results: FileResult[] = [];
  if (configPath && project.configFindings.length > 0) {
    results.push({ path: configPath, text: configText ?? '', findings: project.configFindings });
  }
  for (const path of targets) {
    const file = project.workspace.get(path)!;
    results.push({ path, text: file.text, findings: project.findings(path) });
  }
  if (format === 'json') io.stdout(formatJson(results, io.cwd));
  else if (format === 'sarif') io.stdout(formatSarif(results, io.cwd, version));
  else io.stdout(formatStylish(results, io.cwd, io.color ?? false));

  const s = summarize(results);
  return s.errors > 0 || s.warnings > maxWarnings ? 1 : 0;
}

