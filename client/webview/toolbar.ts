// Search, cycle and unit filters, the two "only" switches, expand/collapse.
import type { GraphIndex } from './graphIndex';
import type { UiState } from './state';
import { h } from './dom';

/** What the toolbar reports back. */
export interface ToolbarEvents {
  change(patch: Partial<UiState>): void;
  expandAll(): void;
  collapseAll(): void;
}

/** The toolbar element and a way to sync it with the state and graph. */
export class Toolbar {
  readonly root: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly cycle: HTMLSelectElement;
  private readonly unit: HTMLSelectElement;
  private readonly offTrack: HTMLInputElement;
  private readonly problems: HTMLInputElement;
  /** The graph the selects were last filled for: refilling 2,000 unit options on every keystroke is wasted work. */
  private filledFor: GraphIndex | undefined;

  constructor(ev: ToolbarEvents) {
    this.search = h('input', { type: 'search', id: 'okr-search', autocomplete: 'off', placeholder: 'Search objectives, KRs, units…', 'aria-label': 'Search' });
    this.cycle = h('select', { id: 'okr-cycle', 'aria-label': 'Cycle', autocomplete: 'off' });
    this.unit = h('select', { id: 'okr-unit', 'aria-label': 'Unit', autocomplete: 'off' });
    // autocomplete=off: the browser's own form restoration on reload must not fight the restored UI state.
    this.offTrack = h('input', { type: 'checkbox', id: 'okr-offtrack', autocomplete: 'off' });
    this.problems = h('input', { type: 'checkbox', id: 'okr-problems', autocomplete: 'off' });
    const expand = h('button', { type: 'button', id: 'okr-expand' }, 'Expand all');
    const collapse = h('button', { type: 'button', id: 'okr-collapse' }, 'Collapse all');
    this.root = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Filters' },
      this.search,
      h('label', {}, 'Cycle ', this.cycle),
      h('label', {}, 'Unit ', this.unit),
      h('label', {}, this.offTrack, 'Only off track'),
      h('label', {}, this.problems, 'Only with problems'),
      expand, collapse);
    this.search.addEventListener('input', () => ev.change({ query: this.search.value }));
    this.cycle.addEventListener('change', () => ev.change({ cycle: this.cycle.value }));
    this.unit.addEventListener('change', () => ev.change({ unit: this.unit.value }));
    this.offTrack.addEventListener('change', () => ev.change({ offTrack: this.offTrack.checked }));
    this.problems.addEventListener('change', () => ev.change({ problems: this.problems.checked }));
    expand.addEventListener('click', () => ev.expandAll());
    collapse.addEventListener('click', () => ev.collapseAll());
  }

  /** Refills the selects for a new graph and shows the state's values. */
  sync(ix: GraphIndex, state: UiState, cycle: string): void {
    if (this.filledFor !== ix) {
      this.filledFor = ix;
      fill(this.cycle, [['', 'All cycles'], ...ix.graph.cycles.map((c): [string, string] => [c, c])]);
      fill(this.unit, [['', 'All units'], ...ix.units.filter((u) => u.unit).map((u): [string, string] => [u.id, u.label])]);
    }
    this.cycle.value = [...this.cycle.options].some((o) => o.value === cycle) ? cycle : '';
    this.unit.value = ix.byId.has(state.unit) ? state.unit : '';
    if (this.search.value !== state.query) this.search.value = state.query;
    this.offTrack.checked = state.offTrack;
    this.problems.checked = state.problems;
  }

  /** Moves keyboard focus to the search box. */
  focusSearch(): void {
    this.search.focus();
    this.search.select();
  }
}

function fill(sel: HTMLSelectElement, options: ReadonlyArray<[string, string]>): void {
  const same = sel.options.length === options.length && options.every(([v, t], i) => sel.options[i]?.value === v && sel.options[i]?.text === t);
  if (!same) sel.replaceChildren(...options.map(([v, t]) => h('option', { value: v }, t)));
}
