// The page: toolbar, virtualised tree, Signals panel and a live summary,
// wired to UI state that survives hiding and reloads.
import type { TreeGraph } from '../../server/src/protocol';
import { ancestors, indexGraph, type GraphIndex } from './graphIndex';
import { effectiveCycle, expandedSet, isFiltering, visibleRows } from './view';
import { restoreState, type UiState } from './state';
import { TreeView } from './treeView';
import { Toolbar } from './toolbar';
import { renderSignals } from './signals';
import { h } from './dom';
import type { Host } from './host';

/** The tree page application. */
export class App {
  private ix: GraphIndex | undefined;
  private state: UiState;
  private expanded = new Set<string>();
  /** Branches closed during the current search or filter; forgotten when the filter changes. */
  private closedWhileFiltering = new Set<string>();
  private readonly tree: TreeView;
  private readonly toolbar: Toolbar;
  private readonly signals: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly footer: HTMLElement;
  /** What the Signals panel last showed; it is redrawn only when that changes, not per keystroke. */
  private signalsKey: [GraphIndex | undefined, string, string] = [undefined, '', ''];

  constructor(
    mount: HTMLElement,
    private readonly host: Host,
  ) {
    this.state = restoreState(host.getState());
    this.toolbar = new Toolbar({
      change: (patch) => {
        this.state = { ...this.state, ...patch };
        this.closedWhileFiltering.clear();
        this.refresh();
      },
      expandAll: () => this.setExpand('all'),
      collapseAll: () => this.setExpand('none'),
    });
    this.tree = new TreeView({
      toggle: (id) => {
        if (isFiltering(this.state)) {
          if (!this.closedWhileFiltering.delete(id)) this.closedWhileFiltering.add(id);
        } else {
          this.toggle([id]);
        }
        this.refresh();
      },
      activate: (id) => {
        this.state.active = id;
        this.save();
      },
      reveal: (id) => this.reveal(id),
      goto: (id) => this.goto(id),
      scrolled: (top) => {
        this.state.scrollTop = top;
        this.save();
      },
    });
    this.signals = h('aside', { class: 'signals', 'aria-label': 'Signals' });
    this.signals.addEventListener('click', (e) => {
      const b = (e.target as Element | null)?.closest<HTMLElement>('button');
      if (b?.dataset.goto) this.goto(b.dataset.goto);
      else if (b?.dataset.id) this.reveal(b.dataset.id);
    });
    this.summary = h('div', { class: 'summary', role: 'status', 'aria-live': 'polite' }, 'Waiting for the OKR analysis…');
    this.footer = h('div', { class: 'footer' });
    mount.replaceChildren(h('div', { class: 'app' }, this.toolbar.root, this.summary, h('div', { class: 'main' }, this.tree.root, this.signals), this.footer));
    document.addEventListener('keydown', (e) => {
      // "/" jumps to search, as in most code hosts; not while typing in a field.
      if (e.key === '/' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)) {
        e.preventDefault();
        this.toolbar.focusSearch();
      }
    });
  }

  /** Shows a (new) graph, keeping filters, expansion and selection. */
  setGraph(graph: TreeGraph): void {
    const first = this.ix === undefined;
    this.ix = indexGraph(graph);
    this.expanded = expandedSet(this.ix, this.state);
    this.refresh();
    if (first && this.state.scrollTop > 0) this.tree.scrollTo(this.state.scrollTop);
  }

  /** Shows a problem reported by the host instead of the summary line. */
  showError(message: string): void {
    this.summary.replaceChildren(h('span', { class: 'error-text' }, message));
  }

  private setExpand(mode: UiState['expand']): void {
    this.state.expand = mode;
    this.state.toggled = [];
    if (this.ix) this.expanded = expandedSet(this.ix, this.state);
    this.refresh();
  }

  /** Flips the expansion of these nodes (recorded as toggles against the mode). */
  private toggle(ids: readonly string[]): void {
    const toggled = new Set(this.state.toggled);
    for (const id of ids) {
      if (this.expanded.has(id)) this.expanded.delete(id);
      else this.expanded.add(id);
      if (toggled.has(id)) toggled.delete(id);
      else toggled.add(id);
    }
    this.state.toggled = [...toggled];
  }

  private refresh(): void {
    const ix = this.ix;
    if (!ix) return;
    const cycle = effectiveCycle(ix, this.state);
    const rows = visibleRows(ix, this.state, this.expanded, this.closedWhileFiltering);
    this.toolbar.sync(ix, this.state, cycle);
    this.tree.setRows(ix, rows, this.state.active, cycle);
    const [six, scycle, sunit] = this.signalsKey;
    if (six !== ix || scycle !== cycle || sunit !== this.state.unit) {
      this.signalsKey = [ix, cycle, this.state.unit];
      renderSignals(this.signals, ix, cycle, this.state.unit);
    }
    let objectives = 0;
    let off = 0;
    let krs = 0;
    for (const r of rows) {
      const n = ix.byId.get(r.id)!;
      if (n.kind === 'objective') {
        objectives++;
        if (n.status === 'off-track') off++;
      } else if (n.kind === 'kr') krs++;
    }
    const units = ix.units.length;
    this.summary.textContent = `${units} unit${units === 1 ? '' : 's'} · ${objectives} objective${objectives === 1 ? '' : 's'} and ${krs} key result${krs === 1 ? '' : 's'} shown · ${off} objective${off === 1 ? '' : 's'} off track`;
    this.footer.textContent = `Progress and on/off track as of ${ix.graph.asOf}${cycle ? ` · cycle ${cycle}` : ''} · off track = latest confidence below 0.5, or more than 25 points behind the cycle's pace`;
    this.save();
  }

  private reveal(id: string): void {
    const n = this.ix?.byId.get(id);
    if (!n) return;
    this.host.post({ type: 'reveal', path: n.pos.path, line: n.pos.line, character: n.pos.character });
    if (!this.host.inEditor) this.summary.textContent = `${n.label} — ${n.pos.path}:${n.pos.line + 1}`;
  }

  /** Brings a node into view: clears filters that hide it and expands its ancestors. */
  private goto(id: string): void {
    const ix = this.ix;
    const n = ix?.byId.get(id);
    if (!ix || !n) return;
    let rows = visibleRows(ix, this.state, this.expanded);
    if (!rows.some((r) => r.id === id)) {
      const cycle = 'cycle' in n && n.cycle ? n.cycle : this.state.cycle;
      this.state = { ...this.state, query: '', offTrack: false, problems: false, unit: '', ...(cycle !== undefined ? { cycle } : {}) };
      this.toggle(ancestors(ix, id).filter((a) => !this.expanded.has(a)));
      this.refresh();
      rows = visibleRows(ix, this.state, this.expanded);
    }
    if (rows.some((r) => r.id === id)) this.tree.select(id);
    this.reveal(id);
  }

  private save(): void {
    this.host.setState(this.state);
  }
}
