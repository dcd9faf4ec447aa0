// okr/tree: the alignment graph of the workspace, built by the tree module
// from the projects and the findings of the last analysis pass.
import { buildGraph } from '../core/graph/build';
import { TREE_REQUEST, type TreeGraph, type TreeParams } from '../protocol';
import type { Session } from './session';
import type { Analysis } from './analysis';

/** Registers the okr/tree request (the change notification is sent by the analysis passes). */
export function registerTree(session: Session, analysis: Analysis): void {
  session.connection.onRequest(TREE_REQUEST, async (params: TreeParams | undefined): Promise<TreeGraph> => {
    // Answer from a finished pass, so problem counts match the text.
    await analysis.idle();
    const opts = params?.cycle ? { cycle: params.cycle } : {};
    const graphs = session.projects.projects()
      .filter((p) => p.workspace.paths().length > 0)
      .map((p) => buildGraph(p.workspace, analysis.findingsByPath, opts));
    if (graphs.length === 1) return graphs[0]!;
    const first = graphs[0] ?? buildGraph(session.projects.loose.workspace, analysis.findingsByPath, opts);
    // Several workspace folders: one graph holding each folder's tree.
    return {
      ...first,
      cycles: [...new Set(graphs.flatMap((g) => g.cycles))].sort(),
      nodes: graphs.flatMap((g) => g.nodes),
      edges: graphs.flatMap((g) => g.edges),
    };
  });
}
