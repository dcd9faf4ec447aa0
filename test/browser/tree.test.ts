// The `okr tree --format html` page in real headless chromium: what it shows,
// how it filters and navigates, what it sends on click, and that it neither
// runs user text nor touches the network.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { runTree } from '../../server/src/cli/tree';
import { buildGraph } from '../../server/src/core/graph/build';
import { renderHtml } from '../../server/src/core/graph/html';
import type { Finding } from '../../server/src/core/types';
import type { TreeGraph } from '../../server/src/protocol';
import { AS_OF, FIXTURE_DIR, fixturePath, fixtureWorkspace } from '../unit/graph/helpers';
import { VSCODE_STUB, ensureWebviewBuilt, launch, resultPath, watchedPage, type Watch } from './support';

const Q2 = '@2026-Q2';
const row = (id: string) => `.row[data-id="${id}"]`;

async function cliTree(args: string[]): Promise<string> {
  let err = '';
  const code = await runTree(args, { stdout: () => {}, stderr: (t) => (err += t), cwd: FIXTURE_DIR });
  assert.equal(code, 0, err);
  return err;
}

async function labels(page: Page): Promise<string[]> {
  return page.$$eval('.tree .row .label', (els) => els.map((e) => e.textContent ?? ''));
}

function assertClean(w: Watch): void {
  assert.deepEqual(w.requests, [], 'no network request');
  assert.deepEqual(w.pageErrors, [], 'no page error');
  assert.deepEqual(w.consoleErrors, [], 'no console error (CSP violations land here)');
  assert.deepEqual(w.dialogs, [], 'no dialog (the hostile title must not run)');
}

