import type { Rule } from '../rule';

/** Too many objectives in one unit's cycle: a list of priorities is no priority. */
const rule: Rule = {
  meta: {
    id: 'objective-count',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'A unit should have at most 4 objectives per cycle (objectiveLimit in okr.config.yaml).',
    fixable: false,
    scope: 'file',
    messages: {
      tooMany: 'This unit has {count} objectives this cycle, more than the limit of {limit}, so focus is spread too thin to move any of them; keep the most important ones (or set objectiveLimit in okr.config.yaml if your organisation deliberately allows more).',
    },
  },
  check(ctx) {
    const count = ctx.file.objectives.length;
    const limit = ctx.config.objectiveLimit;
    const key = ctx.file.root?.fields.get('objectives');
    if (count <= limit || !key) return;
    ctx.report({ messageId: 'tooMany', args: { count, limit }, span: key.keySpan, data: { count, limit } });
  },
};
export default rule;
