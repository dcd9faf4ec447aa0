// The virtualised tree: only the rows in view (plus a margin) exist in the
// DOM, so the page stays smooth at 20,000 rows. Focus stays on the tree
// element and `aria-activedescendant` names the active row (WAI-ARIA tree
// pattern), which is what lets virtualisation and screen readers coexist.
import type { GraphIndex } from './graphIndex';
import type { Row } from './view';
import { h, svg } from './dom';
import { domId, rowElement } from './rows';

/** Height of every row in px; fixed so a row's position is index × height. */
export const ROW_HEIGHT = 28;
// Rows built beyond the viewport on each side: enough for a wheel tick, few enough that a jump stays cheap.
const OVERSCAN = 10;
const GUTTER = 56;
const MAX_ARCS = 400;

/** What the tree asks of its owner. */
export interface TreeCallbacks {
  toggle(id: string): void;
  activate(id: string): void;
  reveal(id: string): void;
  goto(id: string): void;
  scrolled(top: number): void;
}

/** The tree element with keyboard navigation and edge arcs. */
export class TreeView {
  readonly root: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly layer: HTMLElement;
  private readonly arcs: SVGSVGElement;
  private ix: GraphIndex | undefined;
  private rows: Row[] = [];
  private index = new Map<string, number>();
  private active: string | undefined;
  private frame = 0;
  /** Row elements in the window, by row index; valid until the rows change. */
  private built = new Map<number, HTMLElement>();
  private cycle = '';

  constructor(private readonly cb: TreeCallbacks) {
    this.layer = h('div', { class: 'rows', role: 'presentation' });
    this.arcs = svg('svg', { class: 'arcs', 'aria-hidden': 'true', width: GUTTER });
    this.canvas = h('div', { class: 'canvas', role: 'presentation' }, this.layer);
    this.canvas.appendChild(this.arcs);
    this.root = h('div', { class: 'tree', role: 'tree', tabindex: 0, 'aria-label': 'Alignment tree' }, this.canvas);
    this.root.addEventListener('scroll', () => this.schedule());
    // The offset is saved once a scroll ends, not per frame: hosts rate-limit state writes.
    this.root.addEventListener('scrollend', () => this.cb.scrolled(this.root.scrollTop));
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    this.layer.addEventListener('click', (e) => this.onClick(e));
    window.addEventListener('resize', () => this.schedule());
  }

  /** Shows new rows (after a graph update or a filter change). */
  setRows(ix: GraphIndex, rows: Row[], active: string | undefined, cycle: string): void {
    this.ix = ix;
    this.cycle = cycle;
    this.rows = rows;
    this.index = new Map(rows.map((r, i) => [r.id, i]));
    this.built.clear();
    this.active = active !== undefined && this.index.has(active) ? active : undefined;
    this.canvas.style.height = `${rows.length * ROW_HEIGHT}px`;
    this.arcs.setAttribute('height', String(Math.max(1, rows.length * ROW_HEIGHT)));
    this.render();
  }

  /** The active (selected) node, when it is shown. */
  activeId(): string | undefined {
    return this.active;
  }

  /** Makes `id` active and scrolls it into view. */
  select(id: string, focus = true): void {
    const i = this.index.get(id);
    if (i === undefined) return;
    this.active = id;
    const top = i * ROW_HEIGHT;
    const view = this.root.clientHeight || ROW_HEIGHT * 20;
    if (top < this.root.scrollTop) this.root.scrollTop = top;
    else if (top + ROW_HEIGHT > this.root.scrollTop + view) this.root.scrollTop = top + ROW_HEIGHT - view;
    this.render();
    if (focus) this.root.focus({ preventScroll: true });
    this.cb.activate(id);
  }

  /** Restores a scroll offset (after a reload). */
  scrollTo(top: number): void {
    this.root.scrollTop = top;
    this.render();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const ix = this.ix;
    if (!ix) return;
    const view = this.root.clientHeight || ROW_HEIGHT * 40;
    const first = Math.max(0, Math.floor(this.root.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.rows.length, Math.ceil((this.root.scrollTop + view) / ROW_HEIGHT) + OVERSCAN);
    // Rows already built are reused while scrolling: only rows entering the window cost DOM work.
    const next = new Map<number, HTMLElement>();
    const inOrder: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = this.rows[i]!;
      let el = this.built.get(i);
      if (!el) {
        el = rowElement(ix, row, row.id === this.active, this.cycle);
        el.style.top = `${i * ROW_HEIGHT}px`;
      } else {
        markActive(el, row.id === this.active);
      }
      next.set(i, el);
      inOrder.push(el);
    }
    this.built = next;
    this.layer.replaceChildren(...inOrder); // DOM order = tree order, for screen readers' reading mode
    if (this.active !== undefined) this.root.setAttribute('aria-activedescendant', domId(this.active));
    else this.root.removeAttribute('aria-activedescendant');
    this.drawArcs(ix, first, last);
  }

