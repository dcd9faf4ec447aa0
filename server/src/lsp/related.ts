// Which files' cross-file findings may change when one file changes. Each
// file "mentions" units and KPI ids (its own unit, parent, reference
// prefixes, metrics, guardrails, its KPIs); a change in file F can only
// affect (1) files of the same unit, (2) files mentioning what F defines or
// mentions (one step back), and (3) files reachable from F's mentions (the
// forward closure, which holds every member of an alignment or parent cycle
// through F). Everything else keeps its findings, so an edit costs a few
// files, not the whole workspace.
import type { OkrFile } from '../core/model';

/** What a file names that other files can name too. */
export interface Mentions {
  /** Unit ids: its own, its parent, and every unit a reference starts with. */
  units: Set<string>;
  /** KPI ids it defines or refers to (bare, without a unit prefix). */
  kpis: Set<string>;
  /** Units it points at (parent, reference prefixes): the edges of the forward closure. */
  out: Set<string>;
  /** Bare KPI ids it refers to (metric, guardrails): resolved anywhere, so edges to every definer. */
  kpiOut: Set<string>;
  unit?: string;
  definesKpis: Set<string>;
}

/** The mentions of one file (empty for a file that does not parse). */
export function mentionsOf(file: OkrFile | undefined): Mentions {
  const m: Mentions = { units: new Set(), kpis: new Set(), out: new Set(), kpiOut: new Set(), definesKpis: new Set() };
  if (!file) return m;
  if (file.unit) {
    m.unit = file.unit.value;
    m.units.add(file.unit.value);
  }
  const unitRef = (u: string): void => {
    m.units.add(u);
    m.out.add(u);
  };
  if (file.parent) unitRef(file.parent.value);
  const kpiRef = (ref: string): void => {
    const slash = ref.indexOf('/');
    if (slash >= 0) unitRef(ref.slice(0, slash));
    const id = ref.slice(slash + 1);
    m.kpis.add(id);
    m.kpiOut.add(id);
  };
  for (const k of file.kpis) {
    if (!k.id) continue;
    m.kpis.add(k.id.value);
    m.definesKpis.add(k.id.value);
  }
  for (const g of file.northStar?.guardrails ?? []) kpiRef(g.value);
  for (const o of file.objectives) {
    for (const r of [...o.alignsTo, ...o.dependsOn]) unitRef(r.value.split('/')[0] ?? r.value);
    for (const k of o.keyResults) if (k.metric) kpiRef(k.metric.value);
  }
  return m;
}

function addTo(index: Map<string, Set<string>>, key: string, path: string): void {
  let s = index.get(key);
  if (!s) index.set(key, (s = new Set()));
  s.add(path);
}

function removeFrom(index: Map<string, Set<string>>, key: string, path: string): void {
  const s = index.get(key);
  if (!s) return;
  s.delete(path);
  if (s.size === 0) index.delete(key);
}

/** Reverse indexes over every file's mentions, updated file by file. */
export class Related {
  private readonly byPath = new Map<string, Mentions>();
  private readonly unitMentioned = new Map<string, Set<string>>();
  private readonly kpiMentioned = new Map<string, Set<string>>();
  private readonly unitDefined = new Map<string, Set<string>>();
  private readonly kpiDefined = new Map<string, Set<string>>();

  /** Records a file's new mentions (undefined: the file is gone); returns the previous ones. */
  update(path: string, next: Mentions | undefined): Mentions | undefined {
    const prev = this.byPath.get(path);
    if (prev) {
      for (const u of prev.units) removeFrom(this.unitMentioned, u, path);
      for (const k of prev.kpis) removeFrom(this.kpiMentioned, k, path);
      if (prev.unit) removeFrom(this.unitDefined, prev.unit, path);
      for (const k of prev.definesKpis) removeFrom(this.kpiDefined, k, path);
      this.byPath.delete(path);
    }
    if (next) {
      for (const u of next.units) addTo(this.unitMentioned, u, path);
      for (const k of next.kpis) addTo(this.kpiMentioned, k, path);
      if (next.unit) addTo(this.unitDefined, next.unit, path);
      for (const k of next.definesKpis) addTo(this.kpiDefined, k, path);
      this.byPath.set(path, next);
    }
    return prev;
  }

  /** Files whose cross-file findings may differ after a file went from `before` to `after` mentions. */
  affected(before: Mentions | undefined, after: Mentions | undefined): Set<string> {
    const out = new Set<string>();
    const both = [before, after].filter((m): m is Mentions => !!m);
    for (const m of both) {
      // One step back: whoever names what this file defines or names.
      for (const u of m.units) for (const p of this.unitMentioned.get(u) ?? []) out.add(p);
      for (const k of m.kpis) for (const p of this.kpiMentioned.get(k) ?? []) out.add(p);
    }
    // Forward closure over units (and KPI definers), from both versions' edges.
    const seenUnits = new Set<string>();
    const expanded = new Set<string>();
    const queue: string[] = [];
    const follow = (m: Mentions): void => {
      for (const u of m.out) if (!seenUnits.has(u)) queue.push(u);
      for (const k of m.kpiOut) for (const d of this.kpiDefined.get(k) ?? []) visit(d);
    };
    const visit = (p: string): void => {
      out.add(p);
      if (expanded.has(p)) return;
      expanded.add(p);
      const m = this.byPath.get(p);
      if (m) follow(m);
    };
    for (const m of both) follow(m);
    while (queue.length > 0) {
      const u = queue.pop()!;
      if (seenUnits.has(u)) continue;
      seenUnits.add(u);
      for (const p of this.unitDefined.get(u) ?? []) visit(p);
    }
    return out;
  }
}
