// The server's state: open documents, the projects that hold every OKR file,
// and the settings cache. Every handler reads files through here, so the
// `Project` stays the one source of truth and editor text always wins over disk.
import { TextDocuments, type Connection, type ClientCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isOkrPath, type Project } from '../core/project';
import type { OkrFile } from '../core/model';
import type { UserConfig } from '../core/config';
import { Projects } from './projects';
import { Settings } from './settings';
import { UriMap } from './uri';
import { linesOf, type LineIndex } from './positions';

/** A file the server analyses, with everything a handler needs. */
export interface FileContext {
  uri: string;
  path: string;
  project: Project;
  file: OkrFile;
  lines: LineIndex;
  /** Version of the open document, when the file is open. */
  version?: number;
}

/** Shared state of one server process. */
export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly uris = new UriMap();
  readonly projects = new Projects();
  readonly settings: Settings;
  capabilities: ClientCapabilities = {};
  /** The client's command for opening a rule's doc page, if it offered one (InitOptions.openDocsCommand). */
  openDocsCommand: string | undefined;
  /** Open documents whose text has not been handed to their project yet. */
  private readonly stale = new Set<string>();

  constructor(readonly connection: Connection) {
    this.settings = new Settings(connection, () => this.capabilities.workspace?.configuration === true);
  }

  /** The path the engine uses for a URI (non-file URIs are their own path). */
  pathOf(uri: string): string {
    return this.uris.toPath(uri) ?? uri;
  }

  /** The URI to report a path under: the open document's, else a file: URI. */
  uriOf(path: string): string {
    return path.includes('://') || path.startsWith('untitled:') ? path : this.uris.toUri(path);
  }

  /** Whether the server handles a document: OKR files by name, or any document in language `okr`. */
  accepts(uri: string, languageId?: string): boolean {
    return languageId === 'okr' || isOkrPath(this.pathOf(uri));
  }

  /** The open document of a path, if the editor has it open. */
  openDocument(path: string): TextDocument | undefined {
    return this.documents.get(this.uriOf(path));
  }

  /** Marks an open document's text as newer than its project's copy. */
  markStale(path: string): void {
    this.stale.add(path);
  }

  /** Whether editor text is waiting to be handed to the projects. */
  hasStale(): boolean {
    return this.stale.size > 0;
  }

  /** Hands pending editor text to the projects; returns the paths that were updated. */
  sync(): string[] {
    const done: string[] = [];
    for (const path of this.stale) {
      const doc = this.openDocument(path);
      if (doc) {
        this.projects.projectOf(path).workspace.set(path, doc.getText());
        done.push(path);
      }
    }
    this.stale.clear();
    return done;
  }

  /** The analysed file behind a URI (after syncing editor text), or undefined when it is no OKR file. */
  file(uri: string): FileContext | undefined {
    this.sync();
    const path = this.pathOf(uri);
    const project = this.projects.projectOf(path);
    const file = project.workspace.get(path);
    if (!file) return undefined;
    return { uri: this.uriOf(path), path, project, file, lines: linesOf(file), version: this.documents.get(uri)?.version };
  }

  /** Context of a file by path (any file of any project). */
  fileByPath(path: string): FileContext | undefined {
    const project = this.projects.holderOf(path);
    const file = project?.workspace.get(path);
    if (!project || !file) return undefined;
    const uri = this.uriOf(path);
    return { uri, path, project, file, lines: linesOf(file), version: this.documents.get(uri)?.version };
  }

  /** Settings overrides of a URI (cached; `ensureSettings` pulls them). */
  overrides(uri: string): UserConfig | undefined {
    return this.settings.get(uri);
  }

  /** Findings of a file with its own settings applied, pulling them first when needed. */
  async findings(ctx: FileContext): Promise<ReturnType<Project['findings']>> {
    await this.settings.ensure([ctx.uri]);
    return ctx.project.findings(ctx.path, this.overrides(ctx.uri));
  }

  /** Every file of every project, as contexts. */
  allFiles(): FileContext[] {
    this.sync();
    const out: FileContext[] = [];
    for (const project of this.projects.projects()) {
      for (const path of project.workspace.paths()) {
        const ctx = this.fileByPath(path);
        if (ctx) out.push(ctx);
      }
    }
    return out;
  }
}
