// `okr tree [paths…] [--format html|json|mermaid] [-o FILE] [--cycle C] [--as-of DATE] [--config FILE]`
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import { loadForCli } from './load';
import { UsageError, type CliIO } from './io';
import { buildGraph, renderHtml, renderMermaid } from '../core/graph/index';
import type { Finding } from '../core/types';

const FORMATS = ['html', 'json', 'mermaid'] as const;
/** Mermaid's default limits (maxEdges, maxTextSize), which GitHub keeps: past them a chart does not render. */
const MERMAID_MAX_EDGES = 500;
const MERMAID_MAX_TEXT = 50_000;

/** Where the built page script may be: beside dist/cli.js, or dist/ when run from source (tests, tsx). */
function webviewCandidates(): string[] {
  return [join(__dirname, 'webview.js'), join(__dirname, '..', '..', '..', 'dist', 'webview.js')];
}

/** Runs `okr tree`; returns 0 on success, 2 on a usage or I/O error (one line on stderr). */
export async function runTree(args: string[], io: CliIO): Promise<number> {
  try {
    return treeOrThrow(args, io);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (err instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`okr: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
}

function treeOrThrow(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'html' },
      output: { type: 'string', short: 'o' },
      cycle: { type: 'string' },
      'as-of': { type: 'string' },
      config: { type: 'string', short: 'c' },
    },
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}'; use ${FORMATS.join(', ')}`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(asOf) && Number.isFinite(Date.parse(asOf)))) {
    throw new UsageError(`--as-of takes a date like 2026-05-15, not '${asOf}'`);
  }
  // Read the page script before any work, so a broken install fails fast and clearly.
  const webviewJs = format === 'html' ? readWebview() : '';

  const { project, targets } = loadForCli(positionals, io.cwd, values.config);
  const findings = new Map<string, readonly Finding[]>();
  for (const path of targets) findings.set(path, project.findings(path));
  const graph = buildGraph(project.workspace, findings, {
    paths: new Set(targets),
    ...(values.cycle !== undefined ? { cycle: values.cycle } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
  });
  if (values.cycle !== undefined && graph.nodes.length === 0) {
    throw new UsageError(`no OKR file is in cycle '${values.cycle}'`);
  }

  const text =
    format === 'json' ? `${JSON.stringify(graph, null, 2)}\n` : format === 'mermaid' ? renderMermaid(graph) : renderHtml(graph, webviewJs);
  if (format === 'mermaid') {
    const edges = text.split('\n').filter((l) => /^ {2}n\d+ [-=]/.test(l)).length;
    if (edges > MERMAID_MAX_EDGES || text.length > MERMAID_MAX_TEXT) {
      // A warning, not an error: other Mermaid renderers can raise their limits.
      io.stderr(`okr: warning: this chart has ${edges} edges and ${text.length} characters; GitHub renders Mermaid only up to ${MERMAID_MAX_EDGES} edges and ${MERMAID_MAX_TEXT} characters (narrow it with paths or --cycle)\n`);
    }
  }
  if (values.output === undefined) {
    io.stdout(text);
    return 0;
  }
  const out = isAbsolute(values.output) ? values.output : resolve(io.cwd, values.output);
  try {
    writeFileSync(out, text);
  } catch (err) {
    throw new UsageError(`cannot write ${values.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return 0;
}

function readWebview(): string {
  const found = webviewCandidates().find((p) => existsSync(p));
  if (!found) throw new UsageError(`the tree page script (webview.js) is missing next to ${__dirname}; run 'npm run build'`);
  try {
    return readFileSync(found, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${found}: ${(err as Error).message}`);
  }
}
