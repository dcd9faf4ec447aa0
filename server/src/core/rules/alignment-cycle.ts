import type { Rule, WorkspaceView } from '../rule';
import type { OkrFile, Objective } from '../model';

/** Parent or aligns_to links that lead back to where they started. */
const rule: Rule = {
  meta: {
    id: 'alignment-cycle',
    layer: 'alignment',
    defaultSeverity: 'error',
    description: 'parent links and aligns_to links must not form a loop.',
    fixable: false,
    scope: 'workspace',
    messages: {
      parentCycle: 'The parent chain loops ({loop}), so there is no top to this hierarchy and no unit it finally rolls up to.',
      alignsToCycle: 'This alignment link closes a loop ({loop}), so these objectives only support each other and none of them rolls up to the company.',
    },
  },
  check(ctx) {
    const { file, workspace } = ctx;
    const unit = file.unit?.value;
    if (!unit) return;

    if (file.parent) {
      const loop = parentLoop(workspace, file, unit);
      if (loop) ctx.report({ messageId: 'parentCycle', args: { loop: loop.join(' → ') }, span: file.parent.span, data: { loop } });
    }

    for (const objective of file.objectives) {
      if (!objective.id) continue;
      for (const ref of objective.alignsTo) {
        const target = workspace.resolveRef(ref.value, file);
        if (!target?.objective) continue;
        const path = pathBack(workspace, { file: target.file, objective: target.objective }, objective);
        if (!path) continue;
        const loop = [`${unit}/${objective.id.value}`, ...path.map(name)];
        ctx.report({ messageId: 'alignsToCycle', args: { loop: loop.join(' → ') }, span: ref.span, data: { loop } });
      }
    }
  },
};
export default rule;

interface Node {
  file: OkrFile;
  objective: Objective;
}

function name(n: Node): string {
  return `${n.file.unit?.value ?? '?'}/${n.objective.id?.value ?? '?'}`;
}

/** The unit ids from `unit` round to `unit` again, or undefined when the chain ends or loops elsewhere. */
function parentLoop(workspace: WorkspaceView, file: OkrFile, unit: string): string[] | undefined {
  const chain = [unit];
  const seen = new Set(chain);
  let parent = file.parent?.value;
  while (parent !== undefined) {
    chain.push(parent);
    if (parent === unit) return chain;
    // A loop further up that this unit is not part of is reported by the units in it.
    if (seen.has(parent)) return undefined;
    seen.add(parent);
    parent = workspace.unitFile(parent, file)?.parent?.value;
  }
  return undefined;
}

/** Shortest aligns_to path from `start` to `goal` (both included), breadth first. */
function pathBack(workspace: WorkspaceView, start: Node, goal: Objective): Node[] | undefined {
  const previous = new Map<Objective, Node | null>([[start.objective, null]]);
  const queue: Node[] = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (node.objective === goal) {
      const path: Node[] = [];
      for (let n: Node | null | undefined = node; n; n = previous.get(n.objective)) path.unshift(n);
      return path;
    }
    for (const ref of node.objective.alignsTo) {
      // Each link is read in the cycle of the file that wrote it, as resolveRef does everywhere else.
      const t = workspace.resolveRef(ref.value, node.file);
      if (!t?.objective || previous.has(t.objective)) continue;
      previous.set(t.objective, node);
      queue.push({ file: t.file, objective: t.objective });
    }
  }
  return undefined;
}
