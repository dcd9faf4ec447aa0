// Analysis passes: after edits, file events or settings changes, re-analyse
// what may have changed and push diagnostics only for files whose diagnostics
// did change. Passes are coalesced with setImmediate (a burst of didChange
// messages costs one pass) — no timers, nothing a user can feel. Edited files
// go first; the files an edit may affect elsewhere follow in slices that
// yield to incoming messages, so a large workspace never blocks typing.
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../core/types';
import type { Project } from '../core/project';
import { TREE_CHANGED_NOTIFICATION } from '../protocol';
import { toDiagnostic } from './diagnostics';
import { crossFileSignature } from './signature';
import { Related, mentionsOf } from './related';
import { LineIndex } from './positions';
import type { Session, FileContext } from './session';

/** The last diagnostics sent for a file, to skip re-sending equal ones. */
interface Published {
  key: string;
  resultId: string;
  version?: number;
}

/** Files analysed between two yields to the message loop. */
const SLICE = 100;

/** Runs analysis passes and keeps published diagnostics current. */
export class Analysis {
  /** Paths whose text changed since the last pass. */
  private readonly dirty = new Set<string>();
  /** Files to re-check because something they depend on changed (or a pass was cut short). */
  private readonly pending = new Set<string>();
  /** Projects whose every file must be re-checked (config, settings, indexing). */
  private readonly everything = new Set<Project>();
  private readonly signatures = new Map<string, string>();
  private readonly related = new Related();
  private readonly published = new Map<string, Published>();
  private readonly configs = new Map<Project, { path: string; text: string | undefined }>();
  /** Latest findings of every file, for the tree. */
  readonly findingsByPath = new Map<string, Finding[]>();
  private scheduled = false;
  private queue: Promise<void> = Promise.resolve();
  private nextResultId = 1;
  /** Number of passes run so far. */
  passes = 0;

  constructor(private readonly session: Session) {}

  /** A file's text changed (editor or disk). */
  changed(path: string): void {
    this.dirty.add(path);
    this.schedule();
  }

  /** Every file of a project needs re-checking. */
  all(project: Project): void {
    this.everything.add(project);
    this.schedule();
  }

  /** A file left the workspace: clear its diagnostics and re-check the files that named it. */
  removed(path: string): void {
    this.signatures.delete(path);
    this.findingsByPath.delete(path);
    const before = this.related.update(path, undefined);
    for (const p of this.related.affected(before, undefined)) this.pending.add(p);
    this.pending.delete(path);
    if (this.published.delete(path)) {
      void this.session.connection.sendDiagnostics({ uri: this.session.uriOf(path), diagnostics: [] });
    }
    this.schedule();
  }

