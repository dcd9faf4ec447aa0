// The tree stays virtualised on a big workspace: the DOM holds only the rows
// in view however many are expanded, and navigation still reaches every row.
// (Speed is measured by scripts/bench-tree.ts, never asserted here.)
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { Workspace } from '../../server/src/core/workspace';
import { buildGraph } from '../../server/src/core/graph/build';
import { renderHtml } from '../../server/src/core/graph/html';
import { AS_OF } from '../unit/graph/helpers';
import { VSCODE_STUB, ensureWebviewBuilt, launch, watchedPage } from './support';
import { syntheticWorkspace } from './synthetic';

describe('tree page at scale in chromium', function () {
  this.timeout(120000);
  let browser: Browser;
  let url: string;
  let total: number;

  before(async () => {
    const ws = new Workspace();
    for (const [p, t] of syntheticWorkspace(300, 1500)) ws.set(p, t);
    const graph = buildGraph(ws, new Map(), { asOf: AS_OF });
    total = graph.nodes.filter((n) => n.kind === 'unit' || n.kind === 'objective' || n.kind === 'kr').length;
    assert.equal(total, 300 + 600 + 1500);
    const file = join(mkdtempSync(join(tmpdir(), 'okr-scale-')), 'big.html');
    writeFileSync(file, renderHtml(graph, readFileSync(ensureWebviewBuilt(), 'utf8')));
    url = pathToFileURL(file).href;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('opens at the unit level, expands everything, and keeps the DOM to the rows in view', async () => {
    const { context, page, watch } = await watchedPage(browser, url, { width: 1280, height: 800 });
    await page.addInitScript(VSCODE_STUB);
    await page.goto(url);
    await page.waitForSelector('.tree .row');
    // Over the expand-all limit: company and domains open, teams closed.
    assert.equal(await page.getAttribute('.row[data-id="u:domain-1"]', 'aria-expanded'), 'true');
    assert.equal(await page.getAttribute('.row[data-id="u:team-12"]', 'aria-expanded'), 'false'); // domain-1's first team
    const canvasRows = () => page.$eval('.canvas', (e) => Math.round(e.getBoundingClientRect().height / 28));
    assert.equal(await canvasRows(), 1 + 2 + 6 * (1 + 2) + (300 - 7)); // company and its 2 objectives, 6 domains and theirs, closed teams
    await page.click('#okr-expand');
    assert.equal(await canvasRows(), total);
    const inDom = await page.$$eval('.tree .row', (e) => e.length);
    assert.ok(inDom > 20 && inDom < 120, `rows in DOM: ${inDom}`);
    await page.focus('.tree');
    await page.keyboard.press('End');
    const last = await page.evaluate(() => {
      const id = document.querySelector('.tree')!.getAttribute('aria-activedescendant');
      return id ? document.getElementById(id)?.getAttribute('aria-label') : null;
    });
    assert.match(last ?? '', /^Key result: Raise metric \d+ of team-299 from 10 to 20/);
    assert.ok((await page.$$eval('.tree .row', (e) => e.length)) < 120);
    assert.deepEqual(watch, { requests: [], pageErrors: [], consoleErrors: [], dialogs: [] });
    await context.close();
  });
});
