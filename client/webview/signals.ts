// The Signals panel beside the tree: each unit's North Star with its
// guardrails, and its KPIs, marking those promoted into KRs this cycle.
// Capped so a huge workspace cannot flood the DOM; the unit filter narrows it.
import type { KpiNode, NorthStarNode, RefLink } from '../../server/src/protocol';
import { ancestors, type GraphIndex } from './graphIndex';
import { h, num } from './dom';

const MAX_ITEMS = 300;

/** Fills `panel` with the signals of the units in scope for `cycle` ('' = all). */
export function renderSignals(panel: HTMLElement, ix: GraphIndex, cycle: string, unit: string): void {
  const items: HTMLElement[] = [];
  let hidden = 0;
  for (const u of ix.units) {
    if (unit && u.id !== unit && !ancestors(ix, u.id).includes(unit)) continue;
    const sigs = (ix.signals.get(u.id) ?? []).filter((s) => cycle === '' || s.cycle === undefined || s.cycle === cycle);
    if (sigs.length === 0) continue;
    if (items.length >= MAX_ITEMS) {
      hidden += sigs.length;
      continue;
    }
    const list = h('ul', { class: 'signal-list' });
    for (const s of sigs) list.appendChild(s.kind === 'northStar' ? northStar(ix, s) : kpi(ix, s, cycle));
    items.push(h('section', { class: 'signal-unit', 'aria-label': `Signals of ${u.label}` }, h('h3', {}, u.label), list));
  }
  const body: Array<HTMLElement> = [h('h2', {}, 'Signals')];
  if (items.length === 0) body.push(h('p', { class: 'empty' }, 'No North Star or KPIs in this cycle.'));
  body.push(...items);
  if (hidden > 0) body.push(h('p', { class: 'more' }, `${hidden} more signals: choose a unit to see them.`));
  panel.replaceChildren(...body);
}

function northStar(ix: GraphIndex, n: NorthStarNode): HTMLElement {
  const guard = h('span', { class: 'guardrails' }, 'guardrails: ');
  if (n.guardrails.length === 0) guard.appendChild(h('span', { class: 'missing' }, 'none'));
  n.guardrails.forEach((g, i) => {
    if (i > 0) guard.appendChild(document.createTextNode(', '));
    guard.appendChild(refText(ix, g));
  });
  return h('li', { class: 'signal north-star', 'data-id': n.id },
    h('button', { type: 'button', class: 'reveal', 'data-id': n.id, 'aria-label': `North Star: ${n.label}` }, '★ ', n.label),
    guard);
}

function kpi(ix: GraphIndex, n: KpiNode, cycle: string): HTMLElement {
  const promoted = cycle === '' ? n.promotedIn.length > 0 : n.promotedIn.includes(cycle);
  const arrow = n.direction === 'up' ? '↑' : n.direction === 'down' ? '↓' : '';
  const meta: string[] = [];
  if (n.threshold !== null) meta.push(`breach ${arrow === '↑' ? '<' : arrow === '↓' ? '>' : ''} ${num(n.threshold)}${n.measureUnit ?? ''}`);
  if (n.owner) meta.push(n.owner);
  const li = h('li', { class: `signal kpi${promoted ? ' promoted' : ''}`, 'data-id': n.id },
    h('button', { type: 'button', class: 'reveal', 'data-id': n.id, 'aria-label': `KPI: ${n.label}${promoted ? ', promoted into a key result this cycle' : ''}` },
      `${arrow ? `${arrow} ` : ''}`, n.label),
    meta.length ? h('span', { class: 'meta' }, meta.join(' · ')) : null);
  if (promoted) {
    const krs = n.promotedBy.map((id) => ix.byId.get(id)).filter((k) => k && (cycle === '' || !('cycle' in k) || k.cycle === cycle));
    const tag = h('span', { class: 'tag promoted' }, 'promoted → ');
    krs.forEach((k, i) => {
      if (i > 0) tag.appendChild(document.createTextNode(', '));
      tag.appendChild(h('button', { type: 'button', class: 'link', 'data-goto': k!.id }, 'ref' in k! ? k.ref : k!.label));
    });
    li.appendChild(tag);
  }
  if (n.total.error + n.total.warning > 0) li.appendChild(h('span', { class: `badge ${n.total.error ? 'error' : 'warning'}` }, `${n.total.error ? '⊗' : '⚠'} ${n.total.error + n.total.warning}`));
  return li;
}

function refText(ix: GraphIndex, l: RefLink): HTMLElement {
  const t = l.target ? ix.byId.get(l.target) : undefined;
  return t
    ? h('button', { type: 'button', class: 'link', 'data-id': t.id }, t.label)
    : h('span', { class: 'unresolved', title: `${l.ref} is not a KPI in the workspace` }, l.ref);
}
