// The measurements behind `npm run bench`: each returns a median of several
// runs after warm-up, so figures measured in one run can be compared as ratios.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { getLanguageService } from 'yaml-language-server';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Project } from '../../server/src/core/project';

/** Median of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Times `fn` `runs` times after `warmup` untimed calls; returns the median in ms. */
export async function timeMedian(fn: (i: number) => unknown, runs: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  return median(times);
}

export interface ProcessRun {
  ms: number;
  maxRssMb: number;
  status: number | null;
  stdout: string;
}

/**
 * Runs `node <args>` in `cwd` and reports its wall time and peak RSS. The peak
 * comes from the child itself (process.resourceUsage at exit, via a preload),
 * so it needs no /usr/bin/time.
 */
export function runNode(args: string[], cwd: string, scratch: string): ProcessRun {
  const preload = join(scratch, 'report-rss.cjs');
  const rssFile = join(scratch, 'rss.txt');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  writeFileSync(rssFile, '0');
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - t;
  const kb = Number(readFileSync(rssFile, 'utf8'));
  return { ms, maxRssMb: kb / 1024, status: r.status, stdout: r.stdout };
}

/** Median wall time and the largest peak RSS over `runs` runs of a child process. */
export function processMedian(args: string[], cwd: string, scratch: string, runs: number): { ms: number; maxRssMb: number; last: ProcessRun } {
  const all: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) all.push(runNode(args, cwd, scratch));
  return { ms: median(all.map((r) => r.ms)), maxRssMb: Math.max(...all.map((r) => r.maxRssMb)), last: all[all.length - 1]! };
}

/** A script for a child process that parses every given file with yaml.parseDocument: the lint baseline. */
export function writeYamlBaseline(scratch: string, files: string[]): string {
  const list = join(scratch, 'files.json');
  writeFileSync(list, JSON.stringify(files));
  const script = join(scratch, 'yaml-baseline.cjs');
  const yamlPath = require.resolve('yaml');
  writeFileSync(script, [
    `const { parseDocument } = require(${JSON.stringify(yamlPath)});`,
    `const fs = require('fs');`,
    `let n = 0;`,
    `for (const f of JSON.parse(fs.readFileSync(${JSON.stringify(list)}, 'utf8'))) n += parseDocument(fs.readFileSync(f, 'utf8')).errors.length;`,
    `process.stdout.write(String(n));`,
  ].join('\n'));
  return script;
}

/** `text` with its `n`-th edit applied: one character of a KR title changed, as a user typing would. */
export function edited(text: string, n: number): string {
  const at = text.indexOf('        title: ', Math.floor(text.length / 2));
  const i = at < 0 ? Math.floor(text.length / 2) : at + 15;
  return `${text.slice(0, i)}${'abcdefghij'[Math.abs(n) % 10]!}${text.slice(i)}`;
}

export interface EditFigures {
  lines: number;
  /** Our diagnostics after an edit: set the text, get the file's findings. */
  okrMs: number;
  /** yaml.parseDocument of the same text. */
  yamlMs: number;
  /** yaml-language-server's doValidation of the same text against schemas/okr.schema.json. */
  ylsMs: number;
}

/** Diagnostics after an edit of `path` inside a loaded Project, against yaml and yaml-language-server on the same text. */
export async function measureEdit(project: Project, path: string, schemaPath: string, runs: number, warmup: number): Promise<EditFigures> {
  const text = project.workspace.get(path)!.text;
  const okrMs = await timeMedian((i) => {
    project.workspace.set(path, edited(text, i));
    return project.findings(path);
  }, runs, warmup);
  project.workspace.set(path, text);
  project.findings(path);
  const yamlMs = await timeMedian((i) => parseDocument(edited(text, i)), runs, warmup);

  const schemaUri = 'file:///bench/okr.schema.json';
  const schemaText = readFileSync(schemaPath, 'utf8');
  const ls = getLanguageService({
    schemaRequestService: (uri: string) => (uri === schemaUri ? Promise.resolve(schemaText) : Promise.reject(new Error(`no schema ${uri}`))),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
  });
  ls.configure({ validate: true, completion: false, hover: false, format: false, schemas: [{ uri: schemaUri, fileMatch: ['*.okr.yaml'] }] });
  // Make sure it validates against the schema at all: an unknown key must be reported.
  const probe = await ls.doValidation(TextDocument.create('file:///bench/probe.okr.yaml', 'yaml', 1, 'version: 1\nbogus_key: 1\n'), false);
  if (!probe.some((d) => d.message.includes('bogus_key'))) throw new Error(`yaml-language-server did not apply the schema: ${JSON.stringify(probe.map((d) => d.message))}`);
  const uri = 'file:///bench/edited.okr.yaml';
  let version = 0;
  // A new version with new text each time, so no parse is reused from a cache.
  const ylsMs = await timeMedian((i) => ls.doValidation(TextDocument.create(uri, 'yaml', ++version, edited(text, i)), false), runs, warmup);
  return { lines: text.split('\n').length, okrMs, yamlMs, ylsMs };
}
