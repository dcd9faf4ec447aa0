// The registry: every rule, in catalog order (SPEC §3). A meta-test checks
// that each has a doc page, fixtures and a settings entry.
import type { Rule } from '../rule';
import type { RuleSeverity } from '../types';
import yamlSyntax from './yaml-syntax';
import schema from './schema';

/** All rules the engine runs. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
];

/** Default severity of every rule, for config resolution. */
export const RULE_DEFAULTS: ReadonlyMap<string, RuleSeverity> = new Map(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]));

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
