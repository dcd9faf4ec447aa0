// Findings -> LSP diagnostics. Diagnostics carry identity (rule id, docs link,
// the finding's data), never anything a code action would parse from prose.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocsUrl } from '../core/docs';
import type { Finding, Severity } from '../core/types';
import type { LineIndex } from './positions';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic's `data` holds: enough to find its finding again. */
export interface DiagnosticData {
  messageId: string;
  /** The finding's own data (classifier label, parsed fields, …). */
  data?: Record<string, unknown>;
}

/** One finding as an LSP diagnostic. */
export function toDiagnostic(f: Finding, lines: LineIndex): Diagnostic {
  const data: DiagnosticData = { messageId: f.messageId };
  if (f.data) data.data = f.data;
  return {
    range: lines.range(f),
    severity: SEVERITY[f.severity],
    source: 'okr',
    code: f.rule,
    codeDescription: { href: ruleDocsUrl(f.rule) },
    message: f.message,
    data,
  };
}

/** Whether a diagnostic sent back by the client (code action context) is this finding. */
export function sameFinding(d: Diagnostic, f: Finding, lines: LineIndex): boolean {
  if (d.source !== 'okr' || d.code !== f.rule) return false;
  const r = lines.range(f);
  return d.range.start.line === r.start.line && d.range.start.character === r.start.character
    && d.range.end.line === r.end.line && d.range.end.character === r.end.character;
}
