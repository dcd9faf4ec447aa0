// Every OKR file the engine knows, with the indexes that references resolve through.
import { parseOkr } from './parse';
import type { OkrFile } from './model';
import type { Target, WorkspaceView } from './rule';

interface Indexes {
  byUnit: Map<string, OkrFile[]>;
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
    this.changed();
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
    const files = this.unitFiles(unit);
    const cycle = from?.cycle?.label;
    return files.find((f) => cycle !== undefined && f.cycle?.label === cycle) ?? files[0];
  }

  resolveRef(ref: string, from?: OkrFile): Target | undefined {
    const [unit, objectiveId, krId, ...rest] = ref.split('/');
    if (!unit || !objectiveId || rest.length > 0) return undefined;
    const files = [...this.unitFiles(unit)];
    // Same cycle first, so a reference is read in the cycle it was written for.
    const cycle = from?.cycle?.label;
    files.sort((a, b) => Number(b.cycle?.label === cycle) - Number(a.cycle?.label === cycle));
    for (const file of files) {
      const objective = file.objectives.find((o) => o.id?.value === objectiveId);
      if (!objective) continue;
      if (krId === undefined) return { file, objective };
      const keyResult = objective.keyResults.find((k) => k.id?.value === krId);
      if (keyResult) return { file, objective, keyResult };
    }
    return undefined;
  }

  resolveKpi(ref: string, from: OkrFile): Target | undefined {
    const slash = ref.indexOf('/');
    if (slash >= 0) {
      const unit = ref.slice(0, slash);
      const id = ref.slice(slash + 1);
      return findKpi(this.unitFiles(unit), id);
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
    return findKpi(this.files(), ref);
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
    const refs = new Set<string>();
    const kpis = new Set<string>();
    const files = [...this.parsed.values()].sort((a, b) => a.path.localeCompare(b.path));
    for (const file of files) {
      const unit = file.unit?.value;
      if (!unit) continue;
      const list = byUnit.get(unit) ?? [];
      list.push(file);
      byUnit.set(unit, list);
      for (const o of file.objectives) {
        if (!o.id) continue;
        refs.add(`${unit}/${o.id.value}`);
        for (const k of o.keyResults) if (k.id) refs.add(`${unit}/${o.id.value}/${k.id.value}`);
      }
      for (const k of file.kpis) if (k.id) kpis.add(k.id.value);
    }
    this.indexes = { byUnit, units: [...byUnit.keys()], refs: [...refs], kpis: [...kpis] };
    return this.indexes;
  }
}

function findKpi(files: readonly OkrFile[], id: string): Target | undefined {
  for (const file of files) {
    const kpi = file.kpis.find((k) => k.id?.value === id);
    if (kpi) return { file, kpi };
  }
  return undefined;
}