  /** Arcs in the right gutter for aligns/depends edges that touch the rows in view. */
  private drawArcs(ix: GraphIndex, first: number, last: number): void {
    const paths: SVGElement[] = [];
    const x = GUTTER - 4;
    for (let i = first; i < last && paths.length < MAX_ARCS; i++) {
      const id = this.rows[i]!.id;
      for (const e of ix.links.get(id) ?? []) {
        if (e.from !== id || (e.kind !== 'aligns' && e.kind !== 'depends')) continue;
        const j = this.index.get(e.to);
        if (j === undefined) continue;
        const y1 = i * ROW_HEIGHT + ROW_HEIGHT / 2;
        const y2 = j * ROW_HEIGHT + ROW_HEIGHT / 2;
        const bulge = Math.min(GUTTER - 8, 10 + Math.abs(j - i) * 3);
        const hot = id === this.active || e.to === this.active;
        const p = svg('path', {
          d: `M ${x} ${y1} C ${x - bulge} ${y1}, ${x - bulge} ${y2}, ${x} ${y2}`,
          class: `arc arc-${e.kind}${hot ? ' hot' : ''}`,
          'data-from': e.from,
          'data-to': e.to,
        });
        paths.push(p, svg('circle', { cx: x, cy: y2, r: 2.5, class: `arc-end arc-${e.kind}` }));
      }
    }
    this.arcs.replaceChildren(...paths);
  }

  private onClick(e: MouseEvent): void {
    const t = e.target as Element | null;
    const rowEl = t?.closest<HTMLElement>('.row');
    const id = rowEl?.dataset.id;
    if (!id) return;
    const action = t?.closest<HTMLElement>('[data-action]');
    if (action?.dataset.action === 'toggle') {
      this.active = id;
      this.cb.toggle(id);
      return;
    }
    if (action?.dataset.action === 'goto' && action.dataset.target) {
      this.cb.goto(action.dataset.target);
      return;
    }
    this.select(id);
    this.cb.reveal(id);
  }

  private onKey(e: KeyboardEvent): void {
    if (this.rows.length === 0) return;
    const i = this.active !== undefined ? this.index.get(this.active) ?? 0 : -1;
    const row = i >= 0 ? this.rows[i] : undefined;
    const page = Math.max(1, Math.floor((this.root.clientHeight || 400) / ROW_HEIGHT) - 1);
    const go = (j: number): void => this.select(this.rows[Math.max(0, Math.min(this.rows.length - 1, j))]!.id);
    switch (e.key) {
      case 'ArrowDown': go(i + 1); break;
      case 'ArrowUp': go(i < 0 ? 0 : i - 1); break;
      case 'Home': go(0); break;
      case 'End': go(this.rows.length - 1); break;
      case 'PageDown': go(i + page); break;
      case 'PageUp': go(i - page); break;
      case 'ArrowRight':
        if (!row) go(0);
        else if (row.hasChildren && !row.expanded) this.cb.toggle(row.id);
        else if (row.hasChildren) go(i + 1);
        break;
      case 'ArrowLeft':
        if (!row) go(0);
        else if (row.hasChildren && row.expanded) this.cb.toggle(row.id);
        else {
          // Parent = the nearest row above with a smaller depth.
          for (let j = i - 1; j >= 0; j--) if (this.rows[j]!.depth < row.depth) { go(j); break; }
        }
        break;
      case 'Enter':
        if (row) this.cb.reveal(row.id);
        break;
      case ' ':
        if (row?.hasChildren) this.cb.toggle(row.id);
        break;
      default:
        return;
    }
    e.preventDefault();
  }
}

/** Updates a reused row's selection state in place. */
function markActive(el: HTMLElement, active: boolean): void {
  if (el.classList.contains('active') === active) return;
  el.classList.toggle('active', active);
  el.setAttribute('aria-selected', active ? 'true' : 'false');
}
