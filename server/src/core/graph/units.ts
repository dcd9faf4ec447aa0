// Unit nodes and the company → domain → team hierarchy (through `parent`).
// One node per unit id across cycles; its level, owner, parent and position
// come from its latest file, so a re-organisation shows as of now.
import type { OkrFile } from '../model';
import type { UnitLevel, UnitNode } from '../../protocol';
import { noProblems } from '../../protocol';
import { cycleDates } from './progress';
import { LineIndex } from './positions';

const LEVELS: ReadonlySet<string> = new Set(['company', 'domain', 'team']);

/** The unit id a file belongs to; files without one get a per-path key so their problems still show. */
export function unitKey(file: OkrFile): string {
  const u = file.unit?.value.trim();
  return u ? u : `?${file.path}`;
}

/** Node id of a unit. */
export function unitNodeId(key: string): string {
  return `u:${key}`;
}

/** Sort key of a file's cycle: its start date, else its label; files without a cycle sort first. */
export function cycleSortKey(file: OkrFile): string {
  return cycleDates(file.cycle)?.start ?? file.cycle?.label ?? '';
}

/** Files by cycle, then path (keys computed once; plain code-unit order, which is stable and fast). */
export function sortFiles(files: readonly OkrFile[]): OkrFile[] {
  const keyed = files.map((f) => ({ f, k: cycleSortKey(f) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0));
  return keyed.map((x) => x.f);
}

/** Builds one node per unit, linking parents and breaking any parent cycle so the tree stays finite. */
export function buildUnits(files: readonly OkrFile[], lines: (f: OkrFile) => LineIndex): Map<string, UnitNode> {
  const byUnit = new Map<string, OkrFile[]>();
  for (const f of files) {
    const key = unitKey(f);
    const list = byUnit.get(key);
    if (list) list.push(f);
    else byUnit.set(key, [f]);
  }

  const units = new Map<string, UnitNode>();
  const parentOf = new Map<string, string>();
  for (const [key, list] of byUnit) {
    const sorted = sortFiles(list);
    const latest = sorted[sorted.length - 1]!;
    const level = latest.level?.value;
    const cycles = [...new Set(sorted.map((f) => f.cycle?.label).filter((c): c is string => !!c))];
    const node: UnitNode = {
      id: unitNodeId(key),
      kind: 'unit',
      unit: key.startsWith('?') ? '' : key,
      label: key.startsWith('?') ? fileName(latest.path) : key,
      level: level && LEVELS.has(level) ? (level as UnitLevel) : 'unknown',
      cycles,
      pos: lines(latest).at(latest.unit?.span.start ?? latest.root?.span.start ?? 0),
      problems: noProblems(),
      total: noProblems(),
    };
    if (latest.owner?.value) node.owner = latest.owner.value;
    units.set(key, node);
    const p = latest.parent?.value.trim();
    if (p && p !== key) parentOf.set(key, p);
  }

  for (const [key, parent] of parentOf) {
    if (units.has(parent) && !reachesSelf(key, parentOf)) units.get(key)!.parent = unitNodeId(parent);
  }
  return units;
}

/** True when following `parent` from `key` comes back to `key` (an alignment cycle, reported by its own rule). */
function reachesSelf(key: string, parentOf: ReadonlyMap<string, string>): boolean {
  const seen = new Set<string>();
  let cur = parentOf.get(key);
  while (cur !== undefined && !seen.has(cur)) {
    if (cur === key) return true;
    seen.add(cur);
    cur = parentOf.get(cur);
  }
  return false;
}

function fileName(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return p.slice(i + 1);
}
