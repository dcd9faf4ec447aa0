import type { Rule } from '../rule';
import type { OkrFile, Str, CycleValue } from '../model';

/** Ids that must be unique: objectives and KPIs per unit file, KRs per objective, and one file per unit and cycle. */
const rule: Rule = {
  meta: {
    id: 'duplicate-id',
    layer: 'structure',
    defaultSeverity: 'error',
    description: 'Objective, Key Result and KPI ids must be unique in their unit, and a unit has one file per cycle.',
    fixable: false,
    scope: 'workspace',
    messages: {
      duplicateObjective: "The objective id '{id}' is already used in this file, so references like '{unit}/{id}' cannot tell the two objectives apart.",
      duplicateKeyResult: "The Key Result id '{id}' is already used in objective '{objective}', so a reference to it cannot tell the two Key Results apart.",
      duplicateKpi: "The KPI id '{id}' is already used on this Signals list, so metrics and guardrails that name it cannot tell the two KPIs apart.",
      duplicateUnit: "The file '{other}' also claims unit '{unit}' for cycle {cycle}, so references to this unit cannot know which file to read.",
    },
  },
  check(ctx) {
    const { file } = ctx;
    const unit = file.unit?.value ?? '?';
    // Ids are compared per file: a unit has one file per cycle, and reusing an
    // objective or KPI id in the next cycle's file is normal continuity.
    for (const dup of duplicates(file.objectives.map((o) => o.id))) {
      ctx.report({ messageId: 'duplicateObjective', args: { id: dup.value, unit }, span: dup.span, data: { kind: 'objective', id: dup.value } });
    }
    // KR ids only need to be unique inside their objective: references are unit/objective/kr.
    for (const o of file.objectives) {
      for (const dup of duplicates(o.keyResults.map((k) => k.id))) {
        ctx.report({
          messageId: 'duplicateKeyResult', args: { id: dup.value, objective: o.id?.value ?? `#${o.index + 1}` }, span: dup.span,
          data: { kind: 'keyResult', id: dup.value },
        });
      }
    }
    for (const dup of duplicates(file.kpis.map((k) => k.id))) {
      ctx.report({ messageId: 'duplicateKpi', args: { id: dup.value }, span: dup.span, data: { kind: 'kpi', id: dup.value } });
    }

    if (!file.unit) return;
    for (const other of ctx.workspace.unitFiles(file.unit.value)) {
      if (other === file || !sameCycle(file.cycle, other.cycle)) continue;
      ctx.report({
        messageId: 'duplicateUnit',
        args: { other: relativeName(file.path, other.path), unit: file.unit.value, cycle: file.cycle?.label ?? '(none)' },
        span: file.unit.span,
        data: { kind: 'unit', id: file.unit.value, other: other.path },
      });
    }
  },
};
export default rule;

/** Every id after the first that repeats an earlier one. */
function duplicates(ids: ReadonlyArray<Str | undefined>): Str[] {
  const seen = new Set<string>();
  const out: Str[] = [];
  for (const id of ids) {
    if (!id || id.value === '') continue;
    if (seen.has(id.value)) out.push(id);
    else seen.add(id.value);
  }
  return out;
}

/** `2026-Q2` and `{start: 2026-04-01, end: 2026-06-30}` are the same cycle. */
function sameCycle(a: CycleValue | undefined, b: CycleValue | undefined): boolean {
  if (a?.start && a.end && b?.start && b.end) return a.start === b.start && a.end === b.end;
  return (a?.label ?? '') === (b?.label ?? '');
}

/** `other` as seen from `from`'s folder, so the message names a path the user recognises. */
function relativeName(from: OkrFile['path'], other: string): string {
  const a = from.split(/[\\/]/);
  const b = other.split(/[\\/]/);
  a.pop();
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
