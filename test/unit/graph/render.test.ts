import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../../server/src/core/graph/build';
import { renderHtml, standaloneCsp } from '../../../server/src/core/graph/html';
import { encode, renderMermaid } from '../../../server/src/core/graph/mermaid';
import { runTree } from '../../../server/src/cli/tree';
import type { TreeGraph } from '../../../server/src/protocol';
import { AS_OF, FIXTURE_DIR, fixtureWorkspace } from './helpers';

const graph = buildGraph(fixtureWorkspace(), new Map(), { asOf: AS_OF });

/** The graph JSON embedded in a page, read back the way the page reads it. */
function embedded(html: string): unknown {
  const m = /<script type="application\/json" id="okr-graph">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, 'graph data block');
  return JSON.parse(m[1]!);
}

describe('renderMermaid', () => {
  const out = renderMermaid(graph);
  it('is a top-down flowchart with one node per graph node', () => {
    assert.ok(out.startsWith('flowchart TD\n'));
    assert.equal(out.match(/^ {2}n\d+[[({]/gm)?.length, graph.nodes.length);
  });
  it('encodes every character that could break out of a label', () => {
    assert.ok(!out.includes('<img'));
    assert.ok(out.includes('#60;img src#61;x onerror#61;alert(1)#62;'));
    assert.equal(encode('a "b" [c] #d;'), 'a #34;b#34; #91;c#93; #35;d#59;');
  });
  it('draws each kind of edge with its own arrow', () => {
    assert.match(out, /n\d+ -\. aligns \.-> n\d+/);
    assert.match(out, /n\d+ == depends ==> n\d+/);
    assert.match(out, /n\d+ -\. measures \.-> n\d+/);
    assert.match(out, /n\d+ -\. guardrail \.-> n\d+/);
    assert.equal(out.match(/ --> /g)?.length, graph.edges.filter((e) => e.kind === 'contains').length);
  });
  it('shows progress and off-track state in labels', () => {
    assert.match(out, /Reduce churn from 14#37; to 7#37; by end of Q2<br\/>50#37;, confidence 0\.8/);
    assert.match(out, /class [n\d,]+ offTrack/);
  });
});

describe('renderHtml', () => {
  it('has a strict CSP allowing only the nonce', () => {
    const html = renderHtml(graph, 'void 0;', { nonce: 'abc123' });
    assert.ok(html.includes(`content="${standaloneCsp('abc123').replace(/'/g, '&#39;')}"`));
    assert.match(standaloneCsp('n'), /^default-src 'none'; script-src 'nonce-n'; style-src 'nonce-n'/);
    assert.ok(html.includes('<script nonce="abc123">void 0;</script>'));
    assert.ok(!/https?:\/\//.test(html.replace(/"source":"[^"]*"|"evidence":"[^"]*"/g, '')), 'no URL outside data');
  });
  it('uses a fresh random nonce each time', () => {
    const nonceOf = (h: string) => /<script nonce="([^"]+)">/.exec(h)![1];
    const a = nonceOf(renderHtml(graph, ''));
    const b = nonceOf(renderHtml(graph, ''));
    assert.notEqual(a, b);
    assert.ok(a!.length >= 24);
  });
  it('embeds the graph as inert JSON that no title can close', () => {
    const evil: TreeGraph = JSON.parse(JSON.stringify(graph));
    evil.nodes[0]!.label = '</script><script>alert(1)</script><!-- & \u2028';
    const html = renderHtml(evil, '', { nonce: 'n' });
    assert.equal(html.match(/<\/script>/g)?.length, 2); // the data block's and the script's own
    assert.deepEqual(embedded(html), evil);
  });
  it('drops the bundle’s source-map comment, so even developer tools fetch nothing', () => {
    const html = renderHtml(graph, 'run();\n//# sourceMappingURL=webview.js.map\n', { nonce: 'n' });
    assert.ok(!html.includes('sourceMappingURL'));
    assert.ok(html.includes('<script nonce="n">run();\n\n</script>'));
  });
  it('neutralises a closing script tag inside the bundle', () => {
    const html = renderHtml(graph, 'const s = "</script><b>";', { nonce: 'n' });
    assert.ok(html.includes('const s = "<\\/script><b>";'));
  });
});

describe('okr tree (runTree)', () => {
  const run = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runTree(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: FIXTURE_DIR });
    return { code, stdout, stderr };
  };
  it('prints the graph as JSON', async () => {
    const r = await run(['.', '--format', 'json', '--as-of', AS_OF]);
    assert.equal(r.code, 0, r.stderr);
    const g = JSON.parse(r.stdout) as TreeGraph;
    assert.equal(g.version, 1);
    assert.equal(g.nodes.length, graph.nodes.length);
    assert.ok(g.nodes.some((n) => n.label === '<img src=x onerror=alert(1)>'));
  });
  it('filters by cycle', async () => {
    const r = await run(['--format', 'json', '--cycle', '2026-Q1']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as TreeGraph).nodes.length, 3);
  });
  it('writes mermaid to a file with -o', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'okr-tree-')), 'tree.mmd');
    const r = await run(['--format', 'mermaid', '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.ok(readFileSync(out, 'utf8').startsWith('flowchart TD'));
  });
  it('warns on stderr when a chart is past the limits GitHub renders', async () => {
    const small = await run(['--format', 'mermaid']);
    assert.equal(small.stderr, '');
    const big = mkdtempSync(join(tmpdir(), 'okr-big-'));
    writeFileSync(join(big, 'okr.config.yaml'), 'rules: {}\n');
    mkdirSync(join(big, 'units'));
    for (let i = 0; i < 300; i++) {
      writeFileSync(join(big, 'units', `t${i}.okr.yaml`), `version: 1\nunit: t${i}\nlevel: team\ncycle: 2026-Q2\nobjectives:\n  - id: o\n    title: Objective ${i}\n    key_results:\n      - id: k\n        title: Raise x from 1 to 2\n`);
    }
    let stderr = '';
    let stdout = '';
    const code = await runTree([big, '--format', 'mermaid'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: big });
    assert.equal(code, 0);
    assert.ok(stdout.startsWith('flowchart TD'));
    assert.match(stderr, /^okr: warning: this chart has 600 edges and \d+ characters; GitHub renders Mermaid only up to 500 edges/);
  });
  for (const [args, message] of [
    [['--format', 'xml'], /unknown format 'xml'/],
    [['missing-dir'], /no such file or directory: missing-dir/],
    [['--as-of', 'tomorrow'], /--as-of takes a date/],
    [['--cycle', '1999-Q1', '--format', 'json'], /no OKR file is in cycle '1999-Q1'/],
    [['--format', 'json', '-o', '/nonexistent-dir/x.json'], /cannot write \/nonexistent-dir\/x.json/],
    [['--bogus'], /bogus/],
  ] as const) {
    it(`exits 2 with one line for ${args.join(' ')}`, async () => {
      const r = await run([...args]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.equal(r.stdout, '');
    });
  }
});

describe('webview CSP', () => {
  it('allows only the nonce\'d script, and styles, images and fonts from the webview source', async () => {
    const { webviewCsp } = await import('../../../server/src/core/graph/html');
    assert.equal(webviewCsp('n1', 'https://src.example'),
      "default-src 'none'; script-src 'nonce-n1'; style-src https://src.example 'nonce-n1'; img-src https://src.example data:; font-src https://src.example; base-uri 'none'; form-action 'none'");
  });
});
