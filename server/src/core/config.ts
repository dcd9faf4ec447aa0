// okr.config.yaml and editor settings, merged into one resolved view per file.
import type { RuleSeverity } from './types';

/** Word lists that extend (never replace) the classifier's built-in vocabulary. */
export interface ClassifierConfig {
  taskVerbs: string[];
  activityNouns: string[];
  kpiPhrases: string[];
  /** Words or phrases that must never make a KR count as task, lead measure or KPI. */
  neverTrigger: string[];
  /** Below this confidence (0..1) the classification rules stay silent. */
  minConfidence: number;
}

/** The raw, user-written shape of okr.config.yaml (every part optional). */
export interface UserConfig {
  rules?: Record<string, RuleSeverity>;
  /** Globs (relative to the config file's folder) of OKR files to leave out. */
  ignore?: string[];
  objectiveLimit?: number;
  classifier?: Partial<ClassifierConfig>;
}

export interface ResolvedConfig {
  severity(ruleId: string): RuleSeverity;
  objectiveLimit: number;
  classifier: ClassifierConfig;
}

export const DEFAULT_CLASSIFIER: ClassifierConfig = {
  taskVerbs: [],
  activityNouns: [],
  kpiPhrases: [],
  neverTrigger: [],
  minConfidence: 0.6,
};

/** Rule defaults are injected by the registry so this module stays dependency-free. */
export type RuleDefaults = ReadonlyMap<string, RuleSeverity>;

/**
 * Merges config layers, later ones winning: typically okr.config.yaml, then
 * editor settings. Unknown rule ids are ignored here (the config schema flags them).
 */
export function resolveConfig(defaults: RuleDefaults, ...layers: Array<UserConfig | undefined>): ResolvedConfig {
  const severities = new Map(defaults);
  let objectiveLimit = 4;
  const classifier: ClassifierConfig = { ...DEFAULT_CLASSIFIER, taskVerbs: [], activityNouns: [], kpiPhrases: [], neverTrigger: [] };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, sev] of Object.entries(layer.rules ?? {})) {
      if (severities.has(id) && isSeverity(sev)) severities.set(id, sev);
    }
    if (typeof layer.objectiveLimit === 'number' && layer.objectiveLimit >= 1) objectiveLimit = Math.floor(layer.objectiveLimit);
    const c = layer.classifier;
    if (c) {
      for (const key of ['taskVerbs', 'activityNouns', 'kpiPhrases', 'neverTrigger'] as const) {
        const words = c[key];
        if (Array.isArray(words)) classifier[key] = [...classifier[key], ...words.filter((w): w is string => typeof w === 'string')];
      }
      if (typeof c.minConfidence === 'number' && c.minConfidence >= 0 && c.minConfidence <= 1) classifier.minConfidence = c.minConfidence;
    }
  }
  return {
    severity: (id) => severities.get(id) ?? 'off',
    objectiveLimit,
    classifier,
  };
}

export function isSeverity(v: unknown): v is RuleSeverity {
  return v === 'off' || v === 'info' || v === 'warning' || v === 'error';
}
