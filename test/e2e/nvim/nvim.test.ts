// The language server in a second real editor: Neovim's built-in LSP client
// (Debian's 0.7.2), headless. okr-lsp.lua does the editor side; this wrapper
// checks what it saw and the file it saved.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../scripts/e2e/code-server';
import { makeWorkspace } from '../support/fixture';
import { DESIGN_FILE, DESIGN_OKR, DESIGN_OKR_MOVED, commentsOf } from '../support/workspace';

interface LspDiagnostic {
  code?: string | number;
  source?: string;
  range: { start: { line: number }; end: { line: number } };
}

interface NvimResult {
  steps: string[];
  error?: string;
  before?: LspDiagnostic[];
  actions?: string[];
  after?: LspDiagnostic[];
}

describe('Neovim 0.7 built-in LSP client (headless)', function () {
  let workspace: string;
  let state: string;
  let result: NvimResult;
  let status: number | null;
  let output: string;

  before(function () {
    if (spawnSync('nvim', ['--version']).status !== 0) throw new Error('nvim not found: apt-get install neovim');
    workspace = makeWorkspace();
    state = mkdtempSync('/tmp/okr-nvim-');
    const resultFile = join(state, 'result.json');
    const r = spawnSync(
      'timeout',
      ['120', 'nvim', '--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(REPO_ROOT, 'test/e2e/nvim/okr-lsp.lua')}`],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          HOME: state,
          XDG_CACHE_HOME: join(state, 'cache'),
          XDG_STATE_HOME: join(state, 'state'),
          XDG_CONFIG_HOME: join(state, 'config'),
          XDG_DATA_HOME: join(state, 'data'),
          OKR_NODE: process.execPath,
          OKR_SERVER: join(REPO_ROOT, 'dist', 'server.js'),
          OKR_ROOT: workspace,
          OKR_FILE: join(workspace, DESIGN_FILE),
          OKR_RESULT: resultFile,
        },
      },
    );
    status = r.status;
    output = `${r.stdout}\n${r.stderr}`;
    result = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as NvimResult) : { steps: [] };
  });

  after(function () {
    rmSync(state, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  });

  it('runs the whole script and exits 0', function () {
    assert.equal(status, 0, `nvim exited ${status}; steps: ${result.steps.join(' > ')}; error: ${result.error}\n${output}`);
    assert.deepEqual(result.steps, ['started', 'diagnostics', 'code action', 'applied and saved', 'diagnostics updated']);
  });

  it('receives the diagnostics with source and rule code', function () {
    const d = result.before?.find((x) => x.code === 'kr-is-task');
    assert.ok(d, `codes: ${result.before?.map((x) => x.code).join(', ')}`);
    assert.equal(d.source, 'okr');
  });

  it('applies "move to initiatives" and saves a file that keeps every comment', function () {
    const text = readFileSync(join(workspace, DESIGN_FILE), 'utf8');
    assert.deepEqual([...commentsOf(text)].sort(), [...commentsOf(DESIGN_OKR)].sort(), 'every comment is kept');
    assert.equal(text, DESIGN_OKR_MOVED);
    assert.ok(!result.after?.some((x) => x.code === 'kr-is-task'), 'kr-is-task is gone after the fix');
  });
});

describe('Neovim 0.7 with the configuration from docs/neovim.md', function () {
  it('the documented snippet attaches the server to an OKR buffer and shows its diagnostics', function () {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'neovim.md'), 'utf8');
    const blocks = [...doc.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const snippet = blocks.find((b) => b.includes('vim.lsp.start_client'));
    assert.ok(snippet, 'docs/neovim.md has no Neovim 0.7 (start_client) snippet');
    const workspace = makeWorkspace();
    const state = mkdtempSync('/tmp/okr-nvim-');
    try {
      const snippetFile = join(state, 'init.lua');
      const server = join(REPO_ROOT, 'dist', 'server.js');
      assert.ok(snippet.includes('/path/to/okr-lens/dist/server.js'), 'the snippet names the server path users must replace');
      writeFileSync(snippetFile, snippet.replace("'node'", JSON.stringify(process.execPath).replace(/"/g, "'")).replace('/path/to/okr-lens/dist/server.js', server));
      const resultFile = join(state, 'result.json');
      const r = spawnSync('timeout', ['90', 'nvim', '--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(REPO_ROOT, 'test/e2e/nvim/snippet.lua')}`], {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          ...process.env,
          HOME: state,
          XDG_CACHE_HOME: join(state, 'cache'),
          XDG_STATE_HOME: join(state, 'state'),
          OKR_SNIPPET: snippetFile,
          OKR_FILE: join(workspace, DESIGN_FILE),
          OKR_RESULT: resultFile,
        },
      });
      const res = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as { codes?: string[]; clients?: number; error?: string }) : {};
      assert.equal(r.status, 0, `nvim exited ${r.status}: ${res.error ?? ''}\n${r.stdout}\n${r.stderr}`);
      assert.ok(res.codes?.includes('kr-is-task'), `codes: ${res.codes?.join(', ')}`);
      assert.equal(res.clients, 1);
    } finally {
      rmSync(state, { recursive: true, force: true });
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
