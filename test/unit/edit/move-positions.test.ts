// moveKeyResult: where the KR sits in its list, blank lines, its comments,
// and the shapes the destination list can have.
import assert from 'node:assert/strict';
import { moveKeyResult } from '../../../server/src/core/edit/move';
import { assertEdits, file } from './helpers';

const HEAD = ['version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2', ''];

const KRS = [
  '    key_results:',
  '      # about churn',
  '      - id: churn-down # the one that matters',
  '        title: Reduce churn from 14% to 7%',
  '        target: 7',
  '',
  '      - id: launch-v3',
  '        title: Launch onboarding V3',
  '        owner: Sam Ortiz # PM',
  '',
  '      - id: nps-up',
  '        title: Raise NPS from 20 to 35',
];

function objective(...tail: string[]): string {
  return file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers', ...KRS, ...tail);
}

describe('edit/moveKeyResult: position in the list', () => {
  it('moves the middle KR, dropping one of the two blank separators', () => {
    const input = objective();
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 1, to: 'initiatives' }), file(
      ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    key_results:',
      '      # about churn',
      '      - id: churn-down # the one that matters',
      '        title: Reduce churn from 14% to 7%',
      '        target: 7',
      '',
      '      - id: nps-up',
      '        title: Raise NPS from 20 to 35',
      '    initiatives:',
      '      - id: launch-v3',
      '        title: Launch onboarding V3',
      '        owner: Sam Ortiz # PM',
    ));
  });

  it('moves the first KR with the comment above it, and the blank line that followed it', () => {
    const input = objective();
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(
      ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    key_results:',
      '      - id: launch-v3',
      '        title: Launch onboarding V3',
      '        owner: Sam Ortiz # PM',
      '',
      '      - id: nps-up',
      '        title: Raise NPS from 20 to 35',
      '    initiatives:',
      '      # about churn',
      '      - id: churn-down # the one that matters',
      '        title: Reduce churn from 14% to 7%',
      '        x-target: 7',
    ));
  });

  it('moves the last KR, dropping the blank line that separated it', () => {
    const input = objective('    owner: Dana Lee');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 2, to: 'lead_measures' }), file(
      ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    key_results:',
      '      # about churn',
      '      - id: churn-down # the one that matters',
      '        title: Reduce churn from 14% to 7%',
      '        target: 7',
      '',
      '      - id: launch-v3',
      '        title: Launch onboarding V3',
      '        owner: Sam Ortiz # PM',
      '    owner: Dana Lee',
      '    lead_measures:',
      '      - id: nps-up',
      '        title: Raise NPS from 20 to 35',
    ));
  });

  it('leaves `key_results: []` (keeping its comment) when the KR was the only one', () => {
    const input = file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    key_results: # just one',
      '      - title: Launch onboarding V3',
      '    owner: Dana Lee');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(
      ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    key_results: [] # just one',
      '    owner: Dana Lee',
      '    initiatives:',
      '      - title: Launch onboarding V3',
    ));
  });

  it('keeps a comment after the KR body (deeper than its dash) with the KR, and a section comment in place', () => {
    const input = file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    key_results:',
      '      - title: Launch onboarding V3',
      '        # ships in May',
      '      # --- outcomes below ---',
      '',
      '      - title: Raise NPS from 20 to 35');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(
      ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    key_results:',
      '      # --- outcomes below ---',
      '',
      '      - title: Raise NPS from 20 to 35',
      '    initiatives:',
      '      - title: Launch onboarding V3',
      '        # ships in May',
    ));
  });

  it('lands the new section after the objective\'s trailing comment and before the next objective', () => {
    const input = file(...HEAD, 'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      '      - title: Launch onboarding V3',
      '      - title: Raise NPS from 20 to 35',
      '    # more KRs next cycle',
      '',
      '  - id: growth',
      '    title: Grow',
      '    key_results: []');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(...HEAD, 'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      '      - title: Raise NPS from 20 to 35',
      '    # more KRs next cycle',
      '    initiatives:',
      '      - title: Launch onboarding V3',
      '',
      '  - id: growth',
      '    title: Grow',
      '    key_results: []'));
  });
});

describe('edit/moveKeyResult: the destination list', () => {
  const krs = ['    key_results:', '      - title: Launch onboarding V3', '        owner: Sam', '      - title: Raise NPS from 20 to 35'];
  const after = ['    key_results:', '      - title: Raise NPS from 20 to 35'];

  it('appends to an existing block list, after its last item\'s trailing comment', () => {
    const input = file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    initiatives:',
      '      - title: Hire an analyst',
      '        # booked',
      ...krs);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(
      ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    initiatives:',
      '      - title: Hire an analyst',
      '        # booked',
      '      - title: Launch onboarding V3',
      '        owner: Sam',
      ...after));
  });

  it('keeps the blank-line rhythm of a list whose items are separated by blank lines', () => {
    const input = file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    initiatives:',
      '      - title: Hire an analyst',
      '',
      '      - title: Fix billing emails',
      ...krs);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(
      ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    initiatives:',
      '      - title: Hire an analyst',
      '',
      '      - title: Fix billing emails',
      '',
      '      - title: Launch onboarding V3',
      '        owner: Sam',
      ...after));
  });

  it('turns `initiatives: []` into a block list, keeping the key\'s comment', () => {
    const input = file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    initiatives: [] # none yet', ...krs);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(
      ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    initiatives: # none yet',
      '      - title: Launch onboarding V3',
      '        owner: Sam',
      ...after));
  });

  it('turns a one-line flow list into block items, then appends', () => {
    const input = file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    initiatives: [{title: Hire an analyst}, {title: "Fix billing, emails", owner: Ana}]', ...krs);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(
      ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    initiatives:',
      '      - {title: Hire an analyst}',
      '      - {title: "Fix billing, emails", owner: Ana}',
      '      - title: Launch onboarding V3',
      '        owner: Sam',
      ...after));
  });

  it('fills an empty `initiatives:` and drops a `~`', () => {
    for (const empty of ['    initiatives:', '    initiatives: ~']) {
      const input = file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers', ...krs, empty, '    owner: Dana');
      assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(
        ...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers', ...after,
        '    initiatives:',
        '      - title: Launch onboarding V3',
        '        owner: Sam',
        '    owner: Dana'));
    }
  });

  it('offers nothing for a flow list holding a comment or spanning lines', () => {
    const multi = file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers',
      '    initiatives: [{title: a}, # first', '      {title: b}]', ...krs);
    assert.equal(moveKeyResult(multi, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
  });
});
