// Where each unit, objective, KR and KPI id is defined and referenced across
// the workspace, down to the path segment (`product` and `activation` in
// `product/activation` are two occurrences). Definition, references, rename
// and reference hovers all read this one index.
import type { OkrFile, Str, Objective, KeyResult, Kpi } from '../core/model';
import type { Workspace } from '../core/workspace';
import type { Span } from '../core/types';

/** The kinds of id that can be navigated and renamed. */
export type SymbolKind = 'unit' | 'objective' | 'kr' | 'kpi';

/** What an occurrence names: a unit id, or one objective / KR / KPI object of one file. */
export interface SymbolTarget {
  kind: SymbolKind;
  /** `unit:<id>` for units (every file of a unit is one symbol), else the model object's identity. */
  key: string;
  /** The id as written, i.e. what a rename replaces. */
  name: string;
  file?: OkrFile;
  node?: Objective | KeyResult | Kpi;
}

/** One place an id is written. */
export interface Occurrence {
  file: OkrFile;
  span: Span;
  definition: boolean;
  target: SymbolTarget;
}

const keys = new WeakMap<object, string>();
let nextKey = 1;
function keyOf(o: object): string {
  let k = keys.get(o);
  if (!k) keys.set(o, (k = `#${nextKey++}`));
  return k;
}

function unitTarget(unit: string): SymbolTarget {
  return { kind: 'unit', key: `unit:${unit}`, name: unit };
}

function nodeTarget(kind: SymbolKind, file: OkrFile, node: Objective | KeyResult | Kpi, name: string): SymbolTarget {
  return { kind, key: keyOf(node), name, file, node };
}

/** Span of the scalar's characters (inside quotes) for a string value. */
function valueSpan(file: OkrFile, s: Str): Span {
  const at = file.text.slice(s.span.start, s.span.end).indexOf(s.value);
  const start = at >= 0 ? s.span.start + at : s.span.start;
  return { start, end: start + s.value.length };
}

/** Occurrences in one file (definitions and references, references resolved through the workspace). */
export function fileOccurrences(ws: Workspace, file: OkrFile): Occurrence[] {
  const out: Occurrence[] = [];
  const add = (span: Span, definition: boolean, target: SymbolTarget): void => {
    out.push({ file, span, definition, target });
  };
  if (file.unit) add(valueSpan(file, file.unit), true, unitTarget(file.unit.value));
  if (file.parent) add(valueSpan(file, file.parent), false, unitTarget(file.parent.value));
  for (const kpi of file.kpis) if (kpi.id) add(valueSpan(file, kpi.id), true, nodeTarget('kpi', file, kpi, kpi.id.value));
  for (const o of file.objectives) {
    if (o.id) add(valueSpan(file, o.id), true, nodeTarget('objective', file, o, o.id.value));
    for (const k of o.keyResults) {
      if (k.id) add(valueSpan(file, k.id), true, nodeTarget('kr', file, k, k.id.value));
      if (k.metric) kpiRef(ws, file, k.metric, add);
    }
    for (const ref of [...o.alignsTo, ...o.dependsOn]) objectiveRef(ws, file, ref, add);
  }
  for (const g of file.northStar?.guardrails ?? []) kpiRef(ws, file, g, add);
  return out;
}

type Add = (span: Span, definition: boolean, target: SymbolTarget) => void;

/** `unit/objective[/kr]`: one occurrence per segment that resolves. */
function objectiveRef(ws: Workspace, file: OkrFile, ref: Str, add: Add): void {
  const span = valueSpan(file, ref);
  const parts = ref.value.split('/');
  const [unit, objective, kr] = parts;
  if (!unit || parts.length > 3) return;
  add({ start: span.start, end: span.start + unit.length }, false, unitTarget(unit));
  if (objective === undefined) return;
  const o = ws.resolveRef(`${unit}/${objective}`, file);
  const oStart = span.start + unit.length + 1;
  if (o?.objective) add({ start: oStart, end: oStart + objective.length }, false, nodeTarget('objective', o.file, o.objective, objective));
  if (kr === undefined) return;
  const k = ws.resolveRef(ref.value, file);
  const kStart = oStart + objective.length + 1;
  if (k?.keyResult) add({ start: kStart, end: kStart + kr.length }, false, nodeTarget('kr', k.file, k.keyResult, kr));
}

/** `kpi` or `unit/kpi`. */
function kpiRef(ws: Workspace, file: OkrFile, ref: Str, add: Add): void {
  const span = valueSpan(file, ref);
  const slash = ref.value.indexOf('/');
  if (slash >= 0) add({ start: span.start, end: span.start + slash }, false, unitTarget(ref.value.slice(0, slash)));
  const t = ws.resolveKpi(ref.value, file);
  if (t?.kpi) add({ start: span.start + slash + 1, end: span.end }, false, nodeTarget('kpi', t.file, t.kpi, ref.value.slice(slash + 1)));
}

/** The occurrence under an offset (inclusive of the end, so a cursor right after an id counts). */
export function occurrenceAt(ws: Workspace, file: OkrFile, offset: number): Occurrence | undefined {
  return fileOccurrences(ws, file).find((o) => o.span.start <= offset && offset <= o.span.end);
}

/** Every occurrence of a symbol across the workspace. */
export function occurrencesOf(ws: Workspace, target: SymbolTarget): Occurrence[] {
  return ws.files().flatMap((f) => fileOccurrences(ws, f).filter((o) => o.target.key === target.key));
}
