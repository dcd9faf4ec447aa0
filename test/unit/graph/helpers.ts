// Loads the tree fixture workspace into the real engine Workspace.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../../server/src/core/workspace';
import type { TreeGraph, TreeNode } from '../../../server/src/protocol';

/** Folder of the fixture workspace (company, a domain, two teams, one team also in an earlier cycle). */
export const FIXTURE_DIR = join(__dirname, 'fixtures', 'workspace');
/** The date the fixture's statuses are pinned to: 45 of Q2 2026's 91 days elapsed. */
export const AS_OF = '2026-05-16';

/** A Workspace holding every fixture file (or the given texts by path). */
export function fixtureWorkspace(extra: Record<string, string> = {}): Workspace {
  const ws = new Workspace();
  for (const f of readdirSync(FIXTURE_DIR)) if (f.endsWith('.okr.yaml')) ws.set(join(FIXTURE_DIR, f), readFileSync(join(FIXTURE_DIR, f), 'utf8'));
  for (const [p, t] of Object.entries(extra)) ws.set(p, t);
  return ws;
}

/** Path of a fixture file. */
export function fixturePath(name: string): string {
  return join(FIXTURE_DIR, name);
}

/** The node with this id, failing the test when it is missing. */
export function node<K extends TreeNode['kind']>(g: TreeGraph, id: string, kind: K): Extract<TreeNode, { kind: K }> {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}; have ${g.nodes.map((x) => x.id).join(', ')}`);
  if (n.kind !== kind) throw new Error(`${id} is a ${n.kind}, not a ${kind}`);
  return n as Extract<TreeNode, { kind: K }>;
}

/** Non-contains edges as `kind from -> to` strings, sorted. */
export function links(g: TreeGraph): string[] {
  return g.edges.filter((e) => e.kind !== 'contains').map((e) => `${e.kind} ${e.from} -> ${e.to}`).sort();
}
