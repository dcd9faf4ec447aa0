import { strict as assert } from 'node:assert';
import { buildGraph } from '../../../server/src/core/graph/build';
import type { Finding } from '../../../server/src/core/types';
import { Workspace } from '../../../server/src/core/workspace';
import { AS_OF, fixturePath, fixtureWorkspace, links, node } from './helpers';

const Q2 = '@2026-Q2';

describe('buildGraph', () => {
  const ws = fixtureWorkspace();
  const g = buildGraph(ws, new Map(), { asOf: AS_OF });

  it('links units company → domain → teams through parent', () => {
    assert.equal(node(g, 'u:acme', 'unit').level, 'company');
    assert.equal(node(g, 'u:acme', 'unit').parent, undefined);
    assert.equal(node(g, 'u:product', 'unit').parent, 'u:acme');
    assert.equal(node(g, 'u:growth', 'unit').parent, 'u:product');
    assert.equal(node(g, 'u:platform', 'unit').level, 'team');
    const contains = g.edges.filter((e) => e.kind === 'contains' && e.to.startsWith('u:')).map((e) => `${e.from}>${e.to}`).sort();
    assert.deepEqual(contains, ['u:acme>u:product', 'u:product>u:growth', 'u:product>u:platform']);
  });

  it('keeps one node per unit across cycles, placed at its latest file', () => {
    const growth = node(g, 'u:growth', 'unit');
    assert.deepEqual(growth.cycles, ['2026-Q1', '2026-Q2']);
    assert.equal(growth.pos.path, fixturePath('growth.okr.yaml'));
    assert.deepEqual(g.cycles, ['2026-Q1', '2026-Q2']);
  });

  it('computes KR progress from the latest check-in by date', () => {
    const kr = node(g, `k:acme/retention/churn-down${Q2}`, 'kr');
    assert.equal(kr.current, 10.5);
    assert.equal(kr.progress, 0.5);
    assert.equal(kr.confidence, 0.8);
    assert.equal(kr.lastCheckin, '2026-05-12');
    assert.equal(kr.ambition, 'roof');
    assert.equal(kr.measureUnit, '%');
  });

  it('gives an objective the mean of its KRs’ progress', () => {
    const o = node(g, `o:acme/retention${Q2}`, 'objective');
    assert.ok(Math.abs((o.progress ?? NaN) - (0.5 + 0.2) / 2) < 1e-9);
    assert.ok(Math.abs((o.confidence ?? NaN) - 0.75) < 1e-9);
    // A KR with no check-in has no progress and does not drag the mean to zero.
    assert.equal(node(g, `o:product/onboarding${Q2}`, 'objective').progress, 0.5);
    assert.equal(node(g, `k:product/onboarding/time-to-value${Q2}`, 'kr').status, 'unknown');
  });

  it('marks off-track KRs by confidence and by pace, and their objectives', () => {
    assert.equal(node(g, `k:growth/hostile/signups${Q2}`, 'kr').status, 'off-track'); // confidence 0.3
    assert.equal(node(g, `k:platform/reliability/pages${Q2}`, 'kr').status, 'off-track'); // 0% at ~49% of the cycle
    assert.equal(node(g, `k:acme/retention/nps-up${Q2}`, 'kr').status, 'on-track'); // a moonshot paced at 70%
    assert.equal(node(g, `o:growth/hostile${Q2}`, 'objective').status, 'off-track');
    assert.equal(node(g, `o:acme/retention${Q2}`, 'objective').status, 'on-track');
  });

  it('keeps user text verbatim (escaping is the renderers’ job)', () => {
    assert.equal(node(g, `o:growth/hostile${Q2}`, 'objective').label, '<img src=x onerror=alert(1)>');
  });

  it('draws aligns, depends, measures and guardrail edges to the nodes they resolve to', () => {
    assert.deepEqual(links(g), [
      `aligns o:growth/hostile${Q2} -> o:product/onboarding${Q2}`,
      `aligns o:platform/reliability${Q2} -> k:product/onboarding/activation${Q2}`,
      `aligns o:product/onboarding${Q2} -> o:acme/retention${Q2}`,
      `depends o:growth/hostile${Q2} -> o:platform/reliability${Q2}`,
      `guardrail n:acme${Q2} -> m:acme/churn${Q2}`,
      `measures k:acme/retention/churn-down${Q2} -> m:acme/churn${Q2}`,
      `measures k:platform/reliability/p99${Q2} -> m:acme/uptime${Q2}`,
    ]);
  });

  it('keeps unresolved references as text without a target', () => {
    const o = node(g, `o:growth/hostile${Q2}`, 'objective');
    assert.deepEqual(o.dependsOn, [
      { ref: 'platform/reliability', target: `o:platform/reliability${Q2}` },
      { ref: 'platform/nothing-here' },
    ]);
    assert.deepEqual(node(g, `n:acme${Q2}`, 'northStar').guardrails, [{ ref: 'churn', target: `m:acme/churn${Q2}` }, { ref: 'nps' }]);
  });

  it('records which KRs promote a KPI, and in which cycle', () => {
    const churn = node(g, `m:acme/churn${Q2}`, 'kpi');
    assert.deepEqual(churn.promotedBy, [`k:acme/retention/churn-down${Q2}`]);
    assert.deepEqual(churn.promotedIn, ['2026-Q2']);
    assert.equal(churn.direction, 'down');
    assert.equal(churn.threshold, 10);
  });

  it('filters by cycle, keeping the list of every cycle for the page', () => {
    const q1 = buildGraph(ws, new Map(), { asOf: AS_OF, cycle: '2026-Q1' });
    assert.equal(q1.cycle, '2026-Q1');
    assert.deepEqual(q1.cycles, ['2026-Q1', '2026-Q2']);
    assert.deepEqual(q1.nodes.map((n) => n.id).sort(), ['k:growth/launch-market/paying@2026-Q1', 'o:growth/launch-market@2026-Q1', 'u:growth']);
    const q2 = buildGraph(ws, new Map(), { asOf: AS_OF, cycle: '2026-Q2' });
    assert.ok(!q2.nodes.some((n) => n.id.endsWith('@2026-Q1')));
  });

  it('shows only the given paths but still resolves references across the workspace', () => {
    const only = buildGraph(ws, new Map(), { asOf: AS_OF, paths: new Set([fixturePath('product.okr.yaml')]) });
    assert.deepEqual(only.nodes.filter((n) => n.kind === 'unit').map((n) => n.id), ['u:product']);
    assert.deepEqual(node(only, `o:product/onboarding${Q2}`, 'objective').alignsTo, [{ ref: 'acme/retention', outside: true }]);
    assert.equal(only.edges.filter((e) => e.kind === 'aligns').length, 0);
  });

  it('gives 0-based line and character positions for reveal', () => {
    const kr = node(g, `k:acme/retention/churn-down${Q2}`, 'kr');
    const text = ws.get(fixturePath('company.okr.yaml'))!.text;
    const lines = text.split('\n');
    assert.equal(lines[kr.pos.line]!.slice(kr.pos.character), 'id: churn-down');
  });

  it('puts each finding on the most specific node and rolls totals up the tree', () => {
    const path = fixturePath('growth.okr.yaml');
    const text = ws.get(path)!.text;
    const at = (s: string, severity: Finding['severity']): Finding => {
      const start = text.indexOf(s);
      assert.ok(start >= 0, s);
      return { rule: 'test', messageId: 'x', message: 'x', severity, start, end: start + s.length };
    };
    const findings = new Map([[path, [at('Grow weekly signups', 'warning'), at('depends_on', 'error'), at('owner: Dana Lee\n\nobj', 'info'), at('confidence: 0.3', 'warning')]]]);
    const p = buildGraph(ws, findings, { asOf: AS_OF });
    assert.deepEqual(node(p, `k:growth/hostile/signups${Q2}`, 'kr').problems, { error: 0, warning: 2, info: 0 });
    assert.deepEqual(node(p, `o:growth/hostile${Q2}`, 'objective').problems, { error: 1, warning: 0, info: 0 });
    assert.deepEqual(node(p, `o:growth/hostile${Q2}`, 'objective').total, { error: 1, warning: 2, info: 0 });
    assert.deepEqual(node(p, 'u:growth', 'unit').problems, { error: 0, warning: 0, info: 1 });
    assert.deepEqual(node(p, 'u:growth', 'unit').total, { error: 1, warning: 2, info: 1 });
    assert.deepEqual(node(p, 'u:acme', 'unit').total, { error: 1, warning: 2, info: 1 });
    assert.deepEqual(node(p, 'u:platform', 'unit').total, { error: 0, warning: 0, info: 0 });
  });

  it('survives parent cycles, duplicate units and files without a unit', () => {
    const w = new Workspace();
    w.set('/a.okr.yaml', 'version: 1\nunit: a\nlevel: team\nparent: b\ncycle: 2026-Q2\n');
    w.set('/b.okr.yaml', 'version: 1\nunit: b\nlevel: team\nparent: a\ncycle: 2026-Q2\n');
    w.set('/c1.okr.yaml', 'version: 1\nunit: c\ncycle: 2026-Q2\nobjectives:\n  - id: o\n    title: One\n');
    w.set('/c2.okr.yaml', 'version: 1\nunit: c\ncycle: 2026-Q2\nobjectives:\n  - id: o\n    title: Two\n');
    w.set('/broken.okr.yaml', 'objectives: [');
    const x = buildGraph(w, new Map([['/broken.okr.yaml', [{ rule: 'yaml-syntax', messageId: 'x', message: 'x', severity: 'error', start: 0, end: 1 }]]]), { asOf: AS_OF });
    assert.equal(node(x, 'u:a', 'unit').parent, undefined);
    assert.equal(node(x, 'u:b', 'unit').parent, undefined);
    const ids = x.nodes.map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes('o:c/o@2026-Q2') && ids.includes('o:c/o@2026-Q2#2'));
    const broken = node(x, 'u:?/broken.okr.yaml', 'unit');
    assert.equal(broken.label, 'broken.okr.yaml');
    assert.deepEqual(broken.problems, { error: 1, warning: 0, info: 0 });
  });

  it('is deterministic for the same inputs', () => {
    assert.deepEqual(buildGraph(ws, new Map(), { asOf: AS_OF }), g);
  });
});
