// Finding the nodes a fix touches and the lines an item owns. Works on a
// clean parse only: a file with YAML errors gets no structural fix.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { CST } from 'yaml';
import { Lines } from './text';

/** A parsed file plus its line view. */
export interface Source {
  text: string;
  lines: Lines;
  doc: Document.Parsed;
}

/** Parses `text` for editing; undefined when it has errors or is not one mapping document. */
export function load(text: string): Source | undefined {
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) return undefined;
  return { text, lines: new Lines(text), doc };
}

/** The pair of `map` whose key is the plain string `key`. */
export function pairOf(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  for (const p of map.items) {
    if (isPair(p) && isScalar(p.key) && p.key.value === key) return p as Pair<Node, Node | null>;
  }
  return undefined;
}

/** A key's string value, if it is a plain string scalar. */
export function stringAt(map: YAMLMap, key: string): string | undefined {
  const v = pairOf(map, key)?.value;
  return isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
}

/** A key-value pair's value is "empty" when written as nothing, `~` or `null`. */
export function isEmptyValue(v: Node | null | undefined): boolean {
  return v === null || v === undefined || (isScalar(v) && v.value === null);
}

/** Offset just after the `:` of a block pair (its key must be a scalar on one line). */
export function colonEnd(src: Source, pair: Pair<Node, Node | null>): number | undefined {
  const keyEnd = (pair.key as Node).range?.[1];
  if (keyEnd === undefined) return undefined;
  const m = /^[ \t]*:/.exec(src.text.slice(keyEnd));
  return m ? keyEnd + m[0].length : undefined;
}

/** Where a block-sequence item starts: its `-` indicator. */
export function dashOffset(seq: YAMLSeq, index: number): number | undefined {
  const token = seq.srcToken as CST.BlockSequence | undefined;
  if (token?.type !== 'block-seq') return undefined;
  // Comment-only CST items (after the last entry) have no indicator; skip them.
  const withDash = token.items.filter((it) => it.start.some((t) => t.type === 'seq-item-ind'));
  return withDash[index]?.start.find((t) => t.type === 'seq-item-ind')?.offset;
}

/** The lines a sequence item owns: its own comment lines above, its body, comment lines it ends with. */
export interface ItemExtent {
  /** Column of the `-`. */
  dashCol: number;
  dashLine: number;
  /** First line of the comments above that belong to the item (or `dashLine`). */
  firstLine: number;
  /** Last line of the item, its trailing comment lines included. */
  lastLine: number;
  /** Offset range [start, end) covering those whole lines (end is past the line ending). */
  start: number;
  end: number;
}

/**
 * Lines of item `index` of a block sequence. Comments directly above (no
 * blank line between) at the dash's column belong to it (any deeper column
 * for the first item, which has no previous item to claim them); comment
 * lines right after its body and deeper than the dash are inside it.
 */
export function itemExtent(src: Source, seq: YAMLSeq, index: number): ItemExtent | undefined {
  const { lines } = src;
  const item = seq.items[index] as Node | undefined;
  const dash = dashOffset(seq, index);
  if (!item || dash === undefined || !item.range) return undefined;
  const dashLine = lines.lineOf(dash);
  const dashCol = dash - lines.start(dashLine);
  if (lines.indent(dashLine) !== dashCol) return undefined; // `key: - x` or `- - x`: not a line of its own
  let firstLine = dashLine;
  while (lines.isComment(firstLine - 1)) {
    const ind = lines.indent(firstLine - 1);
    if (!(ind === dashCol || (index === 0 && ind > dashCol))) break;
    firstLine--;
  }
  // An empty item (`-` alone) has a zero-length range at the dash line.
  let lastLine = Math.max(dashLine, item.range[1] > item.range[0] ? lines.lastContentLine(item.range[1]) : dashLine);
  while (lines.isComment(lastLine + 1) && lines.indent(lastLine + 1) > dashCol) lastLine++;
  return { dashCol, dashLine, firstLine, lastLine, start: lines.start(firstLine), end: lines.next(lastLine) };
}

/** The last line a block map's content reaches, with trailing comment lines deeper than `col`. */
export function mapLastLine(src: Source, map: YAMLMap, col: number): number | undefined {
  if (!map.range) return undefined;
  let last = src.lines.lastContentLine(map.range[1]);
  while (src.lines.isComment(last + 1) && src.lines.indent(last + 1) > col) last++;
  return last;
}

