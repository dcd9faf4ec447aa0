// Hover: a rule's short doc with its link on a diagnostic, the target of a
// reference, a KR's progress, and the schema's description of a key.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { relative } from 'node:path';
import { ruleById } from '../core/rules/index';
import { ruleDocsUrl } from '../core/docs';
import type { KeyResult, OkrFile } from '../core/model';
import { occurrenceAt } from './occurrences';
import { pathAt } from './astPath';
import { schemaAt } from './schemaNav';
import { krSummary, progressLine } from './progress';
import type { FileContext, Session } from './session';

/** Markdown text is user text: keep it from turning into markup. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function krAt(file: OkrFile, offset: number): KeyResult | undefined {
  for (const o of file.objectives) {
    for (const k of o.keyResults) if (k.span.start <= offset && offset <= k.span.end) return k;
  }
  return undefined;
}

function where(session: Session, file: OkrFile): string {
  const folder = session.projects.folderOf(file.path);
  return folder ? relative(folder.root, file.path) : file.path;
}

/** The markdown sections of a hover at `offset`. */
export async function hoverSections(session: Session, ctx: FileContext, offset: number): Promise<{ sections: string[]; span?: { start: number; end: number } }> {
  const sections: string[] = [];
  let span: { start: number; end: number } | undefined;
  const findings = await session.findings(ctx);
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.start > offset || offset > f.end || seen.has(f.rule)) continue;
    seen.add(f.rule);
    const meta = ruleById(f.rule)?.meta;
    sections.push(`**${f.rule}** (${f.severity}): ${md(meta?.description ?? f.message)} [Rule documentation](${ruleDocsUrl(f.rule)})`);
  }
  const occ = occurrenceAt(ctx.project.workspace, ctx.file, offset);
  if (occ && !occ.definition) {
    span = occ.span;
    const t = occ.target;
    if (t.kind === 'unit') {
      const files = ctx.project.workspace.unitFiles(t.name);
      const f = files[0];
      sections.push(f ? `Unit **${md(t.name)}**${f.level ? ` (${md(f.level.value)})` : ''}: ${files.map((x) => `\`${where(session, x)}\``).join(', ')}` : `Unit ${md(t.name)}`);
    } else if (t.node && t.file) {
      const node = t.node as { title?: { value: string }; name?: { value: string } };
      const title = node.title?.value ?? node.name?.value ?? t.name;
      const kind = t.kind === 'kr' ? 'Key Result' : t.kind === 'kpi' ? 'KPI' : 'Objective';
      sections.push(`${kind} **${md(title)}**  \nin \`${where(session, t.file)}\`${t.file.cycle ? ` (${md(t.file.cycle.label)})` : ''}`);
      if (t.kind === 'kr') sections.push(krText(t.node as KeyResult));
    }
  }
  const kr = krAt(ctx.file, offset);
  const hit = pathAt(ctx.file, offset);
  // A KR's progress shows on its id and title, not on every nested check-in field.
  if (kr && hit && hit.path.length <= 5 && (hit.path[4] === 'id' || hit.path[4] === 'title' || hit.path.length === 4)) sections.push(krText(kr));
  if (hit?.onKey && !hit.path.some((p) => typeof p === 'string' && p.startsWith('x-'))) {
    const s = schemaAt(hit.path);
    if (s?.description) {
      span ??= hit.span;
      sections.push(`\`${md(String(hit.path.at(-1)))}\`: ${md(s.description)}`);
    }
  } else if (hit?.onKey) {
    sections.push('An extension field (`x-`): kept as written and ignored by the linter.');
  }
  return { sections, ...(span ? { span } : {}) };
}

function krText(kr: KeyResult): string {
  const s = krSummary(kr);
  const parts = [`Progress: ${md(progressLine(s))}`];
  if (kr.ambition) parts.push(`Ambition: ${md(kr.ambition.value)}`);
  parts.push(`Confidence: ${s.confidence === null ? 'no check-in states one' : `${s.confidence}${s.lastCheckin ? ` (${md(s.lastCheckin)})` : ''}`}`);
  return parts.join('  \n');
}

/** Registers the hover handler. */
export function registerHover(session: Session): void {
  session.connection.onHover(async (p): Promise<Hover | null> => {
    const ctx = session.file(p.textDocument.uri);
    if (!ctx) return null;
    const { sections, span } = await hoverSections(session, ctx, ctx.lines.offset(p.position));
    if (sections.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, ...(span ? { range: ctx.lines.range(span) } : {}) };
  });
}
