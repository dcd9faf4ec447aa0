// Hosts the alignment tree page beside the editor. Thin glue: the graph
// comes from the language server (`okr/tree`), the page renders it. Security:
// CSP with a fresh nonce per load, resources only from the bundle's folder,
// every message from the page validated, and reveal limited to files that
// are in the graph the page was given.
import { makeNonce, webviewCsp } from '../../server/src/core/graph/html';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  TREE_CHANGED_NOTIFICATION, TREE_REQUEST, isWebviewMessage, type HostMessage, type TreeGraph, type TreeParams, type WebviewMessage,
} from '../../server/src/protocol';

/** What the panel needs from the language client. */
export type TreeClient = Pick<BaseLanguageClient, 'sendRequest' | 'onNotification'>;

/** The single alignment-tree panel. */
export class TreePanel {
  /** The webview type, also used by `onWebviewPanel:` activation and the serializer. */
  static readonly viewType = 'okr.alignmentTree';
  private static current: TreePanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  /** Files in the last graph sent: the only files the page may ask to reveal. */
  private paths = new Set<string>();
  private inFlight = false;
  private again = false;
  private ready = false;

  /** Opens the panel beside the editor, or brings the open one forward. */
  static show(context: vscode.ExtensionContext, client: TreeClient): void {
    if (TreePanel.current) {
      TreePanel.current.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      TreePanel.viewType,
      'OKR Alignment Tree',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { ...webviewOptions(context), retainContextWhenHidden: false },
    );
    TreePanel.current = new TreePanel(panel, context, client);
  }

  /** Registers the serializer that brings the panel back after a window reload (call once on activation). */
  static register(context: vscode.ExtensionContext, client: TreeClient): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(TreePanel.viewType, {
      // The page restores its own UI state with getState(); the host only re-wires it.
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => {
        panel.webview.options = webviewOptions(context);
        TreePanel.current?.panel.dispose();
        TreePanel.current = new TreePanel(panel, context, client);
      },
    });
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly client: TreeClient,
  ) {
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      client.onNotification(TREE_CHANGED_NOTIFICATION, () => this.refresh()),
      // The server analyses unsaved text; asking on each edit keeps the tree live even
      // when an edit changes progress but no diagnostic.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'okr' && e.contentChanges.length > 0) this.refresh();
      }),
    );
  }

  private html(): string {
    const webview = this.panel.webview;
    const nonce = makeNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview.js'));
    const csp = webviewCsp(nonce, webview.cspSource);
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OKR Alignment Tree</title>
</head>
<body>
<div id="okr-root"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  private onMessage(m: unknown): void {
    if (!isWebviewMessage(m)) return; // anything malformed from the page is ignored
    if (m.type === 'ready') {
      this.ready = true;
      this.refresh();
    } else {
      void this.reveal(m);
    }
  }

  /** Fetches and sends a graph; a refresh asked for while one runs is folded into one more (no timers). */
  private refresh(): void {
    if (!this.ready) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    const params: TreeParams = {};
    void this.client
      .sendRequest<TreeGraph>(TREE_REQUEST, params)
      .then(
        (graph) => {
          this.paths = new Set(graph.nodes.map((n) => n.pos.path));
          return this.post({ type: 'graph', graph });
        },
        (err: unknown) => this.post({ type: 'error', message: `The alignment tree is not available: ${(err as Error)?.message ?? String(err)}` }),
      )
      .finally(() => {
        this.inFlight = false;
        if (this.again) {
          this.again = false;
          this.refresh();
        }
      });
  }

  private post(m: HostMessage): Thenable<boolean> {
    return this.panel.webview.postMessage(m);
  }

  private async reveal(m: Extract<WebviewMessage, { type: 'reveal' }>): Promise<void> {
    if (!this.paths.has(m.path)) return; // only files the graph named
    const uri = /^[a-z][a-z0-9+.-]+:/i.test(m.path) && !/^[a-z]:[\\/]/i.test(m.path) ? vscode.Uri.parse(m.path) : vscode.Uri.file(m.path);
    const pos = new vscode.Position(m.line, m.character);
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const column = open?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, selection: new vscode.Range(pos, pos) });
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private dispose(): void {
    if (TreePanel.current === this) TreePanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** Scripts on, and local resources only from the folder holding the page bundle. */
function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')] };
}
