import type { Rule } from '../rule';
import type { CycleValue, OkrFile } from '../model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Alignment to another cycle's objective, or a KR due outside its file's cycle. */
const rule: Rule = {
  meta: {
    id: 'cycle-mismatch',
    layer: 'alignment',
    defaultSeverity: 'warning',
    description: "aligns_to must point to an objective of the same cycle, and a Key Result's due date must fall inside its cycle.",
    fixable: false,
    scope: 'workspace',
    messages: {
      alignsOtherCycle: "'{ref}' exists only in cycle {targetCycle}, not in this file's cycle {cycle}, so this objective supports a goal nobody is pursuing now.",
      dueOutsideCycle: 'The due date {due} falls {when} this cycle ({start} to {end}), so the Key Result would be judged {consequence}.',
    },
  },
  check(ctx) {
    const { file, workspace } = ctx;
    const cycle = file.cycle;
    if (!cycle) return;

    for (const o of file.objectives) {
      for (const ref of o.alignsTo) {
        const target = workspace.resolveRef(ref.value, file);
        if (!target?.file.cycle) continue;
        const [unit, objectiveId, krId] = ref.value.split('/');
        // resolveRef matches cycles by label only; any file of the unit that holds
        // the target and covers this cycle (a quarter inside a year) is fine.
        const live = workspace.unitFiles(unit ?? '').some((f) => holds(f, objectiveId, krId) && within(cycle, f.cycle));
        if (live) continue;
        ctx.report({
          messageId: 'alignsOtherCycle',
          args: { ref: ref.value, targetCycle: target.file.cycle.label, cycle: cycle.label },
          span: ref.span,
          data: { ref: ref.value, targetCycle: target.file.cycle.label, cycle: cycle.label },
        });
      }

      if (!cycle.start || !cycle.end) continue;
      for (const kr of o.keyResults) {
        const due = kr.due;
        // Malformed dates are a schema error; comparing them here would only add noise.
        if (!due || !ISO_DATE.test(due.value)) continue;
        if (due.value >= cycle.start && due.value <= cycle.end) continue;
        ctx.report({
          messageId: 'dueOutsideCycle',
          args: due.value > cycle.end
            ? { due: due.value, start: cycle.start, end: cycle.end, when: 'after', consequence: 'only after the cycle it belongs to has closed' }
            : { due: due.value, start: cycle.start, end: cycle.end, when: 'before', consequence: 'before its cycle has even started' },
          span: due.span,
          data: { due: due.value, start: cycle.start, end: cycle.end },
        });
      }
    }
  },
};
export default rule;

function holds(file: OkrFile, objectiveId: string | undefined, krId: string | undefined): boolean {
  const objective = file.objectives.find((o) => o.id?.value === objectiveId);
  return objective !== undefined && (krId === undefined || objective.keyResults.some((k) => k.id?.value === krId));
}

/** True when `inner` lies inside `outer`: the same quarter, or a short team cycle inside a longer one. */
function within(inner: CycleValue, outer: CycleValue | undefined): boolean {
  if (!outer) return false;
  if (inner.label === outer.label) return true;
  if (!inner.start || !inner.end || !outer.start || !outer.end) return false;
  return inner.start >= outer.start && inner.end <= outer.end;
}
