// Debian's chromium driven by playwright-core: no browser download, ever.
// Screenshots go to test-results/e2e/ (git-ignored) as test artifacts.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './code-server';

/** Where screenshots and failure logs of the e2e suite are kept. */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-results', 'e2e');

const CHROMIUM_CANDIDATES = [process.env.OKR_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The system chromium, or a clear error naming the Debian package. */
export function chromiumPath(): string {
  const found = CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('no chromium found: apt-get install chromium (or set OKR_CHROMIUM)');
  return found;
}

/** Launches headless chromium with the flags that proved stable in containers. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh page sized like a laptop screen. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return context.newPage();
}

/** Saves a full-page screenshot as test-results/e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}
