// Diagnostics over stdio: indexing, exact ranges, cross-file updates, pull,
// settings, file watching and recovery after garbage input.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, unlinkSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentDiagnosticRequest, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, copyFixture, uriOf } from './client';
import { rangeOf } from './text';

const codes = (ds: readonly Diagnostic[]) => ds.map((d) => d.code);

describe('lsp: diagnostics', () => {
  let root: string;
  let client: LspClient;
  let growth: string;
  let product: string;
  let company: string;

  beforeEach(async () => {
    root = copyFixture('basic');
    growth = join(root, 'teams/growth.okr.yaml');
    product = join(root, 'product.okr.yaml');
    company = join(root, 'company.okr.yaml');
    client = await LspClient.start(root);
    await client.waitForIndexed();
  });
  afterEach(async () => {
    await client.stop();
  });

  it('indexes every OKR file at start, reports progress and pushes (empty) diagnostics for closed files', async () => {
    for (const p of [growth, product, company]) {
      const d = await client.waitForDiagnostics(uriOf(p));
      assert.deepEqual(d.diagnostics, []);
      assert.equal(d.version, undefined);
    }
    const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'registers file watchers');
  });

  it('reports a schema error on exactly the offending value, with identity and a docs link', async () => {
    const text = readFileSync(growth, 'utf8').replace('level: team', 'level: squad');
    const uri = await client.open(growth, text);
    const { diagnostics, version } = await client.waitForVersion(uri);
    assert.equal(version, 1);
    assert.equal(diagnostics.length, 1);
    const d = diagnostics[0]!;
    assert.equal(d.source, 'okr');
    assert.equal(d.code, 'schema');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, rangeOf(text, 'squad'));
    assert.equal(d.codeDescription?.href, 'https://github.com/okr-lens/okr-lens/blob/main/docs/rules/schema.md');
    assert.ok(d.data && typeof d.data === 'object');
  });

  it('applies incremental edits and re-publishes for each version', async () => {
    const text = readFileSync(growth, 'utf8');
    const uri = await client.open(growth, text);
    assert.deepEqual((await client.waitForVersion(uri)).diagnostics, []);
    // Type "sq" over "team" in two keystrokes.
    const r = rangeOf(text, 'team', 1); // the first is in the header comment
    await client.change(uri, { range: r, text: 's' });
    await client.change(uri, { range: { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.start.line, character: r.start.character + 1 } }, text: 'q' });
    const d = await client.waitForVersion(uri);
    assert.deepEqual(codes(d.diagnostics), ['schema']);
    assert.deepEqual(d.diagnostics[0]!.range, { start: r.start, end: { line: r.start.line, character: r.start.character + 2 } });
  });

  it('updates cross-file findings in a closed file when another file changes, and clears them again', async () => {
    const text = readFileSync(product, 'utf8');
    const uri = await client.open(product, text);
    await client.waitForVersion(uri);
    await client.replace(uri, text.replace('- id: activation', '- id: activate'));
    const gUri = uriOf(growth);
    const broken = await client.waitForDiagnostics(gUri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(broken.diagnostics), ['unresolved-reference']);
    assert.deepEqual(broken.diagnostics[0]!.range, rangeOf(readFileSync(growth, 'utf8'), 'product/activation'));
    await client.replace(uri, text);
    await client.waitForDiagnostics(gUri, (p) => p.diagnostics.length === 0);
  });

  it('offers pull diagnostics unless the client asks for push only', async () => {
    assert.deepEqual(client.serverCapabilities.diagnosticProvider, { identifier: 'okr', interFileDependencies: true, workspaceDiagnostics: false });
    const pushOnly = await LspClient.start(copyFixture('basic'), { initializationOptions: { pullDiagnostics: false } });
    try {
      assert.equal(pushOnly.serverCapabilities.diagnosticProvider, undefined);
      assert.equal(pushOnly.serverCapabilities.textDocumentSync && typeof pushOnly.serverCapabilities.textDocumentSync === 'object' && pushOnly.serverCapabilities.textDocumentSync.change, 2);
      await pushOnly.waitForIndexed();
      await pushOnly.waitForDiagnostics(uriOf(join(pushOnly.root, 'teams/growth.okr.yaml')));
    } finally {
      await pushOnly.stop();
    }
  });

  it('shows an alignment cycle across three files on each of them, and clears it when one link goes', async () => {
    const cText = readFileSync(company, 'utf8');
    const uri = await client.open(company, cText);
    await client.waitForVersion(uri);
    const looped = cText.replace('    owner: Marta Kowalski\n    key_results:', '    owner: Marta Kowalski\n    aligns_to: [growth/onboarding]\n    key_results:');
    await client.replace(uri, looped);
    const has = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.some((d) => d.code === 'alignment-cycle');
    assert.ok(has(await client.waitForVersion(uri)));
    await client.waitForDiagnostics(uriOf(product), has);
    const g = await client.waitForDiagnostics(uriOf(growth), has);
    assert.deepEqual(g.diagnostics.find((d) => d.code === 'alignment-cycle')!.range, rangeOf(readFileSync(growth, 'utf8'), 'product/activation'));
    await client.replace(uri, cText);
    assert.deepEqual((await client.waitForVersion(uri)).diagnostics, []);
    await client.waitForDiagnostics(uriOf(product), (p) => !has(p));
    await client.waitForDiagnostics(uriOf(growth), (p) => !has(p));
  });

  it('answers pull requests with the same diagnostics, and "unchanged" for an unchanged result id', async () => {
    const text = readFileSync(growth, 'utf8').replace('level: team', 'level: squad');
    const uri = await client.open(growth, text);
    const pushed = await client.waitForVersion(uri);
    const full = await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.equal(full.kind, 'full');
    assert.deepEqual(full.kind === 'full' && full.items, pushed.diagnostics);
    const again = await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: full.resultId });
    assert.equal(again.kind, 'unchanged');
    const closed = await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: uriOf(company) } });
    assert.deepEqual(closed.kind === 'full' && closed.items, []);
  });

  it('follows files created, changed, renamed and deleted on disk', async () => {
    const gUri = uriOf(growth);
    await client.waitForDiagnostics(gUri);
    // Deleting the product file leaves growth's parent and alignment dangling.
    unlinkSync(product);
    await client.fileEvents({ uri: uriOf(product), type: FileChangeType.Deleted });
    const dangling = await client.waitForDiagnostics(gUri, (p) => p.diagnostics.length === 2);
    assert.deepEqual(codes(dangling.diagnostics), ['unresolved-reference', 'unresolved-reference']);
    assert.deepEqual((await client.waitForDiagnostics(uriOf(product))).diagnostics, []);
    // Re-creating it under another name (a rename) resolves them again.
    const moved = join(root, 'teams/product.okr.yml');
    writeFileSync(moved, readFileSync(join(__dirname, 'fixtures/basic/product.okr.yaml'), 'utf8'));
    await client.fileEvents({ uri: uriOf(moved), type: FileChangeType.Created });
    await client.waitForDiagnostics(gUri, (p) => p.diagnostics.length === 0);
    // A change on disk to a closed file is picked up.
    writeFileSync(moved, readFileSync(moved, 'utf8').replace('level: domain', 'level: domian'));
    await client.fileEvents({ uri: uriOf(moved), type: FileChangeType.Changed });
    const typo = await client.waitForDiagnostics(uriOf(moved), (p) => p.diagnostics.length === 1);
    assert.deepEqual(codes(typo.diagnostics), ['schema']);
    // A rename on disk: the old path is cleared, the new one analysed.
    const renamed = join(root, 'teams/domain.okr.yaml');
    renameSync(moved, renamed);
    await client.fileEvents({ uri: uriOf(moved), type: FileChangeType.Deleted }, { uri: uriOf(renamed), type: FileChangeType.Created });
    await client.waitForDiagnostics(uriOf(moved), (p) => p.diagnostics.length === 0);
    assert.deepEqual(codes((await client.waitForDiagnostics(uriOf(renamed), (p) => p.diagnostics.length === 1)).diagnostics), ['schema']);
  });

  it('follows a folder renamed through workspace/didRenameFiles', async () => {
    const teams = join(root, 'teams');
    const squads = join(root, 'squads');
    await client.waitForDiagnostics(uriOf(growth));
    renameSync(teams, squads);
    await client.conn.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: uriOf(teams), newUri: uriOf(squads) }] });
    const moved = uriOf(join(squads, 'growth.okr.yaml'));
    assert.deepEqual((await client.waitForDiagnostics(moved)).diagnostics, []);
    // Still indexed: a change elsewhere reaches it.
    const pText = readFileSync(product, 'utf8');
    const uri = await client.open(product, pText);
    await client.replace(uri, pText.replace('- id: activation', '- id: activate'));
    await client.waitForDiagnostics(moved, (p) => p.diagnostics.some((d) => d.code === 'unresolved-reference'));
  });

  it('re-applies settings on change without a restart, over okr.config.yaml', async () => {
    const text = readFileSync(growth, 'utf8').replace('product/activation', 'product/activatoin');
    const uri = await client.open(growth, text);
    const first = await client.waitForVersion(uri);
    assert.deepEqual(codes(first.diagnostics), ['unresolved-reference']);
    assert.equal(first.diagnostics[0]!.severity, 1);
    assert.ok(client.configurationRequests.length > 0, 'settings are pulled');
    await client.setSettings({ rules: { 'unresolved-reference': 'info' } });
    const info = await client.waitForDiagnostics(uri, (p) => p.diagnostics[0]?.severity === 3);
    assert.deepEqual(codes(info.diagnostics), ['unresolved-reference']);
    // okr.config.yaml turns it off, but the editor setting still wins over the file.
    writeFileSync(join(root, 'okr.config.yaml'), 'rules:\n  unresolved-reference: off\n');
    await client.fileEvents({ uri: uriOf(join(root, 'okr.config.yaml')), type: FileChangeType.Created });
    await client.setSettings({ rules: { 'unresolved-reference': '' } });
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.setSettings({ rules: { 'unresolved-reference': 'warning' } });
    const warn = await client.waitForDiagnostics(uri, (p) => p.diagnostics[0]?.severity === 2);
    assert.deepEqual(codes(warn.diagnostics), ['unresolved-reference']);
  });

  it('applies okr.objectiveLimit from the settings', async () => {
    const uri = await client.open(product);
    assert.deepEqual((await client.waitForVersion(uri)).diagnostics, []);
    await client.setSettings({ objectiveLimit: 0.5 });
    await client.setSettings({ objectiveLimit: 1 });
    const text = readFileSync(product, 'utf8');
    const two = `${text}  - id: second\n    title: Make the product a joy to learn\n    owner: Noor Haddad\n    key_results:\n${text.slice(text.indexOf('      - id: week2-retention'))}`;
    await client.replace(uri, two);
    const d = await client.waitForVersion(uri);
    assert.deepEqual(codes(d.diagnostics).filter((c) => c === 'objective-count'), ['objective-count']);
    await client.setSettings({ objectiveLimit: null });
    await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((x) => x.code === 'objective-count'));
  });

  it('follows workspace/didRenameFiles', async () => {
    const renamed = join(root, 'product-renamed.okr.yaml');
    await client.waitForDiagnostics(uriOf(product));
    client.diagnostics.delete(uriOf(product));
    renameSync(product, renamed);
    await client.conn.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: uriOf(product), newUri: uriOf(renamed) }] });
    await client.waitForDiagnostics(uriOf(renamed), (p) => p.diagnostics.length === 0);
    await client.waitForDiagnostics(uriOf(product), (p) => p.diagnostics.length === 0);
    // Applied as one change: growth never sees its parent missing.
    assert.deepEqual((await client.waitForDiagnostics(uriOf(growth))).diagnostics, []);
  });

  it('indexes a workspace folder added later and forgets it when removed', async () => {
    const other = copyFixture('basic');
    const otherGrowth = join(other, 'teams/growth.okr.yaml');
    writeFileSync(otherGrowth, readFileSync(otherGrowth, 'utf8').replace('level: team', 'level: squad'));
    try {
      await client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(other), name: 'other' }], removed: [] } });
      const d = await client.waitForDiagnostics(uriOf(otherGrowth), (p) => p.diagnostics.length === 1);
      assert.deepEqual(codes(d.diagnostics), ['schema']);
      await client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(other), name: 'other' }] } });
      await client.waitForDiagnostics(uriOf(otherGrowth), (p) => p.diagnostics.length === 0);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('shows okr.config.yaml problems on that file', async () => {
    const config = join(root, 'okr.config.yaml');
    writeFileSync(config, 'rules:\n  kr-is-task: loud\n');
    await client.fileEvents({ uri: uriOf(config), type: FileChangeType.Created });
    const d = await client.waitForDiagnostics(uriOf(config), (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(d.diagnostics), ['schema']);
    assert.equal(d.diagnostics[0]!.range.start.line, 1);
  });

  it('recovers after binary bytes and half-typed YAML', async () => {
    const text = readFileSync(growth, 'utf8');
    const uri = await client.open(growth, text);
    await client.waitForVersion(uri);
    await client.replace(uri, 'version: 1\n\u0000\u0001\u0002\uFFFD garbage');
    const binary = await client.waitForVersion(uri);
    assert.deepEqual(codes(binary.diagnostics), ['yaml-syntax']);
    assert.deepEqual(binary.diagnostics[0]!.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
    await client.replace(uri, text.replace('    title: Make the first session feel effortless\n', '    title: "Make the first\n'));
    const half = await client.waitForVersion(uri);
    assert.ok(half.diagnostics.length > 0 && half.diagnostics.every((d) => d.code === 'yaml-syntax'), JSON.stringify(half.diagnostics));
    assert.ok(half.diagnostics.every((d) => d.range.start.line > 0), 'not on line 0');
    await client.replace(uri, text);
    assert.deepEqual((await client.waitForVersion(uri)).diagnostics, []);
  });
});
