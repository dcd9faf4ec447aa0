// Output formats of `okr lint`: stylish (people), json (scripts), sarif (code scanning).
import { relative } from 'node:path';
import { RULES } from '../core/rules/index';
import { ruleDocsUrl } from '../core/docs';
import { LineIndex } from '../core/lines';
import type { Finding, Severity } from '../core/types';

export interface FileResult {
  path: string;
  text: string;
  findings: Finding[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

interface Pos {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based line/column (UTF-16 columns, end exclusive) of a finding. */
export function position(lines: LineIndex, f: Finding): Pos {
  const start = lines.position(f.start);
  const end = lines.position(f.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** Counts findings by severity. */
export function summarize(results: readonly FileResult[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const r of results) for (const f of r.findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

/** The `--format json` document of SPEC §5. */
export function formatJson(results: readonly FileResult[], cwd: string): string {
  const files = results.map((r) => {
    const index = new LineIndex(r.text);
    return {
      path: relative(cwd, r.path) || r.path,
      diagnostics: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, ...position(index, f) })),
    };
  });
  return `${JSON.stringify({ files, summary: summarize(results) }, null, 2)}\n`;
}

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** ESLint-style output: a block per file, `line:col severity message rule`, and a summary. */
export function formatStylish(results: readonly FileResult[], cwd: string, color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `${code}${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const index = new LineIndex(r.text);
    lines.push(paint('\x1b[4m', relative(cwd, r.path) || r.path));
    const rows = r.findings.map((f) => {
      const p = position(index, f);
      return [`${p.line}:${p.column}`, f.severity, f.message.replace(/\s*\n\s*/g, ' '), f.rule] as const;
    });
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, rule] of rows) {
      lines.push(`  ${pos.padEnd(w0)}  ${paint(COLORS[sev], sev.padEnd(w1))}  ${msg}  ${paint('\x1b[2m', rule)}`);
    }
    lines.push('');
  }
  const s = summarize(results);
  const total = s.errors + s.warnings + s.infos;
  const files = results.length;
  if (total === 0) {
    lines.push(`✔ ${plural(files, 'file')} checked, no problems`);
  } else {
    const text = `✖ ${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}) in ${plural(files, 'file')} checked`;
    lines.push(paint(s.errors > 0 ? COLORS.error : COLORS.warning, text));
  }
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, with every rule described and linked so code-scanning UIs can explain it. */
export function formatSarif(results: readonly FileResult[], cwd: string, version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const extraRules: string[] = [];
  const sarifResults = results.flatMap((r) => {
    const index = new LineIndex(r.text);
    const uri = (relative(cwd, r.path) || r.path).split('\\').join('/');
    return r.findings.map((f) => {
      const p = position(index, f);
      if (!ruleIndex.has(f.rule)) {
        ruleIndex.set(f.rule, RULES.length + extraRules.length);
        extraRules.push(f.rule);
      }
      return {
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
          },
        }],
      };
    });
  });
  const rules = [
    ...RULES.map((r) => ({
      id: r.meta.id,
      name: r.meta.id,
      shortDescription: { text: r.meta.description },
      helpUri: ruleDocsUrl(r.meta.id),
      defaultConfiguration: { level: r.meta.defaultSeverity === 'off' ? 'none' : SARIF_LEVEL[r.meta.defaultSeverity] },
      properties: { layer: r.meta.layer },
    })),
    ...extraRules.map((id) => ({ id, name: id, shortDescription: { text: id }, helpUri: ruleDocsUrl(id) })),
  ];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'okr-lens', version, informationUri: 'https://github.com/okr-lens/okr-lens', rules } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
