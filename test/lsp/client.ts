// A small LSP client for tests: spawns the built server over stdio, the way
// an editor does, and lets tests wait on notifications instead of sleeping.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  createProtocolConnection, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidChangeWatchedFilesNotification, DidChangeConfigurationNotification, ConfigurationRequest,
  RegistrationRequest, WorkDoneProgressCreateRequest, ShutdownRequest, ExitNotification,
  type ProtocolConnection, type PublishDiagnosticsParams, type ClientCapabilities, type FileEvent,
  type TextDocumentContentChangeEvent, type Registration, type ServerCapabilities,
} from 'vscode-languageserver-protocol';

const SERVER = resolve(__dirname, '../../dist/server.js');
/**
 * A deadline for a wait, not a sleep: a hung server fails the test with a
 * clear message (before mocha's 20 s timeout). Benchmarks of big workspaces raise it.
 */
const WAIT_MS = Number(process.env.OKR_LSP_WAIT_MS) || 15000;

/** Copies a fixture workspace to a fresh temp folder; returns its path. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `okr-lsp-${name}-`));
  cpSync(resolve(__dirname, 'fixtures', name), dir, { recursive: true });
  return dir;
}

/** file: URI of a path. */
export function uriOf(path: string): string {
  return pathToFileURL(path).toString();
}

interface Waiter<T> {
  test(value: T): boolean;
  resolve(value: T): void;
}

/** Options of `LspClient.start`. */
export interface StartOptions {
  /** Settings returned for workspace/configuration (the `okr` section). */
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
}

/** One server process and the connection to it. */
export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly progress: unknown[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: unknown[] = [];
  settings: Record<string, unknown>;
  treeChanged = 0;
  /** What the server answered to initialize. */
  serverCapabilities: ServerCapabilities = {};
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private diagnosticWaiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  private progressWaiters: Array<Waiter<unknown>> = [];

  private constructor(readonly root: string, readonly conn: ProtocolConnection, private readonly child: ChildProcess, settings: Record<string, unknown>) {
    this.settings = settings;
  }

  /** Starts the server on a workspace folder and completes the initialize handshake. */
  static async start(root: string, opts: StartOptions = {}): Promise<LspClient> {
    // OKR_SERVER_NODE_ARGS lets a benchmark profile the server (e.g. --cpu-prof).
    const nodeArgs = process.env.OKR_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(root, conn, child, opts.settings ?? {});
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      client.diagnostics.set(p.uri, p);
      client.diagnosticWaiters = client.diagnosticWaiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    conn.onNotification('$/progress', (p: unknown) => {
      client.progress.push(p);
      client.progressWaiters = client.progressWaiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    conn.onNotification('okr/treeChanged', () => {
      client.treeChanged += 1;
      client.notify();
    });
    conn.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    conn.onRequest(RegistrationRequest.type, (p) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest(ConfigurationRequest.type, (p) => {
      client.configurationRequests.push(p);
      return p.items.map(() => client.settings);
    });
    conn.listen();
    const capabilities: ClientCapabilities = opts.capabilities ?? {
      workspace: {
        configuration: true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceFolders: true,
      },
      window: { workDoneProgress: true },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        rename: { prepareSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        completion: { completionItem: { snippetSupport: true } },
      },
    };
    const init = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: uriOf(root), capabilities,
      workspaceFolders: [{ uri: uriOf(root), name: 'ws' }],
      ...(opts.initializationOptions !== undefined ? { initializationOptions: opts.initializationOptions } : {}),
    });
    client.serverCapabilities = init.capabilities;
    await conn.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves with the first diagnostics for `uri` (already received or coming) that pass `test`. */
  waitForDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const have = this.diagnostics.get(uri);
    if (have && test(have)) return Promise.resolve(have);
    return this.deadline(new Promise((resolve) => {
      this.diagnosticWaiters.push({ test: (p) => p.uri === uri && test(p), resolve });
    }), `diagnostics for ${uri}`);
  }

  /** Waits for the next diagnostics of an open document at its current version. */
  waitForVersion(uri: string): Promise<PublishDiagnosticsParams> {
    const version = this.versions.get(uri);
    return this.waitForDiagnostics(uri, (p) => p.version === version);
  }

  private conditionWaiters: Array<Waiter<void>> = [];

  /** Resolves when `test` holds, re-checked on every notification. */
  waitFor(test: () => boolean, what: string): Promise<void> {
    if (test()) return Promise.resolve();
    return this.deadline(new Promise<void>((resolve) => this.conditionWaiters.push({ test, resolve })), what);
  }

  private notify(): void {
    this.conditionWaiters = this.conditionWaiters.filter((w) => (w.test() ? (w.resolve(), false) : true));
  }

  /** Waits for the `$/progress` end of the initial indexing. */
  waitForIndexed(): Promise<unknown> {
    const ended = (p: unknown): boolean => (p as { value?: { kind?: string } }).value?.kind === 'end';
    if (this.progress.some(ended)) return Promise.resolve(this.progress.find(ended));
    return this.deadline(new Promise((resolve) => this.progressWaiters.push({ test: ended, resolve })), 'indexing to end');
  }

  /** Opens a document with the given text (default: its text on disk). */
  async open(path: string, text = readFileSync(path, 'utf8')): Promise<string> {
    const uri = uriOf(path);
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'okr', version: 1, text } });
    return uri;
  }

  /** Sends a change (incremental, or the whole text) and bumps the version. */
  async change(uri: string, ...changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    for (const c of changes) if (!('range' in c)) this.texts.set(uri, c.text);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces a document's whole text. */
  replace(uri: string, text: string): Promise<number> {
    return this.change(uri, { text });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Reports file events as an editor's watcher would. */
  async fileEvents(...changes: FileEvent[]): Promise<void> {
    await this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Changes the settings and tells the server, as VS Code does (no payload; the server pulls). */
  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** The current version of an open document. */
  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** Shuts the server down and deletes the temp workspace. */
  async stop(): Promise<void> {
    try {
      await this.deadline(this.conn.sendRequest(ShutdownRequest.type), 'shutdown');
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      await this.conn.sendNotification(ExitNotification.type);
      // A server that honours `exit` ends by itself (and writes a profile when asked to).
      await this.deadline(exited, 'the server to exit');
    } finally {
      this.conn.dispose();
      if (this.child.exitCode === null) this.child.kill();
      rmSync(this.root, { recursive: true, force: true });
    }
  }

  private deadline<T>(p: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const fail = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), WAIT_MS);
    });
    return Promise.race([p, fail]).finally(() => clearTimeout(timer));
  }
}
