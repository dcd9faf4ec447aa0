import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DESIGN_FILE, DESIGN_OKR, lineOf } from '../support/workspace';
import { diagnosticOf, diagnosticsWhere, fileUri, open, ruleOf, until } from './util';

/** Rows of the mistakes README table: rule, file, 1-based line. */
async function mistakes(): Promise<Array<{ rule: string; file: string; line: number }>> {
  const bytes = await vscode.workspace.fs.readFile(fileUri('mistakes/README.md'));
  const rows = [...new TextDecoder().decode(bytes).matchAll(/^\| \[`([a-z-]+)`\][^|]*\| \[([^\]]+)\]\([^)]*\):(\d+) \|/gm)];
  return rows.map((m) => ({ rule: m[1]!, file: `mistakes/${m[2]!}`, line: Number(m[3]) }));
}

describe('diagnostics through VS Code', () => {
  it('a task-like KR gets kr-is-task with source, code, docs link, severity and a range on that KR', async () => {
    const editor = await open(DESIGN_FILE);
    const d = await diagnosticOf(editor.document.uri, 'kr-is-task');
    assert.equal(d.source, 'okr');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(typeof d.code === 'object' && d.code.target, 'code carries the rule doc link (codeDescription.href)');
    assert.match(d.code.target.toString(), /kr-is-task/);
    const first = lineOf(DESIGN_OKR, '- id: editor-redesign');
    const last = lineOf(DESIGN_OKR, 'owner: Noor Haddad # design lead');
    assert.ok(
      d.range.start.line >= first && d.range.end.line <= last && !d.range.isEmpty,
      `range ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} is not inside the KR (lines ${first}-${last})`,
    );
    assert.ok(d.message.length > 20, 'the message says why');
  });

  it('each finding is shown once (push and pull diagnostics do not double up)', async () => {
    const editor = await open(DESIGN_FILE);
    const ds = await diagnosticsWhere(editor.document.uri, (all) => all.some((d) => ruleOf(d) === 'kr-is-task'), 'diagnostics');
    const keys = ds.map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], `all: ${keys.join(', ')}`);
  });

  it('the clean KRs of the same file get no classification warning', async () => {
    const editor = await open(DESIGN_FILE);
    const ds = await diagnosticsWhere(editor.document.uri, (all) => all.some((d) => ruleOf(d) === 'kr-is-task'), 'diagnostics');
    const good = [lineOf(DESIGN_OKR, '- id: first-board-time'), lineOf(DESIGN_OKR, '- id: board-reuse')];
    const wrong = ds.filter(
      (d) => /^kr-is-/.test(ruleOf(d) ?? '') && good.some((l) => d.range.start.line >= l && d.range.start.line <= l + 2),
    );
    assert.deepEqual(wrong.map((d) => `${ruleOf(d)}: ${d.message}`), []);
  });

  it('every mistake listed in examples/mistakes/README.md is reported on its line', async function () {
    const rows = await mistakes();
    assert.ok(rows.length >= 20, `only ${rows.length} rows parsed from the README`);
    const docs = new Map<string, vscode.TextDocument>();
    for (const row of rows) {
      if (!docs.has(row.file)) docs.set(row.file, await vscode.workspace.openTextDocument(fileUri(row.file)));
    }
    const hit = (row: (typeof rows)[number]): boolean => {
      const doc = docs.get(row.file)!;
      const n = row.line - 1; // the node's first line; a KR's title is on the next one
      return vscode.languages
        .getDiagnostics(doc.uri)
        .some(
          (d) =>
            ruleOf(d) === row.rule &&
            d.range.start.line <= n + 1 &&
            d.range.end.line >= n &&
            d.range.end.line - d.range.start.line < doc.lineCount / 2,
        );
    };
    // One wait for the whole set: the server publishes file by file.
    await until(vscode.languages.onDidChangeDiagnostics, () => rows.every(hit), 'every mistake to be reported', 15_000).catch(
      () => undefined,
    );
    const missing = rows
      .filter((row) => !hit(row))
      .map((row) => {
        const got = vscode.languages
          .getDiagnostics(docs.get(row.file)!.uri)
          .filter((d) => ruleOf(d) === row.rule)
          .map((d) => `${d.range.start.line + 1}-${d.range.end.line + 1}`);
        return `${row.rule} at ${row.file}:${row.line} (this rule reported at lines: ${got.join(', ') || 'none'})`;
      });
    assert.deepEqual(missing, []);
  });
});
