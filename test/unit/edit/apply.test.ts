// applyEdits and combineEditSets: the contract "fix all" relies on.
import assert from 'node:assert/strict';
import { applyEdits, combineEditSets } from '../../../server/src/core/edit/apply';
import { load } from '../../../server/src/core/edit/locate';
import { moveKeyResult } from '../../../server/src/core/edit/move';
import { assertValidOkr, file } from './helpers';

describe('edit/applyEdits', () => {
  it('applies edits given in any order against the original offsets', () => {
    assert.equal(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: 'A' }, { start: 2, end: 2, newText: '+' }]), 'Ab+cdEf');
  });

  it('puts an insertion before a replacement that starts at the same offset, and keeps insertion order', () => {
    assert.equal(applyEdits('abc', [{ start: 1, end: 2, newText: 'B' }, { start: 1, end: 1, newText: '1' }, { start: 1, end: 1, newText: '2' }]), 'a12Bc');
  });

  it('throws on overlap and on out-of-range edits', () => {
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]), /overlaps/);
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 9, newText: '' }]), /outside/);
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 1, newText: '' }]), /outside/);
  });
});

describe('edit/combineEditSets', () => {
  it('takes disjoint sets and drops a later set that overlaps or touches one already taken', () => {
    const r = combineEditSets([
      [{ start: 0, end: 2, newText: 'x' }],
      [{ start: 5, end: 6, newText: 'y' }],
      [{ start: 1, end: 3, newText: 'z' }],
      [{ start: 6, end: 6, newText: 'w' }],
      [{ start: 8, end: 8, newText: 'v' }],
    ]);
    assert.deepEqual(r.applied, [0, 1, 4]);
    assert.deepEqual(r.skipped, [2, 3]);
    assert.equal(applyEdits('abcdefghij', r.edits), 'xcdeyghvij');
  });

  const HEAD = ['version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2', 'objectives:'];

  it('combines moves from two objectives into one clean edit', () => {
    const text = file(...HEAD,
      '  - id: a', '    title: A', '    key_results:', '      - title: Launch V3', '      - title: Grow NPS from 20 to 30',
      '  - id: b', '    title: B', '    key_results:', '      - title: Hire a VP', '      - title: Cut churn from 9 to 6');
    const sets = [
      moveKeyResult(text, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }) ?? [],
      moveKeyResult(text, { objectiveIndex: 1, krIndex: 0, to: 'initiatives' }) ?? [],
    ];
    const r = combineEditSets(sets);
    assert.deepEqual(r.applied, [0, 1]);
    const out = applyEdits(text, r.edits);
    assert.equal(out, file(...HEAD,
      '  - id: a', '    title: A', '    key_results:', '      - title: Grow NPS from 20 to 30', '    initiatives:', '      - title: Launch V3',
      '  - id: b', '    title: B', '    key_results:', '      - title: Cut churn from 9 to 6', '    initiatives:', '      - title: Hire a VP'));
    assertValidOkr(out);
  });

  it('never creates the same key twice: two moves into one new list conflict, the second waits', () => {
    const text = file(...HEAD, '  - id: a', '    title: A', '    key_results:', '      - title: Launch V3', '      - title: Hire a VP', '      - title: Grow NPS');
    const r = combineEditSets([
      moveKeyResult(text, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }) ?? [],
      moveKeyResult(text, { objectiveIndex: 0, krIndex: 1, to: 'initiatives' }) ?? [],
    ]);
    assert.deepEqual(r.skipped, [1]);
    assertValidOkr(applyEdits(text, r.edits));
  });

  it('never empties a list in one pass: two moves out of one list conflict even when their lines are apart', () => {
    const text = file(...HEAD, '  - id: a', '    title: A',
      '    initiatives:', '      - title: Old', '    lead_measures:', '      - title: Calls', '        target: 5',
      '    key_results:', '      - title: Launch V3', '      # keep me', '', '      - title: Make 20 calls a week');
    const first = moveKeyResult(text, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }) ?? [];
    const r = combineEditSets([first, moveKeyResult(text, { objectiveIndex: 0, krIndex: 1, to: 'lead_measures' }) ?? []]);
    assert.deepEqual(r.skipped, [1]);
    const once = applyEdits(text, r.edits);
    assertValidOkr(once);
    // The next pass moves the other one and writes `[]`.
    const second = applyEdits(once, moveKeyResult(once, { objectiveIndex: 0, krIndex: 0, to: 'lead_measures' }) ?? []);
    assertValidOkr(second);
    assert.ok(second.includes('    key_results: []\n      # keep me\n'));
  });

  it('lets `accept` veto a combination of disjoint sets', () => {
    const text = 'a: 1\nb: 2\n';
    const sets = [[{ start: 3, end: 4, newText: '9' }], [{ start: 8, end: 9, newText: '[' }], [{ start: 8, end: 9, newText: '8' }]];
    const accept = (edits: Parameters<typeof applyEdits>[1]): boolean => load(applyEdits(text, edits)) !== undefined;
    const r = combineEditSets(sets, accept);
    assert.deepEqual(r.applied, [0, 2]);
    assert.deepEqual(r.skipped, [1]);
    assert.equal(applyEdits(text, r.edits), 'a: 9\nb: 8\n');
  });
});
