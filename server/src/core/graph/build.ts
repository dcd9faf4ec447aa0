// Builds the alignment-tree graph (SPEC §6) from the workspace and the
// findings of the last analysis. Pure: the same inputs give the same graph,
// so the server, the CLI and the tests share it.
import type { KeyResult, Kpi, Objective, OkrFile } from '../model';
import type { WorkspaceView } from '../rule';
import type { Finding } from '../types';
import type {
  KpiNode, KrNode, NorthStarNode, ObjectiveNode, RefLink, TreeEdge, TreeEdgeKind, TreeGraph, TreeNode, UnitNode,
} from '../../protocol';
import { noProblems } from '../../protocol';
import { LineIndex } from './positions';
import { buildUnits, sortFiles, unitKey, unitNodeId } from './units';
import { cycleElapsed, expectedProgress, krFigures, krProgress, krStatus, latestConfidence, meanOf } from './progress';
import { attributeFindings, sumTotals } from './problems';

/** Options of `buildGraph`. */
export interface BuildOptions {
  /** Keep only the files of this cycle label (e.g. `2026-Q2`). */
  cycle?: string;
  /** ISO date the pace of the off-track rule is measured at; defaults to today (UTC). */
  asOf?: string;
  /** Show only these files (other files still resolve references, as the rules see them). */
  paths?: ReadonlySet<string>;
}

/** Which node each model object became, so resolved references can point at nodes. */
type NodeOf = Map<object, string>;