  /** Resolves when every scheduled pass has run (used before answering whole-workspace requests). */
  async idle(): Promise<void> {
    for (;;) {
      while (this.scheduled) await new Promise<void>((r) => setImmediate(r));
      const q = this.queue;
      await q;
      if (!this.scheduled && q === this.queue) return;
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.queue = this.queue.then(() => this.pass()).catch((err: unknown) => {
        this.session.connection.console.error(`OKR analysis failed: ${(err as Error)?.stack ?? String(err)}`);
      });
    });
  }

  private async pass(): Promise<void> {
    const s = this.session;
    for (const p of s.sync()) this.dirty.add(p);
    const first: string[] = [];
    const later = new Set<string>(this.pending);
    this.pending.clear();
    for (const project of this.everything) for (const p of project.workspace.paths()) later.add(p);
    const everything = new Set(this.everything);
    this.everything.clear();
    for (const path of this.dirty) {
      const ctx = s.fileByPath(path);
      if (!ctx) {
        if (this.signatures.has(path) || this.published.has(path)) this.removed(path);
        continue;
      }
      first.push(path);
      const sig = crossFileSignature(ctx.file);
      if (this.signatures.get(path) === sig) continue;
      // What other files can see of this one changed: re-check the files that may depend on it.
      this.signatures.set(path, sig);
      const before = this.related.update(path, mentionsOf(ctx.file));
      if (!everything.has(ctx.project)) for (const p of this.related.affected(before, mentionsOf(ctx.file))) later.add(p);
    }
    this.dirty.clear();
    for (const project of everything) this.publishConfig(project);
    for (const p of first) later.delete(p);
    const order = [...first, ...later];
    if (order.length === 0) return;
    let changed = false;
    for (let i = 0; i < order.length; i += SLICE) {
      if (i > 0) {
        await new Promise<void>((r) => setImmediate(r));
        // New edits go first: hand the rest to the next pass.
        if (this.dirty.size > 0 || s.hasStale()) {
          for (const p of order.slice(i)) this.pending.add(p);
          this.schedule();
          break;
        }
      }
      const slice = order.slice(i, i + SLICE).map((p) => s.fileByPath(p)).filter((c): c is FileContext => !!c);
      await s.settings.ensure(slice.map((c) => c.uri));
      for (const ctx of slice) {
        // The text may have moved on while settings were pulled; the next pass covers that.
        if (ctx.project.workspace.get(ctx.path) !== ctx.file) continue;
        if (!this.signatures.has(ctx.path)) {
          this.signatures.set(ctx.path, crossFileSignature(ctx.file));
          this.related.update(ctx.path, mentionsOf(ctx.file));
        }
        if (this.publish(ctx)) changed = true;
      }
    }
    this.passes += 1;
    if (changed && s.capabilities.workspace?.diagnostics?.refreshSupport) void s.connection.languages.diagnostics.refresh();
    // The tree shows titles and check-ins too, so any changed text (not only changed diagnostics) redraws it.
    if (changed || first.length > 0) void s.connection.sendNotification(TREE_CHANGED_NOTIFICATION);
  }

  /** Diagnostics of a file right now (for pull requests). */
  async diagnosticsOf(ctx: FileContext): Promise<{ items: Diagnostic[]; resultId: string }> {
    const findings = await this.session.findings(ctx);
    const items = findings.map((f) => toDiagnostic(f, ctx.lines));
    const key = JSON.stringify(items);
    const prev = this.published.get(ctx.path);
    return { items, resultId: prev && prev.key === key ? prev.resultId : String(this.nextResultId++) };
  }

  /** Pushes a file's diagnostics when they differ from the last ones sent; returns whether they did. */
  private publish(ctx: FileContext): boolean {
    const findings = ctx.project.findings(ctx.path, this.session.overrides(ctx.uri));
    this.findingsByPath.set(ctx.path, findings);
    const diagnostics = findings.map((f) => toDiagnostic(f, ctx.lines));
    const key = JSON.stringify(diagnostics);
    const prev = this.published.get(ctx.path);
    // An open document's diagnostics are re-sent for each new version, so clients can match them to it.
    if (prev && prev.key === key && prev.version === ctx.version) return false;
    const same = prev?.key === key;
    this.published.set(ctx.path, { key, resultId: same ? prev!.resultId : String(this.nextResultId++), version: ctx.version });
    void this.session.connection.sendDiagnostics({ uri: ctx.uri, version: ctx.version, diagnostics });
    return !same;
  }

  /** Sets a project's okr.config.yaml (text undefined: the file is gone) and re-checks its files. */
  setConfig(project: Project, path: string, text: string | undefined): void {
    project.setConfigText(text);
    this.configs.set(project, { path, text });
    this.all(project);
  }

  /** okr.config.yaml's own problems, shown on that file. */
  private publishConfig(project: Project): void {
    const config = this.configs.get(project);
    if (!config) return;
    const lines = new LineIndex(config.text ?? '');
    const diagnostics = config.text === undefined ? [] : project.configFindings.map((f) => toDiagnostic(f, lines));
    void this.session.connection.sendDiagnostics({ uri: this.session.uriOf(config.path), diagnostics });
  }
}
