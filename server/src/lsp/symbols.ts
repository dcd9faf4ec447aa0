// Document symbols (unit → signals / objectives → KRs, initiatives, lead
// measures) and folding ranges for every mapping and list that spans lines.
import { SymbolKind, FoldingRangeKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import { isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
import type { MapNode, OkrFile, Str } from '../core/model';
import type { LineIndex } from './positions';
import type { Session } from './session';

function sym(lines: LineIndex, name: string, detail: string | undefined, kind: SymbolKind, node: MapNode, id: Str | undefined, children: DocumentSymbol[] = []): DocumentSymbol {
  const range = lines.range(node.span);
  const s: DocumentSymbol = { name: name || '(no id)', kind, range, selectionRange: id ? lines.range(id.span) : { start: range.start, end: range.start }, children };
  if (detail) s.detail = detail;
  return s;
}

/** The outline of one file. */
export function documentSymbols(file: OkrFile, lines: LineIndex): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  if (file.signals) {
    const children: DocumentSymbol[] = [];
    if (file.northStar) children.push(sym(lines, file.northStar.id?.value ?? 'north_star', file.northStar.name?.value, SymbolKind.Constant, file.northStar, file.northStar.id));
    for (const k of file.kpis) children.push(sym(lines, k.id?.value ?? '', k.name?.value, SymbolKind.Constant, k, k.id));
    out.push(sym(lines, 'signals', 'Signals', SymbolKind.Namespace, file.signals, undefined, children));
  }
  for (const o of file.objectives) {
    const children = [
      ...o.keyResults.map((k) => sym(lines, k.id?.value ?? '', k.title?.value, SymbolKind.Field, k, k.id)),
      ...o.initiatives.map((i) => sym(lines, i.id?.value ?? i.title?.value ?? '', i.id ? i.title?.value : 'initiative', SymbolKind.Event, i, i.id)),
      ...o.leadMeasures.map((m) => sym(lines, m.id?.value ?? m.title?.value ?? '', m.id ? m.title?.value : 'lead measure', SymbolKind.Number, m, m.id)),
    ];
    out.push(sym(lines, o.id?.value ?? '', o.title?.value, SymbolKind.Class, o, o.id, children));
  }
  if (!file.root) return out;
  const unit = sym(lines, file.unit?.value ?? '(no unit)', [file.level?.value, file.cycle?.label].filter(Boolean).join(' · '), SymbolKind.Module, file.root, file.unit, out);
  return [unit];
}

/** Folding ranges of every block mapping or sequence spanning more than one line, plus comment blocks. */
export function foldingRanges(file: OkrFile, lines: LineIndex): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind): void => {
    const a = lines.lineOf(start);
    // A node's range ends after its line break; fold up to its last content line.
    const b = lines.lineOf(Math.max(start, end - 1));
    if (b > a) out.push(kind ? { startLine: a, endLine: b, kind } : { startLine: a, endLine: b });
  };
  const walk = (node: Node | null | undefined, keyStart?: number): void => {
    if (!node || !node.range) return;
    if (isMap(node) || isSeq(node)) {
      add(keyStart ?? node.range[0], trimEnd(lines.text, node.range[1]));
      for (const item of node.items) {
        if (isPair(item)) walk(item.value as Node | null, isScalar(item.key) && item.key.range ? item.key.range[0] : undefined);
        else walk(item as Node);
      }
    } else if (isScalar(node) && keyStart !== undefined) {
      add(keyStart, trimEnd(lines.text, node.range[1]));
    }
  };
  const contents = file.doc?.contents as Node | null | undefined;
  if (isMap(contents)) for (const item of contents.items) if (isPair(item)) walk(item.value as Node | null, isScalar(item.key) && item.key.range ? item.key.range[0] : undefined);
  // Runs of whole-line comments.
  let runStart = -1;
  for (let l = 0; l <= lines.lineCount; l++) {
    const isComment = l < lines.lineCount && /^\s*#/.test(lines.lineText(l));
    if (isComment && runStart < 0) runStart = l;
    if (!isComment && runStart >= 0) {
      if (l - 1 > runStart) out.push({ startLine: runStart, endLine: l - 1, kind: FoldingRangeKind.Comment });
      runStart = -1;
    }
  }
  return out;
}

/** End offset without trailing whitespace, so a fold never swallows the blank lines after it. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Registers document symbols and folding ranges. */
export function registerSymbols(session: Session): void {
  session.connection.onDocumentSymbol((p) => {
    const ctx = session.file(p.textDocument.uri);
    return ctx ? documentSymbols(ctx.file, ctx.lines) : null;
  });
  session.connection.onFoldingRanges((p) => {
    const ctx = session.file(p.textDocument.uri);
    return ctx ? foldingRanges(ctx.file, ctx.lines) : null;
  });
}
