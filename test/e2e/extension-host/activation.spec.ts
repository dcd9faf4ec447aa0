import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DESIGN_FILE } from '../support/workspace';
import { EXTENSION_ID, diagnosticsWhere, open } from './util';

describe('activation', () => {
  it('opening an *.okr.yaml file gives it the okr language and activates the extension', async function () {
    // The first findings wait for activation, server start and workspace indexing: slow on a busy runner.
    this.timeout(120_000);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const editor = await open(DESIGN_FILE);
    assert.equal(editor.document.languageId, 'okr');
    // Diagnostics from the language server prove the client started it.
    await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0, 'okr diagnostics on the design file', 90_000);
    assert.equal(ext.isActive, true);
  });

  it('*.okr.yml files get the okr language too', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'scratch.okr.yml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('version: 1\nunit: scratch\nlevel: company\ncycle: 2026-Q2\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(doc.languageId, 'okr');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
