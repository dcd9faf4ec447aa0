import type { Rule, RuleContext } from '../rule';
import type { Str } from '../model';
import type { Fix } from '../types';
import { nearest } from '../nearest';

type Kind = 'unit' | 'ref' | 'kpi';

/** A parent, aligns_to, depends_on, guardrail or mistyped metric that names nothing in the workspace. */
const rule: Rule = {
  meta: {
    id: 'unresolved-reference',
    layer: 'alignment',
    defaultSeverity: 'error',
    description: 'parent, aligns_to, depends_on, guardrails and metric must name something that exists in the workspace.',
    fixable: true,
    scope: 'workspace',
    messages: {
      unknownParent: "No file in the workspace defines the unit '{ref}'{didYouMean}, so this unit is cut off from the alignment tree.",
      unknownAlignsTo: "'{ref}' names no objective or Key Result in the workspace{didYouMean}, so this alignment link leads nowhere.",
      unknownDependsOn: "'{ref}' names no objective or Key Result in the workspace{didYouMean}, so this dependency cannot be tracked.",
      unknownGuardrail: "'{ref}' is not a KPI on any Signals list{didYouMean}, so this guardrail watches nothing and the North Star is less protected than it looks.",
      unknownMetric: "'{ref}' is not a KPI on any Signals list (did you mean '{suggestion}'?), so this Key Result is not tied to the metric it promotes.",
    },
  },
  check(ctx) {
    const { file, workspace } = ctx;
    if (file.parent && workspace.unitFiles(file.parent.value).length === 0) {
      report(ctx, 'unknownParent', 'unit', file.parent);
    }
    for (const o of file.objectives) {
      for (const ref of o.alignsTo) if (!workspace.resolveRef(ref.value, file)) report(ctx, 'unknownAlignsTo', 'ref', ref);
      for (const ref of o.dependsOn) if (!workspace.resolveRef(ref.value, file)) report(ctx, 'unknownDependsOn', 'ref', ref);
      for (const kr of o.keyResults) {
        // A metric is reported here only when it looks like a typo of an existing
        // KPI; a metric with no near KPI is left to promoted-kpi-not-visible.
        const metric = kr.metric;
        if (!metric) continue;
        const suggestion = metricTypoSuggestion(ctx, metric);
        if (suggestion !== undefined) report(ctx, 'unknownMetric', 'kpi', metric, suggestion);
      }
    }
    for (const ref of file.northStar?.guardrails ?? []) {
      if (!workspace.resolveKpi(ref.value, file)) report(ctx, 'unknownGuardrail', 'kpi', ref);
    }
  },
};
export default rule;

/**
 * For a KR metric that resolves to no KPI: the nearest KPI id when the metric
 * looks like a typo of one, else undefined. Shared with promoted-kpi-not-visible
 * so the two rules never report the same metric.
 */
export function metricTypoSuggestion(ctx: RuleContext, metric: Str): string | undefined {
  if (ctx.workspace.resolveKpi(metric.value, ctx.file)) return undefined;
  return nearest(metric.value, ctx.workspace.candidates('kpi'));
}

function report(ctx: RuleContext, messageId: string, kind: Kind, ref: Str, known?: string): void {
  const suggestion = known ?? nearest(ref.value, ctx.workspace.candidates(kind));
  const data: Record<string, unknown> = { kind, ref: ref.value };
  const fixes: Fix[] = [];
  if (suggestion !== undefined) {
    data.suggestion = suggestion;
    fixes.push({
      title: `Change to '${suggestion}'`,
      edits: [{ ...ref.span, newText: requote(ctx.file.text.slice(ref.span.start, ref.span.end), suggestion) }],
      // The nearest id is a guess: applying it blindly could link the wrong objective.
      safe: false,
      preferred: true,
    });
  }
  ctx.report({
    messageId,
    args: { ref: ref.value, suggestion: suggestion ?? '', didYouMean: suggestion !== undefined ? ` (did you mean '${suggestion}'?)` : '' },
    span: ref.span,
    data,
    ...(fixes.length > 0 ? { fixes } : {}),
  });
}

/** The replacement written in the quoting style of the value it replaces. */
function requote(raw: string, value: string): string {
  if (raw.startsWith('"')) return JSON.stringify(value);
  if (raw.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return value;
}
