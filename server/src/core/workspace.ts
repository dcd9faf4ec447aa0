// Every OKR file the engine knows, with the indexes that references resolve through.
import { parseOkr } from './parse';
import type { OkrFile, Objective, KeyResult, Kpi } from './model';
import type { Target, WorkspaceView } from './rule';

/** The order `localeCompare` gives, without building a collator per comparison. */
const BY_PATH = new Intl.Collator();

/** A place a reference can land, in the order resolution tries them. */
interface Hit {
  file: OkrFile;
  objective: Objective;
  keyResult?: KeyResult;
}

interface Indexes {
  byUnit: Map<string, OkrFile[]>;
  /** unit, cycle label -> the unit's first file of that cycle (what `unitFile` picks). */
  byUnitCycle: Map<string, Map<string | undefined, OkrFile>>;
  // Keys join ids with '/': a reference's parts hold no '/', so a lookup can only meet the entry it names.
  /** `unit/objective` -> per file of the unit (path order), its first objective with that id. */
  objectives: Map<string, Hit[]>;
  /** `unit/objective/kr` -> per file, the first KR of that file's first objective with the id. */
  keyResults: Map<string, Hit[]>;
  /** unit -> KPI id -> the first KPI with that id in the unit's files (path order). */
  unitKpis: Map<string, Map<string, Target>>;
  /** KPI id -> its first occurrence over all files in insertion order (the "anywhere" fallback). */
  anyKpi: Map<string, Target>;
  units: string[];
  refs: string[];
  kpis: string[];
}

/** A mutable set of parsed files; indexes are rebuilt lazily after a change. */
export class Workspace implements WorkspaceView {
  private readonly parsed = new Map<string, OkrFile>();
  private indexes: Indexes | undefined;
  /** Bumped on every change, so callers can cache results per workspace state. */
  generation = 0;

  /** Adds or replaces a file; returns its parsed model (re-used when the text is unchanged). */
  set(path: string, text: string): OkrFile {
    const old = this.parsed.get(path);
    if (old && old.text === text) return old;
    const file = parseOkr(path, text);
    this.parsed.set(path, file);
    // Most edits (a title, a check-in) leave every id in place: patch the indexes
    // instead of rebuilding them from every file on each keystroke.
    if (old && this.indexes && indexKey(old) === indexKey(file)) {
      patchIndexes(this.indexes, old, file);
      this.generation += 1;
    } else {
      this.changed();
    }
    return file;
  }

  delete(path: string): boolean {
    const had = this.parsed.delete(path);
    if (had) this.changed();
    return had;
  }

  get(path: string): OkrFile | undefined {
    return this.parsed.get(path);
  }

  paths(): string[] {
    return [...this.parsed.keys()];
  }

  files(): readonly OkrFile[] {
    return [...this.parsed.values()];
  }

  unitFiles(unit: string): readonly OkrFile[] {
    return this.index().byUnit.get(unit) ?? [];
  }

  unitFile(unit: string, from?: OkrFile): OkrFile | undefined {
    const cycle = from?.cycle?.label;
    if (cycle !== undefined) {
      const same = this.index().byUnitCycle.get(unit)?.get(cycle);
      if (same) return same;
    }
    return this.unitFiles(unit)[0];
  }

  resolveRef(ref: string, from?: OkrFile): Target | undefined {
    const [unit, objectiveId, krId, ...rest] = ref.split('/');
    if (!unit || !objectiveId || rest.length > 0) return undefined;
    const ix = this.index();
    const hits = krId === undefined ? ix.objectives.get(`${unit}/${objectiveId}`) : ix.keyResults.get(`${unit}/${objectiveId}/${krId}`);
    if (!hits) return undefined;
    // Same cycle first, so a reference is read in the cycle it was written for.
    const cycle = from?.cycle?.label;
    const hit = hits.find((h) => h.file.cycle?.label === cycle) ?? hits[0]!;
    return hit.keyResult ? { file: hit.file, objective: hit.objective, keyResult: hit.keyResult } : { file: hit.file, objective: hit.objective };
  }

  resolveKpi(ref: string, from: OkrFile): Target | undefined {
    const ix = this.index();
    const slash = ref.indexOf('/');
    if (slash >= 0) {
      const unit = ref.slice(0, slash);
      const id = ref.slice(slash + 1);
      return ix.unitKpis.get(unit)?.get(id);
    }
    // Own file, then the parent chain (a team watches its domain's and company's KPIs), then anywhere.
    const own = findKpi([from], ref);
    if (own) return own;
    const seen = new Set<string>();
    let parent = from.parent?.value;
    while (parent && !seen.has(parent)) {
      seen.add(parent);
      const file = this.unitFile(parent, from);
      const hit = file && findKpi([file], ref);
      if (hit) return hit;
      parent = file?.parent?.value;
    }
    return ix.anyKpi.get(ref);
  }

  candidates(kind: 'unit' | 'ref' | 'kpi'): readonly string[] {
    const ix = this.index();
    return kind === 'unit' ? ix.units : kind === 'ref' ? ix.refs : ix.kpis;
  }

  private changed(): void {
    this.indexes = undefined;
    this.generation += 1;
  }

