import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { DESIGN_FILE, DESIGN_OKR, DESIGN_OKR_MOVED, commentsOf } from '../support/workspace';
import { diagnosticOf, diagnosticsWhere, open, revertAll, ruleOf } from './util';

const MOVE_TO_INITIATIVES = /move to .*initiatives/i;

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

describe('quick-fixes through VS Code', () => {
  afterEach(revertAll);

  it('"move to initiatives" is offered on a task KR, and applying it keeps every comment', async () => {
    const editor = await open(DESIGN_FILE);
    const uri = editor.document.uri;
    const d = await diagnosticOf(uri, 'kr-is-task');
    const actions = await actionsAt(uri, d.range);
    const move = actions.find((a) => MOVE_TO_INITIATIVES.test(a.title));
    assert.ok(move, `no "move to initiatives" among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(move.kind && vscode.CodeActionKind.QuickFix.contains(move.kind), 'it is a quickfix');
    assert.ok(move.edit, 'the action carries its edit');
    assert.equal(await vscode.workspace.applyEdit(move.edit), true);

    const text = editor.document.getText();
    assert.deepEqual([...commentsOf(text)].sort(), [...commentsOf(DESIGN_OKR)].sort(), 'every comment is kept');
    assert.equal(text, DESIGN_OKR_MOVED);
    assert.doesNotThrow(() => parse(text));

    // The finding goes away and the fix cannot be applied twice.
    await diagnosticsWhere(uri, (ds) => !ds.some((x) => ruleOf(x) === 'kr-is-task'), 'kr-is-task to clear');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const again = await actionsAt(uri, whole);
    assert.deepEqual(again.filter((a) => MOVE_TO_INITIATIVES.test(a.title)).map((a) => a.title), []);
  });

  it('source.fixAll.okr applies only the safe fixes, in one edit', async () => {
    // The mistakes file has one safe fix (the enum typo 'roofshot'); moving a KR is never "safe".
    const editor = await open('mistakes/onboarding.okr.yaml');
    const uri = editor.document.uri;
    const before = editor.document.getText();
    await diagnosticOf(uri, 'schema');
    const all = await actionsAt(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.okr');
    const fixAll = all.find((a) => a.kind?.value === 'source.fixAll.okr');
    assert.ok(fixAll?.edit, `no source.fixAll.okr action among: ${all.map((a) => `${a.title} (${a.kind?.value})`).join(' | ')}`);
    assert.equal(await vscode.workspace.applyEdit(fixAll.edit), true);
    const after = editor.document.getText().split('\n');
    const changed = before
      .split('\n')
      .map((line, i) => [line, after[i]] as const)
      .filter(([a, b]) => a !== b);
    assert.equal(after.length, before.split('\n').length, 'no line added or removed');
    assert.deepEqual(changed.map(([a, b]) => [a.trim(), b?.trim()]), [['ambition: roofshot', 'ambition: roof']]);
    await diagnosticsWhere(uri, (ds) => ds.some((x) => ruleOf(x) === 'kr-is-task'), 'the unsafe findings to stay');
  });
});
