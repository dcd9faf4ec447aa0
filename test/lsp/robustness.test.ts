// Garbage in, no crash out: random edits, alias bombs, deep nesting and
// binary bytes, with every feature asked at random places in between.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HoverRequest, CompletionRequest, DocumentSymbolRequest, CodeLensRequest, FoldingRangeRequest, CodeActionRequest,
  DefinitionRequest, DocumentDiagnosticRequest,
} from 'vscode-languageserver-protocol';
import { LspClient, copyFixture } from './client';
import { Project } from '../../server/src/core/project';
import { findOkrFiles } from '../../server/src/files';

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['\n', ': ', '- ', '  ', '#', '"', "'", '[', ']', '{', '}', '&a ', '*a', '\t', 'x-', 'id: ', '\u0000', '\uFFFD', '|', '>', '---\n', 'objectives:', '?'];

describe('lsp: robustness', () => {
  let root: string;
  let client: LspClient;

  before(async () => {
    root = copyFixture('basic');
    client = await LspClient.start(root);
    await client.waitForIndexed();
  });
  after(async () => {
    await client.stop();
  });

  it('survives 300 random edits with every feature asked in between, and ends with the right diagnostics', async () => {
    const path = join(root, 'teams/growth.okr.yaml');
    const original = readFileSync(path, 'utf8');
    const uri = await client.open(path, original);
    await client.waitForVersion(uri);
    const rnd = lcg(20260603);
    let text = original;
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(rnd() * (text.length + 1));
      const del = rnd() < 0.4 ? Math.floor(rnd() * 12) : 0;
      const ins = rnd() < 0.8 ? PIECES[Math.floor(rnd() * PIECES.length)]! : '';
      const before = text.slice(0, at);
      const line = before.split('\n').length - 1;
      const character = at - (before.lastIndexOf('\n') + 1);
      const endText = text.slice(0, Math.min(text.length, at + del));
      const end = { line: endText.split('\n').length - 1, character: endText.length - (endText.lastIndexOf('\n') + 1) };
      text = text.slice(0, at) + ins + text.slice(at + del);
      await client.change(uri, { range: { start: { line, character }, end }, text: ins });
      if (i % 10 === 0) {
        const position = { line, character };
        const td = { textDocument: { uri } };
        await Promise.all([
          client.conn.sendRequest(HoverRequest.type, { ...td, position }),
          client.conn.sendRequest(CompletionRequest.type, { ...td, position }),
          client.conn.sendRequest(DefinitionRequest.type, { ...td, position }),
          client.conn.sendRequest(DocumentSymbolRequest.type, td),
          client.conn.sendRequest(CodeLensRequest.type, td),
          client.conn.sendRequest(FoldingRangeRequest.type, td),
          client.conn.sendRequest(CodeActionRequest.type, { ...td, range: { start: position, end: position }, context: { diagnostics: [] } }),
          client.conn.sendRequest(DocumentDiagnosticRequest.type, td),
        ]);
      }
    }
    const final = await client.waitForVersion(uri);
    // The server's copy followed every incremental edit exactly: it reports what the engine finds in our copy.
    const local = new Project();
    for (const f of findOkrFiles(root)) local.workspace.set(f, f === path ? text : readFileSync(f, 'utf8'));
    assert.deepEqual(final.diagnostics.map((d) => d.message), local.findings(path).map((f) => f.message));
    await client.replace(uri, original);
    assert.deepEqual((await client.waitForVersion(uri)).diagnostics, []);
  });

  it('reports alias bombs, absurd nesting and binary bytes as diagnostics, and keeps answering', async () => {
    const path = join(root, 'teams/odd.okr.yaml');
    const uri = await client.open(path, 'version: 1\n');
    await client.waitForVersion(uri);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    for (const text of [bomb, `${'['.repeat(100000)}`, `${'- '.repeat(5000)}x`, '\u0000\u0001\u0002binary', '']) {
      await client.replace(uri, text);
      const d = await client.waitForVersion(uri);
      if (text !== '') assert.ok(d.diagnostics.length > 0, `a diagnostic for ${JSON.stringify(text.slice(0, 20))}`);
      assert.ok(d.diagnostics.every((x) => x.code === 'yaml-syntax' || x.code === 'schema'), JSON.stringify(d.diagnostics.map((x) => x.code)));
      const symbols = await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
    }
    await client.close(uri);
  });

  it('answers completion and hover at the end of a 1 MB line without stalling', async () => {
    const path = join(root, 'teams/long.okr.yaml');
    const line = `owner: ${'ab '.repeat(350000)}[[[ ${' '.repeat(1000)}`;
    const text = `version: 1\nunit: long\nlevel: team\n${line}\nobjectives:\n  - id: a\n    title: ${'x'.repeat(200000)} \n`;
    const uri = await client.open(path, text);
    await client.waitForVersion(uri);
    const end = { line: 3, character: line.length };
    const items = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: end });
    assert.ok(Array.isArray(items));
    await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: end });
    await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 6, character: 210000 } });
    await client.close(uri);
  });
});
