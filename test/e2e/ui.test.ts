// The extension as a user meets it: the packaged VSIX installed in a real
// VS Code (code-server 4.100.3) driven through Debian's chromium. One
// workbench session walks the whole story; each step saves a screenshot to
// test-results/e2e/. Every wait is on what the page shows.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from '../../scripts/e2e/browser';
import {
  activeEditor,
  answerPrompt,
  gotoLine,
  languageStatus,
  openFile,
  openProblems,
  openWorkbench,
  runCommand,
} from '../../scripts/e2e/workbench';
import { makeWorkspace, startEditor, type Editor } from './support/fixture';
import { DESIGN_FILE, DESIGN_OKR, DESIGN_OKR_MOVED, commentsOf, lineOf } from './support/workspace';

const MOVE_TO_INITIATIVES = /move to .*initiatives/i;
/** A Problems row shows source and code as "okr(kr-is-task)"; the parentheses are CSS, not text. */
const KR_IS_TASK_ROW = /okr\(?kr-is-task\)?/;

describe('VS Code UI (code-server 4.100.3 + chromium)', function () {
  let editor: Editor | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let workspace: string;
  let failed = false;
  const designPath = (): string => join(workspace, DESIGN_FILE);
  const onDisk = (): string => readFileSync(designPath(), 'utf8');
  const tree = (): FrameLocator => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

  // Each step sets up what it needs, so one failing step does not fail the rest.
  async function focusDesign(): Promise<void> {
    await page.keyboard.press('Control+1');
    await openFile(page, DESIGN_FILE);
  }
  async function openQuickFixMenu(): Promise<void> {
    await focusDesign();
    // The editor matches the disk here: every step saves or reverts what it types.
    await gotoLine(page, lineOf(onDisk(), 'title: Launch the redesigned board editor') + 1, 16);
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row.action', { hasText: MOVE_TO_INITIATIVES }).first().waitFor();
  }
  async function ensureTree(): Promise<void> {
    if ((await page.locator('iframe.webview.ready').count()) === 0) await runCommand(page, 'OKR: Show Alignment Tree');
    await tree().locator('#okr-search').waitFor();
  }
  /** The tree is virtualised (only rows in view exist), so find nodes with its search box, as a user would. */
  async function treeNode(query: string, label: string = query): Promise<Locator> {
    await tree().locator('#okr-search').fill(query);
    const node = tree().getByText(label).first();
    await node.waitFor();
    return node;
  }

  before(async function () {
    this.timeout(900_000); // a cold run installs code-server first (up to ~6 min on a busy runner)
    workspace = makeWorkspace();
    editor = await startEditor();
    browser = await launchBrowser();
    page = await newPage(browser);
    page.setDefaultTimeout(30_000);
    await openWorkbench(page, editor.server, workspace);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      failed = true;
      await screenshot(page, `FAILED-${this.currentTest.title}`).catch(() => undefined);
    }
  });

  after(async function () {
    this.timeout(60_000);
    await browser?.close();
    await editor?.stop(failed ? 'ui' : undefined);
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('opening an OKR file shows its findings in the Problems panel with their rule codes', async function () {
    await openFile(page, DESIGN_FILE);
    await languageStatus(page).filter({ hasText: /okr/i }).waitFor();
    const rows = await openProblems(page, 'design.okr.yaml');
    await rows.filter({ hasText: 'design.okr.yaml' }).first().waitFor();
    // The first findings wait for activation, server start and workspace indexing: slow on a busy runner.
    await rows.filter({ hasText: KR_IS_TASK_ROW }).first().waitFor({ timeout: 90_000 });
    await activeEditor(page).locator('.squiggly-warning').first().waitFor();
    await screenshot(page, '01-problems');
  });

  it('Ctrl+. on a task KR offers "move to initiatives", once', async function () {
    await openQuickFixMenu();
    await screenshot(page, '02-quick-fix-menu');
    const titles = await page.locator('.action-widget .monaco-list-row.action').allTextContents();
    assert.equal(titles.filter((t) => MOVE_TO_INITIATIVES.test(t)).length, 1, `menu: ${titles.join(' | ')}`);
  });

  it('applying it and saving leaves the KR under initiatives on disk, every comment kept', async function () {
    if (!(await page.locator('.action-widget').isVisible())) await openQuickFixMenu();
    // Choose with the keyboard: a mouse click is swallowed by the context view's pointer block.
    const focused = page.locator('.action-widget .monaco-list-row.action.focused');
    const rows = await page.locator('.action-widget .monaco-list-row.action').count();
    for (let i = 0; i < rows && !MOVE_TO_INITIATIVES.test((await focused.textContent()) ?? ''); i++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.match((await focused.textContent()) ?? '', MOVE_TO_INITIATIVES);
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden' });
    await page.locator('.markers-panel .monaco-list-row', { hasText: KR_IS_TASK_ROW }).first().waitFor({ state: 'detached' });
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });

    const text = onDisk();
    assert.deepEqual([...commentsOf(text)].sort(), [...commentsOf(DESIGN_OKR)].sort(), 'every comment is kept');
    assert.equal(text, DESIGN_OKR_MOVED);
    await screenshot(page, '03-fixed-and-saved');
  });

  it('hovering a KR shows its progress', async function () {
    await focusDesign();
    const text = onDisk();
    const line = lineOf(text, '- id: first-board-time') + 1;
    await gotoLine(page, line, 15);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // baseline 9, target 4, latest check-in 7: 40 % of the way.
    await page.locator('.monaco-hover', { hasText: /40\s?%/ }).first().waitFor();
    await screenshot(page, '04-hover-progress');
    await page.keyboard.press('Escape');
  });

  it('completion in aligns_to lists objectives from other files', async function () {
    await focusDesign();
    const text = onDisk();
    const line = lineOf(text, 'aligns_to: [product/first-value]') + 1;
    const col = text.split('\n')[line - 1]!.indexOf(']') + 1;
    await gotoLine(page, line, col);
    await page.keyboard.type(', product/t');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'product/trustworthy-core' }).first().waitFor();
    await screenshot(page, '05-completion');
    await page.keyboard.press('Escape');
    // Take the typing back so the file matches disk again.
    await runCommand(page, 'File: Revert File');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  });

  it('"OKR: Show Alignment Tree" opens the webview with the workspace\'s objectives', async function () {
    await focusDesign();
    await runCommand(page, 'OKR: Show Alignment Tree');
    await ensureTree();
    await tree().getByText(/\d+ units · \d+ objectives/).first().waitFor();
    await treeNode('Become the planning tool teams refuse to give up'); // company.okr.yaml
    await treeNode('Make new boards feel obvious from the first click'); // the file the tests wrote
    await screenshot(page, '06-alignment-tree');
  });

  it('typing in the editor updates the tree without saving', async function () {
    await ensureTree();
    await treeNode('Make new boards feel obvious');
    await focusDesign();
    const line = lineOf(onDisk(), 'title: Make new boards feel obvious from the first click') + 1;
    await gotoLine(page, line, 1);
    await page.keyboard.press('End');
    await page.keyboard.type(' and every later one');
    await tree().getByText('Make new boards feel obvious from the first click and every later one').first().waitFor();
    await screenshot(page, '07-tree-follows-typing');
  });

  it('clicking a node reveals its line in the editor', async function () {
    const company = readFileSync(join(workspace, 'company.okr.yaml'), 'utf8');
    const idLine = lineOf(company, '- id: retention') + 1;
    await ensureTree();
    await (await treeNode('Become the planning tool teams refuse to give up')).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'company.okr.yaml' }).waitFor();
    // The node is the objective: its `- id:` line or its title line right below.
    await page
      .locator('.statusbar-item[id="status.editor.selection"]', { hasText: new RegExp(`Ln (${idLine}|${idLine + 1}),`) })
      .waitFor();
    await screenshot(page, '08-node-revealed');
  });

  it('"OKR: New OKR File…" asks for the unit and writes a file that passes every rule', async function () {
    await runCommand(page, 'OKR: New OKR File');
    await answerPrompt(page, 'New OKR file (1/4)', 'research');
    await answerPrompt(page, 'New OKR file (2/4)', 'team');
    await answerPrompt(page, 'New OKR file (3/4)', '2026-Q2');
    await answerPrompt(page, 'New OKR file (4/4)', 'product');
    await page.locator('.tabs-container .tab.active', { hasText: 'research.okr.yaml' }).waitFor();
    await languageStatus(page).filter({ hasText: /okr/i }).waitFor();
    // The code lens comes from the server's analysis of the new file: once it shows, so have its findings.
    await activeEditor(page).locator('.codelens-decoration').first().waitFor();
    const rows = await openProblems(page, 'research.okr.yaml');
    await screenshot(page, '09-new-okr-file');
    assert.deepEqual(await rows.allTextContents(), []);
    const text = readFileSync(join(workspace, 'research.okr.yaml'), 'utf8');
    assert.match(text, /^unit: research$/m);
    assert.match(text, /^parent: product$/m);
    assert.match(text, /^cycle: 2026-Q2$/m);
  });

  it('F2 on an objective id renames it in its file and in the files that align to it', async function () {
    await page.keyboard.press('Control+1');
    await openFile(page, 'product/product.okr.yaml');
    const product = readFileSync(join(workspace, 'product/product.okr.yaml'), 'utf8');
    const line = lineOf(product, '- id: first-value');
    await gotoLine(page, line + 1, product.split('\n')[line]!.indexOf('first-value') + 3);
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input');
    await input.waitFor();
    await input.fill('first-win');
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    await activeEditor(page).locator('.view-lines', { hasText: '- id: first-win' }).waitFor();
    await openFile(page, 'product/growth.okr.yaml');
    await activeEditor(page).locator('.view-lines', { hasText: 'aligns_to: [product/first-win]' }).waitFor();
    await screenshot(page, '10-rename-across-files');
  });
});
