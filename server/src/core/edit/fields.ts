// How a KR's keys become the keys of the item it turns into. The rule: a
// field keeps its name when the destination defines it with the same
// meaning, is renamed when the destination has a field for the same thing
// under another name, and otherwise keeps its value under an `x-` key, so
// nothing the user wrote is lost and the schema still passes.

/** Where a misplaced KR can go: its objective's execution lists, or the unit's KPIs. */
export type Destination = 'initiatives' | 'lead_measures' | 'kpis';

/** Fields each destination defines (SPEC §2, schemas/okr.schema.json). */
export const DESTINATION_FIELDS: Record<Destination, ReadonlySet<string>> = {
  initiatives: new Set(['id', 'title', 'owner', 'link', 'status']),
  lead_measures: new Set(['id', 'title', 'owner', 'target', 'per']),
  kpis: new Set(['id', 'name', 'unit', 'direction', 'threshold', 'owner', 'source']),
};

/**
 * KR fields that change name on the way. A KPI is named, not titled; a KR
 * that only keeps a metric where it is ("Maintain 99.9% uptime") states the
 * level it must not fall past in its target, which is what a KPI calls its
 * threshold. A lead measure's target already means "how many per period".
 */
const RENAMES: Record<Destination, Readonly<Record<string, string>>> = {
  initiatives: {},
  lead_measures: {},
  kpis: { title: 'name', target: 'threshold' },
};

/** Fields whose destination type is a number: a non-number value goes to `x-` instead. */
const NUMERIC = new Set(['target', 'threshold']);

/** The key a KR field gets in `dest`; a value of the wrong type for the destination field is kept under `x-`. */
export function mapKey(key: string, dest: Destination, value: unknown): string {
  if (key.startsWith('x-')) return key;
  const renamed = RENAMES[dest][key] ?? key;
  if (DESTINATION_FIELDS[dest].has(renamed) && (!NUMERIC.has(renamed) || typeof value === 'number')) return renamed;
  return `x-${key}`;
}

/** A kebab-case id from a title, for a KPI (which requires one) made from a KR that had none. */
export function slugId(title: string, taken: ReadonlySet<string>): string | undefined {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const base = words.slice(0, 6).join('-');
  if (base === '') return undefined;
  if (!taken.has(base)) return base;
  for (let n = 2; n < 1000; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  return undefined;
}