  private index(): Indexes {
    if (this.indexes) return this.indexes;
    const byUnit = new Map<string, OkrFile[]>();
    const byUnitCycle = new Map<string, Map<string | undefined, OkrFile>>();
    const objectives = new Map<string, Hit[]>();
    const keyResults = new Map<string, Hit[]>();
    const unitKpis = new Map<string, Map<string, Target>>();
    const anyKpi = new Map<string, Target>();
    const refs = new Set<string>();
    const kpis = new Set<string>();
    const push = (map: Map<string, Hit[]>, key: string, hit: Hit): void => {
      const list = map.get(key);
      if (list) list.push(hit);
      else map.set(key, [hit]);
    };
    for (const file of this.parsed.values()) {
      for (const kpi of file.kpis) if (kpi.id && !anyKpi.has(kpi.id.value)) anyKpi.set(kpi.id.value, { file, kpi });
    }
    const files = [...this.parsed.values()].sort((a, b) => BY_PATH.compare(a.path, b.path));
    for (const file of files) {
      const unit = file.unit?.value;
      if (!unit) continue;
      const list = byUnit.get(unit) ?? [];
      list.push(file);
      byUnit.set(unit, list);
      const cycles = byUnitCycle.get(unit) ?? new Map<string | undefined, OkrFile>();
      if (!cycles.has(file.cycle?.label)) cycles.set(file.cycle?.label, file);
      byUnitCycle.set(unit, cycles);
      // Resolution reads the first objective with an id in each file, and that objective's first KR with an id.
      const seenObjectives = new Set<string>();
      for (const o of file.objectives) {
        if (!o.id) continue;
        refs.add(`${unit}/${o.id.value}`);
        for (const k of o.keyResults) if (k.id) refs.add(`${unit}/${o.id.value}/${k.id.value}`);
        if (seenObjectives.has(o.id.value)) continue;
        seenObjectives.add(o.id.value);
        push(objectives, `${unit}/${o.id.value}`, { file, objective: o });
        const seenKrs = new Set<string>();
        for (const k of o.keyResults) {
          if (!k.id || seenKrs.has(k.id.value)) continue;
          seenKrs.add(k.id.value);
          push(keyResults, `${unit}/${o.id.value}/${k.id.value}`, { file, objective: o, keyResult: k });
        }
      }
      const ownKpis = unitKpis.get(unit) ?? new Map<string, Target>();
      unitKpis.set(unit, ownKpis);
      for (const k of file.kpis) {
        if (!k.id) continue;
        kpis.add(k.id.value);
        if (!ownKpis.has(k.id.value)) ownKpis.set(k.id.value, { file, kpi: k });
      }
    }
    this.indexes = { byUnit, byUnitCycle, objectives, keyResults, unitKpis, anyKpi, units: [...byUnit.keys()], refs: [...refs], kpis: [...kpis] };
    return this.indexes;
  }
}

/** What the indexes read from a file; two versions with the same key index the same way. */
function indexKey(file: OkrFile): string {
  const parts: Array<string | null> = [file.unit?.value ?? null, file.cycle?.label ?? null];
  for (const o of file.objectives) {
    parts.push('o', o.id?.value ?? null);
    for (const k of o.keyResults) parts.push(k.id?.value ?? null);
  }
  parts.push('k');
  for (const k of file.kpis) parts.push(k.id?.value ?? null);
  return JSON.stringify(parts);
}

/** Points every index entry of `old` at the same places in `file`, which has the same index key. */
function patchIndexes(ix: Indexes, old: OkrFile, file: OkrFile): void {
  const firstKpis = new Map<string, Kpi>();
  for (const k of file.kpis) if (k.id && !firstKpis.has(k.id.value)) firstKpis.set(k.id.value, k);
  for (const [id, kpi] of firstKpis) {
    if (ix.anyKpi.get(id)?.file === old) ix.anyKpi.set(id, { file, kpi });
  }
  const unit = file.unit?.value;
  if (!unit) return;
  const list = ix.byUnit.get(unit)!;
  list[list.indexOf(old)] = file;
  const cycles = ix.byUnitCycle.get(unit)!;
  if (cycles.get(file.cycle?.label) === old) cycles.set(file.cycle?.label, file);
  const replace = (hits: Hit[] | undefined, hit: Hit): void => {
    const i = hits ? hits.findIndex((h) => h.file === old) : -1;
    if (i >= 0) hits![i] = hit;
  };
  const seenObjectives = new Set<string>();
  for (const o of file.objectives) {
    if (!o.id || seenObjectives.has(o.id.value)) continue;
    seenObjectives.add(o.id.value);
    replace(ix.objectives.get(`${unit}/${o.id.value}`), { file, objective: o });
    const seenKrs = new Set<string>();
    for (const k of o.keyResults) {
      if (!k.id || seenKrs.has(k.id.value)) continue;
      seenKrs.add(k.id.value);
      replace(ix.keyResults.get(`${unit}/${o.id.value}/${k.id.value}`), { file, objective: o, keyResult: k });
    }
  }
  const ownKpis = ix.unitKpis.get(unit)!;
  for (const [id, kpi] of firstKpis) {
    if (ownKpis.get(id)?.file === old) ownKpis.set(id, { file, kpi });
  }
}

function findKpi(files: readonly OkrFile[], id: string): Target | undefined {
  for (const file of files) {
    const kpi = file.kpis.find((k) => k.id?.value === id);
    if (kpi) return { file, kpi };
  }
  return undefined;
}
