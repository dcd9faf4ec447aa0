// moveKeyResult to `signals.kpis`, and the field mapping of every destination.
import assert from 'node:assert/strict';
import { mapKey } from '../../../server/src/core/edit/fields';
import { moveKeyResult } from '../../../server/src/core/edit/move';
import { assertEdits, file } from './helpers';

const HEAD = ['version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2'];
const OBJ = [
  '# Change layer',
  'objectives:',
  '  - id: reliability',
  '    title: Be the product people trust',
  '    key_results:',
  '      - id: uptime # SLO',
  '        title: Maintain 99.9% uptime',
  '        baseline: 99.9',
  '        target: 99.9',
  '        unit: "%"',
  '        owner: SRE lead',
  '        checkins:',
  '          - date: 2026-04-14',
  '            value: 99.95 # good week',
  '            evidence: https://dash.example.com/up',
  '      - id: p95-down',
  '        title: Cut p95 latency from 900 ms to 400 ms',
];
const OBJ_AFTER = [
  '# Change layer',
  'objectives:',
  '  - id: reliability',
  '    title: Be the product people trust',
  '    key_results:',
  '      - id: p95-down',
  '        title: Cut p95 latency from 900 ms to 400 ms',
];
const KPI = (dash: string, body: string): string[] => [
  `${dash}- id: uptime # SLO`,
  `${body}name: Maintain 99.9% uptime`,
  `${body}x-baseline: 99.9`,
  `${body}threshold: 99.9`,
  `${body}unit: "%"`,
  `${body}owner: SRE lead`,
  `${body}x-checkins:`,
  `${body}  - date: 2026-04-14`,
  `${body}    value: 99.95 # good week`,
  `${body}    evidence: https://dash.example.com/up`,
];

describe('edit/moveKeyResult: to signals.kpis', () => {
  it('creates `signals:` before the comment that introduces `objectives:`, keeping the blank line', () => {
    const input = file(...HEAD, '', ...OBJ);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file(...HEAD, '',
      'signals:',
      '  kpis:',
      ...KPI('    ', '      '),
      '',
      ...OBJ_AFTER));
  });

  it('adds `kpis:` after the last key of an existing `signals:` block', () => {
    const input = file(...HEAD,
      'signals:',
      '  north_star:',
      '    id: weekly-active-teams',
      '    name: Weekly active teams',
      '    guardrails: [] # to do',
      '',
      ...OBJ);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file(...HEAD,
      'signals:',
      '  north_star:',
      '    id: weekly-active-teams',
      '    name: Weekly active teams',
      '    guardrails: [] # to do',
      '  kpis:',
      ...KPI('    ', '      '),
      '',
      ...OBJ_AFTER));
  });

  it('fills `kpis: []`', () => {
    const input = file(...HEAD, 'signals:', '  kpis: []', ...OBJ);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file(...HEAD,
      'signals:', '  kpis:', ...KPI('    ', '      '), ...OBJ_AFTER));
  });

  it('fills an empty `signals:` and `signals: {}`', () => {
    for (const empty of ['signals:', 'signals: {}']) {
      const input = file(...HEAD, empty, ...OBJ);
      assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file(...HEAD,
        'signals:', '  kpis:', ...KPI('    ', '      '), ...OBJ_AFTER));
    }
  });

  it('appends to existing KPIs at their own dash column', () => {
    const input = file(...HEAD,
      'signals:',
      '  kpis:',
      '  - id: churn',
      '    name: Monthly logo churn',
      ...OBJ);
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file(...HEAD,
      'signals:',
      '  kpis:',
      '  - id: churn',
      '    name: Monthly logo churn',
      ...KPI('  ', '    '),
      ...OBJ_AFTER));
  });

  it('makes up a unique kebab-case id for a KR that has none (a KPI needs one)', () => {
    const input = file(...HEAD,
      'signals:',
      '  kpis:',
      '    - id: maintain-99-9-uptime',
      '      name: Old uptime',
      'objectives:',
      '  - id: reliability',
      '    title: Be the product people trust',
      '    key_results:',
      '      - title: Maintain 99.9% uptime',
      '        target: 99.9',
      '      - title: Cut p95 latency from 900 ms to 400 ms');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file(...HEAD,
      'signals:',
      '  kpis:',
      '    - id: maintain-99-9-uptime',
      '      name: Old uptime',
      '    - id: maintain-99-9-uptime-2',
      '      name: Maintain 99.9% uptime',
      '      threshold: 99.9',
      'objectives:',
      '  - id: reliability',
      '    title: Be the product people trust',
      '    key_results:',
      '      - title: Cut p95 latency from 900 ms to 400 ms'));
  });

  it('keeps a non-number target aside as x-target rather than writing a threshold the schema rejects', () => {
    const input = file(...HEAD, 'objectives:', '  - id: reliability', '    title: Trust', '    key_results:',
      '      - id: uptime', '        title: Maintain uptime', '        target: "three nines"');
    const edits = moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' });
    assertEdits(input, edits, file(...HEAD,
      'signals:', '  kpis:', '    - id: uptime', '      name: Maintain uptime', '      x-target: "three nines"',
      'objectives:', '  - id: reliability', '    title: Trust', '    key_results: []'));
  });
});

describe('edit/fields: mapping a KR field to its destination', () => {
  const cases: [string, unknown, string, string, string][] = [
    // key, value, initiatives, lead_measures, kpis
    ['id', 'x', 'id', 'id', 'id'],
    ['title', 'x', 'title', 'title', 'name'],
    ['owner', 'x', 'owner', 'owner', 'owner'],
    ['target', 7, 'x-target', 'target', 'threshold'],
    ['target', '7%', 'x-target', 'x-target', 'x-target'],
    ['baseline', 14, 'x-baseline', 'x-baseline', 'x-baseline'],
    ['unit', '%', 'x-unit', 'x-unit', 'unit'],
    ['due', '2026-06-30', 'x-due', 'x-due', 'x-due'],
    ['metric', 'churn', 'x-metric', 'x-metric', 'x-metric'],
    ['ambition', 'roof', 'x-ambition', 'x-ambition', 'x-ambition'],
    ['checkins', undefined, 'x-checkins', 'x-checkins', 'x-checkins'],
    ['x-note', 'n', 'x-note', 'x-note', 'x-note'],
  ];
  for (const [key, value, ini, lead, kpi] of cases) {
    it(`${key} (${JSON.stringify(value)}) -> ${ini} / ${lead} / ${kpi}`, () => {
      assert.equal(mapKey(key, 'initiatives', value), ini);
      assert.equal(mapKey(key, 'lead_measures', value), lead);
      assert.equal(mapKey(key, 'kpis', value), kpi);
    });
  }
});
