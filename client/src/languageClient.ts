// The language client and what needs it. Loaded on first use (see
// extension.ts), so that activation itself does not pay for evaluating
// vscode-languageclient.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, CodeActionRequest, type CodeAction, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** A started (or starting) client. */
export interface OkrClient {
  client: LanguageClient;
  /** Settles once the server has answered initialize (or failed to start). */
  started: Promise<void>;
}

/** Creates the OKR language client and starts the server. */
export function startClient(context: vscode.ExtensionContext): OkrClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'okr' }, { scheme: 'untitled', language: 'okr' }],
    // The server pushes diagnostics for every file, open or not; this client would also pull on
    // every open (whatever its pull options say) and show each finding twice, so it asks for push only.
    // okr.openRuleDocs opens a rule's page: the server adds a "Show documentation" action per diagnostic.
    initializationOptions: { pullDiagnostics: false, openDocsCommand: 'okr.openRuleDocs' },
    outputChannelName: 'OKR Lens',
  };
  // The client id `okr` makes `okr.trace.server` control protocol tracing.
  const client = new LanguageClient('okr', 'OKR Lens', serverOptions, clientOptions);
  const started = client.start().catch((err: unknown) => {
    void vscode.window.showErrorMessage(`OKR Lens: the language server did not start: ${(err as Error)?.message ?? String(err)}`);
  });
  return { client, started };
}

/** The OKR document a command is about: the one it was invoked on, else the active or only visible one. */
function targetDocument(target?: vscode.Uri): vscode.TextDocument | undefined {
  if (target) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'okr') return active;
  const visible = vscode.window.visibleTextEditors.map((e) => e.document).filter((d) => d.languageId === 'okr');
  return visible.length === 1 ? visible[0] : undefined;
}

/** Applies every safe fix of an OKR file: the server's `source.fixAll.okr` action, asked for directly. */
export async function fixAll(lc: LanguageClient, target?: vscode.Uri): Promise<void> {
  const doc = targetDocument(target) ?? (target ? await vscode.workspace.openTextDocument(target) : undefined);
  if (!doc || doc.languageId !== 'okr') {
    void vscode.window.showInformationMessage('OKR Lens: open an OKR file (*.okr.yaml) to fix it.');
    return;
  }
  const start = { line: 0, character: 0 };
  const actions = await lc.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: lc.code2ProtocolConverter.asUri(doc.uri) },
    range: { start, end: start },
    context: { diagnostics: [], only: ['source.fixAll.okr'] },
  });
  const action = actions?.find((a): a is CodeAction => 'edit' in a && a.edit !== undefined);
  if (!action?.edit) {
    void vscode.window.setStatusBarMessage('OKR Lens: nothing to fix automatically', 3000);
    return;
  }
  await vscode.workspace.applyEdit(await lc.protocol2CodeConverter.asWorkspaceEdit(action.edit));
}
