// Go to definition, find references and rename of unit, objective, KR and
// KPI ids across every file of the workspace, open or not.
import { ResponseError, ErrorCodes, type Location, type WorkspaceEdit, type TextEdit, type Position } from 'vscode-languageserver';
import { linesOf } from './positions';
import { occurrenceAt, occurrencesOf, type Occurrence } from './occurrences';
import type { FileContext, Session } from './session';

/** What an id may be renamed to (the schema's id pattern). */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function at(session: Session, uri: string, pos: Position): { ctx: FileContext; occ: Occurrence } | undefined {
  const ctx = session.file(uri);
  if (!ctx) return undefined;
  const occ = occurrenceAt(ctx.project.workspace, ctx.file, ctx.lines.offset(pos));
  return occ ? { ctx, occ } : undefined;
}

function location(session: Session, o: Occurrence): Location {
  return { uri: session.uriOf(o.file.path), range: linesOf(o.file).range(o.span) };
}

/** Registers definition, references, prepareRename and rename. */
export function registerNavigation(session: Session): void {
  const { connection } = session;

  connection.onDefinition((p) => {
    const hit = at(session, p.textDocument.uri, p.position);
    if (!hit) return null;
    const defs = occurrencesOf(hit.ctx.project.workspace, hit.occ.target).filter((o) => o.definition);
    // Same cycle first: a unit has one file per cycle.
    const cycle = hit.ctx.file.cycle?.label;
    defs.sort((a, b) => Number(b.file.cycle?.label === cycle) - Number(a.file.cycle?.label === cycle));
    return defs.map((o) => location(session, o));
  });

  connection.onReferences((p) => {
    const hit = at(session, p.textDocument.uri, p.position);
    if (!hit) return null;
    return occurrencesOf(hit.ctx.project.workspace, hit.occ.target)
      .filter((o) => p.context.includeDeclaration || !o.definition)
      .map((o) => location(session, o));
  });

  connection.onPrepareRename((p) => {
    const hit = at(session, p.textDocument.uri, p.position);
    if (!hit) return null;
    return { range: hit.ctx.lines.range(hit.occ.span), placeholder: hit.occ.target.name };
  });

  connection.onRenameRequest((p): WorkspaceEdit | null => {
    const hit = at(session, p.textDocument.uri, p.position);
    if (!hit) return null;
    if (!ID.test(p.newName)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `'${p.newName}' is not a valid id: use lower-case letters and digits in words joined by single hyphens.`);
    }
    const byUri = new Map<string, { ctx: FileContext; edits: TextEdit[] }>();
    for (const o of occurrencesOf(hit.ctx.project.workspace, hit.occ.target)) {
      const ctx = session.fileByPath(o.file.path);
      if (!ctx) continue;
      const entry = byUri.get(ctx.uri) ?? { ctx, edits: [] };
      entry.edits.push({ range: ctx.lines.range(o.span), newText: p.newName });
      byUri.set(ctx.uri, entry);
    }
    if (session.capabilities.workspace?.workspaceEdit?.documentChanges) {
      return {
        documentChanges: [...byUri.values()].map(({ ctx, edits }) => ({ textDocument: { uri: ctx.uri, version: ctx.version ?? null }, edits })),
      };
    }
    return { changes: Object.fromEntries([...byUri].map(([uri, e]) => [uri, e.edits])) };
  });
}
