// The one protocol module shared by the client, the server and the webview
// (rust-analyzer's lsp_ext.ts style): custom LSP methods, the alignment-tree
// graph, and the messages between the tree page and its host. Types plus
// tiny runtime validators only: no `vscode`, no LSP library, no DOM, so all
// three bundles can import it.

/** A place in a file, 0-based like LSP, so the host can reveal it directly. */
export interface TreePosition {
  path: string;
  line: number;
  character: number;
}

/** Problems attributed to a node, by severity. */
export interface ProblemCounts {
  error: number;
  warning: number;
  info: number;
}

export type TreeNodeKind = 'unit' | 'objective' | 'kr' | 'kpi' | 'northStar';
export type UnitLevel = 'company' | 'domain' | 'team' | 'unknown';
/** `unknown`: no check-in yet, or the KR lacks baseline/target to measure against. */
export type TreeStatus = 'on-track' | 'off-track' | 'unknown';
export type Ambition = 'roof' | 'moonshot';

/** A reference as written (`unit/objective[/kr]`, a KPI id) and the node it resolves to. */
export interface RefLink {
  ref: string;
  /** Node id of the target; absent when the reference names nothing in the graph. */
  target?: string;
  /** The reference resolves, but to something outside this graph (another cycle, or a file not included). */
  outside?: boolean;
}

interface NodeBase {
  /** Unique within the graph; stable across rebuilds of the same files. */
  id: string;
  kind: TreeNodeKind;
  /** Display text (title or name, falling back to the id). Always set as text. */
  label: string;
  pos: TreePosition;
  /** Findings whose start lies in this node and in no more specific node. */
  problems: ProblemCounts;
  /** `problems` plus those of everything this node contains. */
  total: ProblemCounts;
}

/** A company, domain or team; one node per unit id across cycles. */
export interface UnitNode extends NodeBase {
  kind: 'unit';
  unit: string;
  level: UnitLevel;
  /** Node id of the parent unit (vertical alignment via `parent`). */
  parent?: string;
  owner?: string;
  /** Cycles this unit has a file for, sorted. */
  cycles: string[];
}

/** An objective of one unit in one cycle. */
export interface ObjectiveNode extends NodeBase {
  kind: 'objective';
  ref: string;
  cycle?: string;
  owner?: string;
  /** Mean of its KRs' progress (those that have one), 0..1; null when none has. */
  progress: number | null;
  /** Mean of its KRs' latest confidence, 0..1; null when none has one. */
  confidence: number | null;
  status: TreeStatus;
  statusReason?: string;
  alignsTo: RefLink[];
  dependsOn: RefLink[];
}

/** A key result with its latest check-in. */
export interface KrNode extends NodeBase {
  kind: 'kr';
  ref: string;
  cycle?: string;
  owner?: string;
  baseline: number | null;
  target: number | null;
  /** Value of the latest check-in. */
  current: number | null;
  measureUnit?: string;
  due?: string;
  ambition?: Ambition;
  confidence: number | null;
  lastCheckin?: string;
  /** (current − baseline) / (target − baseline), clamped to 0..1. */
  progress: number | null;
  /** Progress expected by now at a steady pace (share of the cycle elapsed, scaled for moonshots). */
  expected: number | null;
  status: TreeStatus;
  statusReason?: string;
  /** The KPI this KR promotes into the cycle (`metric`). */
  metric?: RefLink;
}

/** A KPI on a unit's Signals list. */
export interface KpiNode extends NodeBase {
  kind: 'kpi';
  ref: string;
  cycle?: string;
  measureUnit?: string;
  direction?: 'up' | 'down';
  threshold: number | null;
  owner?: string;
  /** Shown as text only; the page never loads or links it. */
  source?: string;
  /** KR node ids whose `metric` is this KPI. */
  promotedBy: string[];
  /** Cycles in which some KR promotes this KPI. */
  promotedIn: string[];
}

