import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DESIGN_FILE, DESIGN_OKR, lineOf } from '../support/workspace';
import { diagnosticsWhere, fileUri, open } from './util';

/** Position of the first character of `needle` on the first line containing it (0-based). */
function at(text: string, needle: string, offset = 0): vscode.Position {
  const line = lineOf(text, needle);
  return new vscode.Position(line, text.split('\n')[line]!.indexOf(needle) + offset);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('hover, completion and definition through VS Code', () => {
  before(async () => {
    const editor = await open(DESIGN_FILE);
    // The server has indexed the workspace once it publishes for this file.
    await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0, 'the first diagnostics');
  });

  it('hovering a KR shows its progress from the latest check-in', async () => {
    // baseline 9, target 4, latest value 7: (7 - 9) / (4 - 9) = 40 %.
    const pos = at(DESIGN_OKR, 'first-board-time', 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', fileUri(DESIGN_FILE), pos);
    const text = hoverText(hovers ?? []);
    assert.match(text, /40\s?%/, `hover text: ${text}`);
  });

  it('completion inside aligns_to lists objectives from other files', async () => {
    const pos = at(DESIGN_OKR, 'product/first-value');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      fileUri(DESIGN_FILE),
      pos,
    );
    const labels = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('product/trustworthy-core'), `labels: ${labels.join(', ')}`);
    assert.ok(labels.includes('product/first-value'), `labels: ${labels.join(', ')}`);
  });

  it('go to definition on an aligns_to reference lands on the objective in its own file', async () => {
    const pos = at(DESIGN_OKR, 'product/first-value', 10);
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      fileUri(DESIGN_FILE),
      pos,
    );
    assert.ok(defs && defs.length > 0, 'no definition');
    const d = defs[0]!;
    const uri = 'targetUri' in d ? d.targetUri : d.uri;
    const range = 'targetUri' in d ? (d.targetSelectionRange ?? d.targetRange) : d.range;
    assert.match(uri.path, /\/product\/product\.okr\.yaml$/);
    const product = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const objLine = lineOf(product, '- id: first-value');
    assert.ok(
      range.start.line >= objLine && range.start.line <= objLine + 1,
      `definition at line ${range.start.line + 1}, objective starts at ${objLine + 1}`,
    );
  });
});
