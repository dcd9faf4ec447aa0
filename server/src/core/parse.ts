// Text -> OkrFile. Never throws: every way a file can be unreadable becomes a
// SyntaxProblem with a span, and the typed model is filled as far as it goes.
import { parseAllDocuments, parseDocument, isDocument, type Document } from 'yaml';
import {
  readMap, str, num, seqMaps, strList, spanOf,
  type OkrFile, type MapNode, type Objective, type KeyResult, type Kpi, type Checkin,
  type WorkItem, type CycleValue,
} from './model';
import type { Span } from './types';
import { fastParse } from './fastyaml/index';

/** Files larger than this are reported, not parsed: parsing them would stall the editor. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Bound on alias expansion when reading values: stops alias bombs. */
export const MAX_ALIAS_COUNT = 1000;
/** Bound on the number of values once aliases are expanded. */
export const MAX_EXPANDED_NODES = 1_000_000;
const BOMB = Symbol('alias bomb');
/** Deepest nesting read. The yaml parser's cost grows steeply with flow depth and it runs out of memory near 10k. */
export const MAX_DEPTH = 256;
const MAX_INDENT = 1024;

/**
 * Offset where nesting gets absurd, or -1. A linear scan that is cheap on
 * normal files: flow brackets outside quotes and comments, compact `- - -`
 * runs, and indentation wider than any real file has.
 */
/** Whether a quote at `i` starts a quoted scalar (an apostrophe inside plain text does not). */
function opensScalar(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || ':-[{,?\n'.includes(text[j]!);
}

function tooDeepAt(text: string): number {
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      dashes = 0;
      if (quote === "'" || quote === '"') continue; // quoted scalars may span lines
      quote = '';
      continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        if (++indent > MAX_INDENT) return i;
        continue;
      }
      if (c === '-' && text[i + 1] === ' ') {
        if (++dashes > MAX_DEPTH) return i;
        i++;
        continue;
      }
      lineStart = false;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) quote = '#';
    else if ((c === '"' || c === "'") && opensScalar(text, i)) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

/** Number of values in `data` with shared (aliased) objects counted each time they appear; stops past `limit`. */
function expandedSize(data: unknown, limit: number): number {
  const memo = new Map<object, number>();
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = memo.get(v);
    if (known !== undefined) return known;
    memo.set(v, limit + 1); // a cycle counts as too large
    let n = 1;
    const children = Array.isArray(v) ? v : v instanceof Map ? [...v.values()] : Object.values(v);
    for (const c of children) {
      n += size(c);
      if (n > limit) break;
    }
    memo.set(v, n);
    return n;
  };
  return size(data);
}

/** Friendlier wording for the `yaml` package's error codes. */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'This key appears twice in the same mapping; YAML keeps only one of them.',
  TAB_AS_INDENT: 'Tabs cannot indent YAML; indent with spaces.',
  BAD_INDENT: 'The indentation here does not line up with the block it belongs to.',
  MISSING_CHAR: 'A closing quote or bracket is missing.',
  MULTILINE_IMPLICIT_KEY: 'A key cannot span several lines; is a colon or quote missing?',
  BLOCK_AS_IMPLICIT_KEY: 'A nested block cannot be used as a key; check the indentation and colons.',
  UNEXPECTED_TOKEN: 'Unexpected text here; check the indentation, colons and quotes.',
  BAD_ALIAS: 'This alias refers to an anchor that is not defined above it.',
};

