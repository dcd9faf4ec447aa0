// Which fixes a finding has, and "fix all". Shared by the code actions and
// `okr fix`, so the editor and CI change files in exactly the same way.
//
// Safety: a fix is *safe* when it cannot change what the user meant (an enum
// typo, fields the title already states). Moving a KR to another layer is a
// judgement the classifier can get wrong, so moves are offered one by one or
// by an explicit "fix all of this rule", never applied by source.fixAll.
import { moveKeyResult, fillKeyResultFields, disableNextLineComment, applyEdits, combineEditSets, type Destination } from './edit/index';
import type { OkrFile } from './model';
import type { Finding, Fix, OffsetEdit } from './types';

export { applyEdits };

const MOVES: Record<string, { to: Destination; title: string }> = {
  'kr-is-task': { to: 'initiatives', title: "Move to this objective's initiatives" },
  'kr-is-lead-measure': { to: 'lead_measures', title: "Move to this objective's lead measures" },
  'kr-is-kpi': { to: 'kpis', title: 'Move to signals.kpis' },
};

function index(data: Record<string, unknown> | undefined, key: string): number | undefined {
  const v = data?.[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** Every fix of a finding: those its rule attached, plus moves and fills computed from its `data`. */
export function fixesFor(file: OkrFile, finding: Finding): Fix[] {
  const fixes = [...(finding.fixes ?? [])];
  const o = index(finding.data, 'objectiveIndex');
  const k = index(finding.data, 'krIndex');
  if (o === undefined || k === undefined) return fixes;
  const kr = file.objectives.find((x) => x.index === o)?.keyResults.find((x) => x.index === k);
  if (!kr) return fixes;
  // The KR must still be the one the finding was about (ids and titles pin it down).
  const expect = { ...(kr.id ? { expectId: kr.id.value } : {}), ...(kr.title ? { expectTitle: kr.title.value } : {}) };
  const move = MOVES[finding.rule];
  if (move) {
    const edits = moveKeyResult(file.text, { objectiveIndex: o, krIndex: k, to: move.to, ...expect });
    if (edits) fixes.push({ title: move.title, edits, safe: false, preferred: true });
  }
  if (finding.rule === 'kr-needs-baseline-target-due') {
    const parsed = (finding.data?.parsed ?? {}) as { baseline?: unknown; target?: unknown; unit?: unknown; due?: unknown };
    const fields = {
      ...(typeof parsed.baseline === 'number' && !kr.baseline ? { baseline: parsed.baseline } : {}),
      ...(typeof parsed.target === 'number' && !kr.target ? { target: parsed.target } : {}),
      ...(typeof parsed.unit === 'string' && !kr.unit ? { unit: parsed.unit } : {}),
      ...(typeof parsed.due === 'string' && !kr.due ? { due: parsed.due } : {}),
    };
    const names = Object.keys(fields);
    const edits = names.length > 0 ? fillKeyResultFields(file.text, { objectiveIndex: o, krIndex: k, fields, ...expect }) : undefined;
    if (edits) fixes.push({ title: `Fill ${names.join(', ')} from the title`, edits, safe: true, preferred: true });
  }
  return fixes;
}

/** The "disable this rule for this line" fix. */
export function disableFix(file: OkrFile, finding: Finding): Fix | undefined {
  const edit = disableNextLineComment(file.text, finding.start, finding.rule);
  return edit ? { title: `Disable ${finding.rule} for this line`, edits: [edit], safe: false } : undefined;
}

/** The fix "fix all" would pick for a finding: the preferred one, else the first. */
function chosen(fixes: readonly Fix[]): Fix | undefined {
  return fixes.find((f) => f.preferred) ?? fixes[0];
}

/** One pass: the chosen fixes of the given findings, combined without conflicts. */
export function combinedEdits(file: OkrFile, findings: readonly Finding[], onlySafe: boolean): { edits: OffsetEdit[]; count: number } {
  const sets: OffsetEdit[][] = [];
  for (const f of findings) {
    const fix = chosen(fixesFor(file, f).filter((x) => !onlySafe || x.safe));
    if (fix) sets.push(fix.edits);
  }
  const { edits, applied } = combineEditSets(sets);
  return { edits, count: applied.length };
}

/** The safe fixes of a file's findings in one non-conflicting edit set (one pass). */
export function safeFixEdits(file: OkrFile, findings: readonly Finding[]): { edits: OffsetEdit[]; count: number } {
  return combinedEdits(file, findings, true);
}

/**
 * Applies fixes until none is left (several passes: one move shifts the next).
 * `analyze` gives the file and its findings for a text, so callers decide
 * whether that touches a live workspace.
 */
export function fixAllText(
  text: string,
  analyze: (text: string) => { file: OkrFile; findings: Finding[] },
  pick: (f: Finding) => boolean,
  onlySafe: boolean,
  maxPasses = 10,
): { text: string; count: number } {
  let count = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { file, findings } = analyze(text);
    const { edits, count: n } = combinedEdits(file, findings.filter(pick), onlySafe);
    if (n === 0) break;
    text = applyEdits(text, edits);
    count += n;
  }
  return { text, count };
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): OffsetEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}
