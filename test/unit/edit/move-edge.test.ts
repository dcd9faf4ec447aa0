// moveKeyResult on less common but legal shapes.
import assert from 'node:assert/strict';
import { moveKeyResult } from '../../../server/src/core/edit/move';
import { assertEdits, file } from './helpers';

const HEAD = ['version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2', 'objectives:', '  - id: retention', '    title: Keep customers', '    key_results:'];
const NEXT = '      - title: Cut churn from 9% to 6%';

describe('edit/moveKeyResult: less common shapes', () => {
  it('renames keys inside a flow-map item and keeps it a flow map', () => {
    const input = file(...HEAD, '      - {id: launch-v3, title: Launch V3, "baseline": 0, due: 2026-06-30} # inline', NEXT);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(...HEAD, NEXT,
      '    initiatives:',
      '      - {id: launch-v3, title: Launch V3, "x-baseline": 0, x-due: 2026-06-30} # inline'));
  });

  it('carries an unreferenced anchor, a comment on the dash line and a folded plain title', () => {
    const input = file(...HEAD,
      '      - # moved as a whole',
      '        &v3 id: launch-v3',
      '        title: Launch the new',
      '          onboarding flow',
      NEXT);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file(
      'version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2',
      'signals:',
      '  kpis:',
      '    - # moved as a whole',
      '      &v3 id: launch-v3',
      '      name: Launch the new',
      '        onboarding flow',
      'objectives:', '  - id: retention', '    title: Keep customers', '    key_results:', NEXT));
  });

  it('takes a deeper comment above the first KR with it, but not a comment above the list key', () => {
    const input = file(...HEAD.slice(0, -1),
      '    # the list below is reviewed weekly',
      '    key_results:',
      '        # really an initiative',
      '      - title: Launch V3',
      NEXT);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(...HEAD.slice(0, -1),
      '    # the list below is reviewed weekly',
      '    key_results:',
      NEXT,
      '    initiatives:',
      '        # really an initiative',
      '      - title: Launch V3'));
  });

  it('works in the second objective, leaving the first untouched', () => {
    const input = file(...HEAD, NEXT,
      '  - id: growth',
      '    title: Grow',
      '    key_results:',
      '      - title: Hire a VP Sales',
      '      - title: Double pipeline from 2M to 4M',
      '    owner: Dana');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 1, krIndex: 0, to: 'initiatives' }), file(...HEAD, NEXT,
      '  - id: growth',
      '    title: Grow',
      '    key_results:',
      '      - title: Double pipeline from 2M to 4M',
      '    owner: Dana',
      '    initiatives:',
      '      - title: Hire a VP Sales'));
  });

  it('returns undefined for several documents, a flow objective, or a non-map KR', () => {
    const two = `${file(...HEAD, NEXT)}---\n${file(...HEAD, NEXT)}`;
    assert.equal(moveKeyResult(two, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
    const flowObjective = file('version: 1', 'objectives:', '  - {id: a, title: A, key_results: [{title: Launch}]}');
    assert.equal(moveKeyResult(flowObjective, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
    const scalarKr = file(...HEAD, '      - Launch V3');
    assert.equal(moveKeyResult(scalarKr, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
    const keep = file(...HEAD, '      - title: Launch V3', '        x-note: |+', '          kept', '', NEXT);
    assert.equal(moveKeyResult(keep, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
  });

  it('returns undefined when a KR without id or title would become a KPI (a KPI needs both)', () => {
    const input = file(...HEAD, '      - owner: Sam', NEXT);
    assert.equal(moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), undefined);
  });
});