describe('tree page (okr tree --format html) in chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let dir: string;
  let htmlPath: string;
  let url: string;
  let graph: TreeGraph;

  before(async () => {
    ensureWebviewBuilt();
    dir = mkdtempSync(join(tmpdir(), 'okr-tree-page-'));
    htmlPath = join(dir, 'tree.html');
    await cliTree(['.', '--format', 'html', '--as-of', AS_OF, '-o', htmlPath]);
    const jsonPath = join(dir, 'tree.json');
    await cliTree(['.', '--format', 'json', '--as-of', AS_OF, '-o', jsonPath]);
    graph = JSON.parse(readFileSync(jsonPath, 'utf8')) as TreeGraph;
    url = pathToFileURL(htmlPath).href;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  /** The page inside a VS Code-like host (acquireVsCodeApi present). */
  async function openInHost() {
    const p = await watchedPage(browser, url);
    await p.page.addInitScript(VSCODE_STUB);
    await p.page.goto(url);
    await p.page.waitForSelector('.tree .row');
    return p;
  }

  it('renders units, objectives and KRs with progress, and keeps a screenshot', async () => {
    const { context, page, watch } = await openInHost();
    const shown = await labels(page);
    for (const t of ['acme', 'product', 'growth', 'platform', 'Make customers feel valued enough to stay', 'Reduce churn from 14% to 7% by end of Q2', 'Customers never notice an outage']) {
      assert.ok(shown.includes(t), `shows ${t}; got ${shown.join(' | ')}`);
    }
    // Latest cycle by default: the Q1 objective is not shown.
    assert.ok(!shown.includes('Win our first market outside Europe'));
    // Company on top, then its objectives, then the domain and teams.
    assert.deepEqual(shown.slice(0, 2), ['acme', 'Make customers feel valued enough to stay']);
    assert.equal(await page.textContent(`${row(`k:acme/retention/churn-down${Q2}`)} .figure.progress`), '50%');
    assert.equal(await page.textContent(`${row(`o:acme/retention${Q2}`)} .figure.progress`), '35%');
    assert.equal(await page.$eval(`${row(`k:acme/retention/churn-down${Q2}`)} .bar .fill`, (e) => (e as HTMLElement).style.width), '50%');
    assert.equal(await page.textContent(`${row(`k:acme/retention/churn-down${Q2}`)} .figure.values`), '10.5 → 7%');
    assert.equal(await page.textContent(`${row(`k:acme/retention/churn-down${Q2}`)} .figure.confidence`), 'conf 0.8');
    assert.equal(await page.textContent(`${row(`k:growth/hostile/signups${Q2}`)} .status`), 'off track');
    assert.equal(await page.textContent(`${row(`k:acme/retention/nps-up${Q2}`)} .tag.moonshot`), 'moonshot');
    assert.equal(await page.textContent(`${row(`k:product/onboarding/time-to-value${Q2}`)} .figure.progress`), '–');
    await page.screenshot({ path: resultPath('tree-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: resultPath('tree-dark.png') });
    assertClean(watch);
    await context.close();
  });

  it('shows a hostile title as characters and runs nothing', async () => {
    const { context, page, watch } = await openInHost();
    const label = await page.textContent(`${row(`o:growth/hostile${Q2}`)} .label`);
    assert.equal(label, '<img src=x onerror=alert(1)>');
    assert.equal(await page.$$eval('img', (els) => els.length), 0);
    assert.match((await page.getAttribute(row(`o:growth/hostile${Q2}`), 'aria-label')) ?? '', /^Objective: <img src=x onerror=alert\(1\)>\./);
    assertClean(watch);
    await context.close();
  });

  it('draws dependency and alignment edges as chips and arcs', async () => {
    const { context, page, watch } = await openInHost();
    const chips = await page.$$eval(`${row(`o:growth/hostile${Q2}`)} .chip`, (els) => els.map((e) => [e.textContent, e.className]));
    assert.deepEqual(chips, [
      ['↗ product/onboarding', 'chip edge-aligns'],
      ['⇢ platform/reliability', 'chip edge-depends'],
      ['⇢ platform/nothing-here', 'chip edge-depends unresolved'],
    ]);
    const arcs = await page.$$eval('svg.arcs path', (els) => els.map((e) => `${e.getAttribute('class')?.split(' ')[1]} ${e.getAttribute('data-from')} -> ${e.getAttribute('data-to')}`).sort());
    const expected = graph.edges.filter((e) => e.kind === 'aligns' || e.kind === 'depends').map((e) => `arc-${e.kind} ${e.from} -> ${e.to}`).sort();
    assert.deepEqual(arcs, expected);
    assert.equal(arcs.length, 4);
    // A chip jumps to its target row.
    await page.click(`${row(`o:growth/hostile${Q2}`)} .chip.edge-depends:not(.unresolved)`);
    assert.equal(await page.getAttribute('.tree', 'aria-activedescendant'), await page.getAttribute(row(`o:platform/reliability${Q2}`), 'id'));
    assertClean(watch);
    await context.close();
  });

  it('shows the Signals panel: North Star with guardrails, KPIs, promotion into KRs', async () => {
    const { context, page, watch } = await openInHost();
    const panel = page.locator('aside.signals');
    assert.equal(await panel.locator('.north-star button.reveal').textContent(), '★ Weekly active teams');
    assert.deepEqual(await panel.locator('.north-star .guardrails').evaluate((e) => Array.from(e.children, (c) => [c.tagName, c.className, c.textContent])), [
      ['BUTTON', 'link', 'Monthly logo churn'],
      ['SPAN', 'unresolved', 'nps'],
    ]);
    const churn = panel.locator(`li[data-id="m:acme/churn${Q2}"]`);
    assert.equal(await churn.getAttribute('class'), 'signal kpi promoted');
    assert.equal(await churn.locator('.tag.promoted').textContent(), 'promoted → acme/retention/churn-down');
    assert.equal(await churn.locator('.meta').textContent(), 'breach > 10% · CS lead');
    assertClean(watch);
    await context.close();
  });

  it('sends a reveal message with the node’s position on click and on Enter', async () => {
    const { context, page, watch } = await openInHost();
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent), [{ type: 'ready' }]);
    await page.click(`${row(`k:acme/retention/churn-down${Q2}`)} .label`);
    const kr = graph.nodes.find((n) => n.id === `k:acme/retention/churn-down${Q2}`)!;
    const lines = readFileSync(fixturePath('company.okr.yaml'), 'utf8').split('\n');
    assert.equal(lines[kr.pos.line]!.trim(), '- id: churn-down');
    const sent = () => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent);
    assert.deepEqual((await sent())[1], { type: 'reveal', path: fixturePath('company.okr.yaml'), line: kr.pos.line, character: kr.pos.character });
    // Keyboard: the click made this row active; Down then Enter reveals the next KR.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const nps = graph.nodes.find((n) => n.id === `k:acme/retention/nps-up${Q2}`)!;
    assert.deepEqual((await sent())[2], { type: 'reveal', path: nps.pos.path, line: nps.pos.line, character: nps.pos.character });
    assertClean(watch);
    await context.close();
  });

  it('navigates by keyboard with tree semantics', async () => {
    const { context, page, watch } = await openInHost();
    const active = () => page.evaluate(() => {
      const id = document.querySelector('.tree')!.getAttribute('aria-activedescendant');
      return id ? document.getElementById(id)?.getAttribute('data-id') : null;
    });
    assert.equal(await page.getAttribute('.tree', 'role'), 'tree');
    await page.focus('.tree');
    await page.keyboard.press('Home');
    assert.equal(await active(), 'u:acme');
    await page.keyboard.press('ArrowDown');
    assert.equal(await active(), `o:acme/retention${Q2}`);
    assert.equal(await page.getAttribute(row(`o:acme/retention${Q2}`), 'aria-expanded'), 'true');
    assert.equal(await page.getAttribute(row(`o:acme/retention${Q2}`), 'aria-level'), '2');
    assert.equal(await page.getAttribute(row(`o:acme/retention${Q2}`), 'aria-selected'), 'true');
    await page.keyboard.press('ArrowLeft'); // collapses
    assert.equal(await page.getAttribute(row(`o:acme/retention${Q2}`), 'aria-expanded'), 'false');
    assert.equal(await page.$(row(`k:acme/retention/churn-down${Q2}`)), null);
    await page.keyboard.press('ArrowLeft'); // to the parent
    assert.equal(await active(), 'u:acme');
    await page.keyboard.press('End');
    assert.equal(await active(), `k:platform/reliability/pages${Q2}`);
    assert.match((await page.getAttribute(row(`o:acme/retention${Q2}`), 'aria-label')) ?? '', /^Objective: Make customers feel valued enough to stay\. progress 35%\. confidence 0\.75\. on track/);
    assertClean(watch);
    await context.close();
  });

  it('filters by cycle, unit, off track and search, and collapses and expands', async () => {
    const { context, page, watch } = await openInHost();
    await page.selectOption('#okr-cycle', '2026-Q1');
    assert.deepEqual(await labels(page), ['acme', 'product', 'growth', 'Win our first market outside Europe', 'Grow paying teams in the US from 0 to 50']);
    await page.selectOption('#okr-cycle', '');
    const all = await labels(page);
    assert.ok(all.includes('Win our first market outside Europe') && all.includes('Make customers feel valued enough to stay'));
    await page.selectOption('#okr-cycle', '2026-Q2');

    await page.selectOption('#okr-unit', 'u:platform');
    assert.deepEqual(await labels(page), ['platform', 'Customers never notice an outage', 'Cut p99 latency from 900 ms to 300 ms', 'Reduce night pages from 12 to 2 a month']);
    assert.deepEqual(await page.$$eval('aside.signals h3', (els) => els.map((e) => e.textContent)), []);
    await page.selectOption('#okr-unit', '');

    await page.check('#okr-offtrack');
    assert.deepEqual(await labels(page), [
      'acme', 'product', 'growth', '<img src=x onerror=alert(1)>', 'Grow weekly signups from 100 to 300',
      'platform', 'Customers never notice an outage', 'Reduce night pages from 12 to 2 a month',
    ]);
    assert.match((await page.textContent('.summary')) ?? '', /2 objectives off track/);
    await page.uncheck('#okr-offtrack');

    await page.fill('#okr-search', 'LATENCY');
    assert.deepEqual(await labels(page), ['acme', 'product', 'platform', 'Customers never notice an outage', 'Cut p99 latency from 900 ms to 300 ms']);
    assert.deepEqual(await page.$$eval('.row.match .label', (els) => els.map((e) => e.textContent)), ['Cut p99 latency from 900 ms to 300 ms']);
    // A branch can still be closed while searching.
    await page.click(`${row(`o:platform/reliability${Q2}`)} .twisty`);
    assert.deepEqual(await labels(page), ['acme', 'product', 'platform', 'Customers never notice an outage']);
    await page.fill('#okr-search', '');

    await page.click('#okr-collapse');
    assert.deepEqual(await labels(page), ['acme']);
    await page.click(`${row('u:acme')} .twisty`);
    assert.deepEqual(await labels(page), ['acme', 'Make customers feel valued enough to stay', 'product']);
    await page.click('#okr-expand');
    assert.equal((await labels(page)).length, 4 + 4 + 8);
    assertClean(watch);
    await context.close();
  });

  it('keeps its state across a reload (getState/setState)', async () => {
    const { context, page, watch } = await openInHost();
    await page.fill('#okr-search', 'latency');
    await page.selectOption('#okr-cycle', '');
    await page.click(`${row(`k:platform/reliability/p99${Q2}`)} .label`);
    await page.reload();
    await page.waitForSelector('.tree .row');
    assert.equal(await page.inputValue('#okr-search'), 'latency');
    assert.equal(await page.inputValue('#okr-cycle'), '');
    assert.deepEqual(await labels(page), ['acme', 'product', 'platform', 'Customers never notice an outage', 'Cut p99 latency from 900 ms to 300 ms']);
    assert.equal(await page.getAttribute(row(`k:platform/reliability/p99${Q2}`), 'aria-selected'), 'true');
    assertClean(watch);
    await context.close();
  });

  it('takes new graphs from the host live and drops malformed messages', async () => {
    const { context, page, watch } = await openInHost();
    const next: TreeGraph = JSON.parse(JSON.stringify(graph));
    const kr = next.nodes.find((n) => n.id === `k:acme/retention/churn-down${Q2}`)!;
    if (kr.kind !== 'kr') throw new Error('kr');
    kr.progress = 0.75;
    kr.label = 'Reduce churn (typed just now)';
    await page.evaluate((g) => {
      window.postMessage({ type: 'graph', graph: { version: 1 } }, '*'); // malformed: ignored
      window.postMessage({ type: 'reveal', path: '/etc/passwd', line: 0, character: 0 }, '*'); // not a host message
      window.postMessage({ type: 'graph', graph: g }, '*');
    }, next);
    await page.waitForSelector(`${row(kr.id)} .label:text-is("Reduce churn (typed just now)")`);
    assert.equal(await page.textContent(`${row(kr.id)} .figure.progress`), '75%');
    assertClean(watch);
    await context.close();
  });

  it('follows VS Code theme variables when they are present', async () => {
    const { context, page, watch } = await openInHost();
    const bg = await page.evaluate(() => {
      document.body.classList.add('vscode-high-contrast');
      document.documentElement.style.setProperty('--vscode-editor-background', 'rgb(1, 2, 3)');
      document.documentElement.style.setProperty('--vscode-errorForeground', 'rgb(250, 0, 0)');
      return getComputedStyle(document.body).backgroundColor;
    });
    assert.equal(bg, 'rgb(1, 2, 3)');
    assert.equal(await page.$eval(`${row(`k:growth/hostile/signups${Q2}`)} .status`, (e) => getComputedStyle(e).color), 'rgb(250, 0, 0)');
    assertClean(watch);
    await context.close();
  });

  it('works standalone, without a host: no messages, state kept across a reload', async () => {
    const { context, page, watch } = await watchedPage(browser, url);
    await page.goto(url);
    await page.waitForSelector('.tree .row');
    await page.click(`${row(`o:platform/reliability${Q2}`)} .label`);
    assert.match((await page.textContent('.summary')) ?? '', /Customers never notice an outage — .*platform\.okr\.yaml:\d+/);
    await page.check('#okr-offtrack');
    await page.reload();
    await page.waitForSelector('.tree .row');
    assert.equal(await page.isChecked('#okr-offtrack'), true);
    assertClean(watch);
    await context.close();
  });

  it('shows problem badges and filters to nodes with problems', async () => {
    const ws = fixtureWorkspace();
    const path = fixturePath('platform.okr.yaml');
    const text = ws.get(path)!.text;
    const at = (s: string, severity: Finding['severity']): Finding => ({ rule: 't', messageId: 't', message: 't', severity, start: text.indexOf(s), end: text.indexOf(s) + 1 });
    const g = buildGraph(ws, new Map([[path, [at('Reduce night pages', 'error'), at('metric: uptime', 'warning'), at('aligns_to', 'warning')]]]), { asOf: AS_OF });
    const file = join(dir, 'problems.html');
    writeFileSync(file, renderHtml(g, readFileSync(ensureWebviewBuilt(), 'utf8')));
    const fileUrl = pathToFileURL(file).href;
    const { context, page, watch } = await watchedPage(browser, fileUrl);
    await page.addInitScript(VSCODE_STUB);
    await page.goto(fileUrl);
    await page.waitForSelector('.tree .row');
    const badges = (id: string) => page.$$eval(`${row(id)} .badge`, (els) => els.map((e) => e.textContent));
    assert.deepEqual(await badges(`k:platform/reliability/pages${Q2}`), ['⊗ 1']);
    assert.deepEqual(await badges(`o:platform/reliability${Q2}`), ['⊗ 1', '⚠ 2']);
    assert.deepEqual(await badges('u:acme'), ['⊗ 1', '⚠ 2']);
    assert.deepEqual(await badges('u:growth'), []);
    await page.check('#okr-problems');
    assert.deepEqual(await labels(page), ['acme', 'product', 'platform', 'Customers never notice an outage', 'Cut p99 latency from 900 ms to 300 ms', 'Reduce night pages from 12 to 2 a month']);
    await page.screenshot({ path: resultPath('tree-problems.png') });
    assertClean(watch);
    await context.close();
  });
});
