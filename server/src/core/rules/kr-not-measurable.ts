import type { Rule } from '../rule';
import { reportLabel } from '../classify/rule-support';

/** A Key Result with no metric, number, target or checkable end state: nobody can tell whether it was met. */
const rule: Rule = {
  meta: {
    id: 'kr-not-measurable',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'A Key Result needs something to measure: a metric with a target, or a checkable end state.',
    fixable: false,
    scope: 'file',
    messages: {
      notMeasurable: 'This Key Result cannot be measured: it {reason}. Name the metric and the level it should reach, for example "from 14% to 7% by end of Q2".',
      mayNotBeMeasurable: 'This Key Result may not be measurable: it {reason}. Name the metric and the level it should reach.',
    },
  },
  check(ctx) {
    reportLabel(ctx, 'vague', 'notMeasurable', 'mayNotBeMeasurable');
  },
};
export default rule;
