// Filters and expansion → the flat list of rows the tree shows. The tree is
// virtualised over this list, so its cost is O(nodes) per change, never
// O(DOM): 2,000 units and 10,000 KRs stay a few milliseconds.
import type { TreeNode } from '../../server/src/protocol';
import type { GraphIndex } from './graphIndex';
import type { UiState } from './state';

/** One visible line of the tree. */
export interface Row {
  id: string;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  posInSet: number;
  setSize: number;
  /** True when the node itself matches the active search or filter (not only kept as context). */
  match: boolean;
}

/** Deeper than any real org chart; stops a malformed graph from recursing without end. */
const MAX_DEPTH = 1000;

/** Workspaces up to this many nodes open fully expanded; bigger ones open at the unit level. */
export const EXPAND_ALL_LIMIT = 400;

/** The expanded set: the mode's base (default: everything when small, else company and domains), with toggles flipped. */
export function expandedSet(ix: GraphIndex, state: UiState): Set<string> {
  let out: Set<string>;
  if (state.expand === 'none') out = new Set();
  else if (state.expand === 'all' || ix.byId.size <= EXPAND_ALL_LIMIT) out = new Set(ix.children.keys());
  else {
    out = new Set();
    for (const u of ix.units) if (u.level === 'company' || u.level === 'domain') out.add(u.id);
  }
  for (const id of state.toggled) {
    if (out.has(id)) out.delete(id);
    else out.add(id);
  }
  return out;
}

/** The cycle actually shown: the chosen one, else the latest. '' means all. */
export function effectiveCycle(ix: GraphIndex, state: UiState): string {
  if (state.cycle !== undefined && (state.cycle === '' || ix.graph.cycles.includes(state.cycle))) return state.cycle;
  return ix.graph.cycles[ix.graph.cycles.length - 1] ?? '';
}

const searchText = new WeakMap<TreeNode, string>();
function textOf(n: TreeNode): string {
  let t = searchText.get(n);
  if (t === undefined) {
    const owner = 'owner' in n && typeof n.owner === 'string' ? n.owner : '';
    const ref = 'ref' in n ? n.ref : n.unit;
    t = `${n.label}\n${ref}\n${owner}`.toLowerCase();
    searchText.set(n, t);
  }
  return t;
}

/** True when a search or an "only" filter is active (then every kept branch opens). */
export function isFiltering(state: UiState): boolean {
  return state.query.trim() !== '' || state.offTrack || state.problems;
}

/**
 * Computes the rows to show. `closedWhileFiltering` holds branches the user
 * closed during the current search, which otherwise opens every branch.
 */
export function visibleRows(ix: GraphIndex, state: UiState, expanded: ReadonlySet<string>, closedWhileFiltering: ReadonlySet<string> = new Set()): Row[] {
  const cycle = effectiveCycle(ix, state);
  const query = state.query.trim().toLowerCase();
  const filtering = isFiltering(state);

  const inCycle = (n: TreeNode): boolean => {
    if (cycle === '') return true;
    if (n.kind === 'unit') return n.cycles.length === 0 || n.cycles.includes(cycle);
    return n.cycle === undefined || n.cycle === cycle;
  };
  const selfMatch = (n: TreeNode): boolean => {
    if (query && !textOf(n).includes(query)) return false;
    if (state.offTrack && !((n.kind === 'objective' || n.kind === 'kr') && n.status === 'off-track')) return false;
    if (state.problems && n.problems.error + n.problems.warning + n.problems.info === 0) return false;
    return true;
  };

  const kept = new Map<string, boolean>(); // id → self match
  // Each node has one parent (graphIndex keeps the first), so walking down from a true root cannot loop;
  // the depth bound covers a unit chosen as root inside a crafted contains-cycle.
  const visit = (id: string, depth: number): boolean => {
    const n = ix.byId.get(id);
    if (!n || depth > MAX_DEPTH) return false;
    let anyChild = false;
    const kids = ix.children.get(id);
    if (kids) for (const c of kids) if (visit(c, depth + 1)) anyChild = true;
    const own = inCycle(n);
    const match = own && filtering && selfMatch(n);
    // Without filters a unit shows when it has a file in the cycle or holds something that does.
    const keep = filtering ? match || anyChild : own || (n.kind === 'unit' && anyChild);
    if (keep) kept.set(id, match);
    return keep;
  };
  const roots = state.unit && ix.byId.get(state.unit)?.kind === 'unit' ? [state.unit] : ix.roots;
  for (const r of roots) visit(r, 1);

  const rows: Row[] = [];
  const walk = (ids: readonly string[], depth: number): void => {
    const shown = ids.filter((c) => kept.has(c));
    shown.forEach((id, i) => {
      const kids = (ix.children.get(id) ?? []).filter((c) => kept.has(c));
      // While filtering, every kept branch opens so that each match is on screen.
      const open = kids.length > 0 && (filtering ? !closedWhileFiltering.has(id) : expanded.has(id));
      rows.push({ id, depth, hasChildren: kids.length > 0, expanded: open, posInSet: i + 1, setSize: shown.length, match: kept.get(id) === true });
      if (open && depth < MAX_DEPTH) walk(kids, depth + 1);
    });
  };
  walk(roots, 1);
  return rows;
}
