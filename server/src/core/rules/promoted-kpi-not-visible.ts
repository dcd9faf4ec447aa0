import type { Rule } from '../rule';
import { metricTypoSuggestion } from './unresolved-reference';

/** A KR promotes a metric that is on no Signals list, so it vanishes from the dashboard. */
const rule: Rule = {
  meta: {
    id: 'promoted-kpi-not-visible',
    layer: 'signals',
    defaultSeverity: 'warning',
    description: "A Key Result's metric must be a KPI on some Signals list, so the promoted KPI stays visible on the dashboard.",
    fixable: false,
    scope: 'workspace',
    messages: {
      notOnSignals: "The metric '{metric}' is not a KPI on any Signals list; a KPI promoted into a Key Result must stay visible on the dashboard, so add it to signals.kpis of this unit or one above it.",
    },
  },
  check(ctx) {
    const { file, workspace } = ctx;
    for (const o of file.objectives) {
      for (const kr of o.keyResults) {
        const metric = kr.metric;
        if (!metric || workspace.resolveKpi(metric.value, file)) continue;
        // A near miss of an existing KPI is a typo: unresolved-reference reports it with a fix.
        if (metricTypoSuggestion(ctx, metric) !== undefined) continue;
        ctx.report({ messageId: 'notOnSignals', args: { metric: metric.value }, span: metric.span, data: { kind: 'kpi', ref: metric.value } });
      }
    }
  },
};
export default rule;