/** Parses one OKR file's text into the engine's model. */
export function parseOkr(path: string, text: string): OkrFile {
  const file: OkrFile = { path, text, syntax: [], ok: false, kpis: [], objectives: [] };
  const problem = (messageId: string, message: string, span: Span): void => {
    // Errors at end of input (an unclosed bracket) point at the last character, never past it.
    const end = Math.min(span.end, text.length);
    const start = Math.min(span.start, Math.max(0, end - 1));
    file.syntax.push({ messageId, message, span: { start, end: Math.max(end, start) } });
  };

  if (text.length > MAX_FILE_BYTES) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    problem('tooLarge', `This file is ${mb} MB; OKR Lens skips files over ${MAX_FILE_BYTES / 1024 / 1024} MB.`, firstLine(text));
    return file;
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    problem('binary', 'This file holds binary data (a NUL byte), not YAML text.', { start: nul, end: nul + 1 });
    return file;
  }

  const deep = tooDeepAt(text);
  if (deep >= 0) {
    problem('tooDeep', `Nesting here is deeper than ${MAX_DEPTH} levels; OKR Lens does not read files this deep.`, lineAt(text, deep));
    return file;
  }

  // The common subset of YAML takes a fast path that builds the same nodes; anything else goes to yaml.
  const fast = fastParse(text);
  let docs: Document.Parsed[];
  try {
    docs = fast ? [fast.doc] : parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true }) as Document.Parsed[];
  } catch (err) {
    // The parser recurses per nesting level; absurd depth overflows the stack.
    const deep = err instanceof RangeError;
    problem(deep ? 'tooDeep' : 'unparseable', deep
      ? 'This file nests too deeply to be parsed.'
      : `This file could not be parsed: ${(err as Error).message}`, firstLine(text));
    return file;
  }
  if (!Array.isArray(docs)) docs = [];
  // An empty or comment-only file has no document; read it as one with empty contents.
  const doc = docs.find(isDocument) ?? (parseDocument(text) as Document.Parsed);
  for (const d of docs.slice(1)) {
    const start = d.range[0];
    problem('multipleDocuments', 'An OKR file holds one YAML document; this second one is ignored.', lineAt(text, start));
  }
  if (!doc) {
    return file;
  }
  file.doc = doc;
  for (const e of [...doc.errors, ...doc.warnings]) {
    const [start, end] = e.pos;
    const message = YAML_MESSAGES[e.code] ?? cleanYamlMessage(e.message);
    if (e.code === 'MISSING_CHAR') {
      // yaml notices a missing closing quote at the end of input; point at the quote that was opened.
      const open = openingQuoteBefore(text, start);
      if (open >= 0) {
        problem('invalidYaml', `This ${text[open] === '"' ? 'double' : 'single'}-quoted text is never closed; add the closing ${text[open]}.`, lineAt(text, open, open));
        continue;
      }
    }
    // yaml marks a duplicate key by its first character; cover the whole key.
    const keyEnd = e.code === 'DUPLICATE_KEY' ? start + (/^[^:\r\n]*/.exec(text.slice(start, start + 200))?.[0].trimEnd().length ?? 1) : end;
    problem(e.code === 'DUPLICATE_KEY' ? 'duplicateKey' : 'invalidYaml', message, { start, end: Math.max(end, keyEnd, start + 1) });
  }
  if (doc.errors.length > 0) return file;
  file.ok = true;
  let data: unknown;
  try {
    data = fast ? fast.data : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    data = BOMB;
  }
  // toJS shares one object per anchor, so a "billion laughs" file is small in
  // memory but enormous to walk; schema validation would hang on it.
  if (data === BOMB || (fast ? fast.size : expandedSize(data, MAX_EXPANDED_NODES)) > MAX_EXPANDED_NODES) {
    problem('aliasBomb', `Aliases in this file expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en')} values; it is not read further.`,
      firstAlias(text) ?? firstLine(text));
    return file;
  }
  file.data = data;

  const root = readMap(doc.contents, []);
  if (!root) return file;
  buildModel(file, root);
  return file;
}

function buildModel(file: OkrFile, root: MapNode): void {
  file.root = root;
  file.version = root.fields.get('version');
  file.unit = str(root, 'unit');
  file.level = str(root, 'level');
  file.parent = str(root, 'parent');
  file.owner = str(root, 'owner');
  file.cycle = readCycle(root);

  const signalsField = root.fields.get('signals');
  file.signals = signalsField ? readMap(signalsField.node, ['signals']) : undefined;
  const ns = file.signals ? readMap(file.signals.fields.get('north_star')?.node, ['signals', 'north_star']) : undefined;
  if (ns) file.northStar = { ...ns, id: str(ns, 'id'), name: str(ns, 'name'), guardrails: strList(ns, 'guardrails') };
  file.kpis = seqMaps(file.signals, 'kpis').map(({ map, index }): Kpi => ({
    ...map, index,
    id: str(map, 'id'), name: str(map, 'name'), unit: str(map, 'unit'), direction: str(map, 'direction'),
    threshold: num(map, 'threshold'), owner: str(map, 'owner'), source: str(map, 'source'),
  }));

  file.objectives = seqMaps(root, 'objectives').map(({ map, index }) => readObjective(map, index));
}

