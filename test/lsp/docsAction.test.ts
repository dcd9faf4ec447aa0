// "Show documentation for <rule>": offered only to clients that can open a URL.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol';
import { LspClient, copyFixture } from './client';

async function actionsForTypo(client: LspClient, path: string): Promise<CodeAction[]> {
  const uri = await client.open(path, readFileSync(path, 'utf8').replace('level: team', 'level: teem'));
  const { diagnostics } = await client.waitForVersion(uri);
  const d = diagnostics.find((x) => x.code === 'schema');
  assert.ok(d, 'the typo is reported');
  return await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
}

describe('lsp: documentation action', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('runs the client\'s open command with the rule\'s page, after the fixes', async () => {
    const root = copyFixture('basic');
    client = await LspClient.start(root, { initializationOptions: { openDocsCommand: 'okr.openRuleDocs' } });
    await client.waitForIndexed();
    const actions = await actionsForTypo(client, join(root, 'teams/growth.okr.yaml'));
    assert.deepEqual(actions.map((a) => a.title), ["Change to 'team'", 'Disable schema for this line', 'Show documentation for schema']);
    const docs = actions.at(-1)!;
    assert.equal(docs.edit, undefined);
    assert.deepEqual(docs.command, {
      title: 'Show documentation for schema',
      command: 'okr.openRuleDocs',
      arguments: ['https://github.com/okr-lens/okr-lens/blob/main/docs/rules/schema.md'],
    });
  });

  it('is not offered to a client that did not say how to open a URL', async () => {
    const root = copyFixture('basic');
    client = await LspClient.start(root);
    await client.waitForIndexed();
    const actions = await actionsForTypo(client, join(root, 'teams/growth.okr.yaml'));
    assert.ok(!actions.some((a) => a.title.startsWith('Show documentation')), actions.map((a) => a.title).join(', '));
  });
});
