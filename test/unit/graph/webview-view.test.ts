// The page's pure parts (no DOM): restoring state from outside, and which rows show.
import { strict as assert } from 'node:assert';
import { buildGraph } from '../../../server/src/core/graph/build';
import { indexGraph } from '../../../client/webview/graphIndex';
import { initialState, restoreState, type UiState } from '../../../client/webview/state';
import { effectiveCycle, expandedSet, visibleRows } from '../../../client/webview/view';
import type { TreeGraph } from '../../../server/src/protocol';
import { AS_OF, fixtureWorkspace } from './helpers';

const graph = buildGraph(fixtureWorkspace(), new Map(), { asOf: AS_OF });
const ix = indexGraph(graph);
const ids = (state: UiState) => visibleRows(ix, state, expandedSet(ix, state)).map((r) => r.id);

describe('tree page state and rows', () => {
  it('restores only well-typed state fields', () => {
    assert.deepEqual(restoreState(undefined), initialState());
    assert.deepEqual(restoreState({ v: 2, query: 'x' }), initialState());
    const s = restoreState({ v: 1, query: 7, offTrack: 'yes', expand: 'sideways', toggled: ['a', 3, null], scrollTop: -5, cycle: '2026-Q1', unit: 'u:acme' });
    assert.deepEqual(s, { ...initialState(), toggled: ['a'], cycle: '2026-Q1', unit: 'u:acme' });
    assert.equal(restoreState({ v: 1, query: 'q'.repeat(1000) }).query.length, 200);
  });

  it('shows the latest cycle by default and falls back when a stored cycle is gone', () => {
    assert.equal(effectiveCycle(ix, initialState()), '2026-Q2');
    assert.equal(effectiveCycle(ix, { ...initialState(), cycle: '1999-Q1' }), '2026-Q2');
    assert.equal(effectiveCycle(ix, { ...initialState(), cycle: '' }), '');
  });

  it('flips toggled nodes against the expand mode', () => {
    const none = { ...initialState(), expand: 'none' as const };
    assert.deepEqual(ids(none), ['u:acme']);
    assert.deepEqual(ids({ ...none, toggled: ['u:acme'] }), ['u:acme', 'o:acme/retention@2026-Q2', 'u:product']);
    assert.ok(!ids({ ...initialState(), toggled: ['u:product'] }).includes('u:growth'));
  });

  it('keeps ancestors of matches as context, and marks only the matches', () => {
    const rows = visibleRows(ix, { ...initialState(), query: 'invites' }, new Set());
    assert.deepEqual(rows.map((r) => [r.id, r.match, r.depth]), [
      ['u:acme', false, 1], ['u:product', false, 2], ['u:growth', false, 3],
      ['o:growth/hostile@2026-Q2', false, 4], ['k:growth/hostile/invites@2026-Q2', true, 5],
    ]);
  });

  it('numbers siblings for screen readers', () => {
    const rows = visibleRows(ix, initialState(), expandedSet(ix, initialState()));
    const teams = rows.filter((r) => r.id === 'u:growth' || r.id === 'u:platform');
    // product holds its objective, then growth and platform: three siblings.
    assert.deepEqual(teams.map((r) => [r.posInSet, r.setSize]), [[2, 3], [3, 3]]);
  });

  it('drops malformed nodes and edges instead of failing', () => {
    const bad = { ...graph, nodes: [...graph.nodes, { id: 1 }, null, { id: 'x', kind: 'unit', label: 'x' }], edges: [...graph.edges, null, { kind: 'contains', from: 'nope', to: 'u:acme' }] } as unknown as TreeGraph;
    const bix = indexGraph(bad);
    assert.equal(bix.byId.size, graph.nodes.length);
    assert.deepEqual(bix.roots, ix.roots);
  });
});
