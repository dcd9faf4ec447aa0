// Helpers for tests running inside the extension host. Waits are on VS Code
// events (diagnostics changed, tabs changed), with a deadline only so that a
// missing event fails the test with a message instead of hanging the run.
import * as vscode from 'vscode';
import { DESIGN_FILE } from '../support/workspace';

export const EXTENSION_ID = 'okr-lens.okr-lens';

/** The workspace root (a copy of examples/ plus the test-written file). */
export function root(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder open');
  return f.uri;
}

export const fileUri = (rel: string): vscode.Uri => vscode.Uri.joinPath(root(), ...rel.split('/'));
export const designUri = (): vscode.Uri => fileUri(DESIGN_FILE);

/** Opens a file in an editor. */
export async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The rule id of a diagnostic (`code` may be a string or `{ value, target }`). */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** Resolves when `check` holds, re-checking whenever `event` fires. */
export function until<T>(
  event: vscode.Event<unknown>,
  check: () => T | undefined | false,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event(() => {
      const v = check();
      if (v) {
        clearTimeout(timer);
        sub.dispose();
        resolve(v);
      }
    });
  });
}

/** Waits until `uri` has okr diagnostics satisfying `check`. */
export function diagnosticsWhere(
  uri: vscode.Uri,
  check: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return until(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'okr');
      return check(ds) ? ds : undefined;
    },
    what,
    timeoutMs,
  );
}

/** Waits for an okr diagnostic of `rule` on `uri`. */
export async function diagnosticOf(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic> {
  const ds = await diagnosticsWhere(uri, (all) => all.some((d) => ruleOf(d) === rule), `a ${rule} diagnostic`);
  return ds.find((d) => ruleOf(d) === rule)!;
}

/** Reverts the active editor to what is on disk, so the next test starts clean. */
export async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Every tab of every group. */
export const allTabs = (): readonly vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
