// fillKeyResultFields: missing baseline/target/unit/due, written after the title.
import assert from 'node:assert/strict';
import { fillKeyResultFields } from '../../../server/src/core/edit/fill';
import { assertEdits, crlf, file } from './helpers';

const HEAD = ['version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2', 'objectives:', '  - id: retention', '    title: Keep customers', '    key_results:'];
const ALL = { baseline: 14, target: 7, unit: '%', due: '2026-06-30' };

describe('edit/fillKeyResultFields', () => {
  it('inserts the missing keys right after the title, in the usual order, unit quoted', () => {
    const input = file(...HEAD,
      '      - id: churn-down',
      '        title: "Reduce churn from 14% to 7% by June" # from the title',
      '        owner: Dana',
      '        target: 7 # agreed');
    assertEdits(input, fillKeyResultFields(input, { objectiveIndex: 0, krIndex: 0, fields: { due: '2026-06-30', unit: '%', target: 6, baseline: 14 } }), file(...HEAD,
      '      - id: churn-down',
      '        title: "Reduce churn from 14% to 7% by June" # from the title',
      '        baseline: 14',
      '        unit: "%"',
      '        due: 2026-06-30',
      '        owner: Dana',
      '        target: 7 # agreed'));
  });

  it('matches a 4-space file with the title on the dash line and a plain unit', () => {
    const input = file('version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2', 'objectives:', '    - id: retention', '      title: Keep customers', '      key_results:',
      '          - title: Cut p95 latency from 900 ms to 400 ms',
      '            owner: SRE');
    assertEdits(input, fillKeyResultFields(input, { objectiveIndex: 0, krIndex: 0, fields: { baseline: 900, target: 400, unit: 'ms', due: '2026-06-30' } }), file('version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2', 'objectives:', '    - id: retention', '      title: Keep customers', '      key_results:',
      '          - title: Cut p95 latency from 900 ms to 400 ms',
      '            baseline: 900',
      '            target: 400',
      '            unit: ms',
      '            due: 2026-06-30',
      '            owner: SRE'));
  });

  it('follows a multi-line title to its last line', () => {
    const input = file(...HEAD,
      '      - id: churn-down',
      '        title: >-',
      '          Reduce churn',
      '          by a lot',
      '        owner: Dana');
    assertEdits(input, fillKeyResultFields(input, { objectiveIndex: 0, krIndex: 0, fields: { baseline: 0.5 } }), file(...HEAD,
      '      - id: churn-down',
      '        title: >-',
      '          Reduce churn',
      '          by a lot',
      '        baseline: 0.5',
      '        owner: Dana'));
  });

  it('appends after the KR\'s last line and its trailing comment when it has no title', () => {
    const lines = [
      '      - id: no-title-yet',
      '        checkins:',
      '          - date: 2026-04-14',
      '            evidence: https://dash.example.com/c',
      '          # next one soon',
    ];
    const input = file(...HEAD, ...lines, '      - title: Next');
    // No schema check: a KR without a title is itself a schema error, which this fix does not address.
    assertEdits(input, fillKeyResultFields(input, { objectiveIndex: 0, krIndex: 0, fields: { target: 3 } }),
      file(...HEAD, ...lines, '        target: 3', '      - title: Next'), false);
  });

  it('writes a value into a key that is present but empty, instead of adding a duplicate', () => {
    const input = file(...HEAD,
      '      - title: Reduce churn',
      '        baseline: # fill me',
      '        target: ~',
      '        due:');
    assertEdits(input, fillKeyResultFields(input, { objectiveIndex: 0, krIndex: 0, fields: ALL }), file(...HEAD,
      '      - title: Reduce churn',
      '        unit: "%"',
      '        baseline: 14 # fill me',
      '        target: 7',
      '        due: 2026-06-30'));
  });

  it('keeps CRLF and handles a last line without a line ending', () => {
    const input = crlf(file(...HEAD, '      - title: Reduce churn')).replace(/\r\n$/, '');
    assertEdits(input, fillKeyResultFields(input, { objectiveIndex: 0, krIndex: 0, fields: { target: 7 } }),
      crlf(file(...HEAD, '      - title: Reduce churn', '        target: 7')));
  });

  it('offers nothing when every field is there, a value is invalid, or the KR is not a block map', () => {
    const full = file(...HEAD, '      - title: Reduce churn', '        baseline: 14', '        target: 7', '        unit: "%"', '        due: 2026-06-30');
    assert.equal(fillKeyResultFields(full, { objectiveIndex: 0, krIndex: 0, fields: ALL }), undefined);
    const bare = file(...HEAD, '      - title: Reduce churn');
    assert.equal(fillKeyResultFields(bare, { objectiveIndex: 0, krIndex: 0, fields: { due: 'June 30' } }), undefined);
    assert.equal(fillKeyResultFields(bare, { objectiveIndex: 0, krIndex: 0, fields: { due: '2026-13-01' } }), undefined);
    assert.equal(fillKeyResultFields(bare, { objectiveIndex: 0, krIndex: 0, fields: { target: Number.NaN } }), undefined);
    assert.equal(fillKeyResultFields(bare, { objectiveIndex: 0, krIndex: 1, fields: ALL }), undefined);
    assert.equal(fillKeyResultFields(bare, { objectiveIndex: 0, krIndex: 0, fields: ALL, expectTitle: 'Other' }), undefined);
    const flow = file(...HEAD, '      - {title: Reduce churn}');
    assert.equal(fillKeyResultFields(flow, { objectiveIndex: 0, krIndex: 0, fields: ALL }), undefined);
  });
});
