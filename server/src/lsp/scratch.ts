// Analysing a text that is not (yet) in the workspace: the result of a fix
// before it is offered. Only file-scoped rules are trusted here, since the
// scratch workspace holds this one file and cross-file rules would misfire.
import { Workspace } from '../core/workspace';
import { Analyzer } from '../core/engine';
import { ruleById } from '../core/rules/index';
import { applyEdits } from '../core/fixall';
import type { ResolvedConfig } from '../core/config';
import type { OkrFile } from '../core/model';
import type { Finding, OffsetEdit } from '../core/types';

/** Whether a rule's findings depend on this file alone. */
export function isFileScoped(ruleId: string): boolean {
  return ruleById(ruleId)?.meta.scope === 'file';
}

/** The parsed file and its file-scoped findings for a hypothetical text. */
export function analyzeText(path: string, text: string, config: ResolvedConfig): { file: OkrFile; findings: Finding[] } {
  const ws = new Workspace();
  const file = ws.set(path, text);
  return { file, findings: new Analyzer(ws).analyze(path, config).filter((f) => isFileScoped(f.rule)) };
}

const count = (fs: readonly Finding[], rule: string, message?: string): number =>
  fs.reduce((n, f) => n + (f.rule === rule && (message === undefined || f.message === message) ? 1 : 0), 0);

/**
 * True when applying `edits` leaves a file that parses, has no more schema
 * problems than before, and (for a file-scoped rule) one fewer problem saying
 * what `finding` says: the promise every offered fix keeps. (A fill that adds
 * what the title states but not a missing due date changes the diagnostic to
 * "no due", which is still progress worth offering.)
 */
export function fixHolds(file: OkrFile, before: readonly Finding[], finding: Finding, edits: readonly OffsetEdit[], config: ResolvedConfig): boolean {
  let text: string;
  try {
    text = applyEdits(file.text, edits);
  } catch {
    return false;
  }
  const after = analyzeText(file.path, text, config).findings;
  if (count(after, 'yaml-syntax') > 0) return false;
  if (count(after, 'schema') > count(before, 'schema') - (finding.rule === 'schema' ? 1 : 0)) return false;
  if (finding.rule !== 'schema' && isFileScoped(finding.rule) && count(after, finding.rule, finding.message) >= count(before, finding.rule, finding.message)) return false;
  return true;
}