/** The KR at `objectives[o].key_results[k]`, with its parents. */
export interface KrLocation {
  objective: YAMLMap;
  objectives: YAMLSeq;
  objectiveIndex: number;
  krPair: Pair<Node, Node | null>;
  krs: YAMLSeq;
  kr: YAMLMap;
  krIndex: number;
}

/** Identity check so a stale fix (the list shifted) is never applied to the wrong KR. */
export interface KrExpectation {
  expectId?: string;
  expectTitle?: string;
}

/** Finds a KR by indexes; undefined when the path is missing, an alias, or not a mapping. */
export function findKr(src: Source, objectiveIndex: number, krIndex: number, expect: KrExpectation = {}): KrLocation | undefined {
  const root = src.doc.contents as YAMLMap;
  const objectives = pairOf(root, 'objectives')?.value;
  if (!isSeq(objectives) || objectives.flow) return undefined;
  const objective = objectives.items[objectiveIndex];
  if (!isMap(objective) || objective.flow) return undefined;
  const krPair = pairOf(objective, 'key_results');
  const krs = krPair?.value;
  if (!krPair || !isSeq(krs) || krs.flow) return undefined;
  const kr = krs.items[krIndex];
  if (!isMap(kr)) return undefined;
  if (expect.expectId !== undefined && stringAt(kr, 'id') !== expect.expectId) return undefined;
  if (expect.expectTitle !== undefined && stringAt(kr, 'title') !== expect.expectTitle) return undefined;
  return { objective, objectives, objectiveIndex, krPair, krs, kr, krIndex };
}

/** The id and title of a KR, to re-identify it after other edits. */
export function keyResultIdentity(text: string, objectiveIndex: number, krIndex: number): { id?: string; title?: string } | undefined {
  const src = load(text);
  const loc = src && findKr(src, objectiveIndex, krIndex);
  if (!loc) return undefined;
  const id = stringAt(loc.kr, 'id');
  const title = stringAt(loc.kr, 'title');
  return { ...(id !== undefined ? { id } : {}), ...(title !== undefined ? { title } : {}) };
}

/** True when moving `node` could break an anchor/alias link (or it holds a keep-chomped block scalar). */
export function unsafeToMove(src: Source, node: Node): boolean {
  const inside = new Set<string>();
  let unsafe = false;
  visit(node, (_, n) => {
    if (isAlias(n)) unsafe = true; // its anchor may end up after it
    if (isPair(n)) return undefined; // keys and values are visited on their own
    const a = (n as { anchor?: string }).anchor;
    if (a) inside.add(a);
    if (isScalar(n) && n.range && /^[|>](?:[0-9]*\+|\+[0-9]*)/.test(src.text.slice(n.range[0], n.range[0] + 4))) unsafe = true;
    return undefined;
  });
  if (unsafe) return true;
  if ((node as { anchor?: string }).anchor) inside.add((node as { anchor?: string }).anchor as string);
  visit(src.doc, {
    Alias(_, a) {
      if (inside.has(a.source)) unsafe = true;
    },
  });
  return unsafe;
}

/**
 * The file's indentation step: a block map nested under a key shows it
 * directly; otherwise a sequence indented under its key; otherwise the
 * offset of a list item's body from its dash; else 2.
 */
export function indentUnit(src: Source): number {
  let fromMap: number | undefined;
  let fromSeq: number | undefined;
  let fromItem: number | undefined;
  visit(src.doc, {
    Pair(_, pair) {
      const k = pair.key as Node | null;
      const v = pair.value as Node | null;
      if (!k?.range || !v?.range || (!isMap(v) && !isSeq(v)) || v.flow) return;
      const keyCol = src.lines.column(k.range[0]);
      if (isMap(v) && fromMap === undefined && src.lines.lineOf(v.range[0]) > src.lines.lineOf(k.range[0])) {
        const d = src.lines.column(v.range[0]) - keyCol;
        if (d > 0) fromMap = d;
      }
      if (isSeq(v) && fromSeq === undefined) {
        const dash = dashOffset(v, 0);
        const d = dash === undefined ? 0 : src.lines.column(dash) - keyCol;
        if (d > 0) fromSeq = d;
        // `-   id: x`: the body's offset from the dash is the step when nothing else shows it.
        const first = v.items[0] as Node | undefined;
        if (fromItem === undefined && dash !== undefined && isMap(first) && first.range && src.lines.lineOf(first.range[0]) === src.lines.lineOf(dash)) {
          fromItem = first.range[0] - dash;
        }
      }
    },
  });
  return fromMap ?? fromSeq ?? fromItem ?? 2;
}
