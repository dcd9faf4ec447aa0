// The classification rules as the engine runs them: what they put in `data`
// for the quick-fixes, hedged messages, and the classifier settings.
import assert from 'node:assert/strict';
import { projectOf } from '../../support/workspace';
import type { Finding } from '../../../server/src/core/types';

const file = (krs: string, objectiveTitle = 'Make customers feel valued enough to stay', cycle = '2026-Q2'): string => `version: 1
unit: growth
level: team
cycle: ${cycle}
owner: Dana Lee

objectives:
  - id: retention
    title: ${objectiveTitle}
    owner: Dana Lee
    key_results:
${krs}`;

const kr = (id: string, title: string, extra = ''): string => `      - id: ${id}
        title: ${title}
        owner: Dana Lee
${extra}`;

function findings(text: string, rule: string, config?: string): Finding[] {
  const p = projectOf({ 'growth.okr.yaml': text }, config);
  return p.findings('growth.okr.yaml').filter((f) => f.rule === rule);
}

describe('classification rules', () => {
  it('kr-is-task carries what the quick-fix needs, with evidence offsets into the file', () => {
    const text = file(kr('churn', 'Reduce churn from 14% to 7% by end of Q2', '        baseline: 14\n        target: 7\n        due: 2026-06-30\n') + kr('v3', 'Launch onboarding V3', '        due: 2026-06-30\n'));
    const [f, ...rest] = findings(text, 'kr-is-task');
    assert.equal(rest.length, 0);
    assert.ok(f);
    assert.equal(f.messageId, 'isTask');
    assert.equal(text.slice(f.start, f.end), 'Launch onboarding V3');
    const d = f.data as { objectiveIndex: number; krIndex: number; label: string; confidence: number; reason: string; evidence: Array<{ start: number; end: number; text: string }> };
    assert.equal(d.objectiveIndex, 0);
    assert.equal(d.krIndex, 1);
    assert.equal(d.label, 'task');
    assert.ok(d.confidence >= 0.8);
    assert.match(f.message, /starts with 'Launch'/);
    assert.equal(d.reason, "starts with 'Launch', a piece of work, and names no change in a result");
    assert.deepEqual(d.evidence.map((e) => text.slice(e.start, e.end)), ['Launch']);
  });

  it('reports mid-confidence findings with a hedged message, and none below minConfidence', () => {
    const text = file(kr('culture', 'Build a great culture'));
    const [f] = findings(text, 'kr-not-measurable');
    assert.equal(f?.messageId, 'mayNotBeMeasurable');
    assert.deepEqual(findings(text, 'kr-not-measurable', 'classifier:\n  minConfidence: 0.75\n'), []);
  });

  it('kr-needs-baseline-target-due offers the values the title states', () => {
    const text = file(kr('churn', 'Reduce churn from 14% to 7% by end of Q2'));
    const [f] = findings(text, 'kr-needs-baseline-target-due');
    assert.ok(f);
    assert.equal(f.messageId, 'missingStated');
    assert.deepEqual(f.data, {
      objectiveIndex: 0, krIndex: 0, missing: ['baseline', 'target', 'due'],
      parsed: { baseline: 14, target: 7, unit: '%', due: '2026-06-30' }, cycleEnd: '2026-06-30',
    });
    assert.match(f.message, /baseline of 14%, a target of 7% and a due date of 2026-06-30/);
  });

  it('kr-needs-baseline-target-due offers only what is missing', () => {
    const text = file(kr('nps', 'Raise NPS from 30 to 45 by end of Q3', '        baseline: 30\n        target: 45\n'), undefined, '2026-Q3');
    const [f] = findings(text, 'kr-needs-baseline-target-due');
    assert.deepEqual((f?.data as { missing: string[]; parsed: object }).missing, ['due']);
    assert.deepEqual((f?.data as { parsed: object }).parsed, { due: '2026-09-30' });
  });

  it('objective-is-metric names the number', () => {
    const text = file(kr('a', 'Grow ARR from $1M to $2M'), 'Increase revenue by 20%');
    const [f] = findings(text, 'objective-is-metric');
    assert.equal(f?.severity, 'info');
    assert.equal(text.slice(f!.start, f!.end), 'Increase revenue by 20%');
    assert.match(f!.message, /'20%'/);
  });

  it('a KR the four classification rules see is reported by at most one of them', () => {
    const titles = ['Launch onboarding V3', 'Make 20 calls a week', 'Maintain 99.9% uptime', 'Improve customer satisfaction', 'Reduce churn from 14% to 7%'];
    const text = file(titles.map((t, i) => kr(`k${i}`, t)).join(''));
    const p = projectOf({ 'growth.okr.yaml': text });
    const per = new Map<number, string[]>();
    for (const f of p.findings('growth.okr.yaml')) {
      if (!['kr-is-task', 'kr-is-lead-measure', 'kr-is-kpi', 'kr-not-measurable'].includes(f.rule)) continue;
      per.set(f.start, [...(per.get(f.start) ?? []), f.rule]);
    }
    assert.deepEqual([...per.values()].map((r) => r.length), [1, 1, 1, 1]);
  });
});
