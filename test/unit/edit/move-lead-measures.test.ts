// moveKeyResult to `lead_measures` (with `per` from the title), and files
// whose last line has no line ending.
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/core/edit/apply';
import { moveKeyResult } from '../../../server/src/core/edit/move';
import { assertEdits, file } from './helpers';

const HEAD = ['version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2', 'objectives:', '  - id: retention', '    title: Keep customers'];
const NEXT = ['      - title: Cut churn from 9% to 6%'];

describe('edit/moveKeyResult: to lead_measures', () => {
  it('keeps a numeric target, adds `per` named by the title after it, and keeps a comment between keys', () => {
    const input = file(...HEAD, '    key_results:',
      '      - id: at-risk-calls',
      '        title: Make 20 at-risk calls a week',
      '        target: 20 # agreed with CS',
      '        # counted in the CRM',
      '        baseline: 12',
      '        due: 2026-06-30',
      ...NEXT);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'lead_measures' }), file(...HEAD, '    key_results:',
      ...NEXT,
      '    lead_measures:',
      '      - id: at-risk-calls',
      '        title: Make 20 at-risk calls a week',
      '        target: 20 # agreed with CS',
      '        per: week',
      '        # counted in the CRM',
      '        x-baseline: 12',
      '        x-due: 2026-06-30'));
  });

  it('adds `per` after the title when there is no numeric target, and nothing when the title names no period', () => {
    const daily = file(...HEAD, '    key_results:', '      - title: Hold daily stand-ups', '        owner: Sam', ...NEXT);
    assertEdits(daily, moveKeyResult(daily, { objectiveIndex: 0, krIndex: 0, to: 'lead_measures' }), file(...HEAD, '    key_results:', ...NEXT,
      '    lead_measures:', '      - title: Hold daily stand-ups', '        per: day', '        owner: Sam'));
    const silent = file(...HEAD, '    key_results:', '      - title: Run 5 customer interviews', '        target: 5', ...NEXT);
    assertEdits(silent, moveKeyResult(silent, { objectiveIndex: 0, krIndex: 0, to: 'lead_measures' }), file(...HEAD, '    key_results:', ...NEXT,
      '    lead_measures:', '      - title: Run 5 customer interviews', '        target: 5'));
    const both = file(...HEAD, '    key_results:', '      - title: Daily check, weekly review', ...NEXT);
    const out = applyEdits(both, moveKeyResult(both, { objectiveIndex: 0, krIndex: 0, to: 'lead_measures' }) ?? []);
    assert.equal(out.includes('per:'), false);
  });
});

describe('edit/moveKeyResult: a file without a final line break', () => {
  it('moves the last line of the file into a new section without leaving a blank line', () => {
    const input = file(...HEAD, '    key_results:', ...NEXT, '      - title: Launch onboarding V3').replace(/\n$/, '');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 1, to: 'initiatives' }), file(...HEAD, '    key_results:', ...NEXT,
      '    initiatives:', '      - title: Launch onboarding V3'));
  });

  it('appends after a destination list that ends the file', () => {
    const input = file(...HEAD, '    key_results:', '      - title: Launch onboarding V3', ...NEXT, '    initiatives:', '      - title: Hire').replace(/\n$/, '');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(...HEAD, '    key_results:', ...NEXT,
      '    initiatives:', '      - title: Hire', '      - title: Launch onboarding V3'));
  });

  it('moves an unterminated last KR to signals at the top', () => {
    const input = file(...HEAD, '    key_results:', ...NEXT, '      - id: uptime', '        title: Maintain 99.9% uptime').replace(/\n$/, '');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 1, to: 'kpis' }), file(
      'version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2',
      'signals:', '  kpis:', '    - id: uptime', '      name: Maintain 99.9% uptime',
      'objectives:', '  - id: retention', '    title: Keep customers', '    key_results:', ...NEXT));
  });
});
