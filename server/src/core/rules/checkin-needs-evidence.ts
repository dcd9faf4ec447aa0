import type { Rule } from '../rule';
import type { Span } from '../types';

/** A check-in must point to its source of truth: no evidence link, no update. */
const rule: Rule = {
  meta: {
    id: 'checkin-needs-evidence',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'Every check-in needs an evidence link to the data behind it.',
    fixable: false,
    scope: 'file',
    messages: {
      missingEvidence: 'This check-in has no evidence link, so its value is an opinion nobody can verify; point it to the dashboard, report or query it comes from.',
    },
  },
  check(ctx) {
    const { text } = ctx.file;
    for (const o of ctx.file.objectives) {
      for (const kr of o.keyResults) {
        for (const c of kr.checkins) {
          if (c.evidence && c.evidence.value.trim() !== '') continue;
          // A non-string evidence (a number, a list) is a schema error, not missing evidence.
          const field = c.fields.get('evidence');
          if (field && field.node !== null && field.value !== null && typeof field.value !== 'string') continue;
          ctx.report({ messageId: 'missingEvidence', span: c.date?.span ?? firstLine(text, c.span), data: { keyResult: kr.id?.value } });
        }
      }
    }
  },
};
export default rule;

function firstLine(text: string, span: Span): Span {
  const nl = text.indexOf('\n', span.start);
  const end = nl < 0 || nl > span.end ? span.end : nl;
  return { start: span.start, end: text[end - 1] === '\r' ? end - 1 : end };
}