/** Builds the tree graph of the workspace (or of one cycle) with problem counts from `findings`. */
export function buildGraph(
  ws: WorkspaceView,
  findings: ReadonlyMap<string, readonly Finding[]>,
  opts: BuildOptions = {},
): TreeGraph {
  const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
  const all = ws.files();
  const shown = opts.paths ? all.filter((f) => opts.paths!.has(f.path)) : all;
  const cycles = [...new Set(shown.map((f) => f.cycle?.label).filter((c): c is string => !!c))].sort();
  const files = sortFiles(opts.cycle === undefined ? shown : shown.filter((f) => f.cycle?.label === opts.cycle));

  const indexes = new Map<OkrFile, LineIndex>();
  const lines = (f: OkrFile): LineIndex => {
    let ix = indexes.get(f);
    if (!ix) indexes.set(f, (ix = new LineIndex(f.path, f.text)));
    return ix;
  };

  const units = buildUnits(files, lines);
  const nodes: TreeNode[] = [];
  const edges: TreeEdge[] = [];
  const byId = new Map<string, TreeNode>();
  const nodeOf: NodeOf = new Map();
  const add = <T extends TreeNode>(n: T, from?: object): T => {
    let id = n.id;
    for (let i = 2; byId.has(id); i++) id = `${n.id}#${i}`; // two files claiming one unit and cycle must not collide
    n.id = id;
    nodes.push(n);
    byId.set(id, n);
    if (from) nodeOf.set(from, id);
    return n;
  };
  const edge = (kind: TreeEdgeKind, from: string, to: string): void => {
    edges.push({ kind, from, to });
  };

  const sorted = sortUnits(units);
  for (const u of sorted) add(u);
  for (const u of sorted) if (u.parent) edge('contains', u.parent, u.id);

  // First pass: every node, so the second pass can resolve references to any of them.
  for (const file of files) {
    const unitId = unitNodeId(unitKey(file));
    const cycle = file.cycle?.label;
    const unit = units.get(unitKey(file))!;
    const at = (offset: number) => lines(file).at(offset);
    const suffix = cycle ? `@${cycle}` : '';

    if (file.northStar) {
      const ns = file.northStar;
      const n: NorthStarNode = {
        id: `n:${unit.unit || unitId}${suffix}`,
        kind: 'northStar',
        ref: ns.id?.value ?? '',
        label: ns.name?.value ?? ns.id?.value ?? 'North Star',
        pos: at(ns.span.start),
        problems: noProblems(),
        total: noProblems(),
        guardrails: [],
        ...(cycle ? { cycle } : {}),
      };
      add(n, ns);
      edge('contains', unitId, n.id);
    }

    for (const kpi of file.kpis) {
      const id = kpi.id?.value ?? `#${kpi.index + 1}`;
      const n: KpiNode = {
        id: `m:${unit.unit || unitId}/${id}${suffix}`,
        kind: 'kpi',
        ref: unit.unit ? `${unit.unit}/${id}` : id,
        label: kpi.name?.value ?? id,
        pos: at(kpi.span.start),
        problems: noProblems(),
        total: noProblems(),
        threshold: kpi.threshold?.value ?? null,
        promotedBy: [],
        promotedIn: [],
        ...optional(kpiExtras(kpi)),
        ...(cycle ? { cycle } : {}),
      };
      add(n, kpi);
      edge('contains', unitId, n.id);
    }

    const elapsed = cycleElapsed(file.cycle, asOf);
    for (const obj of file.objectives) {
      const oid = obj.id?.value ?? `#${obj.index + 1}`;
      const oref = `${unit.unit}/${oid}`;
      const o = add(objectiveNode(obj, oref, `o:${unit.unit || unitId}/${oid}${suffix}`, at(obj.span.start), cycle), obj);
      edge('contains', unitId, o.id);
      const krs: KrNode[] = [];
      for (const kr of obj.keyResults) {
        const kid = kr.id?.value ?? `#${kr.index + 1}`;
        const k = add(krNode(kr, `${oref}/${kid}`, `k:${unit.unit || unitId}/${oid}/${kid}${suffix}`, at(kr.span.start), cycle, elapsed), kr);
        edge('contains', o.id, k.id);
        krs.push(k);
      }
      rollUpObjective(o, krs);
    }
  }

  // Second pass: references, resolved the way the rules resolve them.
  for (const file of files) {
    if (file.northStar) {
      const ns = byId.get(nodeOf.get(file.northStar)!) as NorthStarNode;
      for (const g of file.northStar.guardrails) {
        const link = kpiLink(ws, file, g.value, nodeOf);
        ns.guardrails.push(link);
        if (link.target) edge('guardrail', ns.id, link.target);
      }
    }
    for (const obj of file.objectives) {
      const o = byId.get(nodeOf.get(obj)!) as ObjectiveNode;
      for (const r of obj.alignsTo) o.alignsTo.push(refLink(ws, file, r.value, nodeOf, edge, 'aligns', o.id));
      for (const r of obj.dependsOn) o.dependsOn.push(refLink(ws, file, r.value, nodeOf, edge, 'depends', o.id));
      for (const kr of obj.keyResults) {
        if (!kr.metric) continue;
        const k = byId.get(nodeOf.get(kr)!) as KrNode;
        const link = kpiLink(ws, file, kr.metric.value, nodeOf);
        k.metric = link;
        const kpi = link.target ? byId.get(link.target) : undefined;
        if (kpi?.kind === 'kpi') {
          edge('measures', k.id, kpi.id);
          kpi.promotedBy.push(k.id);
          if (k.cycle && !kpi.promotedIn.includes(k.cycle)) kpi.promotedIn.push(k.cycle);
        }
      }
    }
  }

  attributeFindings(files, findings, units, nodeOf, byId);
  sumTotals(nodes, edges, byId);
  const graph: TreeGraph = { version: 1, cycles, asOf, nodes, edges };
  if (opts.cycle !== undefined) graph.cycle = opts.cycle;
  return graph;
}

/** Natural order, so team-2 comes before team-10; one collator, as building one per comparison is slow. */
const NATURAL = new Intl.Collator('en', { numeric: true });

