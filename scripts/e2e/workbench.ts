// Page helpers for VS Code's web workbench (code-server 4.100.3). Every
// helper waits on what the page shows (playwright's auto-waiting locators),
// never on a fixed delay. Selectors are the ones that proved stable on 1.100.
import type { Locator, Page } from 'playwright-core';
import type { CodeServer } from './code-server';

/** Opens `folder` in the workbench and waits until the explorer lists it. */
export async function openWorkbench(page: Page, server: CodeServer, folder: string): Promise<void> {
  await page.goto(server.folderUrl(folder));
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** Opens a workspace file by name through Quick Open and waits for its editor. */
export async function openFile(page: Page, relativePath: string): Promise<Locator> {
  const base = relativePath.split('/').pop() ?? relativePath;
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(relativePath);
  // Pick the row whose path matches, not just the first fuzzy hit.
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: base })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor();
  const editor = activeEditor(page);
  await editor.locator('.view-lines').waitFor();
  return editor;
}

/** The editor of the active group. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Gives keyboard focus to the workbench without clicking anything that reacts. */
export async function focusWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').focus().catch(() => undefined);
}

/** Runs a command by its palette title (F1), waiting for the row to appear first. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: title })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  // The palette closes, or gives way to the command's own prompt.
  await page.waitForFunction(() => {
    const widget = document.querySelector<HTMLElement>('.quick-input-widget');
    const input = widget?.querySelector('input');
    return !widget || widget.style.display === 'none' || !input?.value.startsWith('>');
  });
}

/** Answers a command's prompt (input box or pick) titled `title` with `answer`. */
export async function answerPrompt(page: Page, title: string, answer: string): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor();
  await page.locator('.quick-input-widget input').fill(answer);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'hidden' });
}

/**
 * Opens the Problems panel and returns its rows. With `filter`, types it in
 * the panel's filter box first: the list is virtualized, so rows of a busy
 * workspace may otherwise lie outside the rendered part.
 */
export async function openProblems(page: Page, filter?: string): Promise<Locator> {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor();
  if (filter !== undefined) {
    const box = page.getByPlaceholder(/^Filter \(e\.g\./);
    await box.fill(filter);
  }
  return page.locator('.markers-panel .monaco-list-row');
}

/** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G). */
export async function gotoLine(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page
    .locator('.statusbar-item[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` })
    .waitFor();
}

/** The language mode shown in the status bar for the active editor. */
export function languageStatus(page: Page): Locator {
  return page.locator('.statusbar-item[id="status.editor.mode"]');
}
