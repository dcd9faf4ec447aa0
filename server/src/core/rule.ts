// The contract every rule file implements (one file per rule, ESLint style).
import type { OkrFile, Objective, KeyResult, Kpi } from './model';
import type { Report, RuleMeta } from './types';
import type { ResolvedConfig } from './config';

/** A place an id or reference can point to, anywhere in the workspace. */
export interface Target {
  file: OkrFile;
  objective?: Objective;
  keyResult?: KeyResult;
  kpi?: Kpi;
}

/** Read-only view of every OKR file the engine knows about. */
export interface WorkspaceView {
  files(): readonly OkrFile[];
  /** Every file that claims this unit id, in any cycle. */
  unitFiles(unit: string): readonly OkrFile[];
  /** The file of `unit` for the cycle of `from` if there is one, else any file of that unit. */
  unitFile(unit: string, from?: OkrFile): OkrFile | undefined;
  /** Resolves `unit/objective[/kr]`, preferring the cycle of `from`. */
  resolveRef(ref: string, from?: OkrFile): Target | undefined;
  /** Resolves a KPI id (`id` or `unit/id`): the file's own unit first, then its parents, then anywhere. */
  resolveKpi(ref: string, from: OkrFile): Target | undefined;
  /** Candidate strings for "did you mean": 'unit' ids, 'ref' (unit/objective[/kr]) or 'kpi' ids. */
  candidates(kind: 'unit' | 'ref' | 'kpi'): readonly string[];
}

export interface RuleContext {
  file: OkrFile;
  workspace: WorkspaceView;
  config: ResolvedConfig;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
