// moveKeyResult across file styles: indentation widths, item shapes, CRLF,
// BOM, quoting, anchors; and the cases where no fix may be offered.
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/core/edit/apply';
import { keyResultIdentity } from '../../../server/src/core/edit/locate';
import { moveKeyResult } from '../../../server/src/core/edit/move';
import { assertEdits, crlf, file } from './helpers';

const HEAD = ['version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2'];

describe('edit/moveKeyResult: file styles', () => {
  it('keeps 4-space indentation and creates `signals:` with the file\'s own step', () => {
    const input = file(...HEAD,
      'objectives:',
      '    - id: retention',
      '      title: Keep customers',
      '      key_results:',
      '          - id: uptime',
      '            title: Maintain 99.9% uptime',
      '            target: 99.9',
      '          - id: nps-up',
      '            title: Raise NPS from 20 to 35');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file(...HEAD,
      'signals:',
      '    kpis:',
      '        - id: uptime',
      '          name: Maintain 99.9% uptime',
      '          threshold: 99.9',
      'objectives:',
      '    - id: retention',
      '      title: Keep customers',
      '      key_results:',
      '          - id: nps-up',
      '            title: Raise NPS from 20 to 35'));
  });

  it('keeps the `-   key` style (dash at the key column, body 4 in) and takes the step from a nested map', () => {
    const input = file('version: 1', 'unit: growth', 'level: team',
      'cycle:', '    start: 2026-04-01', '    end: 2026-06-30',
      'objectives:',
      '-   id: retention',
      '    title: Keep',
      '    key_results:',
      '    -   id: uptime',
      '        title: Maintain 99.9% uptime',
      '        target: 99.9',
      '    -   title: Grow NPS');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file('version: 1', 'unit: growth', 'level: team',
      'cycle:', '    start: 2026-04-01', '    end: 2026-06-30',
      'signals:',
      '    kpis:',
      '    -   id: uptime',
      '        name: Maintain 99.9% uptime',
      '        threshold: 99.9',
      'objectives:',
      '-   id: retention',
      '    title: Keep',
      '    key_results:',
      '    -   title: Grow NPS'));
  });

  it('takes the step from a list item\'s body when the file has no nested map', () => {
    const body = ['objectives:', '-   id: retention', '    title: Keep', '    key_results:'];
    const input = file('version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2', ...body,
      '    -   id: uptime', '        title: Maintain 99.9% uptime', '    -   title: Grow NPS');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file('version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2',
      'signals:', '    kpis:', '    -   id: uptime', '        name: Maintain 99.9% uptime', ...body, '    -   title: Grow NPS'));
  });

  it('moves `-` on its own line with the body below, and lists not indented under their key', () => {
    const input = file(...HEAD,
      'objectives:',
      '- id: retention',
      '  title: Keep customers',
      '  key_results:',
      '  -',
      '    id: launch-v3',
      '    title: Launch onboarding V3',
      '  - id: nps-up',
      '    title: Raise NPS from 20 to 35',
      '  lead_measures:',
      '  - title: Calls made',
      '    target: 20');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(...HEAD,
      'objectives:',
      '- id: retention',
      '  title: Keep customers',
      '  key_results:',
      '  - id: nps-up',
      '    title: Raise NPS from 20 to 35',
      '  lead_measures:',
      '  - title: Calls made',
      '    target: 20',
      '  initiatives:',
      '  -',
      '    id: launch-v3',
      '    title: Launch onboarding V3'));
  });

  it('keeps CRLF line endings, in the moved lines and in the lines it adds', () => {
    const input = crlf(file(...HEAD,
      'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      '      - title: Launch onboarding V3 # soon',
      '      - title: Raise NPS from 20 to 35'));
    const out = assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), crlf(file(...HEAD,
      'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      '      - title: Raise NPS from 20 to 35',
      '    initiatives:',
      '      - title: Launch onboarding V3 # soon')));
    assert.equal(out.replace(/\r\n/g, '').includes('\n'), false, 'a bare LF slipped in');
  });

  it('keeps a BOM in front when `objectives:` is the first key and `signals:` goes before it', () => {
    const input = `\uFEFF${file('objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      '      - id: uptime',
      '        title: Maintain 99.9% uptime',
      '      - title: Raise NPS from 20 to 35',
      ...HEAD)}`;
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), `\uFEFF${file(
      'signals:',
      '  kpis:',
      '    - id: uptime',
      '      name: Maintain 99.9% uptime',
      'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      '      - title: Raise NPS from 20 to 35',
      ...HEAD)}`);
  });

  it('keeps quoted titles with `:` and `#` and quoted keys exactly as written', () => {
    const input = file(...HEAD,
      'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      '      - title: "Ship: the #1 feature" # really a task',
      "        'baseline': 0",
      '        "due": 2026-06-30',
      "      - title: 'Raise NPS: 20 → 35'");
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(...HEAD,
      'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      "      - title: 'Raise NPS: 20 → 35'",
      '    initiatives:',
      '      - title: "Ship: the #1 feature" # really a task',
      "        'x-baseline': 0",
      '        "x-due": 2026-06-30'));
  });

  it('leaves anchors and aliases elsewhere in the file untouched', () => {
    const input = file(...HEAD,
      'owner: &lead Dana Lee',
      'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    owner: *lead',
      '    key_results:',
      '      - title: Launch onboarding V3',
      '      - title: Raise NPS from 20 to 35',
      '        owner: *lead');
    assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), file(...HEAD,
      'owner: &lead Dana Lee',
      'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    owner: *lead',
      '    key_results:',
      '      - title: Raise NPS from 20 to 35',
      '        owner: *lead',
      '    initiatives:',
      '      - title: Launch onboarding V3'));
  });

  it('moves a block scalar note with the KR, its content re-indented as a whole', () => {
    const input = file(...HEAD,
      'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      '      - id: uptime',
      '        title: Maintain 99.9% uptime',
      '        x-note: |',
      '          Measured at the edge.',
      '',
      '          Excludes planned downtime.',
      '      - title: Raise NPS from 20 to 35');
    const out = assertEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), file(...HEAD,
      'signals:',
      '  kpis:',
      '    - id: uptime',
      '      name: Maintain 99.9% uptime',
      '      x-note: |',
      '        Measured at the edge.',
      '',
      '        Excludes planned downtime.',
      'objectives:',
      '  - id: retention',
      '    title: Keep customers',
      '    key_results:',
      '      - title: Raise NPS from 20 to 35'));
    assert.ok(out.includes('Measured at the edge.\n\n        Excludes'));
  });
});

