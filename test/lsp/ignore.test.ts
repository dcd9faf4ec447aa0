// okr.config.yaml's `ignore:` keeps files out of the server's workspace, as in `okr lint`.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { LspClient, copyFixture, uriOf } from './client';

const ALIGNED = `version: 1
unit: activation-guild
level: team
parent: product
cycle: 2026-Q2
owner: Ana
objectives:
  - id: handbook
    title: Make the growth team's playbook easy to reuse
    owner: Ana
    depends_on: [growth/onboarding]
    key_results:
      - id: reuse
        title: Raise teams reusing the playbook from 2 to 6
        baseline: 2
        target: 6
        due: 2026-06-30
      - id: time
        title: Cut set-up time for a new experiment from 10 days to 4
        baseline: 10
        target: 4
        due: 2026-06-30
`;

describe('lsp: ignore globs', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('does not index ignored files, and follows the ignore list when the config changes', async () => {
    const root = copyFixture('basic');
    const config = join(root, 'okr.config.yaml');
    writeFileSync(config, 'ignore: [teams/**]\n');
    const guild = join(root, 'guild.okr.yaml');
    writeFileSync(guild, ALIGNED);
    client = await LspClient.start(root);
    await client.waitForIndexed();

    // growth lives under teams/, so the dependency on it cannot resolve.
    const before = await client.waitForDiagnostics(uriOf(guild), (p) => p.diagnostics.length > 0);
    assert.deepEqual(before.diagnostics.map((d) => [d.code, d.range.start.line]), [['unresolved-reference', 10]]);

    writeFileSync(config, 'ignore: []\n');
    await client.fileEvents({ uri: uriOf(config), type: FileChangeType.Changed });
    const after = await client.waitForDiagnostics(uriOf(guild), (p) => p.diagnostics.length === 0);
    assert.deepEqual(after.diagnostics, []);

    writeFileSync(config, 'ignore: [teams/**]\n');
    await client.fileEvents({ uri: uriOf(config), type: FileChangeType.Changed });
    const again = await client.waitForDiagnostics(uriOf(guild), (p) => p.diagnostics.length > 0);
    assert.equal(again.diagnostics[0]?.code, 'unresolved-reference');
  });
});
