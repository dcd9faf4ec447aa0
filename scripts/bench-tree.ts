// Scale check of the alignment tree (not a test: no timed assertions).
// Builds a synthetic workspace of 2,000 units and 10,000 KRs, renders the
// `okr tree` html page in Debian's chromium, and reports each figure as a
// ratio to a baseline measured in the same run on the same machine:
//   - load: our page vs a naive page that puts one <div> per node into the
//     DOM (what an unvirtualised renderer costs);
//   - interactions (expand all, search, scroll, filter): vs one 60 Hz frame
//     (16.7 ms) and vs the same interaction on the small fixture workspace.
// Run: npx tsx scripts/bench-tree.ts [--units N] [--krs N]
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workspace } from '../server/src/core/workspace';
import { buildGraph } from '../server/src/core/graph/build';
import { renderHtml, makeNonce, jsonForScript, standaloneCsp } from '../server/src/core/graph/html';
import type { TreeGraph } from '../server/src/protocol';
import { ensureWebviewBuilt, launch, watchedPage } from '../test/browser/support';
import { AS_OF, fixtureWorkspace } from '../test/unit/graph/helpers';
import { syntheticWorkspace } from '../test/browser/synthetic';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const UNITS = arg('units', 2000);
const KRS = arg('krs', 10000);
const RUNS = 3;

function naivePage(graph: TreeGraph): string {
  const nonce = makeNonce();
  // The baseline renderer: every node as a div, text only, then layout.
  const js = `const g = JSON.parse(document.getElementById('okr-graph').textContent);
const f = document.createDocumentFragment();
for (const n of g.nodes) { const d = document.createElement('div'); d.textContent = n.label; f.appendChild(d); }
document.body.appendChild(f);`;
  return `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${standaloneCsp(nonce)}"></head><body>
<script type="application/json" id="okr-graph">${jsonForScript(graph)}</script><script nonce="${nonce}">${js}</script></body></html>`;
}

const MARK = `addEventListener('load', () => { document.body.offsetHeight; window.__loaded = performance.now(); });`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const js = readFileSync(ensureWebviewBuilt(), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'okr-bench-'));

  // CPU time, not wall time: on a shared, loaded machine wall time mostly measures the neighbours.
  const cpuMs = (f: () => void): number => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const ws = new Workspace();
  const parseMs = cpuMs(() => {
    for (const [p, text] of syntheticWorkspace(UNITS, KRS)) ws.set(p, text);
  });
  let big!: TreeGraph;
  const builds: number[] = [];
  for (let r = 0; r < RUNS; r++) builds.push(cpuMs(() => (big = buildGraph(ws, new Map(), { asOf: AS_OF }))));
  const buildMs = median(builds);
  const small = buildGraph(fixtureWorkspace(), new Map(), { asOf: AS_OF });
  const krs = big.nodes.filter((n) => n.kind === 'kr').length;
  const units = big.nodes.filter((n) => n.kind === 'unit').length;

  const pages = {
    tree: join(dir, 'big.html'),
    naive: join(dir, 'naive.html'),
    small: join(dir, 'small.html'),
  };
  writeFileSync(pages.tree, renderHtml(big, js));
  writeFileSync(pages.naive, naivePage(big));
  writeFileSync(pages.small, renderHtml(small, js));

  const browser = await launch();
  const load = async (file: string) => {
    const url = pathToFileURL(file).href;
    const p = await watchedPage(browser, url);
    await p.page.addInitScript(MARK);
    await p.page.goto(url);
    await p.page.waitForFunction(() => (window as unknown as { __loaded?: number }).__loaded !== undefined);
    const ms = await p.page.evaluate(() => (window as unknown as { __loaded: number }).__loaded);
    return { ...p, ms };
  };
  /**
   * Runs a UI action in the page and returns its cost including layout. For a
   * deferred action (scrolling renders in the next animation frame) our two
   * callbacks are queued around the page's own: frame = [t0, page render, t1].
   */
  const timeIn = (page: import('playwright-core').Page, action: string, deferred: boolean) =>
    page.evaluate(
      ([code, defer]) =>
        new Promise<number>((done) => {
          if (!defer) {
            const t0 = performance.now();
            new Function(code)();
            void document.body.offsetHeight;
            done(performance.now() - t0);
            return;
          }
          let t0 = 0;
          requestAnimationFrame(() => (t0 = performance.now()));
          new Function(code)();
          requestAnimationFrame(() => {
            void document.body.offsetHeight;
            done(performance.now() - t0);
          });
        }),
      [action, deferred] as const,
    );
  const ACTIONS: Record<string, string> = {
    'expand all': "document.getElementById('okr-expand').click()",
    'scroll to middle': "const t = document.querySelector('.tree'); t.scrollTop = t.scrollHeight / 2; t.dispatchEvent(new Event('scroll')); ",
    search: "const i = document.getElementById('okr-search'); i.value = 'raise metric 3 of team-1'; i.dispatchEvent(new Event('input'));",
    'only off track': "document.getElementById('okr-offtrack').click()",
    'collapse all': "document.getElementById('okr-collapse').click()",
  };

  const results: Record<string, number[]> = {};
  const push = (k: string, v: number) => (results[k] ??= []).push(v);
  for (let r = 0; r < RUNS; r++) {
    for (const kind of ['tree', 'naive', 'small'] as const) {
      const p = await load(pages[kind]);
      push(`load ${kind}`, p.ms);
      if (kind !== 'naive') {
        if (kind === 'tree') {
          push('rows in DOM after load', await p.page.$$eval('.row', (e) => e.length));
          push('rows shown after expand all', await p.page.evaluate(() => {
            document.getElementById('okr-expand')!.click();
            const n = Number(document.querySelector('.canvas')!.getBoundingClientRect().height) / 28;
            document.getElementById('okr-collapse')!.click();
            return n;
          }));
        }
        for (const [name, code] of Object.entries(ACTIONS)) {
          push(`${name} ${kind}`, await timeIn(p.page, code, name === 'scroll to middle'));
        }
      }
      if (p.watch.pageErrors.length || p.watch.requests.length) throw new Error(`${kind}: ${JSON.stringify(p.watch)}`);
      await p.context.close();
    }
  }
  await browser.close();

  const m = (k: string) => median(results[k]!);
  const FRAME = 1000 / 60;
  const out: string[] = [];
  out.push(`okr tree scale check: ${units} units, ${krs} KRs, ${big.nodes.length} nodes, ${big.edges.length} edges (median of ${RUNS} runs)`);
  out.push(`  CPU: parse workspace ${parseMs.toFixed(0)} ms; buildGraph ${buildMs.toFixed(0)} ms -> ratio ${(buildMs / parseMs).toFixed(2)} of parsing the same files`);
  out.push(`  html page ${(readFileSync(pages.tree).length / 1e6).toFixed(1)} MB; rows in DOM after load ${m('rows in DOM after load')}; expand all makes ${m('rows shown after expand all')} rows, of which the DOM holds only the ones in view`);
  out.push(`  load + first render: ${m('load tree').toFixed(0)} ms vs naive one-div-per-node page ${m('load naive').toFixed(0)} ms -> ratio ${(m('load tree') / m('load naive')).toFixed(2)}`);
  for (const name of Object.keys(ACTIONS)) {
    const b = m(`${name} tree`);
    const s = m(`${name} small`);
    out.push(`  ${name.padEnd(16)} ${b.toFixed(1).padStart(6)} ms = ${(b / FRAME).toFixed(2)} frames; ${(b / Math.max(s, 0.1)).toFixed(1)}x the small workspace (${s.toFixed(1)} ms)`);
  }
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
