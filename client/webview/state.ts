// The page's UI state: kept with the host's getState/setState so a hidden
// panel or a reload comes back as the user left it. Restored state is data
// from outside the script, so it is checked field by field.

/** Everything the user chose in the page. */
export interface UiState {
  v: 1;
  /** '' = all cycles; undefined = not chosen yet (the latest cycle is shown). */
  cycle?: string;
  /** Unit node id whose subtree is shown; '' = all. */
  unit: string;
  offTrack: boolean;
  problems: boolean;
  query: string;
  /** The starting point of expansion: the size-based default, everything, or nothing. */
  expand: 'default' | 'all' | 'none';
  /** Nodes the user toggled away from `expand`; kept small so saving state stays cheap at 10,000 KRs. */
  toggled: string[];
  active?: string;
  scrollTop: number;
}

/** The state of a first visit. */
export function initialState(): UiState {
  return { v: 1, unit: '', offTrack: false, problems: false, query: '', expand: 'default', toggled: [], scrollTop: 0 };
}

/** Reads a stored state, keeping only well-typed fields. */
export function restoreState(x: unknown): UiState {
  const s = initialState();
  if (typeof x !== 'object' || x === null) return s;
  const r = x as Record<string, unknown>;
  if (r.v !== 1) return s;
  if (typeof r.cycle === 'string') s.cycle = r.cycle;
  if (typeof r.unit === 'string') s.unit = r.unit;
  if (typeof r.offTrack === 'boolean') s.offTrack = r.offTrack;
  if (typeof r.problems === 'boolean') s.problems = r.problems;
  if (typeof r.query === 'string') s.query = r.query.slice(0, 200);
  if (r.expand === 'all' || r.expand === 'none' || r.expand === 'default') s.expand = r.expand;
  if (Array.isArray(r.toggled)) s.toggled = r.toggled.filter((e): e is string => typeof e === 'string');
  if (typeof r.active === 'string') s.active = r.active;
  if (typeof r.scrollTop === 'number' && Number.isFinite(r.scrollTop) && r.scrollTop >= 0) s.scrollTop = r.scrollTop;
  return s;
}
