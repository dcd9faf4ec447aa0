// The KR classifier on hand-picked cases: each class, the language it must
// read (inflections, passive voice, numbers in words), structured fields and
// the user's vocabulary.
import assert from 'node:assert/strict';
import { DEFAULT_CLASSIFIER, type ClassifierConfig } from '../../../server/src/core/config';
import { KrClassifier, classifyKr, type KrInput, type KrLabel } from '../../../server/src/core/classify';

const k = new KrClassifier(DEFAULT_CLASSIFIER);
const label = (input: KrInput | string): KrLabel => {
  const c = k.classify(typeof input === 'string' ? { title: input } : input);
  return c.confidence >= DEFAULT_CLASSIFIER.minConfidence ? c.label : 'outcome';
};
const cfg = (extra: Partial<ClassifierConfig>): ClassifierConfig => ({ ...DEFAULT_CLASSIFIER, ...extra });

describe('classifyKr', () => {
  describe('tasks', () => {
    for (const t of [
      'Launch onboarding V3', 'Implement SSO with Okta', 'Hire a VP of Engineering', 'Onboarding V3 launched',
      'The payments service has been migrated to the new cluster', 'Messaging framework is finished and published',
      'Dark mode is released', 'Q3 roadmap published', 'Launched pilot with two hospitals', 'Rolling out SSO to all customers',
      'Ship 3 features from the roadmap', 'Hire 5 senior engineers', 'Win-back email sequence is live',
    ]) it(t, () => assert.equal(label(t), 'task'));
  });

  describe('lead measures', () => {
    for (const t of [
      'Make 20 calls a week', 'Run 5 customer interviews', 'Publish 3 blog posts per week', 'Hold weekly demos for stakeholders',
      'Complete 40 story points per sprint', 'Increase sprint velocity from 30 to 45', 'Keep the sprint burndown on track',
      'Increase outbound calls from 200 to 350 per week', 'Customer interviews: 20 per month', 'Triage 50 issues per week',
    ]) it(t, () => assert.equal(label(t), 'lead_measure'));
  });

  describe('KPIs', () => {
    for (const t of [
      'Maintain 99.9% uptime', 'Keep churn below 5%', 'NPS remains above 60', 'Stay within the approved opex budget',
      'Handle 95% of tickets within SLA', 'No regression in build time', 'Hold CAC payback at 12 months',
    ]) it(t, () => assert.equal(label(t), 'kpi'));
  });

  describe('not measurable', () => {
    for (const t of ['Improve customer satisfaction', 'Delight our customers', 'Better forecasting', 'Make the platform more reliable']) {
      it(t, () => assert.equal(label(t), 'vague'));
    }
  });

  describe('outcomes are left alone', () => {
    for (const t of [
      'Reduce churn from 14% to 7% by end of Q2', 'NPS of 45', 'Churn below 5%', 'Close 20 new enterprise deals',
      'Launch in 3 markets reaching 500 paying teams', 'Double the number of paying teams', 'Cut time-to-resolution in half',
      'Two thousand households connected to broadband', 'Grow ARR from $1.2M to $2M', 'Become cash-flow positive by Q4',
      'Increase weekly active teams from 3,200 to 4,500', 'Mean time to recovery below 30 minutes', 'Raise newsletter subscribers to twenty thousand',
      'Increase conversion from 2% to 3% while keeping churn below 5%',
    ]) it(t, () => assert.equal(label(t), 'outcome'));
  });

  describe('structured fields', () => {
    it('baseline equal to target reads as a KPI', () => {
      const c = k.classify({ title: 'Monthly logo churn', baseline: 3, target: 3, unit: '%' });
      assert.equal(c.label, 'kpi');
      assert.match(c.reason, /baseline equal to its target \(3%\)/);
    });
    it('a promoted KPI with a change is an outcome, whatever the title says', () => {
      assert.equal(label({ title: 'Maintain churn', metric: 'churn', metricIsKpi: true, baseline: 14, target: 7 }), 'outcome');
    });
    it('a target in the fields makes a metric-only title measurable', () => {
      assert.equal(label({ title: 'Increase win rate' }), 'vague');
      assert.equal(label({ title: 'Increase win rate', baseline: 22, target: 30 }), 'outcome');
    });
    it('fields that restate a floor keep a KPI reading; fields that cross it make an outcome', () => {
      assert.equal(label({ title: 'Keep client retention above 90%', baseline: 92, target: 90 }), 'kpi');
      assert.equal(label({ title: 'Keep activation above 40%', baseline: 28, target: 40 }), 'outcome');
      assert.equal(label({ title: 'Hold first response under 4 business hours', baseline: 3.5, target: 4 }), 'kpi');
    });
    it('a cadence of activity needs no count in the title', () => {
      assert.equal(label({ title: 'Weekly demos to prospects', baseline: 4, target: 10 }), 'lead_measure');
    });
    it('a 0 → 1 target does not turn a task into an outcome', () => {
      assert.equal(label({ title: 'Launch onboarding V3', baseline: 0, target: 1 }), 'task');
    });
  });

  describe('reason and evidence', () => {
    it('names the deciding words', () => {
      const c = k.classify({ title: 'Implement the new billing engine' });
      assert.equal(c.reason, "starts with 'Implement', a piece of work, and names no change in a result");
      assert.deepEqual(c.evidence, [{ start: 0, end: 9, text: 'Implement' }]);
    });
    it('evidence offsets point into the title', () => {
      for (const t of ['Make 20 at-risk account calls a week', 'Website uptime stays at 99.9%', 'Onboarding V3 launched']) {
        const c = k.classify({ title: t });
        assert.ok(c.evidence.length > 0, t);
        for (const e of c.evidence) assert.equal(t.slice(e.start, e.end), e.text);
      }
    });
    it('a passive task says which word made it one', () => {
      assert.match(k.classify({ title: 'Rust bindings released' }).reason, /'released'/);
    });
  });

  describe('configured vocabulary', () => {
    it('extra task verbs, inflected', () => {
      assert.equal(classifyKr({ title: 'Spiked the event bus' }, cfg({ taskVerbs: ['spike'] })).label, 'task');
    });
    it('extra activity nouns, plural', () => {
      assert.equal(classifyKr({ title: 'Run 4 hackdays' }, cfg({ activityNouns: ['hackday'] })).label, 'lead_measure');
    });
    it('extra KPI phrases', () => {
      assert.equal(classifyKr({ title: 'Opex at plan all quarter' }, cfg({ kpiPhrases: ['at plan'] })).label, 'kpi');
    });
    it('never-trigger words do not turn a silenced task into an unmeasurable KR', () => {
      const c = classifyKr({ title: 'Launch onboarding V3' }, cfg({ neverTrigger: ['launch'] }));
      assert.ok(c.confidence < DEFAULT_CLASSIFIER.minConfidence, JSON.stringify(c));
    });
    it('never-trigger words silence a cue', () => {
      assert.equal(classifyKr({ title: 'Launch onboarding V3' }, cfg({ neverTrigger: ['launch'] })).label === 'task', false);
      assert.equal(classifyKr({ title: 'Ship 10k parcels a day' }, cfg({ neverTrigger: ['ship'] })).label === 'task', false);
    });
  });

  it('is deterministic and caches by input without sharing state across configs', () => {
    const a = new KrClassifier(DEFAULT_CLASSIFIER, 2);
    const first = a.classify({ title: 'Launch X' });
    a.classify({ title: 'Launch Y' });
    a.classify({ title: 'Launch Z' }); // evicts X
    assert.deepEqual(a.classify({ title: 'Launch X' }), first);
    assert.notEqual(new KrClassifier(cfg({ neverTrigger: ['launch'] })).classify({ title: 'Launch X' }).label, 'task');
  });

  it('never throws on odd input', () => {
    for (const t of ['', ' ', '%%%', '$', '→→', '1', 'from to by', '\u0000\uffff', 'a'.repeat(5000), '9'.repeat(400), 'from 1 to', 'by end of', 'Q9 2026']) {
      const c = k.classify({ title: t });
      assert.ok(c.confidence >= 0 && c.confidence <= 1);
    }
  });
});
