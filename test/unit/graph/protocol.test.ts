import { strict as assert } from 'node:assert';
import { isHostMessage, isTreeGraph, isWebviewMessage } from '../../../server/src/protocol';

describe('protocol validators', () => {
  it('accepts the page’s two messages', () => {
    assert.ok(isWebviewMessage({ type: 'ready' }));
    assert.ok(isWebviewMessage({ type: 'reveal', path: '/w/a.okr.yaml', line: 3, character: 0 }));
  });
  const bad: unknown[] = [
    null, undefined, 'reveal', [], {}, { type: 'open' },
    { type: 'ready', extra: 1 },
    { type: 'reveal', path: '/a', line: 1 },
    { type: 'reveal', path: '/a', line: -1, character: 0 },
    { type: 'reveal', path: '/a', line: 1.5, character: 0 },
    { type: 'reveal', path: '', line: 1, character: 0 },
    { type: 'reveal', path: 42, line: 1, character: 0 },
    { type: 'reveal', path: '/a\0b', line: 1, character: 0 },
    { type: 'reveal', path: 'x'.repeat(5000), line: 1, character: 0 },
    { type: 'reveal', path: '/a', line: 1, character: 0, command: 'rm' },
  ];
  bad.forEach((m, i) => it(`rejects malformed page message #${i}`, () => assert.equal(isWebviewMessage(m), false)));

  it('checks host messages and graphs', () => {
    const graph = { version: 1, cycles: [], asOf: '2026-01-01', nodes: [], edges: [] };
    assert.ok(isTreeGraph(graph));
    assert.ok(isHostMessage({ type: 'graph', graph }));
    assert.ok(isHostMessage({ type: 'error', message: 'x' }));
    assert.equal(isHostMessage({ type: 'graph', graph: { ...graph, version: 2 } }), false);
    assert.equal(isHostMessage({ type: 'graph', graph: { ...graph, nodes: 'x' } }), false);
    assert.equal(isHostMessage({ type: 'error' }), false);
  });
});
