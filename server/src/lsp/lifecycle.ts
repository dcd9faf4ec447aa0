// initialize / initialized, document sync, workspace folders, file watching
// and settings changes: everything that feeds the projects and schedules passes.
import {
  DidChangeWatchedFilesNotification, TextDocumentSyncKind, DidChangeConfigurationNotification,
  type InitializeParams, type InitializeResult, type ServerCapabilities, type WorkspaceFolder,
} from 'vscode-languageserver';
import { CONFIG_FILE } from '../core/project';
import type { Session } from './session';
import type { Analysis } from './analysis';
import type { Indexer } from './indexer';

const OKR_GLOB = '**/*.{okr.yaml,okr.yml}';

/** Options a client may pass in `initializationOptions`. */
export interface InitOptions {
  /**
   * false: do not offer pull diagnostics. Diagnostics are always pushed (for
   * closed files too); a client that would also pull, like vscode-languageclient
   * on every open, would show each finding twice.
   */
  pullDiagnostics?: boolean;
  /**
   * A client command that opens a URL given as its one string argument. When
   * set, every diagnostic also gets a "Show documentation" action running it
   * (LSP has no way to ask a client to open a web page by itself).
   */
  openDocsCommand?: string;
}

/** What the server offers; feature handlers register the matching request handlers. */
export function serverCapabilities(init: InitOptions = {}): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    ...(init.pullDiagnostics === false ? {} : { diagnosticProvider: { identifier: 'okr', interFileDependencies: true, workspaceDiagnostics: false } }),
    codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.okr'], resolveProvider: false },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [':', ' ', '/', '[', ','], resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: { label: 'OKR' },
    codeLensProvider: { resolveProvider: false },
    foldingRangeProvider: true,
    workspace: {
      workspaceFolders: { supported: true, changeNotifications: true },
      fileOperations: { didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } },
    },
  };
}

/** Wires the lifecycle and synchronisation handlers. */
export function registerLifecycle(session: Session, analysis: Analysis, indexer: Indexer): void {
  const { connection, documents } = session;
  let folders: WorkspaceFolder[] = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    session.capabilities = params.capabilities;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    // Register folders now, so documents opened before indexing ends land in the right project.
    for (const f of folders) {
      const root = session.uris.toPath(f.uri);
      if (root) session.projects.add(root);
    }
    const init = (typeof params.initializationOptions === 'object' && params.initializationOptions !== null ? params.initializationOptions : {}) as InitOptions;
    if (typeof init.openDocsCommand === 'string' && init.openDocsCommand.length > 0) session.openDocsCommand = init.openDocsCommand;
    return { capabilities: serverCapabilities(init), serverInfo: { name: 'okr-lens' } };
  });

  connection.onInitialized(async () => {
    const caps = session.capabilities;
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: OKR_GLOB }, { globPattern: `**/${CONFIG_FILE}` }],
      });
    }
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'okr' });
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        for (const f of e.removed) {
          const root = session.uris.toPath(f.uri);
          if (root) indexer.removeFolder(root);
        }
        const added = e.added.map((f) => session.uris.toPath(f.uri)).filter((p): p is string => !!p);
        if (added.length > 0) await indexer.index(added, await connection.window.createWorkDoneProgress());
      });
    }
    const roots = folders.map((f) => session.uris.toPath(f.uri)).filter((p): p is string => !!p);
    await indexer.index(roots, await connection.window.createWorkDoneProgress());
  });

  documents.onDidOpen((e) => {
    if (!session.accepts(e.document.uri, e.document.languageId)) return;
    const path = session.pathOf(e.document.uri);
    session.markStale(path);
    analysis.changed(path);
  });
  documents.onDidChangeContent((e) => {
    if (!session.accepts(e.document.uri, e.document.languageId)) return;
    const path = session.pathOf(e.document.uri);
    session.markStale(path);
    analysis.changed(path);
  });
  documents.onDidClose((e) => {
    const path = session.pathOf(e.document.uri);
    if (session.projects.holderOf(path)) void indexer.closed(path);
  });

  connection.onDidChangeWatchedFiles((p) => indexer.onFileEvents(p.changes));
  connection.workspace.onDidRenameFiles((p) => indexer.onRename(p.files));
  connection.onDidChangeConfiguration((p) => {
    session.settings.clear(p.settings);
    for (const project of session.projects.projects()) analysis.all(project);
  });
  documents.listen(connection);
}
