import type { Rule } from '../rule';

/** A North Star Metric with no guardrail KPIs can be pushed up in ways that hurt the business. */
const rule: Rule = {
  meta: {
    id: 'north-star-needs-guardrails',
    layer: 'signals',
    defaultSeverity: 'warning',
    description: 'A North Star Metric needs guardrail KPIs that keep its growth honest.',
    fixable: false,
    scope: 'file',
    messages: {
      noGuardrails: 'This North Star Metric has no guardrails, so it can be pushed up by moves that quietly hurt the business; list the KPIs (churn, quality, cost…) that must stay healthy alongside it.',
      emptyGuardrails: 'The guardrails list of this North Star Metric is empty, so it can be pushed up by moves that quietly hurt the business; name the KPIs that must stay healthy alongside it.',
    },
  },
  check(ctx) {
    const ns = ctx.file.northStar;
    if (!ns || ns.guardrails.length > 0) return;
    const field = ns.fields.get('guardrails');
    if (field) {
      ctx.report({ messageId: 'emptyGuardrails', span: field.keySpan });
      return;
    }
    const key = ctx.file.signals?.fields.get('north_star');
    if (key) ctx.report({ messageId: 'noGuardrails', span: key.keySpan });
  },
};
export default rule;
