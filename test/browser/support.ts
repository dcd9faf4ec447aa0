// Opens tree pages in Debian's chromium (never a downloaded browser) and
// records everything a page must not do: requests beyond its own file,
// page errors and console errors (CSP violations are reported there).
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Repository root. */
export const ROOT = join(__dirname, '..', '..');
/** Where screenshots go (git-ignored). */
export const RESULTS = join(ROOT, 'test-results');

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Launches /usr/bin/chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

function newest(dir: string): number {
  let t = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/**
 * Makes sure dist/webview.js is built from the current sources (the suite
 * runner builds everything first; a direct mocha run may not have).
 */
export function ensureWebviewBuilt(): string {
  const out = join(ROOT, 'dist', 'webview.js');
  const sources = Math.max(newest(join(ROOT, 'client', 'webview')), statSync(join(ROOT, 'server', 'src', 'protocol.ts')).mtimeMs);
  if (!existsSync(out) || statSync(out).mtimeMs < sources) {
    buildSync({ entryPoints: [join(ROOT, 'client/webview/main.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', outfile: out, logLevel: 'warning' });
  }
  return out;
}

/** What a page did that it should not have. */
export interface Watch {
  requests: string[];
  pageErrors: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/** A fresh context whose only reachable URL is `allowed` (everything else is aborted and recorded). */
export async function watchedPage(browser: Browser, allowed: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({ viewport });
  const watch: Watch = { requests: [], pageErrors: [], consoleErrors: [], dialogs: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === allowed) return route.continue();
    watch.requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => watch.pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') watch.consoleErrors.push(m.text());
  });
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  return { context, page, watch };
}

/** Creates test-results/ and returns a path in it. */
export function resultPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, name);
}

/**
 * A stand-in for VS Code's acquireVsCodeApi: records posted messages in
 * `window.__sent`, keeps state in the history entry so it survives a reload
 * (as VS Code's webview state does), committed in order with the navigation.
 */
export const VSCODE_STUB = `
  window.__sent = [];
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__sent.push(JSON.parse(JSON.stringify(m))),
    getState: () => (history.state || {}).vscodeState,
    setState: (s) => history.replaceState({ vscodeState: JSON.parse(JSON.stringify(s)) }, ''),
  });
`;
