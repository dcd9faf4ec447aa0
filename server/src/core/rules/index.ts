// The registry: every rule, in catalog order (SPEC §3). A meta-test checks
// that each has a doc page, fixtures and a settings entry.
import type { Rule } from '../rule';
import type { RuleSeverity } from '../types';
import yamlSyntax from './yaml-syntax';
import schema from './schema';
import duplicateId from './duplicate-id';
import unresolvedReference from './unresolved-reference';
import alignmentCycle from './alignment-cycle';
import alignmentLevel from './alignment-level';
import cycleMismatch from './cycle-mismatch';
import krIsTask from './kr-is-task';
import krIsLeadMeasure from './kr-is-lead-measure';
import krIsKpi from './kr-is-kpi';
import krNotMeasurable from './kr-not-measurable';
import krNeedsBaselineTargetDue from './kr-needs-baseline-target-due';
import krCount from './kr-count';
import objectiveCount from './objective-count';
import objectiveIsMetric from './objective-is-metric';
import checkinNeedsEvidence from './checkin-needs-evidence';
import kpiNeedsOwnerThresholdSource from './kpi-needs-owner-threshold-source';
import northStarNeedsGuardrails from './north-star-needs-guardrails';
import promotedKpiNotVisible from './promoted-kpi-not-visible';
import noCompensationLink from './no-compensation-link';
import ownerRequired from './owner-required';

/** All rules the engine runs. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateId,
  unresolvedReference,
  alignmentCycle,
  alignmentLevel,
  cycleMismatch,
  krIsTask,
  krIsLeadMeasure,
  krIsKpi,
  krNotMeasurable,
  krNeedsBaselineTargetDue,
  krCount,
  objectiveCount,
  objectiveIsMetric,
  checkinNeedsEvidence,
  kpiNeedsOwnerThresholdSource,
  northStarNeedsGuardrails,
  promotedKpiNotVisible,
  noCompensationLink,
  ownerRequired,
];

/** Default severity of every rule, for config resolution. */
export const RULE_DEFAULTS: ReadonlyMap<string, RuleSeverity> = new Map(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]));

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
