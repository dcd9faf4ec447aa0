import type { Rule } from '../rule';
import type { Field } from '../model';
import type { Span } from '../types';

const REQUIRED = ['owner', 'threshold', 'source'] as const;

/** A KPI without an owner, a breach threshold or a data source is watched by nobody and acted on never. */
const rule: Rule = {
  meta: {
    id: 'kpi-needs-owner-threshold-source',
    layer: 'signals',
    defaultSeverity: 'warning',
    description: 'Every KPI needs an owner, a threshold and a data source.',
    fixable: false,
    scope: 'file',
    messages: {
      missing: "The KPI '{kpi}' has no {missing}, so a breach may go unnoticed or nobody is there to act on it; a health metric needs an owner, a threshold and a source of truth.",
    },
  },
  check(ctx) {
    const { text } = ctx.file;
    for (const kpi of ctx.file.kpis) {
      const missing = REQUIRED.filter((key) => !present(kpi.fields.get(key)));
      if (missing.length === 0) continue;
      const span: Span = kpi.name?.span ?? kpi.id?.span ?? firstLine(text, kpi.span);
      ctx.report({
        messageId: 'missing',
        args: { kpi: kpi.id?.value ?? kpi.name?.value ?? `#${kpi.index + 1}`, missing: listWords(missing) },
        span,
        data: { missing },
      });
    }
  },
};
export default rule;

/** Present means written with some value; a wrong type is the schema rule's business. */
function present(field: Field | undefined): boolean {
  if (!field || field.node === null) return false;
  if (field.value === null) return false;
  return !(typeof field.value === 'string' && field.value.trim() === '');
}

/** "owner", "owner or source", "owner, threshold or source" (read after "has no"). */
function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function firstLine(text: string, span: Span): Span {
  const nl = text.indexOf('\n', span.start);
  const end = nl < 0 || nl > span.end ? span.end : nl;
  return { start: span.start, end: text[end - 1] === '\r' ? end - 1 : end };
}
