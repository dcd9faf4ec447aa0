// Quick-fixes over stdio: the exact text after each fix, every comment kept,
// the file parses, the diagnostic is gone and the fix is no longer offered.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, copyFixture, uriOf } from './client';
import { applyTextEdits } from './text';

/** The edits of a code action for one document (changes or documentChanges). */
function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.changes) return edit.changes[uri] ?? [];
  return (edit.documentChanges ?? []).flatMap((d) => ('textDocument' in d && d.textDocument.uri === uri ? d.edits : [])) as TextEdit[];
}

function comments(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*#/.test(l)).map((l) => l.trim());
}

describe('lsp: code actions', () => {
  let root: string;
  let client: LspClient;
  let growth: string;
  let uri: string;

  beforeEach(async () => {
    root = copyFixture('basic');
    growth = join(root, 'teams/growth.okr.yaml');
    uri = uriOf(growth);
    client = await LspClient.start(root);
    await client.waitForIndexed();
  });
  afterEach(async () => {
    await client.stop();
  });

  async function actions(d: Diagnostic): Promise<CodeAction[]> {
    return await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
  }

  /** Opens `text`, applies the action titled `title` on the diagnostic of `rule`, checks the promises, returns the new text. */
  async function applyFix(text: string, rule: string, title: string | RegExp): Promise<string> {
    if (client.version(uri) === undefined) await client.open(growth, text);
    else await client.replace(uri, text);
    const { diagnostics } = await client.waitForVersion(uri);
    const d = diagnostics.find((x) => x.code === rule);
    assert.ok(d, `no ${rule} diagnostic in ${JSON.stringify(diagnostics)}`);
    const found = (await actions(d)).find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
    assert.ok(found, `no action ${title}`);
    assert.equal(found.kind, 'quickfix');
    const after = applyTextEdits(text, editsOf(found.edit, uri));
    assert.equal(parseDocument(after).errors.length, 0, 'the fixed file parses');
    for (const c of comments(text)) assert.ok(comments(after).includes(c) || c.startsWith('# okr-'), `comment kept: ${c}`);
    await client.replace(uri, after);
    const fixed = await client.waitForVersion(uri);
    const same = fixed.diagnostics.filter((x) => x.code === rule);
    assert.ok(!same.some((x) => x.message === d.message), 'the diagnostic is gone');
    assert.ok(!fixed.diagnostics.some((x) => x.code === 'schema' || x.code === 'yaml-syntax'), JSON.stringify(fixed.diagnostics));
    // Nothing offers the same fix again at that place.
    const again = await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: same } }) as CodeAction[];
    assert.ok(!again.some((a) => a.title === found.title && a.kind === 'quickfix' && JSON.stringify(editsOf(a.edit, uri)) === JSON.stringify(editsOf(found.edit, uri))), 'fix not offered twice');
    return after;
  }

  it('replaces an unresolved reference with the nearest id', async () => {
    const text = readFileSync(growth, 'utf8').replace('- product/activation', '- product/activatoin');
    const after = await applyFix(text, 'unresolved-reference', "Change to 'product/activation'");
    assert.equal(after, readFileSync(growth, 'utf8'));
  });

  it('fixes an enum typo to the nearest allowed value', async () => {
    const text = readFileSync(growth, 'utf8').replace('ambition: roof\n        owner: Sam Ortiz\n        checkins', 'ambition: rof\n        owner: Sam Ortiz\n        checkins');
    const after = await applyFix(text, 'schema', "Change to 'roof'");
    assert.equal(after, readFileSync(growth, 'utf8'));
  });

  it('disables a rule for one line with a comment at its indentation', async () => {
    const base = readFileSync(growth, 'utf8');
    const text = base.replace('- product/activation', '- product/nowhere');
    const after = await applyFix(text, 'unresolved-reference', 'Disable unresolved-reference for this line');
    assert.equal(after, text.replace('      - product/nowhere', '      # okr-disable-next-line unresolved-reference\n      - product/nowhere'));
  });

  it('offers "fix all of this rule" and source.fixAll.okr for every safe fix in one edit', async () => {
    const base = readFileSync(growth, 'utf8');
    const text = base.replace('ambition: roof', 'ambition: rof').replace('ambition: roof', 'ambition: roff').replace('level: team', 'level: taem');
    await client.open(growth, text);
    const { diagnostics } = await client.waitForVersion(uri);
    assert.deepEqual(diagnostics.map((d) => d.code), ['schema', 'schema', 'schema']);
    const all = (await actions(diagnostics[1]!)).find((a) => a.title === 'Fix all schema problems in this file');
    assert.ok(all);
    assert.equal(applyTextEdits(text, editsOf(all.edit, uri)), base);
    const source = await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.okr'] },
    }) as CodeAction[];
    assert.deepEqual(source.map((a) => a.kind), ['source.fixAll.okr']);
    assert.equal(applyTextEdits(text, editsOf(source[0]!.edit, uri)), base);
    // The unsafe nearest-id fix is not part of source.fixAll.
    const risky = base.replace('- product/activation', '- product/activatoin');
    await client.replace(uri, risky);
    await client.waitForVersion(uri);
    const none = await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    }) as CodeAction[];
    assert.deepEqual(none, []);
  });

  it('offers no fix on a file with YAML errors where the edit could not be checked', async () => {
    const text = `${readFileSync(growth, 'utf8')}\n  bad: [unclosed\n`;
    await client.open(growth, text);
    const { diagnostics } = await client.waitForVersion(uri);
    const d = diagnostics.find((x) => x.code === 'yaml-syntax');
    assert.ok(d);
    const offered = await actions(d);
    assert.ok(offered.every((a) => a.title.startsWith('Disable')), JSON.stringify(offered.map((a) => a.title)));
  });

  describe('moves and fills (SCE coaching)', () => {
    /** growth.okr.yaml with a task, a lead measure, a KPI and a KR whose fields are only in its title. */
    const WIZARD = [
      '      # Shipping the new wizard is how we get there.',
      '      - id: wizard',
      '        title: Launch the new setup wizard',
      '        owner: Sam Ortiz',
      '        due: 2026-05-31 # before the conference',
      '',
    ].join('\n');
    const CALLS = '      - id: calls\n        title: Make 20 onboarding calls a week\n        owner: Sam Ortiz\n        target: 20\n';
    const UPTIME = `      - id: uptime\n        title: 'Maintain 99.9% uptime'\n        baseline: 99.9\n        target: 99.9\n        unit: "%"\n        due: 2026-06-30\n        owner: Sam Ortiz\n`;

    function coaching(): string {
      return readFileSync(growth, 'utf8').replace('      - id: setup-time', [
        '      # Shipping the new wizard is how we get there.',
        '      - id: wizard',
        '        title: Launch the new setup wizard',
        '        owner: Sam Ortiz',
        '        due: 2026-05-31 # before the conference',
        '      - id: calls',
        '        title: Make 20 onboarding calls a week',
        '        owner: Sam Ortiz',
        '        target: 20',
        '      - id: uptime',
        "        title: 'Maintain 99.9% uptime'",
        '        baseline: 99.9',
        '        target: 99.9',
        '        unit: "%"',
        '        due: 2026-06-30',
        '        owner: Sam Ortiz',
        '      - id: setup-time',
      ].join('\n'));
    }

    it('moves a task KR to the objective\'s initiatives with its comments, keeping other fields as x-', async () => {
      const text = coaching();
      const after = await applyFix(text, 'kr-is-task', "Move to this objective's initiatives");
      const moved = WIZARD.replace('- id: wizard', '- id: wizard').replace('due: 2026-05-31', 'x-due: 2026-05-31');
      assert.equal(after, `${text.replace(WIZARD, '')}    initiatives:\n${moved}`);
    });

    it('moves every task KR of the file with "fix all kr-is-task problems"', async () => {
      const second = '      - id: hire\n        title: Hire a growth designer\n        owner: Sam Ortiz\n';
      const text = coaching().replace('      - id: setup-time', `${second}      - id: setup-time`);
      await client.open(growth, text);
      const { diagnostics } = await client.waitForVersion(uri);
      const tasks = diagnostics.filter((d) => d.code === 'kr-is-task');
      assert.equal(tasks.length, 2);
      const all = (await actions(tasks[0]!)).find((a) => a.title === 'Fix all kr-is-task problems in this file');
      assert.ok(all);
      const after = applyTextEdits(text, editsOf(all.edit, uri));
      const moved = WIZARD.replace('due: 2026-05-31', 'x-due: 2026-05-31');
      assert.equal(after, `${text.replace(WIZARD, '').replace(second, '')}    initiatives:\n${moved}${second}`);
      await client.replace(uri, after);
      const fixed = await client.waitForVersion(uri);
      assert.ok(!fixed.diagnostics.some((d) => d.code === 'kr-is-task' || d.code === 'schema' || d.code === 'yaml-syntax'));
    });

    it('moves a lead-measure KR to lead_measures', async () => {
      const text = coaching();
      const after = await applyFix(text, 'kr-is-lead-measure', "Move to this objective's lead measures");
      assert.equal(after, `${text.replace(CALLS, '')}    lead_measures:\n${CALLS}        per: week\n`);
    });

    it('moves a KPI KR to signals.kpis, creating the section', async () => {
      const text = coaching();
      const after = await applyFix(text, 'kr-is-kpi', 'Move to signals.kpis');
      const kpi = `    - id: uptime\n      name: 'Maintain 99.9% uptime'\n      x-baseline: 99.9\n      threshold: 99.9\n      unit: "%"\n      x-due: 2026-06-30\n      owner: Sam Ortiz\n`;
      assert.equal(after, text.replace(UPTIME, '').replace('owner: Sam Ortiz\n\nobjectives:', `owner: Sam Ortiz\n\nsignals:\n  kpis:\n${kpi}\nobjectives:`));
    });

    it('fills baseline, target and due from the title', async () => {
      const base = readFileSync(growth, 'utf8').replace('to 5 minutes', 'to 5 minutes by 2026-06-30');
      const text = base.replace('        baseline: 12\n        target: 5\n        unit: minutes\n        due: 2026-06-30\n', '');
      const after = await applyFix(text, 'kr-needs-baseline-target-due', 'Fill baseline, target, unit, due from the title');
      assert.equal(after, base.replace('unit: minutes', 'unit: min'));
    });

    it('fills what the title states even when it names no due date', async () => {
      const base = readFileSync(growth, 'utf8');
      const text = base.replace('        baseline: 12\n        target: 5\n', '');
      const after = await applyFix(text, 'kr-needs-baseline-target-due', 'Fill baseline, target from the title');
      assert.equal(after, base);
    });
  });
});
