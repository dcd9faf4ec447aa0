// Keeps the projects in step with the disk: indexes every OKR file of each
// workspace folder at start (with $/progress), then follows file events
// (create, change, delete, rename) and okr.config.yaml changes.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { FileChangeType, type FileEvent, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { CONFIG_FILE, isOkrPath } from '../core/project';
import type { UserConfig } from '../core/config';
import { findOkrFiles, isDirectory } from '../files';
import { ignoreMatcher } from '../ignore';
import type { Session } from './session';
import type { Analysis } from './analysis';

/** Folders indexing skips (files.ts), so file events from them are ignored too (tested below the folder root). */
const VENDORED = /[\\/](node_modules|\.git|\.hg|\.svn|dist|out|\.vscode-test)[\\/]/;

/** Files read concurrently while indexing: enough to keep the disk busy, few enough to keep the server responsive. */
const BATCH = 64;

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined; // gone or unreadable: treated as deleted
  }
}

/** Indexing and file watching for one session. */
export class Indexer {
  /** Resolves when the initial index of every folder is complete. */
  ready: Promise<void> = Promise.resolve();

  /** The ignore matcher of each folder's config, rebuilt only when the config object changes. */
  private readonly matchers = new WeakMap<UserConfig, (path: string) => boolean>();

  constructor(private readonly session: Session, private readonly analysis: Analysis) {}

  /** Whether okr.config.yaml's `ignore:` keeps this file out of its folder's workspace (as `okr lint` does). */
  private ignored(path: string): boolean {
    const folder = this.session.projects.folderOf(path);
    const config = folder?.project.userConfig;
    if (!folder || !config?.ignore) return false;
    let match = this.matchers.get(config);
    if (!match) {
      match = ignoreMatcher(folder.root, config);
      this.matchers.set(config, match);
    }
    return match(path);
  }

  /** Indexes folders (at start, or when folders are added), reporting progress. */
  index(roots: string[], progress: WorkDoneProgressServerReporter): Promise<void> {
    this.ready = this.ready.then(() => this.run(roots, progress));
    return this.ready;
  }

  private async run(roots: string[], progress: WorkDoneProgressServerReporter): Promise<void> {
    const s = this.session;
    const jobs: Array<{ path: string; root: string }> = [];
    for (const root of roots) {
      const folder = s.projects.add(root);
      const configPath = join(root, CONFIG_FILE);
      this.analysis.setConfig(folder.project, configPath, await readText(configPath));
      for (const path of findOkrFiles(root)) if (!this.ignored(path)) jobs.push({ path, root });
    }
    progress.begin('Indexing OKR files', 0, `0/${jobs.length}`, false);
    for (let i = 0; i < jobs.length; i += BATCH) {
      const batch = jobs.slice(i, i + BATCH);
      const texts = await Promise.all(batch.map((j) => readText(j.path)));
      batch.forEach((job, k) => {
        const text = texts[k];
        // An open document's text is newer than the disk's.
        if (text === undefined || s.openDocument(job.path)) return;
        s.projects.projectOf(job.path).workspace.set(job.path, text);
        this.analysis.changed(job.path);
      });
      const done = Math.min(i + BATCH, jobs.length);
      progress.report(Math.round((done / Math.max(1, jobs.length)) * 100), `${done}/${jobs.length}`);
    }
    progress.done();
    for (const root of roots) this.analysis.all(s.projects.add(root).project);
  }

  /** A workspace folder was removed: forget its files and clear their diagnostics. */
  removeFolder(root: string): void {
    for (const path of this.session.projects.remove(root)) this.analysis.removed(path);
  }

  /** Applies file events from the client's watcher. */
  async onFileEvents(events: readonly FileEvent[]): Promise<void> {
    const s = this.session;
    // Read everything first, then apply all at once: a rename (delete + create)
    // must never show a moment where references to the file dangle.
    const expanded = events.flatMap((e): Array<{ path: string | undefined; type: FileChangeType }> => {
      const path = s.uris.toPath(e.uri);
      // A folder created or renamed into place: every OKR file in it arrives with it.
      if (path && e.type !== FileChangeType.Deleted && isDirectory(path)) {
        return findOkrFiles(path).map((p) => ({ path: p, type: FileChangeType.Created }));
      }
      return [{ path, type: e.type }];
    });
    const read = await Promise.all(expanded.map(async ({ path, type }) => {
      const text = path && type !== FileChangeType.Deleted ? await readText(path) : undefined;
      return { path, type, text };
    }));
    for (const { path, type, text } of read) {
      if (!path) continue;
      const folder = s.projects.folderOf(path);
      if (folder && path === join(folder.root, CONFIG_FILE)) {
        this.analysis.setConfig(folder.project, path, type === FileChangeType.Deleted ? undefined : text);
        await this.resync(folder.root);
        continue;
      }
      if (type === FileChangeType.Deleted || text === undefined) this.deleted(path);
      // The editor's text wins while open; vendored copies are not the workspace's OKRs (as in indexing).
      else if (this.ignored(path)) this.deleted(path);
      else if (isOkrPath(path) && !s.openDocument(path) && !VENDORED.test(folder ? path.slice(folder.root.length) : path)) this.loaded(path, text);
    }
  }

  /** After okr.config.yaml changed: drop files it now ignores, read those it no longer ignores. */
  private async resync(root: string): Promise<void> {
    const project = this.session.projects.add(root).project;
    for (const path of project.workspace.paths()) if (this.ignored(path)) this.deleted(path);
    const missing = findOkrFiles(root).filter((p) => !this.ignored(p) && !project.workspace.get(p));
    const texts = await Promise.all(missing.map(readText));
    missing.forEach((p, i) => {
      const text = texts[i];
      if (text !== undefined && !this.session.openDocument(p)) this.loaded(p, text);
    });
  }

  /** Applies workspace/didRenameFiles: the old path goes, the new one is read. */
  async onRename(files: ReadonlyArray<{ oldUri: string; newUri: string }>): Promise<void> {
    await this.onFileEvents(files.flatMap((f) => [
      { uri: f.oldUri, type: FileChangeType.Deleted },
      { uri: f.newUri, type: FileChangeType.Created },
    ]));
  }

  /** An editor closed a document: fall back to the disk's text, or drop a file that only lived in the editor. */
  async closed(path: string): Promise<void> {
    const s = this.session;
    const text = s.projects.folderOf(path) && isOkrPath(path) ? await readText(path) : undefined;
    if (s.openDocument(path)) return; // re-opened meanwhile
    if (text === undefined) this.deleted(path);
    else this.loaded(path, text);
  }

  private loaded(path: string, text: string): void {
    const project = this.session.projects.projectOf(path);
    const had = project.workspace.get(path);
    if (had && had.text === text) return;
    project.workspace.set(path, text);
    this.analysis.changed(path);
  }

  /** Drops a file, or every known file under a deleted folder. */
  private deleted(path: string): void {
    const s = this.session;
    if (s.openDocument(path)) return;
    for (const project of s.projects.projects()) {
      const gone = project.workspace.paths().filter((p) => p === path || p.startsWith(path + sep));
      for (const p of gone) {
        if (s.openDocument(p)) continue;
        // A rename can report the delete after the create; keep files that still exist.
        if (existsSync(p) && p !== path) continue;
        project.workspace.delete(p);
        this.analysis.removed(p);
        s.uris.forget(p);
      }
    }
  }
}
