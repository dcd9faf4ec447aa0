// Pull diagnostics (textDocument/diagnostic): the same findings as the pushed
// ones, computed on request from the latest text, with result ids so an
// unchanged report costs the client nothing.
import { DocumentDiagnosticReportKind, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { Session } from './session';
import type { Analysis } from './analysis';

/** Registers the pull diagnostics handler. */
export function registerPullDiagnostics(session: Session, analysis: Analysis): void {
  session.connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
    const ctx = session.file(params.textDocument.uri);
    if (!ctx) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const { items, resultId } = await analysis.diagnosticsOf(ctx);
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });
}
