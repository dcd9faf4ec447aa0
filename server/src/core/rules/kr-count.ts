import type { Rule } from '../rule';
import type { Span } from '../types';

const MIN = 2;
const MAX = 5;

/** An objective needs 2 to 5 Key Results: one is a single bet, six or more is a KPI inventory. */
const rule: Rule = {
  meta: {
    id: 'kr-count',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'An objective should have between 2 and 5 Key Results.',
    fixable: false,
    scope: 'file',
    messages: {
      noKeyResults: 'This objective has no Key Results, so nothing says how anyone will know it was achieved; add 2 to 5.',
      tooFew: 'This objective has only 1 Key Result, so a single number stands for the whole aim and is easy to game; add at least one more angle on the outcome.',
      tooMany: 'This objective has {count} Key Results, more than 5, which spreads focus thin and turns the OKR into a list of metrics; keep the few that matter most.',
    },
  },
  check(ctx) {
    for (const o of ctx.file.objectives) {
      const count = o.keyResults.length;
      if (count >= MIN && count <= MAX) continue;
      const span: Span = o.title?.span ?? o.fields.get('key_results')?.keySpan ?? o.id?.span ?? firstLine(ctx.file.text, o.span);
      const messageId = count === 0 ? 'noKeyResults' : count < MIN ? 'tooFew' : 'tooMany';
      ctx.report({ messageId, args: { count }, span, data: { count } });
    }
  },
};
export default rule;

/** The first line of a node, so a finding never covers a whole block. */
function firstLine(text: string, span: Span): Span {
  const nl = text.indexOf('\n', span.start);
  const end = nl < 0 || nl > span.end ? span.end : nl;
  return { start: span.start, end: text[end - 1] === '\r' ? end - 1 : end };
}
