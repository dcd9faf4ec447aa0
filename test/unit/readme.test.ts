// The README's promises that can be checked without an editor stay true.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
const luaBlocks = (md: string): string[] => [...md.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README', () => {
  it('shows the same Neovim snippet as docs/neovim.md (which the e2e suite runs)', () => {
    assert.equal(luaBlocks(read('README.md'))[0], luaBlocks(read('docs/neovim.md'))[0]);
  });

  it('gives a two-command quick start whose scripts exist', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    const quick = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
    const commands = quick.split('\n').filter((l) => l.trim() !== '').map((l) => l.replace(/\s+#.*$/, '').trim());
    assert.deepEqual(commands, ['npm ci && npm start', 'npm ci && npm run test:all']);
    assert.ok(pkg.scripts.start && pkg.scripts['test:all']);
  });

  it('links a doc page for every rule it lists, and every linked doc exists', () => {
    for (const [, path] of read('README.md').matchAll(/\]\(((?:docs|schemas)\/[^)#]+)\)/g)) {
      assert.doesNotThrow(() => read(path!), path);
    }
  });
});
