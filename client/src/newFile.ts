// okr.newFile: asks unit, level, cycle (and parent below company level) and
// writes `<unit>.okr.yaml` from a template, then opens it.
import * as vscode from 'vscode';
import { okrFileTemplate, currentQuarter, isId, isCycle, type Level } from './template';

/** Runs the command; `folder` is the Explorer folder it was invoked on, if any. */
export async function newOkrFile(folder?: vscode.Uri): Promise<void> {
  const dir = folder ?? (await pickFolder());
  if (!dir) return;
  const unit = await vscode.window.showInputBox({
    title: 'New OKR file (1/4)', prompt: 'Unit id (company, domain or team), kebab-case', placeHolder: 'growth',
    validateInput: (v) => (isId(v) ? undefined : 'Use lower-case letters and digits in words joined by single hyphens.'),
  });
  if (!unit) return;
  const level = (await vscode.window.showQuickPick(['team', 'domain', 'company'], { title: 'New OKR file (2/4)', placeHolder: 'Level of the unit' })) as Level | undefined;
  if (!level) return;
  const cycle = await vscode.window.showInputBox({
    title: 'New OKR file (3/4)', prompt: 'Cycle (YYYY-Qn)', value: currentQuarter(new Date()),
    validateInput: (v) => (isCycle(v) ? undefined : 'Write the cycle as YYYY-Qn, e.g. 2026-Q3.'),
  });
  if (!cycle) return;
  let parent: string | undefined;
  if (level !== 'company') {
    parent = await vscode.window.showInputBox({
      title: 'New OKR file (4/4)', prompt: `Parent unit id (one level up from this ${level}); leave empty for none`,
      validateInput: (v) => (v === '' || isId(v) ? undefined : 'Use a unit id, e.g. product.'),
    });
    if (parent === undefined) return;
  }
  const target = vscode.Uri.joinPath(dir, `${unit}.okr.yaml`);
  try {
    await vscode.workspace.fs.stat(target);
    void vscode.window.showWarningMessage(`OKR Lens: ${vscode.workspace.asRelativePath(target)} exists already; it was left as it is.`);
    return;
  } catch {
    // Does not exist: the normal case.
  }
  const text = okrFileTemplate({ unit, level, cycle, ...(parent ? { parent } : {}) });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target);
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') return vscode.Uri.joinPath(active, '..');
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0]!.uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder for the new OKR file' }))?.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, openLabel: 'Create OKR file here' });
  return picked?.[0];
}
