// Indexes a received graph once (children, parents, edges by node) so that
// filtering and navigation never scan the whole graph per row.
import type { KpiNode, NorthStarNode, TreeEdge, TreeGraph, TreeNode, UnitNode } from '../../server/src/protocol';

/** A graph with the lookups the page needs. */
export interface GraphIndex {
  graph: TreeGraph;
  byId: Map<string, TreeNode>;
  /** Tree children (units, then objectives; objectives → KRs), in graph order. */
  children: Map<string, string[]>;
  parent: Map<string, string>;
  /** Units without a parent unit, company first. */
  roots: string[];
  /** aligns/depends/measures/guardrail edges, by either end. */
  links: Map<string, TreeEdge[]>;
  /** Signals (north stars, KPIs) per unit node id; they sit beside the tree, not in it. */
  signals: Map<string, Array<KpiNode | NorthStarNode>>;
  units: UnitNode[];
}

const KINDS = new Set(['unit', 'objective', 'kr', 'kpi', 'northStar']);

/** Keeps only nodes that have the fields every renderer relies on, so a bad message cannot break the page. */
function usable(n: unknown): n is TreeNode {
  if (typeof n !== 'object' || n === null) return false;
  const x = n as Record<string, unknown>;
  const pos = x.pos as Record<string, unknown> | undefined;
  return (
    typeof x.id === 'string' && typeof x.kind === 'string' && KINDS.has(x.kind) && typeof x.label === 'string' &&
    typeof pos === 'object' && pos !== null && typeof pos.path === 'string' && typeof pos.line === 'number' &&
    typeof x.total === 'object' && x.total !== null && typeof x.problems === 'object' && x.problems !== null
  );
}

/** Builds the index of a graph. */
export function indexGraph(graph: TreeGraph): GraphIndex {
  const byId = new Map<string, TreeNode>();
  for (const n of graph.nodes) if (usable(n) && !byId.has(n.id)) byId.set(n.id, n);
  const children = new Map<string, string[]>();
  const parent = new Map<string, string>();
  const links = new Map<string, TreeEdge[]>();
  const signals = new Map<string, Array<KpiNode | NorthStarNode>>();
  const pushTo = <V>(m: Map<string, V[]>, k: string, v: V): void => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  for (const e of graph.edges) {
    if (typeof e !== 'object' || e === null) continue;
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    if (e.kind === 'contains') {
      if (to.kind === 'kpi' || to.kind === 'northStar') pushTo(signals, from.id, to);
      else if (!parent.has(to.id)) {
        pushTo(children, from.id, to.id);
        parent.set(to.id, from.id);
      }
    } else {
      pushTo(links, from.id, e);
      pushTo(links, to.id, e);
    }
  }
  // A unit's own objectives first, then its child units: what a unit commits to reads before its teams.
  for (const [id, list] of children) {
    const rank = (c: string): number => (byId.get(c)?.kind === 'unit' ? 1 : 0);
    children.set(id, [...list].sort((a, b) => rank(a) - rank(b)));
  }
  const units = [...byId.values()].filter((n): n is UnitNode => n.kind === 'unit');
  const roots = units.filter((u) => !parent.has(u.id)).map((u) => u.id);
  return { graph, byId, children, parent, roots, links, signals, units };
}

/** Ancestors of a node, nearest first. */
export function ancestors(ix: GraphIndex, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([id]);
  for (let p = ix.parent.get(id); p !== undefined && !seen.has(p); p = ix.parent.get(p)) {
    out.push(p);
    seen.add(p);
  }
  return out;
}
