// `npm run bench`: the speed targets of SPEC §7, as ratios to baselines
// measured in the same run on the same machine (machines are noisy and
// shared, so absolute times only mean something next to their baseline).
//
//   npm run bench [-- --files N] [--runs N] [--keep]
//
// Writes a table to stdout and the figures to test-results/bench.json.
// Method and targets: docs/performance.md.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Project } from '../../server/src/core/project';
import { generateWorkspace } from './generate';
import { measureEdit, processMedian, writeYamlBaseline, type EditFigures } from './measure';

const ROOT = join(__dirname, '..', '..');
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const FILES = arg('files', 2000);
const RUNS = arg('runs', 3);
const EDIT_RUNS = arg('edit-runs', 21);

interface Row {
  figure: string;
  ours: string;
  baseline: string;
  ratio: number | undefined;
  target: string;
  met: boolean | undefined;
}

const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

async function main(): Promise<void> {
  const load: { before: number[]; after?: number[] } = { before: loadavg() };
  const scratch = mkdtempSync(join(tmpdir(), 'okr-bench-'));
  try {
    console.log(`okr-lens bench: ${FILES} files, ${cpus().length} CPUs, load average ${load.before.map((l) => l.toFixed(2)).join(' ')}`);
    const ws = generateWorkspace(join(scratch, 'ws'), FILES);
    const lines = ws.files.map((f) => readFileSync(f, 'utf8').split('\n').length).sort((a, b) => a - b);
    console.log(`workspace: ${ws.files.length} files, ${lines.reduce((a, b) => a + b, 0)} lines (median ${lines[lines.length >> 1]}), in ${ws.dir}`);

    // The CLI exactly as shipped (esbuild.mjs's options), bundled into the scratch folder so a shared dist/ is not touched.
    const cli = join(scratch, 'cli.js');
    await build({ entryPoints: [join(ROOT, 'server/src/cli.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: cli, logLevel: 'warning' });

    // Cold lint vs parsing the same files with yaml, each in a fresh process; one untimed run first warms the disk cache.
    const lintArgs = [cli, 'lint', ws.dir, '--format', 'json'];
    const baseArgs = [writeYamlBaseline(scratch, ws.files)];
    processMedian(lintArgs, ws.dir, scratch, 1);
    processMedian(baseArgs, ws.dir, scratch, 1);
    const lint = processMedian(lintArgs, ws.dir, scratch, RUNS);
    const yamlParse = processMedian(baseArgs, ws.dir, scratch, RUNS);
    const report = JSON.parse(lint.last.stdout) as { files: unknown[]; summary: Record<string, number> };
    if (report.files.length !== ws.files.length) throw new Error(`lint reported ${report.files.length} files, expected ${ws.files.length}`);

    // Edits inside the loaded workspace, as the language server sees them.
    const project = new Project();
    for (const f of ws.files) project.workspace.set(f, readFileSync(f, 'utf8'));
    for (const f of ws.files) project.findings(f);
    const schema = join(ROOT, 'schemas/okr.schema.json');
    // Generous warm-up: on a busy machine the JIT takes a while to settle, and a cold first call is not what a user typing sees.
    const medium = await measureEdit(project, ws.medium, schema, EDIT_RUNS, 20);
    const large = await measureEdit(project, ws.large, schema, Math.ceil(EDIT_RUNS / 2), 5);
    load.after = loadavg();

    const rows: Row[] = [
      row(`cold okr lint, ${ws.files.length} files`, lint.ms, `yaml.parseDocument of the same files: ${ms(yamlParse.ms)}`, yamlParse.ms, 3 / 11, '≤ 0.27 (3 s vs 11 s)'),
      { figure: 'peak RSS of that lint', ours: `${lint.maxRssMb.toFixed(0)} MB`, baseline: '150 MB', ratio: lint.maxRssMb / 150, target: '≤ 1', met: lint.maxRssMb <= 150 },
      ...editRows('300-line file', medium, 15),
      ...editRows('5,000-line file', large, undefined),
    ];
    printTable(rows);
    console.log(`lint summary: ${JSON.stringify(report.summary)}; load average after: ${(load.after ?? []).map((l) => l.toFixed(2)).join(' ')}`);

    const out = join(ROOT, 'test-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'bench.json'), `${JSON.stringify({
      date: new Date().toISOString(), cpus: cpus().length, loadavg: load, files: ws.files.length, runs: RUNS, editRuns: EDIT_RUNS,
      lint: { ms: lint.ms, maxRssMb: lint.maxRssMb, summary: report.summary }, yamlParse: { ms: yamlParse.ms },
      edit: { medium, large }, rows,
    }, null, 2)}\n`);
    console.log('written: test-results/bench.json');
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

function row(figure: string, ours: number, baseline: string, base: number, limit: number, target: string): Row {
  const ratio = ours / base;
  return { figure, ours: ms(ours), baseline, ratio, target, met: ratio <= limit };
}

/** Diagnostics after an edit vs yaml-language-server (target ≤ 1/20) and vs a plain yaml parse; absolute time for small files. */
function editRows(label: string, f: EditFigures, absoluteLimitMs: number | undefined): Row[] {
  const rows: Row[] = [
    row(`edit → diagnostics, ${label} (${f.lines} lines)`, f.okrMs, `yaml-language-server doValidation: ${ms(f.ylsMs)}`, f.ylsMs, 1 / 20, '≤ 0.05'),
    { figure: `  same edit vs yaml.parseDocument alone`, ours: ms(f.okrMs), baseline: ms(f.yamlMs), ratio: f.okrMs / f.yamlMs, target: '(context)', met: undefined },
  ];
  if (absoluteLimitMs !== undefined) {
    rows.push({ figure: `  same edit, absolute`, ours: ms(f.okrMs), baseline: `${absoluteLimitMs} ms`, ratio: f.okrMs / absoluteLimitMs, target: '≤ 1', met: f.okrMs <= absoluteLimitMs });
  }
  return rows;
}

function printTable(rows: Row[]): void {
  const cells = rows.map((r) => [r.figure, r.ours, r.baseline, r.ratio === undefined ? '' : r.ratio.toFixed(3), r.target, r.met === undefined ? '' : r.met ? 'met' : 'NOT met']);
  const head = ['figure', 'ours', 'baseline (same run)', 'ratio', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => c.map((x, i) => x.padEnd(widths[i]!)).join(' | ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const c of cells) console.log(line(c));
  console.log('');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
