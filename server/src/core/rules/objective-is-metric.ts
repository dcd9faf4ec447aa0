import type { Rule } from '../rule';
import { metricTitleEvidence } from '../classify';

/** An objective titled as a number target: the number belongs in a Key Result, the objective states the aim. */
const rule: Rule = {
  meta: {
    id: 'objective-is-metric',
    layer: 'change',
    defaultSeverity: 'info',
    description: "An objective's title should be a qualitative aim; number targets belong in its Key Results.",
    fixable: false,
    scope: 'file',
    messages: {
      isMetric: "This objective's title is a number target ('{evidence}'). Say what should be true and why it matters, and let the Key Results carry the numbers.",
    },
  },
  check(ctx) {
    for (const o of ctx.file.objectives) {
      const title = o.title;
      if (!title || typeof title.value !== 'string') continue;
      const ev = metricTitleEvidence(title.value);
      if (!ev) continue;
      ctx.report({
        messageId: 'isMetric',
        args: { evidence: ev.text },
        span: title.span,
        data: { objectiveIndex: o.index, evidence: ev },
      });
    }
  },
};
export default rule;
