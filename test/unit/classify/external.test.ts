// The classifier on KRs it was never tuned on (test/fixtures/kr-external/):
// SPEC §7's floors, measured on text written by someone who never saw the code.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadCorpus, score } from './corpus';

const EXTERNAL = join(__dirname, '..', '..', 'fixtures', 'kr-external');

describe('classifier on the external KR set', () => {
  const items = loadCorpus(EXTERNAL);
  const s = score(items);

  it('holds 250 labelled KRs', () => {
    assert.equal(items.length, 250);
  });

  it('meets the task floor: precision ≥ 0.95, recall ≥ 0.90', () => {
    assert.ok(s.perLabel.task.precision >= 0.95, `P=${s.perLabel.task.precision}`);
    assert.ok(s.perLabel.task.recall >= 0.9, `R=${s.perLabel.task.recall}`);
  });

  it('meets the lead-measure and KPI floors: precision ≥ 0.90, recall ≥ 0.85', () => {
    for (const label of ['lead_measure', 'kpi'] as const) {
      assert.ok(s.perLabel[label].precision >= 0.9, `${label} P=${s.perLabel[label].precision}`);
      assert.ok(s.perLabel[label].recall >= 0.85, `${label} R=${s.perLabel[label].recall}`);
    }
  });

  it('flags at most 3% of good outcome KRs', () => {
    assert.ok(s.outcomeFlagRate <= 0.03, `flag rate ${s.outcomeFlagRate}`);
  });
});