describe('edit/moveKeyResult: when no fix may be offered', () => {
  const krs = (...kr: string[]): string => file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers', '    key_results:', ...kr);

  it('returns undefined for a path that does not exist', () => {
    const input = krs('      - title: Launch onboarding V3');
    assert.equal(moveKeyResult(input, { objectiveIndex: 1, krIndex: 0, to: 'initiatives' }), undefined);
    assert.equal(moveKeyResult(input, { objectiveIndex: 0, krIndex: 1, to: 'initiatives' }), undefined);
    assert.equal(moveKeyResult(input, { objectiveIndex: -1, krIndex: 0, to: 'initiatives' }), undefined);
  });

  it('returns undefined for a KR that is an alias, holds one, or is aliased', () => {
    const alias = file(...HEAD, 'x-kr: &kr {title: Launch onboarding V3}', 'objectives:', '  - id: retention', '    title: Keep customers', '    key_results:', '      - *kr');
    assert.equal(moveKeyResult(alias, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
    const holds = file(...HEAD, 'x-who: &who Sam', 'objectives:', '  - id: retention', '    title: Keep customers', '    key_results:', '      - title: Launch onboarding V3', '        owner: *who');
    assert.equal(moveKeyResult(holds, { objectiveIndex: 0, krIndex: 0, to: 'kpis' }), undefined);
    const aliased = krs('      - &v3', '        title: Launch onboarding V3', '      - title: Raise NPS', '        x-same-as: *v3');
    assert.equal(moveKeyResult(aliased, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
  });

  it('returns undefined for flow-style key_results, YAML errors, or a clash with an existing x- key', () => {
    const flow = file(...HEAD, 'objectives:', '  - id: retention', '    title: Keep customers', '    key_results: [{title: Launch V3}]');
    assert.equal(moveKeyResult(flow, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
    const broken = `${krs('      - title: Launch onboarding V3')}bad: [\n`;
    assert.equal(moveKeyResult(broken, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
    const clash = krs('      - title: Launch onboarding V3', '        baseline: 0', '        x-baseline: 1');
    assert.equal(moveKeyResult(clash, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' }), undefined);
  });

  it('returns undefined when the KR at the index is no longer the expected one', () => {
    const input = krs('      - id: launch-v3', '        title: Launch onboarding V3', '      - id: nps-up', '        title: Raise NPS from 20 to 35');
    assert.deepEqual(keyResultIdentity(input, 0, 0), { id: 'launch-v3', title: 'Launch onboarding V3' });
    const once = applyEdits(input, moveKeyResult(input, { objectiveIndex: 0, krIndex: 0, to: 'initiatives', expectId: 'launch-v3' }) ?? []);
    // Applying "the same" fix again must not move the KR that slid into index 0.
    assert.equal(moveKeyResult(once, { objectiveIndex: 0, krIndex: 0, to: 'initiatives', expectId: 'launch-v3' }), undefined);
    assert.equal(moveKeyResult(once, { objectiveIndex: 0, krIndex: 0, to: 'initiatives', expectTitle: 'Launch onboarding V3' }), undefined);
    // Without a guard the index simply names the next KR, as documented.
    const again = moveKeyResult(once, { objectiveIndex: 0, krIndex: 0, to: 'initiatives' });
    assert.ok(again);
    assert.deepEqual(keyResultIdentity(once, 0, 0), { id: 'nps-up', title: 'Raise NPS from 20 to 35' });
    assert.ok(applyEdits(once, again).includes('    key_results: []\n'));
  });
});
