import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DESIGN_FILE, DESIGN_OKR, lineOf } from '../support/workspace';
import { EXTENSION_ID, allTabs, diagnosticsWhere, open, revertAll, ruleOf, until } from './util';

describe('commands and the tree panel', () => {
  it('every command the manifest contributes is registered', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    const contributed = ((ext.packageJSON as { contributes?: { commands?: Array<{ command: string }> } }).contributes?.commands ?? []).map(
      (c) => c.command,
    );
    assert.ok(contributed.includes('okr.showAlignmentTree'), `contributed: ${contributed.join(', ')}`);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  });

  it('okr.showAlignmentTree opens the tree webview beside the editor', async () => {
    const editor = await open(DESIGN_FILE);
    await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0, 'the first diagnostics');
    const column = editor.viewColumn;
    await vscode.commands.executeCommand('okr.showAlignmentTree');
    const tab = await until(
      vscode.window.tabGroups.onDidChangeTabs,
      () => allTabs().find((t) => t.input instanceof vscode.TabInputWebview),
      'a webview tab',
    );
    assert.notEqual(tab.group.viewColumn, column, 'the tree opens beside the OKR editor, not over it');
    // The OKR file is still open: the panel did not replace it.
    assert.ok(allTabs().some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === editor.document.uri.toString()));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('okr.fixAll applies the safe fixes of the active file', async () => {
    const editor = await open('mistakes/onboarding.okr.yaml');
    const doc = editor.document;
    await diagnosticsWhere(doc.uri, (ds) => ds.length > 0, 'the first diagnostics');
    assert.match(doc.getText(), /ambition: roofshot\n/);
    try {
      const changed = until(vscode.workspace.onDidChangeTextDocument, () => /ambition: roof\n/.test(doc.getText()), 'the fix to land');
      await vscode.commands.executeCommand('okr.fixAll');
      await changed;
      assert.doesNotMatch(doc.getText(), /ambition: roofshot/);
    } finally {
      await revertAll();
    }
  });

  it('okr.restartServer brings the language server back with its diagnostics', async () => {
    const editor = await open(DESIGN_FILE);
    await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0, 'the first diagnostics');
    await vscode.commands.executeCommand('okr.restartServer');
    // A fresh server answers requests again (hover goes through the new process).
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(lineOf(DESIGN_OKR, '- id: first-board-time'), 12),
    );
    assert.ok((hovers ?? []).length > 0, 'no hover after the restart');
    await diagnosticsWhere(editor.document.uri, (ds) => ds.some((d) => ruleOf(d) === 'kr-is-task'), 'diagnostics after the restart');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
