// VS Code glue: starts the OKR language server, registers the commands and
// the status bar item. Everything else lives in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { TreePanel } from './treePanel';
import { newOkrFile } from './newFile';
import { StatusItem } from './status';

let client: LanguageClient | undefined;

/** Called by VS Code on the first OKR file or OKR command. Returns fast: the server starts in the background. */
export function activate(context: vscode.ExtensionContext): void {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'okr' }, { scheme: 'untitled', language: 'okr' }],
    // The server pushes diagnostics for every file, open or not; pulling as well would show each twice.
    diagnosticPullOptions: { onChange: false, onSave: false, onTabs: false, filter: () => true },
    outputChannelName: 'OKR Lens',
  };
  // The client id `okr` makes `okr.trace.server` control protocol tracing.
  const lc = new LanguageClient('okr', 'OKR Lens', serverOptions, clientOptions);
  client = lc;
  const started = lc.start().catch((err: unknown) => {
    void vscode.window.showErrorMessage(`OKR Lens: the language server did not start: ${(err as Error)?.message ?? String(err)}`);
  });

  const status = new StatusItem();
  context.subscriptions.push(
    status,
    TreePanel.register(context, lc),
    vscode.commands.registerCommand('okr.showAlignmentTree', async () => {
      await started;
      TreePanel.show(context, lc);
    }),
    vscode.commands.registerCommand('okr.newFile', (folder?: vscode.Uri) => newOkrFile(folder)),
    vscode.commands.registerCommand('okr.fixAll', () => fixAll()),
    vscode.commands.registerCommand('okr.restartServer', async () => {
      await started;
      await lc.restart();
    }),
  );
}

/** Applies every safe fix of the active OKR file (the `source.fixAll.okr` action). */
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'okr') {
    void vscode.window.showInformationMessage('OKR Lens: open an OKR file (*.okr.yaml) to fix it.');
    return;
  }
  const doc = editor.document;
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, 'source.fixAll.okr');
  const edit = actions?.find((a) => a.edit)?.edit;
  if (!edit) {
    void vscode.window.setStatusBarMessage('OKR Lens: nothing to fix automatically', 3000);
    return;
  }
  await vscode.workspace.applyEdit(edit);
}

/** Stops the language server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
