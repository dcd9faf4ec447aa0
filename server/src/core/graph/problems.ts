// Puts each finding on the most specific node that holds its start (KR,
// then objective, KPI, North Star, else the file's unit), then sums counts
// up the `contains` edges so a collapsed node still shows what is inside.
import type { OkrFile } from '../model';
import type { Finding, Span } from '../types';
import type { ProblemCounts, TreeEdge, TreeNode, UnitNode } from '../../protocol';
import { unitKey } from './units';

const inside = (s: Span, offset: number): boolean => offset >= s.start && offset < s.end;

/** Adds each file's findings to the `problems` of the node they fall in. */
export function attributeFindings(
  files: readonly OkrFile[],
  findings: ReadonlyMap<string, readonly Finding[]>,
  units: ReadonlyMap<string, UnitNode>,
  nodeOf: ReadonlyMap<object, string>,
  byId: ReadonlyMap<string, TreeNode>,
): void {
  for (const file of files) {
    const list = findings.get(file.path);
    if (!list || list.length === 0) continue;
    const unit = units.get(unitKey(file))!;
    for (const f of list) {
      const holder = innermost(file, f.start);
      const id = holder ? nodeOf.get(holder) : undefined;
      const node = (id && byId.get(id)) || unit;
      node.problems[f.severity] += 1;
    }
  }
}

function innermost(file: OkrFile, offset: number): object | undefined {
  for (const obj of file.objectives) {
    if (!inside(obj.span, offset)) continue;
    return obj.keyResults.find((kr) => inside(kr.span, offset)) ?? obj;
  }
  const kpi = file.kpis.find((k) => inside(k.span, offset));
  if (kpi) return kpi;
  if (file.northStar && inside(file.northStar.span, offset)) return file.northStar;
  return undefined;
}

/** Sets every node's `total` to its own problems plus its descendants' (through `contains`). */
export function sumTotals(nodes: readonly TreeNode[], edges: readonly TreeEdge[], byId: ReadonlyMap<string, TreeNode>): void {
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const e of edges) {
    if (e.kind !== 'contains') continue;
    const list = children.get(e.from);
    if (list) list.push(e.to);
    else children.set(e.from, [e.to]);
    hasParent.add(e.to);
  }
  // Reverse pre-order puts every node after all of its descendants; iterative,
  // because unit chains can be deep and recursion would risk the stack.
  const order: string[] = [];
  const stack: string[] = [];
  for (const root of nodes) {
    if (hasParent.has(root.id)) continue;
    stack.push(root.id);
    while (stack.length > 0) {
      const id = stack.pop()!;
      order.push(id);
      const kids = children.get(id);
      if (kids) for (const c of kids) stack.push(c);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = byId.get(order[i]!)!;
    const t: ProblemCounts = { ...node.problems };
    const kids = children.get(node.id);
    if (kids) for (const c of kids) add(t, byId.get(c)!.total);
    node.total = t;
  }
}

function add(into: ProblemCounts, x: ProblemCounts): void {
  into.error += x.error;
  into.warning += x.warning;
  into.info += x.info;
}
