// Suppression comments and okr.config.yaml severities, on real findings.
import assert from 'node:assert/strict';
import { projectOf, locate } from '../support/workspace';

const FILE = `version: 1
unit: growth
level: team
cycle: 2026-Q2
owner: Dana
objectives:
  - id: a
    title: First aim
    key_results: []
  - id: b
    title: Second aim
    key_results: []
`;

function rules(files: Record<string, string>, config?: string): string[] {
  const p = projectOf(files, config);
  return p.findings('f.okr.yaml').map((f) => {
    const l = locate(p.workspace.get('f.okr.yaml')!.text, f);
    return `${f.rule}@${l.line}`;
  });
}

describe('suppression comments', () => {
  it('baseline: both objectives lack an owner and have no KRs', () => {
    assert.deepEqual(rules({ 'f.okr.yaml': FILE }), ['kr-count@8', 'owner-required@8', 'kr-count@11', 'owner-required@11']);
  });

  it('okr-disable-next-line silences the named rule on the next code line only', () => {
    const text = FILE.replace('    title: First aim', '    # okr-disable-next-line owner-required\n    title: First aim');
    assert.deepEqual(rules({ 'f.okr.yaml': text }), ['kr-count@9', 'kr-count@12', 'owner-required@12']);
  });

  it('several rules, comma-separated, and blank/comment lines between are skipped', () => {
    const text = FILE.replace('    title: First aim', '    # okr-disable-next-line owner-required, kr-count\n\n    # why: pilot objective\n    title: First aim');
    assert.deepEqual(rules({ 'f.okr.yaml': text }), ['kr-count@14', 'owner-required@14']);
  });

  it('okr-disable / okr-enable bracket a region; no rule named means all rules', () => {
    const ranged = FILE.replace('  - id: a\n', '  # okr-disable kr-count\n  - id: a\n').replace('  - id: b\n', '  # okr-enable kr-count\n  - id: b\n');
    assert.deepEqual(rules({ 'f.okr.yaml': ranged }), ['owner-required@9', 'kr-count@13', 'owner-required@13']);
    const all = FILE.replace('  - id: b\n', '  # okr-disable\n  - id: b\n');
    assert.deepEqual(rules({ 'f.okr.yaml': all }), ['kr-count@8', 'owner-required@8']);
  });

  it('a directive inside a quoted string does not suppress', () => {
    const text = FILE.replace('    title: First aim', '    title: "# okr-disable-next-line owner-required"');
    assert.deepEqual(rules({ 'f.okr.yaml': text }), ['kr-count@8', 'owner-required@8', 'kr-count@11', 'owner-required@11']);
  });
});

describe('okr.config.yaml', () => {
  it('sets severities and turns rules off', () => {
    const p = projectOf({ 'f.okr.yaml': FILE }, 'rules:\n  owner-required: error\n  kr-count: off\n');
    assert.deepEqual(p.findings('f.okr.yaml').map((f) => `${f.rule}:${f.severity}`), ['owner-required:error', 'owner-required:error']);
  });

  it('objectiveLimit changes when objective-count fires', () => {
    assert.ok(!rules({ 'f.okr.yaml': FILE }).some((r) => r.startsWith('objective-count')));
    assert.deepEqual(rules({ 'f.okr.yaml': FILE }, 'objectiveLimit: 1\n').filter((r) => r.startsWith('objective-count')), ['objective-count@6']);
  });

  it('editor settings override the file, and an unchanged settings object keeps its cache', () => {
    const p = projectOf({ 'f.okr.yaml': FILE }, 'rules:\n  owner-required: error\n');
    const overrides = { rules: { 'owner-required': 'info' as const } };
    assert.equal(p.findings('f.okr.yaml', overrides).find((f) => f.rule === 'owner-required')?.severity, 'info');
    assert.equal(p.config(overrides), p.config(overrides));
  });

  it('invalid config: located problems, and the valid parts still apply', () => {
    const p = projectOf({ 'f.okr.yaml': FILE }, 'rules:\n  kr-count: off\n  owner-required: loud\nobjectiveLimit: zero\n');
    const messages = p.configFindings.map((f) => f.message);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(messages[0]!, /'loud' is not allowed for 'owner-required'; use one of off, info, warning, error/);
    assert.match(messages[1]!, /'objectiveLimit' should be a whole number/);
    assert.ok(!p.findings('f.okr.yaml').some((f) => f.rule === 'kr-count'));
  });
});

describe('hedged classifications', () => {
  const kr = (title: string): string => `version: 1
unit: growth
level: team
cycle: 2026-Q2
owner: Dana
objectives:
  - id: a
    title: Make clinics easier to reach
    owner: Dana
    key_results:
      - title: ${title}
      - title: Cut average wait for a first appointment from 21 days to 9
        baseline: 21
        target: 9
        due: 2026-06-30
`;
  const leadMeasure = (title: string, config?: string) =>
    projectOf({ 'f.okr.yaml': kr(title) }, config).findings('f.okr.yaml').filter((f) => f.rule === 'kr-is-lead-measure')
      .map((f) => `${f.messageId}:${f.severity}`);

  it('an unsure classification is a hint at info, a sure one a warning', () => {
    assert.deepEqual(leadMeasure('Run a pilot of the telehealth service in two clinics'), ['mayBeLeadMeasure:info']);
    assert.deepEqual(leadMeasure('Make 20 outreach calls to patients every week'), ['isLeadMeasure:warning']);
  });

  it('the cap holds even when the rule is configured as an error', () => {
    const config = 'rules:\n  kr-is-lead-measure: error\n';
    assert.deepEqual(leadMeasure('Run a pilot of the telehealth service in two clinics', config), ['mayBeLeadMeasure:info']);
    assert.deepEqual(leadMeasure('Make 20 outreach calls to patients every week', config), ['isLeadMeasure:error']);
  });
});
