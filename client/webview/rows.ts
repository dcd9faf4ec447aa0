// One tree row per node kind. Every user string is set as text (see dom.ts);
// widths go through the CSSOM, which the CSP allows, never a style attribute.
import type { KrNode, ObjectiveNode, ProblemCounts, RefLink, TreeNode, UnitNode } from '../../server/src/protocol';
import type { GraphIndex } from './graphIndex';
import type { Row } from './view';
import { h, num, pct } from './dom';

/** Builds the element of one row (positioned by the caller). */
export function rowElement(ix: GraphIndex, row: Row, active: boolean, cycle: string): HTMLElement {
  const n = ix.byId.get(row.id)!;
  const el = h('div', {
    id: domId(n.id),
    class: `row kind-${n.kind}${row.match ? ' match' : ''}${active ? ' active' : ''}${'status' in n ? ` status-${n.status}` : ''}`,
    role: 'treeitem',
    'aria-level': row.depth,
    'aria-posinset': row.posInSet,
    'aria-setsize': row.setSize,
    'aria-selected': active ? 'true' : 'false',
    'aria-expanded': row.hasChildren ? String(row.expanded) : undefined,
    'aria-label': ariaLabel(ix, n),
    'data-id': n.id,
    'data-kind': n.kind,
  });
  el.style.paddingLeft = `${(row.depth - 1) * 16 + 4}px`;
  el.appendChild(h('span', { class: `twisty${row.hasChildren ? '' : ' leaf'}`, 'data-action': 'toggle', 'aria-hidden': 'true' }, row.hasChildren ? (row.expanded ? '▾' : '▸') : ''));
  if (n.kind === 'unit') unitCells(el, ix, n, cycle);
  else if (n.kind === 'objective') objectiveCells(el, n, ix);
  else if (n.kind === 'kr') krCells(el, n, ix);
  else el.appendChild(h('span', { class: 'label' }, n.label));
  badges(el, n.kind === 'kr' ? n.problems : n.total);
  return el;
}

/** DOM id of a node's row (ids can hold any character; this keeps them valid and unique). */
export function domId(id: string): string {
  let s = 'n-';
  for (const ch of id) s += /[A-Za-z0-9_-]/.test(ch) ? ch : `.${ch.codePointAt(0)!.toString(16)}.`;
  return s;
}

function unitCells(el: HTMLElement, ix: GraphIndex, n: UnitNode, cycle: string): void {
  el.append(
    h('span', { class: `level level-${n.level}` }, n.level === 'unknown' ? 'unit' : n.level),
    h('span', { class: 'label', title: n.label }, n.label),
  );
  if (n.owner) el.appendChild(h('span', { class: 'owner' }, n.owner));
  const objectives = (ix.children.get(n.id) ?? []).filter((c) => {
    const o = ix.byId.get(c);
    return o?.kind === 'objective' && (cycle === '' || o.cycle === undefined || o.cycle === cycle);
  }).length;
  if (objectives > 0) el.appendChild(h('span', { class: 'count' }, `${objectives} objective${objectives === 1 ? '' : 's'}`));
}

function objectiveCells(el: HTMLElement, n: ObjectiveNode, ix: GraphIndex): void {
  el.append(h('span', { class: 'icon', 'aria-hidden': 'true' }, '◎'), h('span', { class: 'label', title: n.label }, n.label));
  el.appendChild(bar(n.progress));
  el.appendChild(h('span', { class: 'figure progress', 'data-progress': n.progress === null ? '' : Math.round(n.progress * 100) }, n.progress === null ? '–' : pct(n.progress)));
  el.appendChild(confidence(n.confidence));
  el.appendChild(status(n.status, n.statusReason));
  for (const l of n.alignsTo) el.appendChild(chip(ix, l, 'aligns', '↗'));
  for (const l of n.dependsOn) el.appendChild(chip(ix, l, 'depends', '⇢'));
}

function krCells(el: HTMLElement, n: KrNode, ix: GraphIndex): void {
  el.append(h('span', { class: 'icon', 'aria-hidden': 'true' }, '•'), h('span', { class: 'label', title: n.label }, n.label));
  if (n.ambition === 'moonshot') el.appendChild(h('span', { class: 'tag moonshot', title: 'Moonshot: 60–70% is a good result' }, 'moonshot'));
  el.appendChild(bar(n.progress, n.expected));
  el.appendChild(h('span', { class: 'figure progress', 'data-progress': n.progress === null ? '' : Math.round(n.progress * 100) }, n.progress === null ? '–' : pct(n.progress)));
  const unit = n.measureUnit ?? '';
  if (n.target !== null) {
    const now = n.current === null ? '–' : num(n.current);
    el.appendChild(h('span', { class: 'figure values', title: `baseline ${n.baseline ?? '–'}${unit}` }, `${now} → ${num(n.target)}${unit}`));
  }
  el.appendChild(confidence(n.confidence));
  el.appendChild(status(n.status, n.statusReason));
  if (n.metric) el.appendChild(chip(ix, n.metric, 'measures', '◈'));
}

