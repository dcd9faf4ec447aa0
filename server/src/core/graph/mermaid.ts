// The graph as a Mermaid flowchart, for README files and pull requests
// (GitHub renders ```mermaid blocks). Every label is entity-encoded, so no
// user text can end a label, start a directive or become markup.
import type { TreeGraph, TreeNode } from '../../protocol';

/** Renders the graph as Mermaid `flowchart TD` source (without the ``` fence). */
export function renderMermaid(graph: TreeGraph): string {
  const ids = new Map<string, string>();
  graph.nodes.forEach((n, i) => ids.set(n.id, `n${i}`));
  const multiCycle = graph.cycle === undefined && graph.cycles.length > 1;
  const lines: string[] = ['flowchart TD'];
  for (const n of graph.nodes) lines.push(`  ${ids.get(n.id)}${shape(n, label(n, multiCycle))}`);
  const arrows: Record<string, string> = {
    contains: '-->',
    aligns: '-. aligns .->',
    depends: '== depends ==>',
    measures: '-. measures .->',
    guardrail: '-. guardrail .->',
  };
  for (const e of graph.edges) {
    const a = ids.get(e.from);
    const b = ids.get(e.to);
    if (a && b) lines.push(`  ${a} ${arrows[e.kind]} ${b}`);
  }
  lines.push('  classDef offTrack stroke:#cf222e,stroke-width:2px');
  lines.push('  classDef problems stroke:#9a6700,stroke-dasharray:4 2');
  const off = graph.nodes.filter((n) => 'status' in n && n.status === 'off-track').map((n) => ids.get(n.id)!);
  const probs = graph.nodes
    .filter((n) => !('status' in n && n.status === 'off-track') && n.problems.error + n.problems.warning > 0)
    .map((n) => ids.get(n.id)!);
  if (off.length) lines.push(`  class ${off.join(',')} offTrack`);
  if (probs.length) lines.push(`  class ${probs.join(',')} problems`);
  return `${lines.join('\n')}\n`;
}

function label(n: TreeNode, withCycle: boolean): string {
  const parts = [n.label];
  if (n.kind === 'unit') parts[0] = `${n.label} (${n.level === 'unknown' ? 'unit' : n.level})`;
  if (n.kind === 'objective' || n.kind === 'kr') {
    const p = n.progress === null ? 'no data' : `${Math.round(n.progress * 100)}%`;
    const c = n.confidence === null ? '' : `, confidence ${Math.round(n.confidence * 100) / 100}`;
    parts.push(`${p}${c}${n.status === 'off-track' ? ', off track' : ''}`);
  }
  if (n.kind === 'kpi') parts[0] = `KPI: ${n.label}`;
  if (n.kind === 'northStar') parts[0] = `North Star: ${n.label}`;
  if (withCycle && n.kind !== 'unit' && n.cycle) parts.push(n.cycle);
  const problems = n.problems.error + n.problems.warning;
  if (problems > 0) parts.push(`${problems} problem${problems === 1 ? '' : 's'}`);
  return parts.map(encode).join('<br/>');
}

function shape(n: TreeNode, text: string): string {
  switch (n.kind) {
    case 'unit': return `[["${text}"]]`;
    case 'objective': return `("${text}")`;
    case 'kr': return `["${text}"]`;
    case 'kpi': return `[("${text}")]`;
    case 'northStar': return `{{"${text}"}}`;
  }
}

/** Mermaid entity codes (`#60;`) for everything but plain word characters and simple punctuation. */
export function encode(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[A-Za-z0-9 .,:!?()+_\/'-]/.test(ch)) out += ch; // '%' too is encoded: '%%' starts a Mermaid comment
    else out += `#${ch.codePointAt(0)};`;
  }
  return out;
}