/** A unit's North Star Metric. */
export interface NorthStarNode extends NodeBase {
  kind: 'northStar';
  ref: string;
  cycle?: string;
  guardrails: RefLink[];
}

export type TreeNode = UnitNode | ObjectiveNode | KrNode | KpiNode | NorthStarNode;

/**
 * contains: unit→unit, unit→objective, objective→kr, unit→kpi, unit→northStar;
 * aligns/depends: objective→objective|kr; measures: kr→kpi; guardrail: northStar→kpi.
 */
export type TreeEdgeKind = 'contains' | 'aligns' | 'depends' | 'measures' | 'guardrail';

export interface TreeEdge {
  kind: TreeEdgeKind;
  from: string;
  to: string;
}

/** The alignment tree of a workspace (or of one cycle). */
export interface TreeGraph {
  version: 1;
  /** The cycle the graph was filtered to, when it was. */
  cycle?: string;
  /** Every cycle present, sorted oldest first. */
  cycles: string[];
  /** ISO date the on/off-track status was computed for. */
  asOf: string;
  nodes: TreeNode[];
  edges: TreeEdge[];
}

// ---------------------------------------------------------------------------
// Custom LSP methods

/** Request: the alignment tree. Params `TreeParams`, result `TreeGraph`. */
export const TREE_REQUEST = 'okr/tree';
/** Notification (server → client, no params): the analysis changed; ask for the tree again. */
export const TREE_CHANGED_NOTIFICATION = 'okr/treeChanged';

/** Params of `okr/tree`. */
export interface TreeParams {
  cycle?: string;
}

// ---------------------------------------------------------------------------
// Webview ⇄ host messages

/** Page → host: the page has loaded and wants a graph. */
export interface ReadyMessage {
  type: 'ready';
}
/** Page → host: show this position in an editor. */
export interface RevealMessage {
  type: 'reveal';
  path: string;
  line: number;
  character: number;
}
export type WebviewMessage = ReadyMessage | RevealMessage;

/** Host → page: a new graph to render (keeps the page's filters and expansion). */
export interface GraphMessage {
  type: 'graph';
  graph: TreeGraph;
}
/** Host → page: the graph could not be built (e.g. the server is not ready). */
export interface ErrorMessage {
  type: 'error';
  message: string;
}
export type HostMessage = GraphMessage | ErrorMessage;

// ---------------------------------------------------------------------------
// Validators: every message crossing the webview boundary is checked first.

const MAX_PATH = 4096;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 0x7fffffff;
}

/** True when `x` is a well-formed message from the page (exact keys, sane values). */
export function isWebviewMessage(x: unknown): x is WebviewMessage {
  if (!isRecord(x)) return false;
  const keys = Object.keys(x);
  switch (x.type) {
    case 'ready':
      return keys.length === 1;
    case 'reveal':
      return (
        keys.length === 4 &&
        typeof x.path === 'string' &&
        x.path.length > 0 &&
        x.path.length <= MAX_PATH &&
        !x.path.includes('\0') &&
        isCount(x.line) &&
        isCount(x.character)
      );
    default:
      return false;
  }
}

/** Shallow check that `x` looks like a `TreeGraph` (the page still reads every field defensively). */
export function isTreeGraph(x: unknown): x is TreeGraph {
  return (
    isRecord(x) &&
    x.version === 1 &&
    Array.isArray(x.nodes) &&
    Array.isArray(x.edges) &&
    Array.isArray(x.cycles) &&
    typeof x.asOf === 'string'
  );
}

/** True when `x` is a well-formed message from the host. */
export function isHostMessage(x: unknown): x is HostMessage {
  if (!isRecord(x)) return false;
  if (x.type === 'graph') return isTreeGraph(x.graph);
  if (x.type === 'error') return typeof x.message === 'string';
  return false;
}

/** A `ProblemCounts` of zeros. */
export function noProblems(): ProblemCounts {
  return { error: 0, warning: 0, info: 0 };
}