function readObjective(map: MapNode, index: number): Objective {
  const objective: Objective = {
    ...map, index,
    id: str(map, 'id'), title: str(map, 'title'), owner: str(map, 'owner'),
    alignsTo: strList(map, 'aligns_to'), dependsOn: strList(map, 'depends_on'),
    keyResults: [], initiatives: workItems(map, 'initiatives'), leadMeasures: workItems(map, 'lead_measures'),
  };
  objective.keyResults = seqMaps(map, 'key_results').map(({ map: kr, index: i }): KeyResult => ({
    ...kr, index: i, objective,
    id: str(kr, 'id'), title: str(kr, 'title'), owner: str(kr, 'owner'), metric: str(kr, 'metric'),
    baseline: num(kr, 'baseline'), target: num(kr, 'target'), unit: str(kr, 'unit'), due: str(kr, 'due'),
    ambition: str(kr, 'ambition'),
    checkins: seqMaps(kr, 'checkins').map(({ map: c, index: ci }): Checkin => ({
      ...c, index: ci,
      date: str(c, 'date'), value: num(c, 'value'), confidence: num(c, 'confidence'),
      evidence: str(c, 'evidence'), note: str(c, 'note'),
    })),
  }));
  return objective;
}

function workItems(map: MapNode, key: string): WorkItem[] {
  return seqMaps(map, key).map(({ map: m, index }) => ({
    ...m, index, id: str(m, 'id'), title: str(m, 'title'), owner: str(m, 'owner'),
  }));
}

/** Reads `cycle: 2026-Q2` or `cycle: {start, end}` into dates. */
function readCycle(root: MapNode): CycleValue | undefined {
  const f = root.fields.get('cycle');
  if (!f) return undefined;
  if (typeof f.value === 'string') {
    const m = /^(\d{4})-Q([1-4])$/.exec(f.value.trim());
    if (!m) return { span: f.span, label: f.value };
    const year = Number(m[1]);
    const q = Number(m[2]);
    const startMonth = (q - 1) * 3 + 1;
    const endMonth = startMonth + 2;
    const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
    return {
      span: f.span, label: f.value.trim(),
      start: `${year}-${pad(startMonth)}-01`,
      end: `${year}-${pad(endMonth)}-${pad(lastDay)}`,
    };
  }
  const m = readMap(f.node, ['cycle']);
  if (!m) return { span: f.span, label: String(f.value ?? '') };
  const start = str(m, 'start')?.value;
  const end = str(m, 'end')?.value;
  return { span: spanOf(f.node, f.span), label: `${start ?? '?'}..${end ?? '?'}`, start, end };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function firstLine(text: string): Span {
  return lineAt(text, 0);
}

/** The last quote before `offset` that opens a quoted scalar, or -1. */
function openingQuoteBefore(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if ((text[i] === '"' || text[i] === "'") && opensScalar(text, i)) return i;
  }
  return -1;
}

/** The span of the (non-empty) line holding `offset` (from `from` when given), so a problem is never zero-width. */
function lineAt(text: string, offset: number, from?: number): Span {
  const start = from ?? text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end -= 1;
  return { start, end: Math.max(end, Math.min(start + 1, text.length)) };
}

function firstAlias(text: string): Span | undefined {
  const m = /\*[A-Za-z0-9_-]+/.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

function cleanYamlMessage(message: string): string {
  // The yaml package appends " at line L, column C" and a code frame; the range says that already.
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim() || 'Invalid YAML.';
}
