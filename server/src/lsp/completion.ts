// Completion: schema keys and enum values for where the cursor is, ids from
// the whole workspace for references (titles as detail), and snippets.
import {
  CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem, type Range,
} from 'vscode-languageserver';
import snippets from '../../../snippets/okr.json';
import type { Workspace } from '../core/workspace';
import type { OkrFile } from '../core/model';
import { propertiesAt, enumAt, type SchemaNode } from './schemaNav';
import { containerPath, siblingKeys } from './yamlContext';
import type { LineIndex } from './positions';
import type { Session } from './session';

interface Snippet {
  prefix: string;
  body: string[];
  description?: string;
}

/** Which snippet fits as an item of which list (or as a key of which mapping). */
const LIST_SNIPPETS: Record<string, string> = {
  objectives: 'Objective', key_results: 'Key result', kpis: 'KPI', checkins: 'Check-in', initiatives: 'Initiative', lead_measures: 'Lead measure',
};

type RefKind = 'unit' | 'ref' | 'kpi';
const REF_KEYS: Record<string, RefKind> = { parent: 'unit', aligns_to: 'ref', depends_on: 'ref', metric: 'kpi', guardrails: 'kpi' };

/** Registers the completion handler. */
export function registerCompletion(session: Session): void {
  session.connection.onCompletion((p) => {
    const ctx = session.file(p.textDocument.uri);
    if (!ctx) return [];
    return complete(ctx.project.workspace, ctx.file, ctx.lines, ctx.lines.offset(p.position));
  });
}

/** Completion items at an offset. */
export function complete(ws: Workspace, file: OkrFile, lines: LineIndex, offset: number): CompletionItem[] {
  const line = lines.lineOf(offset);
  const lineStart = lines.lineStart(line);
  const before = lines.text.slice(lineStart, offset);
  if (/^\s*#/.test(before)) return [];
  // Scanned by hand: a trailing-anchored regex would backtrack quadratically on a long line.
  let w = before.length;
  while (w > 0 && /[A-Za-z0-9_/.-]/.test(before[w - 1]!)) w--;
  const word = before.slice(w);
  const range: Range = { start: lines.position(offset - word.length), end: lines.position(offset) };

  // `key: value` or `- key: value`, cursor in the value.
  const kv = /^( *)(- +)?([\w-]+)\s*:\s+(.*)$/.exec(before);
  if (kv) {
    const col = kv[1]!.length + (kv[2]?.length ?? 0);
    const path = [...containerPath(lines, line, col, kv[2] !== undefined), kv[3]!];
    const inFlowList = kv[4]!.lastIndexOf('[') > kv[4]!.lastIndexOf(']');
    return valueItems(ws, file, path, range, inFlowList);
  }
  // `- value` in a block list of strings.
  const item = /^( *)- +([^:]*)$/.exec(before);
  if (item) {
    const path = containerPath(lines, line, item[1]!.length, true);
    const key = path.at(-2);
    // An item of aligns_to, depends_on or guardrails: ids, even before anything is typed.
    if (typeof key === 'string' && key in REF_KEYS) return valueItems(ws, file, [...path.slice(0, -1)], range, true);
  }
  // A key (or a list item's first key).
  const keyLine = /^( *)(- +)?([\w-]*)$/.exec(before);
  if (!keyLine) return [];
  const indent = keyLine[1]!.length;
  const col = indent + (keyLine[2]?.length ?? 0);
  const isItem = keyLine[2] !== undefined;
  const path = containerPath(lines, line, col, isItem);
  const out: CompletionItem[] = [];
  const present = siblingKeys(lines, line, col);
  for (const [key, schema] of propertiesAt(path)) {
    if (present.has(key)) continue;
    out.push(keyItem(key, schema, range, col));
  }
  out.push(...snippetItems(path, isItem, lines, line, offset, file));
  return out;
}

function valueItems(ws: Workspace, file: OkrFile, path: (string | number)[], range: Range, inList: boolean): CompletionItem[] {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string');
  const refKind = key ? REF_KEYS[key] : undefined;
  if (refKind && (inList || key === 'parent' || key === 'metric')) return idItems(ws, file, refKind, range);
  return enumAt(path).map((v, i) => ({
    label: String(v), kind: CompletionItemKind.EnumMember, textEdit: { range, newText: String(v) }, sortText: String(i).padStart(3, '0'),
  }));
}

/** Ids from the whole workspace for a reference, with the title of what they name. */
function idItems(ws: Workspace, file: OkrFile, kind: RefKind, range: Range): CompletionItem[] {
  const own = file.unit?.value;
  return ws.candidates(kind).filter((id) => !(kind === 'unit' && id === own)).map((id) => {
    let detail: string | undefined;
    if (kind === 'unit') {
      const f = ws.unitFile(id, file);
      detail = [f?.level?.value, f?.owner?.value].filter(Boolean).join(' · ') || undefined;
    } else if (kind === 'ref') {
      const t = ws.resolveRef(id, file);
      detail = t?.keyResult?.title?.value ?? t?.objective?.title?.value;
    } else {
      const t = ws.resolveKpi(id, file);
      detail = t?.kpi?.name?.value;
    }
    const item: CompletionItem = { label: id, kind: CompletionItemKind.Reference, textEdit: { range, newText: id } };
    if (detail) item.detail = detail;
    return item;
  });
}

function keyItem(key: string, schema: SchemaNode, range: Range, col: number): CompletionItem {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const child = ' '.repeat(col + 2);
  let snippet: string;
  if (schema.enum) snippet = `${key}: \${1|${schema.enum.map(String).join(',')}|}`;
  else if (type === 'object') snippet = `${key}:\n${child}$0`;
  else if (type === 'array' && schema.items && (schema.items.type === 'object' || schema.items.$ref?.match(/objective|keyResult|checkin|initiative|leadMeasure|kpi/))) snippet = `${key}:\n${child}- $0`;
  else if (type === 'array') snippet = `${key}: [$0]`;
  else snippet = `${key}: $0`;
  const item: CompletionItem = {
    label: key, kind: CompletionItemKind.Property, insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs, textEdit: { range, newText: snippet },
  };
  if (schema.description) item.documentation = schema.description;
  return item;
}

function snippetItems(path: (string | number)[], isItem: boolean, lines: LineIndex, line: number, offset: number, file: OkrFile): CompletionItem[] {
  const all = snippets as Record<string, Snippet>;
  const out: CompletionItem[] = [];
  const lineStart = lines.lineStart(line);
  const indent = /^ */.exec(lines.lineText(line))![0].length;
  // The snippet replaces what was typed on the line, the `- ` included.
  const range: Range = { start: lines.position(lineStart + indent), end: lines.position(offset) };
  const add = (name: string): void => {
    const s = all[name];
    if (!s) return;
    const pad = ' '.repeat(indent);
    const body = s.body.map((l, i) => (i === 0 || l === '' ? l : pad + l)).join('\n');
    out.push({
      label: s.prefix, kind: CompletionItemKind.Snippet, detail: name, insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs, textEdit: { range, newText: body }, filterText: s.prefix,
      ...(s.description ? { documentation: s.description } : {}),
    });
  };
  const listKey = isItem ? path.at(-2) : path.at(-1);
  if (typeof listKey === 'string' && LIST_SNIPPETS[listKey]) add(LIST_SNIPPETS[listKey]!);
  if (path.length === 1 && path[0] === 'signals' && !isItem) add('North Star Metric');
  if (path.length === 0 && !isItem && !file.root) add('New OKR file');
  return out;
}
