// The typed view of one parsed `*.okr.yaml` file. Built tolerantly: a schema
// error never stops the model, it only leaves a field undefined.
import { isMap, isScalar, isSeq, isPair, type Document, type Node, type YAMLMap } from 'yaml';
import type { Span } from './types';

export type Path = (string | number)[];

/** A key's value with where it sits. `value` is the plain JS value of scalars only. */
export interface Field {
  key: string;
  keySpan: Span;
  /** Span of the value node; for an empty value, the key's end. */
  span: Span;
  value: unknown;
  node: Node | null;
}

/** A YAML mapping the engine knows about: where it is and its fields by key. */
export interface MapNode {
  span: Span;
  path: Path;
  fields: Map<string, Field>;
  /** The YAML node; null once the file's syntax tree was released (see releaseSyntaxTree). */
  node: YAMLMap | null;
}

export interface Str {
  value: string;
  span: Span;
}

export interface Num {
  value: number;
  span: Span;
}

export interface CycleValue {
  span: Span;
  /** `2026-Q2`, or `start..end` for an explicit range. */
  label: string;
  /** ISO dates (YYYY-MM-DD) when they can be worked out. */
  start?: string;
  end?: string;
}

export interface Checkin extends MapNode {
  index: number;
  date?: Str;
  value?: Num;
  confidence?: Num;
  evidence?: Str;
  note?: Str;
}

export interface KeyResult extends MapNode {
  index: number;
  objective: Objective;
  id?: Str;
  title?: Str;
  owner?: Str;
  metric?: Str;
  baseline?: Num;
  target?: Num;
  unit?: Str;
  due?: Str;
  ambition?: Str;
  checkins: Checkin[];
}

export interface WorkItem extends MapNode {
  index: number;
  id?: Str;
  title?: Str;
  owner?: Str;
}

export interface Objective extends MapNode {
  index: number;
  id?: Str;
  title?: Str;
  owner?: Str;
  alignsTo: Str[];
  dependsOn: Str[];
  keyResults: KeyResult[];
  initiatives: WorkItem[];
  leadMeasures: WorkItem[];
}

export interface Kpi extends MapNode {
  index: number;
  id?: Str;
  name?: Str;
  unit?: Str;
  direction?: Str;
  threshold?: Num;
  owner?: Str;
  source?: Str;
}

export interface NorthStar extends MapNode {
  id?: Str;
  name?: Str;
  guardrails: Str[];
}

/** A syntax problem found while parsing, before any rule runs. */
export interface SyntaxProblem {
  messageId: string;
  message: string;
  span: Span;
}

export interface OkrFile {
  path: string;
  text: string;
  /** Undefined only when the text could not be parsed at all. */
  doc?: Document.Parsed;
  /** The plain JS value of the document (aliases expanded, bounded), for schema validation. */
  data?: unknown;
  syntax: SyntaxProblem[];
  /** True when the text parsed as YAML without errors (kept after the tree is released). */
  ok: boolean;
  /** The top-level mapping, when the document is one. */
  root?: MapNode;
  version?: Field;
  unit?: Str;
  level?: Str;
  parent?: Str;
  cycle?: CycleValue;
  owner?: Str;
  signals?: MapNode;
  northStar?: NorthStar;
  kpis: Kpi[];
  objectives: Objective[];
}

/** Span of a node: [start, valueEnd). Comments after the value are not part of it. */
export function spanOf(node: Node | null | undefined, fallback: Span): Span {
  const r = node?.range;
  if (!r) return fallback;
  return { start: r[0], end: Math.max(r[0], r[1]) };
}

/** Reads a mapping node's pairs into a `MapNode`; non-map nodes give undefined. */
export function readMap(node: unknown, path: Path): MapNode | undefined {
  if (!isMap(node)) return undefined;
  const fields = new Map<string, Field>();
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (fields.has(key)) continue; // duplicate keys are a syntax error already
    const keySpan = spanOf(pair.key, { start: 0, end: 0 });
    const value = pair.value as Node | null;
    const span = spanOf(value, { start: keySpan.end, end: keySpan.end });
    fields.set(key, { key, keySpan, span, value: isScalar(value) ? value.value : undefined, node: value });
  }
  return { span: spanOf(node, { start: 0, end: 0 }), path, fields, node };
}

/** A string-valued field (numbers are read as their text, e.g. `unit: 42`). */
export function str(map: MapNode | undefined, key: string): Str | undefined {
  const f = map?.fields.get(key);
  if (!f || f.value === null || f.value === undefined) return undefined;
  if (typeof f.value === 'string') return { value: f.value, span: f.span };
  if (typeof f.value === 'number' || typeof f.value === 'boolean') return { value: String(f.value), span: f.span };
  return undefined;
}

/** A number-valued field; numeric strings like "14" are read too. */
export function num(map: MapNode | undefined, key: string): Num | undefined {
  const f = map?.fields.get(key);
  if (!f) return undefined;
  if (typeof f.value === 'number' && Number.isFinite(f.value)) return { value: f.value, span: f.span };
  if (typeof f.value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(f.value)) return { value: Number(f.value), span: f.span };
  return undefined;
}

/** The maps of a sequence field, each with its index. Non-map items are skipped. */
export function seqMaps(map: MapNode | undefined, key: string): Array<{ map: MapNode; index: number }> {
  const f = map?.fields.get(key);
  if (!f || !isSeq(f.node)) return [];
  const out: Array<{ map: MapNode; index: number }> = [];
  f.node.items.forEach((item, index) => {
    const m = readMap(item, [...map!.path, key, index]);
    if (m) out.push({ map: m, index });
  });
  return out;
}

/** The string items of a sequence field; a lone string is read as a one-item list. */
export function strList(map: MapNode | undefined, key: string): Str[] {
  const f = map?.fields.get(key);
  if (!f) return [];
  if (typeof f.value === 'string') return [{ value: f.value, span: f.span }];
  if (!isSeq(f.node)) return [];
  const out: Str[] = [];
  for (const item of f.node.items) {
    if (isScalar(item) && typeof item.value === 'string') out.push({ value: item.value, span: spanOf(item, f.span) });
  }
  return out;
}

/** The key table of a released mapping: shared, empty, never written. */
const NO_FIELDS: Map<string, Field> = new Map();

/**
 * Drops the yaml syntax tree and plain data of a file whose file-scoped rules
 * have run, keeping the typed model (ids, titles, references, spans) that
 * workspace-scoped rules read. A 2,000-file lint then holds the typed model
 * only, not every file's yaml tree and key tables (383 MB → 217 MB peak).
 */
export function releaseSyntaxTree(file: OkrFile): void {
  file.doc = undefined;
  file.data = undefined;
  const release = (m: MapNode | undefined): void => {
    if (!m) return;
    m.node = null;
    // Workspace rules read the typed fields (id, title, references), never the raw key table.
    m.fields = NO_FIELDS;
  };
  release(file.root);
  release(file.signals);
  release(file.northStar);
  for (const k of file.kpis) release(k);
  for (const o of file.objectives) {
    release(o);
    for (const kr of o.keyResults) {
      release(kr);
      for (const c of kr.checkins) release(c);
    }
    for (const w of o.initiatives) release(w);
    for (const w of o.leadMeasures) release(w);
  }
}
