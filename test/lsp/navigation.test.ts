// Navigation, hover, completion, symbols, lenses and folding over stdio,
// across files of the fixture workspace.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DefinitionRequest, ReferencesRequest, RenameRequest, PrepareRenameRequest, HoverRequest, CompletionRequest,
  DocumentSymbolRequest, CodeLensRequest, FoldingRangeRequest,
  type Location, type WorkspaceEdit, type CompletionItem, type DocumentSymbol, type MarkupContent, type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspClient, copyFixture, uriOf } from './client';
import { rangeOf, applyTextEdits } from './text';

const pos = (text: string, needle: string, n = 0, delta = 1) => {
  const r = rangeOf(text, needle, n).start;
  return { line: r.line, character: r.character + delta };
};

/** Range of `inner` inside the first occurrence of `needle`. */
function rangeIn(text: string, needle: string, inner: string) {
  const r = rangeOf(text, needle).start;
  const at = needle.indexOf(inner);
  return { start: { line: r.line, character: r.character + at }, end: { line: r.line, character: r.character + at + inner.length } };
}

describe('lsp: navigation and editor features', () => {
  let root: string;
  let client: LspClient;
  let growth: string;
  let product: string;
  let company: string;
  let gText: string;
  let pText: string;

  before(async () => {
    root = copyFixture('basic');
    growth = join(root, 'teams/growth.okr.yaml');
    product = join(root, 'product.okr.yaml');
    company = join(root, 'company.okr.yaml');
    gText = readFileSync(growth, 'utf8');
    pText = readFileSync(product, 'utf8');
    client = await LspClient.start(root);
    await client.waitForIndexed();
    await client.waitForDiagnostics(uriOf(company));
    await client.open(growth);
  });
  after(async () => {
    await client.stop();
  });

  it('goes from a reference to the objective in another (closed) file', async () => {
    const defs = await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(growth) }, position: pos(gText, 'product/activation', 0, 10) }) as Location[];
    assert.deepEqual(defs, [{ uri: uriOf(product), range: rangeIn(pText, '- id: activation', 'activation') }]);
    const unit = await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(growth) }, position: pos(gText, 'parent: product', 0, 9) }) as Location[];
    assert.deepEqual(unit, [{ uri: uriOf(product), range: rangeIn(pText, 'unit: product', 'product') }]);
  });

  it('finds references of an objective across files, with and without its declaration', async () => {
    const params = { textDocument: { uri: uriOf(product) }, position: pos(pText, '- id: activation', 0, 7) };
    const refs = await client.conn.sendRequest(ReferencesRequest.type, { ...params, context: { includeDeclaration: true } }) as Location[];
    assert.deepEqual(refs.map((r) => [r.uri, r.range.start.line]).sort(), [
      [uriOf(product), rangeOf(pText, '- id: activation').start.line],
      [uriOf(growth), rangeOf(gText, 'product/activation').start.line],
    ].sort());
    const only = await client.conn.sendRequest(ReferencesRequest.type, { ...params, context: { includeDeclaration: false } }) as Location[];
    assert.deepEqual(only, [{ uri: uriOf(growth), range: rangeIn(gText, 'product/activation', 'activation') }]);
  });

  it('renames a unit id in its file, in parents and in every reference prefix', async () => {
    const at = { textDocument: { uri: uriOf(product) }, position: pos(pText, 'unit: product', 0, 7) };
    const prep = await client.conn.sendRequest(PrepareRenameRequest.type, at);
    assert.deepEqual(prep, { range: rangeIn(pText, 'unit: product', 'product'), placeholder: 'product' });
    const edit = await client.conn.sendRequest(RenameRequest.type, { ...at, newName: 'core' }) as WorkspaceEdit;
    const changes = edit.changes ?? Object.fromEntries((edit.documentChanges ?? []).map((d) => ('textDocument' in d ? [d.textDocument.uri, d.edits] : ['', []])));
    assert.deepEqual(Object.keys(changes).sort(), [uriOf(growth), uriOf(product)].sort());
    assert.equal(applyTextEdits(gText, changes[uriOf(growth)] as TextEdit[]), gText.replace('parent: product', 'parent: core').replace('- product/activation', '- core/activation'));
    assert.equal(applyTextEdits(pText, changes[uriOf(product)] as TextEdit[]), pText.replace('unit: product', 'unit: core'));
    await assert.rejects(client.conn.sendRequest(RenameRequest.type, { ...at, newName: 'Not An Id' }), /not a valid id/);
  });

  it('renames a KPI id used as a metric', async () => {
    const cText = readFileSync(company, 'utf8');
    const edit = await client.conn.sendRequest(RenameRequest.type, { textDocument: { uri: uriOf(company) }, position: pos(cText, 'metric: logo-churn', 0, 9), newName: 'churn' }) as WorkspaceEdit;
    const edits = edit.changes?.[uriOf(company)] ?? [];
    assert.equal(applyTextEdits(cText, edits), cText.replace('- id: logo-churn', '- id: churn').replace('metric: logo-churn', 'metric: churn'));
  });

  it('hovers a reference with its target, a key with its schema description, and a KR with its progress', async () => {
    const ref = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(growth) }, position: pos(gText, 'product/activation', 0, 10) });
    const refText = (ref?.contents as MarkupContent).value;
    assert.match(refText, /Objective \*\*Help new teams find real value early on\*\*/);
    assert.match(refText, /`product\.okr\.yaml`/);
    const key = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(growth) }, position: pos(gText, 'ambition') });
    assert.match((key?.contents as MarkupContent).value, /roof: hard but achievable/);
    assert.deepEqual(key?.range, rangeOf(gText, 'ambition'));
    const kr = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(growth) }, position: pos(gText, 'invite-rate') });
    const krText = (kr?.contents as MarkupContent).value;
    assert.match(krText, /Progress: 30% → 36% → 45% \(40%\)/);
    assert.match(krText, /Ambition: roof/);
    assert.match(krText, /Confidence: 0\.8/);
  });

  it('hovers a diagnostic with the rule\'s short doc and its link', async () => {
    const uri = uriOf(growth);
    const text = gText.replace('level: team', 'level: squad');
    await client.replace(uri, text);
    await client.waitForVersion(uri);
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: pos(text, 'squad') });
    const value = (h?.contents as MarkupContent).value;
    assert.match(value, /^\*\*schema\*\* \(error\): /);
    assert.ok(value.includes('(https://github.com/okr-lens/okr-lens/blob/main/docs/rules/schema.md)'), value);
    await client.replace(uri, gText);
  });

  it('answers okr/tree with the workspace graph', async () => {
    const graph = await client.conn.sendRequest('okr/tree', {}) as { version: number; nodes: Array<{ kind: string; id: string; label: string }>; cycles: string[] };
    assert.equal(graph.version, 1);
    assert.deepEqual(graph.cycles, ['2026-Q2']);
    const units = graph.nodes.filter((n) => n.kind === 'unit').map((n) => n.label).sort();
    assert.equal(units.length, 3);
    assert.ok(graph.nodes.some((n) => n.kind === 'kr' && n.label.startsWith('Raise the share of new workspaces')));
    // A title edit changes no diagnostic but does change the tree: the server says so.
    const uri = uriOf(growth);
    const seen = client.treeChanged;
    await client.replace(uri, gText.replace('Make the first session feel effortless', 'Make the first session feel easy'));
    await client.waitForVersion(uri);
    await client.waitFor(() => client.treeChanged > seen, 'okr/treeChanged');
    const after = await client.conn.sendRequest('okr/tree', {}) as { nodes: Array<{ label: string }> };
    assert.ok(after.nodes.some((n) => n.label === 'Make the first session feel easy'));
    await client.replace(uri, gText);
  });

  it('offers the new-file snippet in an empty OKR file', async () => {
    const empty = join(root, 'teams/new.okr.yaml');
    const uri = await client.open(empty, '');
    await client.waitForVersion(uri);
    const items = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }) as CompletionItem[];
    const file = items.find((i) => i.label === 'okr-file');
    assert.ok(file && file.insertTextFormat === 2);
    assert.ok(items.some((i) => i.label === 'version'));
    await client.close(uri);
  });

  it('completes reference ids from the whole workspace with titles, and enum values', async () => {
    const text = gText.replace('      - product/activation\n', '      - product/activation\n      - acme/\n');
    const uri = uriOf(growth);
    await client.replace(uri, text);
    const items = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos(text, '- acme/', 0, 7) }) as CompletionItem[];
    const retention = items.find((i) => i.label === 'acme/retention');
    assert.equal(retention?.detail, 'Become the planning tool teams refuse to give up');
    assert.ok(items.some((i) => i.label === 'acme/retention/churn-down'));
    assert.deepEqual(retention?.textEdit && 'range' in retention.textEdit ? retention.textEdit.range : undefined, rangeOf(text, 'acme/'));
    const blank = gText.replace('      - product/activation\n', '      - product/activation\n      - \n');
    await client.replace(uri, blank);
    const fresh = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos(blank, '      - \n', 0, 8) }) as CompletionItem[];
    assert.ok(fresh.some((i) => i.label === 'product/activation'), 'ids before anything is typed');
    await client.replace(uri, text);
    const levels = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos(text, 'level: team', 0, 7) }) as CompletionItem[];
    assert.deepEqual(levels.map((i) => i.label), ['company', 'domain', 'team']);
    const parents = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos(text, 'parent: product', 0, 8) }) as CompletionItem[];
    assert.deepEqual(parents.map((i) => i.label).sort(), ['acme', 'product']);
  });

  it('completes missing keys of a KR and offers the KR snippet in half-typed YAML', async () => {
    const uri = uriOf(growth);
    const text = gText.replace('        owner: Sam Ortiz\n        checkins:', '        owner: Sam Ortiz\n        me\n        checkins:').replace('key_results:\n', 'key_results:\n      - \n');
    await client.replace(uri, text);
    const keys = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos(text, '        me\n', 0, 10) }) as CompletionItem[];
    const labels = keys.map((k) => k.label);
    assert.ok(labels.includes('metric'), labels.join());
    assert.ok(!labels.includes('baseline') && !labels.includes('title'), 'keys already present are not offered');
    const item = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos(text, '      - \n', 0, 8) }) as CompletionItem[];
    assert.ok(item.some((i) => i.label === 'okr-kr' && i.kind === 15), item.map((i) => i.label).join());
    assert.ok(item.some((i) => i.label === 'title'));
    await client.replace(uri, gText);
  });

  it('lists hierarchical symbols, code lenses with progress and folding ranges', async () => {
    const uri = uriOf(growth);
    const symbols = await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0]!.name, 'growth');
    assert.deepEqual(symbols[0]!.children!.map((s) => s.name), ['onboarding']);
    assert.deepEqual(symbols[0]!.children![0]!.children!.map((s) => s.name), ['invite-rate', 'setup-time']);
    assert.deepEqual(symbols[0]!.children![0]!.selectionRange, rangeIn(gText, '- id: onboarding', 'onboarding'));
    const lenses = await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.deepEqual(lenses?.map((l) => l.command?.title), [
      'Score 40% · 2 key results',
      'Progress 30% → 36% → 45% (40%) · confidence 0.8',
      'Progress 12 minutes → no check-in → 5 minutes (—)',
    ]);
    const folds = await client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const objectives = rangeOf(gText, 'objectives:').start.line;
    assert.ok(folds?.some((f) => f.startLine === objectives && f.endLine === gText.trimEnd().split('\n').length - 1), JSON.stringify(folds));
  });
});