function bar(progress: number | null, expected?: number | null): HTMLElement {
  const fill = h('span', { class: 'fill' });
  fill.style.width = `${Math.round((progress ?? 0) * 100)}%`;
  const b = h('span', { class: `bar${progress === null ? ' empty' : ''}`, 'aria-hidden': 'true' }, fill);
  if (expected !== undefined && expected !== null) {
    const mark = h('span', { class: 'pace' });
    mark.style.left = `${Math.round(expected * 100)}%`;
    b.appendChild(mark);
  }
  return b;
}

function confidence(c: number | null): HTMLElement {
  return h('span', { class: `figure confidence${c !== null && c < 0.5 ? ' low' : ''}`, title: 'confidence of the latest check-in' }, c === null ? 'conf –' : `conf ${Math.round(c * 100) / 100}`);
}

function status(s: string, reason?: string): HTMLElement {
  const text = s === 'off-track' ? 'off track' : s === 'on-track' ? 'on track' : 'no data';
  return h('span', { class: `status ${s}`, title: reason ?? text }, text);
}

function chip(ix: GraphIndex, link: RefLink, kind: string, glyph: string): HTMLElement {
  const target = link.target ? ix.byId.get(link.target) : undefined;
  const verb = kind === 'aligns' ? 'aligns to' : kind === 'depends' ? 'depends on' : 'measures KPI';
  return h('span', {
    class: `chip edge-${kind}${target ? '' : link.outside ? ' outside' : ' unresolved'}`,
    'data-action': target ? 'goto' : undefined,
    'data-target': target?.id,
    title: `${verb} ${link.ref}${target ? `: ${target.label}` : link.outside ? ' (not in this view)' : ' (not found)'}`,
  }, `${glyph} ${link.ref}`);
}

function badges(el: HTMLElement, p: ProblemCounts): void {
  const items: Array<[keyof ProblemCounts, string]> = [['error', '⊗'], ['warning', '⚠'], ['info', 'ℹ']];
  for (const [sev, glyph] of items) {
    if (p[sev] > 0) el.appendChild(h('span', { class: `badge ${sev}`, title: `${p[sev]} ${sev}${p[sev] === 1 ? '' : 's'}` }, `${glyph} ${p[sev]}`));
  }
}

/** What a screen reader says for a row. */
export function ariaLabel(ix: GraphIndex, n: TreeNode): string {
  const parts: string[] = [];
  const p = n.kind === 'kr' ? n.problems : n.total;
  if (n.kind === 'unit') parts.push(`${n.level === 'unknown' ? 'Unit' : cap(n.level)} ${n.label}`, n.owner ? `owner ${n.owner}` : '');
  if (n.kind === 'objective' || n.kind === 'kr') {
    parts.push(`${n.kind === 'kr' ? 'Key result' : 'Objective'}: ${n.label}`);
    parts.push(n.progress === null ? 'no progress yet' : `progress ${pct(n.progress)}`);
    if (n.confidence !== null) parts.push(`confidence ${Math.round(n.confidence * 100) / 100}`);
    parts.push(n.status === 'off-track' ? `off track${n.statusReason ? `: ${n.statusReason}` : ''}` : n.status === 'on-track' ? 'on track' : '');
  }
  if (n.kind === 'objective') {
    for (const l of n.alignsTo) parts.push(`aligns to ${linkText(ix, l)}`);
    for (const l of n.dependsOn) parts.push(`depends on ${linkText(ix, l)}`);
  }
  if (n.kind === 'kpi' || n.kind === 'northStar') parts.push(n.label);
  const probs = (['error', 'warning', 'info'] as const).filter((s) => p[s] > 0).map((s) => `${p[s]} ${s}${p[s] === 1 ? '' : 's'}`);
  if (probs.length) parts.push(probs.join(', '));
  return parts.filter(Boolean).join('. ');
}

function linkText(ix: GraphIndex, l: RefLink): string {
  if (l.target) return ix.byId.get(l.target)?.label ?? l.ref;
  return `${l.ref}, ${l.outside ? 'not in this view' : 'not found'}`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
