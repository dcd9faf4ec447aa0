#!/usr/bin/env node
// `npm start`: build, package, install into the cached code-server (a real
// VS Code 1.100.3 served to your browser) and open examples/. Prints the URL
// to open. The first run installs code-server (~2 min) and says so; later
// runs take seconds. Ctrl+C stops the editor and everything it started.
// Runs under tsx (`node --import=tsx scripts/start.mjs`) to share the e2e
// helpers. Options: --port N (default 8080 or $PORT; a free one if taken),
// --folder DIR (default examples/).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  REPO_ROOT,
  freePort,
  installCodeServer,
  installVsix,
  instanceDirsAt,
  startCodeServer,
} from './e2e/code-server.ts';
import { packageVsix } from './e2e/package.ts';

const { values } = parseArgs({
  options: { port: { type: 'string' }, folder: { type: 'string' } },
});
const folder = resolve(values.folder ?? join(REPO_ROOT, 'examples'));
const t0 = Date.now();
const step = (msg) => console.log(`[start] ${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

step('building and packaging the extension');
const { vsix, bytes } = packageVsix((l) => console.log(l));
step(`packaged ${vsix} (${(bytes / 1024).toFixed(0)} KB)`);

step('code-server: installing into the cache on first use (~2 min), reused afterwards');
const bin = installCodeServer();

// A persistent profile beside the cached install, so your layout survives restarts.
const cache = process.env.OKR_CACHE_DIR ?? join(process.env.HOME ?? '/tmp', '.cache', 'okr-lens');
const dirs = instanceDirsAt(join(cache, 'dev'));
installVsix(bin, dirs, vsix);
step('installed the VSIX into the editor profile');

async function pickPort() {
  const wanted = Number(values.port ?? process.env.PORT ?? 8080);
  const probe = await fetch(`http://127.0.0.1:${wanted}/`).then(() => true, () => false);
  return probe ? freePort() : wanted;
}

const server = await startCodeServer({ bin, dirs, port: await pickPort() });
const url = server.folderUrl(folder);
step('code-server is up');
console.log(`\n  OKR Lens in VS Code ${'1.100.3'} (code-server): open\n\n    ${url}\n`);
console.log(`  Editor logs: ${dirs.log}`);
if (spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0) {
  console.log(`  VS Code desktop is on your PATH; to use it instead:\n    code --install-extension ${vsix} && code ${folder}`);
}
console.log('  Ctrl+C stops it (code-server.ts ends its whole process group on exit).\n');
