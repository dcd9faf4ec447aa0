import type { Rule } from '../rule';
import type { MapNode, Str } from '../model';
import type { Span } from '../types';

/** Objectives and Key Results need a named owner; a KR without one is owned by its objective's owner. */
const rule: Rule = {
  meta: {
    id: 'owner-required',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'Every objective needs an owner; a Key Result needs one unless its objective has one.',
    fixable: false,
    scope: 'file',
    messages: {
      objectiveNoOwner: 'This objective has no owner, so nobody is accountable for driving it or for calling out when it slips.',
      keyResultNoOwner: 'Neither this Key Result nor its objective has an owner, so nobody is accountable for moving it or for its check-ins.',
    },
  },
  check(ctx) {
    const { text } = ctx.file;
    for (const o of ctx.file.objectives) {
      const objectiveOwned = named(o.owner);
      if (!objectiveOwned) ctx.report({ messageId: 'objectiveNoOwner', span: where(text, o), data: { kind: 'objective' } });
      // Inheritance: a KR left blank is owned by its objective's owner, the usual
      // practice when one person drives the whole objective.
      for (const kr of o.keyResults) {
        if (named(kr.owner) || objectiveOwned) continue;
        ctx.report({ messageId: 'keyResultNoOwner', span: where(text, kr), data: { kind: 'keyResult' } });
      }
    }
  },
};
export default rule;

function named(owner: Str | undefined): boolean {
  return owner !== undefined && owner.value.trim() !== '';
}

/** The item's title, else its id, else its first line. */
function where(text: string, item: MapNode & { title?: Str; id?: Str }): Span {
  if (item.title) return item.title.span;
  if (item.id) return item.id.span;
  const nl = text.indexOf('\n', item.span.start);
  const end = nl < 0 || nl > item.span.end ? item.span.end : nl;
  return { start: item.span.start, end: text[end - 1] === '\r' ? end - 1 : end };
}