/** Units in a stable order: by level (company first), then id. */
function sortUnits(units: ReadonlyMap<string, UnitNode>): UnitNode[] {
  const rank = { company: 0, domain: 1, team: 2, unknown: 3 } as const;
  return [...units.values()].sort((a, b) => rank[a.level] - rank[b.level] || NATURAL.compare(a.label, b.label));
}

function objectiveNode(obj: Objective, ref: string, id: string, pos: ObjectiveNode['pos'], cycle?: string): ObjectiveNode {
  return {
    id,
    kind: 'objective',
    ref,
    label: obj.title?.value ?? obj.id?.value ?? 'Objective',
    pos,
    problems: noProblems(),
    total: noProblems(),
    progress: null,
    confidence: null,
    status: 'unknown',
    alignsTo: [],
    dependsOn: [],
    ...(cycle ? { cycle } : {}),
    ...(obj.owner ? { owner: obj.owner.value } : {}),
  };
}

function krNode(kr: KeyResult, ref: string, id: string, pos: KrNode['pos'], cycle: string | undefined, elapsed: number | null): KrNode {
  const fig = krFigures(kr);
  const ambition = kr.ambition?.value === 'roof' || kr.ambition?.value === 'moonshot' ? kr.ambition.value : undefined;
  const progress = krProgress(fig.baseline, fig.target, fig.current);
  const expected = expectedProgress(elapsed, ambition);
  const confidence = latestConfidence(kr.checkins);
  const { status, reason } = krStatus(progress, expected, confidence);
  return {
    id,
    kind: 'kr',
    ref,
    label: kr.title?.value ?? kr.id?.value ?? 'Key result',
    pos,
    problems: noProblems(),
    total: noProblems(),
    baseline: fig.baseline,
    target: fig.target,
    current: fig.current,
    confidence,
    progress,
    expected,
    status,
    ...optional({
      cycle,
      owner: kr.owner?.value,
      measureUnit: kr.unit?.value,
      due: kr.due?.value,
      ambition,
      lastCheckin: fig.lastCheckin,
      statusReason: reason,
    }),
  };
}

/** An objective's progress and confidence are the means of its KRs'; it is off track when any KR is. */
function rollUpObjective(o: ObjectiveNode, krs: readonly KrNode[]): void {
  o.progress = meanOf(krs.map((k) => k.progress));
  o.confidence = meanOf(krs.map((k) => k.confidence));
  const off = krs.filter((k) => k.status === 'off-track');
  if (off.length > 0) {
    o.status = 'off-track';
    o.statusReason = `${off.length} of ${krs.length} key results off track`;
  } else if (krs.some((k) => k.status === 'on-track')) {
    o.status = 'on-track';
  }
}

function kpiExtras(kpi: Kpi): Partial<KpiNode> {
  const dir = kpi.direction?.value;
  return {
    measureUnit: kpi.unit?.value,
    direction: dir === 'up' || dir === 'down' ? dir : undefined,
    owner: kpi.owner?.value,
    source: kpi.source?.value,
  };
}

function refLink(
  ws: WorkspaceView,
  file: OkrFile,
  ref: string,
  nodeOf: NodeOf,
  edge: (k: TreeEdgeKind, from: string, to: string) => void,
  kind: 'aligns' | 'depends',
  from: string,
): RefLink {
  const t = ws.resolveRef(ref, file);
  const target = t ? nodeOf.get(t.keyResult ?? t.objective ?? {}) : undefined;
  if (target) edge(kind, from, target);
  return target ? { ref, target } : t ? { ref, outside: true } : { ref };
}

function kpiLink(ws: WorkspaceView, file: OkrFile, ref: string, nodeOf: NodeOf): RefLink {
  const t = ws.resolveKpi(ref, file);
  const target = t?.kpi ? nodeOf.get(t.kpi) : undefined;
  return target ? { ref, target } : t?.kpi ? { ref, outside: true } : { ref };
}

/** Drops undefined values so the JSON stays small and optional fields stay absent. */
function optional<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
