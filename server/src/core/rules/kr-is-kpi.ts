import type { Rule } from '../rule';
import { reportLabel } from '../classify/rule-support';

/** A Key Result that only keeps a health metric where it is: it belongs on the Signals layer as a KPI. */
const rule: Rule = {
  meta: {
    id: 'kr-is-kpi',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'A Key Result should change a level; a metric held steady is a KPI to watch on the Signals layer.',
    fixable: true,
    scope: 'file',
    messages: {
      isKpi: 'This Key Result reads like a KPI: it {reason}. Watch it as a KPI under signals.kpis, and keep Key Results for what must change this cycle.',
      mayBeKpi: 'This Key Result may be a KPI: it {reason}. If the aim is to keep the level rather than move it, track it under signals.kpis instead.',
    },
  },
  check(ctx) {
    reportLabel(ctx, 'kpi', 'isKpi', 'mayBeKpi');
  },
};
export default rule;
