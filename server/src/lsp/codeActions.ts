// Code actions: each finding's fixes (moves, fills, nearest id, enum typos),
// "fix all of this rule in the file", "disable for this line", and
// source.fixAll.okr. Every offered edit is checked on a scratch copy first,
// so nothing is offered that would not apply cleanly.
import { ruleDocsUrl } from '../core/docs';
import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { fixesFor, disableFix, fixAllText, minimalEdit } from '../core/fixall';
import type { ResolvedConfig } from '../core/config';
import type { Finding, Fix, OffsetEdit } from '../core/types';
import { toDiagnostic, sameFinding } from './diagnostics';
import { analyzeText, fixHolds, isFileScoped } from './scratch';
import type { FileContext, Session } from './session';

/** The kind of the "fix all safe problems" source action. */
export const FIX_ALL_KIND = 'source.fixAll.okr';
/** Passes of "fix all": one move can expose the next (indexes shift). */
const MAX_PASSES = 10;

/** Whether the client asked for (a parent kind of) `kind`. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return kind === CodeActionKind.QuickFix;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Registers the code action handler. */
export function registerCodeActions(session: Session): void {
  session.connection.onCodeAction(async (params) => {
    const ctx = session.file(params.textDocument.uri);
    if (!ctx) return [];
    const findings = await session.findings(ctx);
    const config = ctx.project.config(session.overrides(ctx.uri));
    return codeActions(session, ctx, findings, config, params);
  });
}

/** The code actions for a request (exported for the fix-all command path). */
export function codeActions(session: Session, ctx: FileContext, findings: Finding[], config: ResolvedConfig, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const { finding, diagnostic } of findingsInRequest(ctx, findings, params)) {
      out.push(...quickFixes(session, ctx, findings, config, finding, diagnostic));
    }
  }
  if (only && wants(only, FIX_ALL_KIND)) {
    const edit = fixAllEdit(ctx, findings, config, () => true, true);
    if (edit) out.push({ title: 'Fix all safe OKR problems', kind: FIX_ALL_KIND, edit: workspaceEdit(session, ctx, [edit]) });
  }
  return out;
}

/** The findings a request is about: the client's diagnostics when sent, else those touching the range. */
function findingsInRequest(ctx: FileContext, findings: Finding[], params: CodeActionParams): Array<{ finding: Finding; diagnostic: Diagnostic }> {
  const ours = params.context.diagnostics.filter((d) => d.source === 'okr');
  if (ours.length > 0) {
    return ours.flatMap((d) => {
      const finding = findings.find((f) => sameFinding(d, f, ctx.lines));
      return finding ? [{ finding, diagnostic: d }] : [];
    });
  }
  const start = ctx.lines.offset(params.range.start);
  const end = ctx.lines.offset(params.range.end);
  return findings.filter((f) => f.start <= end && start <= f.end).map((finding) => ({ finding, diagnostic: toDiagnostic(finding, ctx.lines) }));
}

/** The checked fixes of one finding. Findings are cached per file version and config, so this is too. */
interface Checked {
  fixes: Fix[];
  all?: Fix;
  disable?: Fix;
}
const checked = new WeakMap<Finding, Checked>();

function checkedFixes(ctx: FileContext, findings: Finding[], config: ResolvedConfig, finding: Finding): Checked {
  const hit = checked.get(finding);
  if (hit) return hit;
  const result: Checked = { fixes: fixesFor(ctx.file, finding).filter((fix) => fixHolds(ctx.file, findings, finding, fix.edits, config)) };
  const same = findings.filter((f) => f.rule === finding.rule);
  if (result.fixes.length > 0 && same.length > 1 && same.some((f) => f !== finding && fixesFor(ctx.file, f).length > 0)) {
    const edit = fixAllEdit(ctx, findings, config, (f) => f.rule === finding.rule, false);
    if (edit) result.all = { title: `Fix all ${finding.rule} problems in this file`, edits: [edit], safe: false };
  }
  const disable = disableFix(ctx.file, finding);
  if (disable && fixHolds(ctx.file, findings, finding, disable.edits, config)) result.disable = disable;
  checked.set(finding, result);
  return result;
}

function quickFixes(session: Session, ctx: FileContext, findings: Finding[], config: ResolvedConfig, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const { fixes, all, disable } = checkedFixes(ctx, findings, config, finding);
  const action = (fix: Fix, preferred = false): CodeAction => ({
    title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
    ...(preferred ? { isPreferred: true } : {}), edit: workspaceEdit(session, ctx, fix.edits),
  });
  const docs: CodeAction[] = session.openDocsCommand === undefined ? [] : [{
    title: `Show documentation for ${finding.rule}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Show documentation for ${finding.rule}`, command: session.openDocsCommand, arguments: [ruleDocsUrl(finding.rule)] },
  }];
  return [...fixes.map((f) => action(f, f.preferred === true)), ...(all ? [action(all)] : []), ...(disable ? [action(disable)] : []), ...docs];
}

/** One edit applying every chosen fix of the picked findings, in as many passes as it takes. */
function fixAllEdit(ctx: FileContext, findings: Finding[], config: ResolvedConfig, pick: (f: Finding) => boolean, onlySafe: boolean): OffsetEdit | undefined {
  const original = ctx.file.text;
  let result: { text: string; count: number };
  try {
    result = fixAllText(original, (text) => {
      if (text === original) return { file: ctx.file, findings };
      // Later passes see a scratch copy; cross-file rules are not re-judged there.
      const scratch = analyzeText(ctx.path, text, config);
      return { file: scratch.file, findings: scratch.findings.filter((f) => isFileScoped(f.rule)) };
    }, pick, onlySafe, MAX_PASSES);
  } catch {
    return undefined; // a fix that cannot be combined is simply not offered
  }
  if (result.count === 0 || result.text === original) return undefined;
  if (analyzeText(ctx.path, result.text, config).findings.some((f) => f.rule === 'yaml-syntax')) return undefined;
  return minimalEdit(original, result.text);
}

/** Offset edits as a workspace edit, versioned when the client supports it. */
export function workspaceEdit(session: Session, ctx: FileContext, edits: readonly OffsetEdit[]): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: ctx.lines.range(e), newText: e.newText }));
  if (session.capabilities.workspace?.workspaceEdit?.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: ctx.uri, version: ctx.version ?? null }, edits: textEdits }] };
  }
  return { changes: { [ctx.uri]: textEdits } };
}
