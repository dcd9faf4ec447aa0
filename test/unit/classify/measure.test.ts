// parseMeasure and isMetricTitle: numbers, units, ranges and dates read from titles.
import assert from 'node:assert/strict';
import { isMetricTitle, metricTitleEvidence, parseMeasure } from '../../../server/src/core/classify';
import { participles, verbForms } from '../../../server/src/core/classify/inflect';

describe('parseMeasure', () => {
  const cases: Array<[string, string | undefined, ReturnType<typeof parseMeasure>]> = [
    ['Reduce churn from 14% to 7% by end of Q2', '2026-06-30', { baseline: 14, target: 7, unit: '%', due: '2026-06-30' }],
    ['Grow ARR from $1.2M to $2M by end of Q3', '2026-09-30', { baseline: 1200000, target: 2000000, unit: '$', due: '2026-09-30' }],
    ['Activation 28% → 40%', undefined, { baseline: 28, target: 40, unit: '%' }],
    ['Reduce p95 latency from 800ms to 300ms', undefined, { baseline: 800, target: 300, unit: 'ms' }],
    ['Close the books in 5 working days instead of 12', undefined, { baseline: 12, target: 5, unit: 'days' }],
    ['Monthly active contributors from forty to seventy-five', undefined, { baseline: 40, target: 75 }],
    ['Raise newsletter subscribers to 25,000', undefined, { target: 25000 }],
    ['Churn below 5%', undefined, { target: 5, unit: '%' }],
    ['At least 25 customers renew', undefined, { target: 25 }],
    ['NPS of 45 by June 30', '2026-06-30', { target: 45, due: '2026-06-30' }],
    ['Increase conversion by 20%', undefined, {}],
    ['Ship onboarding by 30 September 2027', '2026-06-30', { due: '2027-09-30' }],
    ['Digitize archive records from 1950 to 1990', undefined, {}],
    ['Upgrade to Postgres 16 by EOY', '2026-12-31', { due: '2026-12-31' }],
    ['Reach 10k weekly downloads by end of H1', '2026-06-30', { target: 10000, due: '2026-06-30' }],
    ['Hit €500k in bookings this quarter', '2026-06-30', { target: 500000, unit: '€', due: '2026-06-30' }],
    ['Due by 2026-05-15: CSAT 90%', undefined, { target: 90, unit: '%', due: '2026-05-15' }],
    ['Reduce churn by end of Q2', undefined, {}],
  ];
  for (const [title, cycleEnd, want] of cases) {
    it(title, () => assert.deepEqual(parseMeasure(title, cycleEnd), want));
  }
});

describe('isMetricTitle', () => {
  for (const t of ['Increase revenue by 20%', 'Reach $10M ARR', 'NPS from 30 to 50', 'Double weekly active teams', 'Churn under 3%']) {
    it(`number target: ${t}`, () => assert.equal(isMetricTitle(t), true));
  }
  for (const t of ['Make customers feel valued enough to stay', 'Become the #1 choice for design teams', 'Win the mid-market in 2027', 'Earn trust with SOC 2', 'Ship v2 of the platform']) {
    it(`qualitative aim: ${t}`, () => assert.equal(isMetricTitle(t), false));
  }
  it('names the words that make it a number', () => {
    assert.equal(metricTitleEvidence('Increase revenue by 20% this year')?.text, '20%');
  });
});

describe('verb inflection', () => {
  it('regular, doubled, -e, -y and irregular forms', () => {
    assert.ok(verbForms('ship').includes('shipped') && verbForms('ship').includes('shipping'));
    assert.ok(verbForms('migrate').includes('migrated') && verbForms('migrate').includes('migrating'));
    assert.ok(verbForms('deploy').includes('deployed') && verbForms('apply').includes('applied'));
    assert.ok(verbForms('build').includes('built') && verbForms('write').includes('written'));
    assert.ok(verbForms('roll out').includes('rolled out') && verbForms('set up').includes('set up'));
    assert.deepEqual(participles('launch'), ['launched']);
    assert.deepEqual(participles('write'), ['written']);
  });
});
