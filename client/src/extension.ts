// VS Code glue: registers the commands and the status bar item, and starts
// the OKR language server right after activation. Everything else lives in
// the server. Activation stays cheap: vscode-languageclient is evaluated
// only when the client is first needed (a lazy require, which esbuild keeps lazy).
import * as vscode from 'vscode';
import { DOCS_BASE } from '../../server/src/core/docs';
import { TreePanel, type TreeClient } from './treePanel';
import { newOkrFile } from './newFile';
import { StatusItem } from './status';
import type { OkrClient } from './languageClient';

let okr: OkrClient | undefined;
let context: vscode.ExtensionContext | undefined;

/** The language client module, evaluated on first use. */
function clientModule(): typeof import('./languageClient') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (activation time)
  return require('./languageClient') as typeof import('./languageClient');
}

/** The running client, started on first need. */
function ensureClient(): OkrClient {
  if (!okr) okr = clientModule().startClient(context!);
  return okr;
}

/** Called by VS Code on the first OKR file or OKR command. Returns fast: the server starts just after. */
export function activate(ctx: vscode.ExtensionContext): void {
  context = ctx;
  ctx.subscriptions.push(
    new StatusItem(),
    vscode.commands.registerCommand('okr.showAlignmentTree', async () => {
      const { client, started } = ensureClient();
      await started;
      TreePanel.show(ctx, client);
    }),
    vscode.commands.registerCommand('okr.openRuleDocs', (url: unknown) => {
      // Only the project's own rule pages: the argument comes from the server, not the user.
      if (typeof url === 'string' && url.startsWith(DOCS_BASE) && /^[a-z-]+\.md$/.test(url.slice(DOCS_BASE.length))) {
        void vscode.env.openExternal(vscode.Uri.parse(url));
      }
    }),
    vscode.commands.registerCommand('okr.newFile', (folder?: vscode.Uri) => newOkrFile(folder)),
    vscode.commands.registerCommand('okr.fixAll', async (target?: vscode.Uri) => {
      const { client, started } = ensureClient();
      await started;
      await clientModule().fixAll(client, target);
    }),
    vscode.commands.registerCommand('okr.restartServer', async () => {
      const { client, started } = ensureClient();
      await started;
      await client.restart();
    }),
  );
  // The tree panel's serializer must exist before VS Code restores a panel, but needs the client only when it does.
  type Call = (...args: unknown[]) => unknown;
  const lazy = {
    sendRequest: (...args: unknown[]) => ensureClient().started.then(() => (okr!.client.sendRequest as Call)(...args)),
    onNotification: (...args: unknown[]) => (ensureClient().client.onNotification as Call)(...args),
  } as unknown as TreeClient;
  ctx.subscriptions.push(TreePanel.register(ctx, lazy));
  setImmediate(() => ensureClient());
}

/** Stops the language server with the extension. */
export async function deactivate(): Promise<void> {
  await okr?.client.stop();
  okr = undefined;
}
