import type { Rule } from '../rule';
import { reportLabel } from '../classify/rule-support';

/** A Key Result that counts activities or behaviours (a 4DX lead measure): it belongs in lead_measures. */
const rule: Rule = {
  meta: {
    id: 'kr-is-lead-measure',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'A Key Result should be an outcome, not a count of activities or a delivery signal such as velocity (a lead measure).',
    fixable: true,
    scope: 'file',
    messages: {
      isLeadMeasure: 'This Key Result reads like a lead measure: it {reason}. Keep the activity in the objective\'s lead_measures and make the Key Result the outcome it is meant to drive.',
      mayBeLeadMeasure: 'This Key Result may be a lead measure: it {reason}. If it counts work done rather than a result, move it to the objective\'s lead_measures.',
    },
  },
  check(ctx) {
    reportLabel(ctx, 'lead_measure', 'isLeadMeasure', 'mayBeLeadMeasure');
  },
};
export default rule;
