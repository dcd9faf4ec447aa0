// A fast path for the YAML that OKR files are written in: block mappings and
// sequences, one-line scalars and one-line flow collections of scalars,
// comments and blank lines. It builds the very nodes the `yaml` package
// would (same classes, values and [start, valueEnd, nodeEnd] ranges) plus the
// plain JS value in one pass, and gives up (undefined) on anything outside
// that subset so the caller can use `yaml` itself.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type Schema } from 'yaml';
import { BAIL, COMMENT, CONTENT, lineTable, type LineTable } from './lines';
import { plainScalar, quotedScalar, readQuoted } from './scalars';
import { readFlow } from './flow';
import { readBlockScalar } from './block';

// Bound once: a bundled CommonJS import reads these through a getter on every use.
const PairNode = Pair;
const MapNode = YAMLMap;
const SeqNode = YAMLSeq;

/** A document built by the fast path and its plain JS value (what `doc.toJS()` returns). */
export interface FastParse {
  doc: Document.Parsed;
  data: unknown;
  /** Number of values in `data`, counted as parse.ts's alias-bomb guard counts them (no aliases here, so no walk is needed). */
  size: number;
}

/** The options parse.ts gives `yaml`; the document carries them the same way. */
const DOC_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true };
/** `---` or `...` at column 0: another document starts or this one ends. */
const DOC_MARKER = /^(?:---|\.\.\.)(?:[ \r\n]|$)/gm;

interface Built {
  node: Node;
  data: unknown;
}

/** Comment lines left after a collection's last value, waiting to learn which collection ends them. */
interface Pending {
  /** Where they stop: the next content token, or the end of the text. */
  end: number;
  /** Deepest indentation among those comment lines. */
  maxIndent: number;
}

/** Parses `text` when it is inside the subset; undefined means "ask the yaml package". */
export function fastParse(text: string): FastParse | undefined {
  try {
    return new FastParser(text).parse();
  } catch (err) {
    // BAIL is the normal "outside the subset"; anything else (a stack overflow
    // on absurd nesting) must also cost only the fast path, never the parse.
    void err;
    return undefined;
  }
}

/** True for `-` followed by a space or the end of the line at `i`. */
function isDash(text: string, i: number, end: number): boolean {
  return text.charCodeAt(i) === 45 && (i + 1 === end || text.charCodeAt(i + 1) === 32);
}

/** First characters a plain scalar may not start with in this subset (block context). */
function badPlainStart(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  // , [ ] { } # & * ! | > ' " % @ `
  if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33
    || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96) return true;
  // - ? : start a plain scalar only when a non-space follows.
  if (c === 45 || c === 63 || c === 58) return i + 1 >= end || text.charCodeAt(i + 1) === 32;
  return false;
}

class FastParser {
  private readonly lines: LineTable;
  private readonly schema: Schema;
  private readonly doc: Document.Parsed;
  /** Index of the line the parser stands on. */
  private cur = 0;
  private pending: Pending | undefined;
  /** Values built so far (collections and scalars, keys not counted). */
  private values = 0;
  /** Whether the last value read was an empty one. */
  private endsEmpty = false;

  constructor(private readonly text: string) {
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // yaml's lexer reads a BOM followed by `-` or spaces differently; only a key or comment may follow it here.
    if (bom && !/^[A-Za-z#\r\n]/.test(text.slice(1, 2))) throw BAIL;
    this.lines = lineTable(text, bom);
    this.doc = new Document(undefined, DOC_OPTIONS) as Document.Parsed;
    this.schema = this.doc.schema;
  }

  parse(): FastParse {
    const { text, lines } = this;
    let li = this.nextContent(0);
    let docStart = -1;
    if (li < lines.count && lines.indent[li] === 0 && text.startsWith('---', lines.start[li])) {
      // Only `---` alone (or with a comment) on the first line, before anything else.
      if (li !== 0) throw BAIL;
      const after = lines.start[li]! + 3;
      const rest = text.slice(after, lines.end[li]);
      if (rest !== '' && !/^ +(#.*)?$/.test(rest)) throw BAIL;
      if (/#/.test(rest)) throw BAIL; // a comment on the marker line becomes the contents' commentBefore
      docStart = lines.start[li]!;
      li = this.nextContent(li + 1);
    }
    if (li >= lines.count) throw BAIL; // empty document: rare, left to yaml
    // Another document marker (`---` or `...` at column 0) starts or ends a document: left to yaml.
    DOC_MARKER.lastIndex = lines.start[li]!;
    if (DOC_MARKER.test(text)) throw BAIL;
    this.cur = li;
    const start = lines.start[li]! + lines.indent[li]!;
    const col = lines.indent[li]!;
    const built = isDash(text, start, lines.end[li]!) ? this.seq(col, start) : this.mapAt(col, start);
    if (this.cur < lines.count) throw BAIL; // content left over at a shallower indent
    this.pending = undefined;
    const doc = this.doc;
    doc.contents = built.node as never;
    if (docStart >= 0) doc.directives!.docStart = true;
    // Lines after an empty last value stay with that value's (empty) separator, outside the document's range.
    doc.range = [docStart >= 0 ? docStart : lines.start[li]!, built.node.range![2], this.endsEmpty ? built.node.range![2] : text.length];
    return { doc, data: built.data, size: this.values };
  }

  /** Index of the first content line at or after `li` (or the line count). */
  private nextContent(li: number): number {
    const { lines } = this;
    while (li < lines.count && lines.kind[li] !== CONTENT) li++;
    return li;
  }

  /** A collection ends: trailing comments indented at least as deep as it stay in it (as `yaml`'s parser keeps them). */
  private close(col: number, valueEnd: number): number {
    const p = this.pending;
    if (p && col > 0 && p.maxIndent >= col) {
      this.pending = undefined;
      return p.end;
    }
    return valueEnd;
  }

  /**
   * After a one-line value on line `li` inside a collection at `col`: moves
   * to the next content line and returns the value's node end. Comment lines
   * deeper than the collection right after the value belong to the value;
   * the rest wait in `pending`.
   */
  private trail(li: number, col: number): number {
    const { lines } = this;
    let nodeEnd = lines.next[li]!;
    let j = li + 1;
    let maxIndent = -1;
    for (; j < lines.count && lines.kind[j] !== CONTENT; j++) {
      if (lines.kind[j] !== COMMENT) continue;
      if (maxIndent < 0 && lines.indent[j]! > col) nodeEnd = lines.next[j]!;
      else if (lines.indent[j]! > maxIndent) maxIndent = lines.indent[j]!;
    }
    this.cur = j;
    this.pending = maxIndent >= 0 ? { end: j < lines.count ? lines.start[j]! + lines.indent[j]! : this.text.length, maxIndent } : undefined;
    if (j < lines.count && lines.indent[j]! > col) throw BAIL; // a continuation line: multi-line scalar or an error
    return nodeEnd;
  }

  /** From line `j`: moves to the next content line; every comment line on the way waits in `pending`. */
  private pendingFrom(j: number): void {
    const { lines } = this;
    let maxIndent = -1;
    for (; j < lines.count && lines.kind[j] !== CONTENT; j++) {
      if (lines.kind[j] === COMMENT && lines.indent[j]! > maxIndent) maxIndent = lines.indent[j]!;
    }
    this.cur = j;
    this.pending = maxIndent >= 0 ? { end: j < lines.count ? lines.start[j]! + lines.indent[j]! : this.text.length, maxIndent } : undefined;
  }

  /** Offset where a comment starts on the line (` #`, trailing spaces before it excluded), or the line's end. */
  private commentOrEnd(from: number, end: number): number {
    const { text } = this;
    for (let i = from + 1; i < end; i++) {
      if (text.charCodeAt(i) === 35 && text.charCodeAt(i - 1) === 32) {
        let j = i - 1;
        while (j > from && text.charCodeAt(j - 1) === 32) j--;
        return j;
      }
    }
    return end;
  }

  /** End of the text before trailing spaces, not before `from`. */
  private trimEnd(from: number, end: number): number {
    while (end > from && this.text.charCodeAt(end - 1) === 32) end--;
    return end;
  }

  /**
   * The value written on the line at `i` (after `- ` or `key: `), inside a
   * collection at `col`: a scalar or a flow collection. Advances past it.
   */
  private inlineValue(i: number, col: number): Built {
    const { text, lines } = this;
    const li = this.cur;
    const end = lines.end[li]!;
    const c = text.charCodeAt(i);
    let node: Scalar | YAMLMap | YAMLSeq;
    let data: unknown;
    let valueEnd: number;
    if (c === 124 || c === 62) {
      // A block scalar owns its lines; comments after it never join it.
      const b = readBlockScalar(text, lines, li, i, col);
      this.endsEmpty = false;
      this.values++;
      this.pendingFrom(b.next);
      if (this.cur < lines.count && lines.indent[this.cur]! > col) throw BAIL;
      return { node: b.node, data: b.value };
    }
    if (c === 34 || c === 39) {
      const q = readQuoted(text, i, end);
      valueEnd = q.end;
      this.expectLineEnd(valueEnd, end);
      node = quotedScalar(q.value, c === 34, i, valueEnd, 0);
      data = q.value;
    } else if (c === 91 || c === 123) {
      const f = readFlow(text, i, end, this.schema);
      valueEnd = f.end;
      this.expectLineEnd(valueEnd, end);
      node = f.node;
      data = f.data;
      this.values += f.node.items.length;
    } else {
      if (badPlainStart(text, i, end)) throw BAIL;
      const stop = this.commentOrEnd(i, end);
      valueEnd = this.trimEnd(i, stop);
      const source = text.slice(i, valueEnd);
      // `a: b: c` and `a: b:` are errors in yaml; `a: b #c` never reaches here with the comment.
      if (source.includes(': ') || source.endsWith(':')) throw BAIL;
      node = plainScalar(source, i, valueEnd, 0);
      data = node.value;
    }
    const nodeEnd = this.trail(li, col);
    this.endsEmpty = false;
    this.values++;
    node.range = [i, valueEnd, nodeEnd];
    return { node, data };
  }

  /** After a quoted scalar or flow collection: only spaces and a comment may follow on the line. */
  private expectLineEnd(i: number, end: number): void {
    const { text } = this;
    if (i === end) return;
    if (text.charCodeAt(i) !== 32) throw BAIL;
    while (i < end && text.charCodeAt(i) === 32) i++;
    if (i < end && text.charCodeAt(i) !== 35) throw BAIL;
  }

  /** The plain key starting at `i` on the current line: its text and the offset of its colon, or -1 when the line holds no key. */
  private keyAt(i: number): { key: string; keyEnd: number; colon: number } | undefined {
    const { text, lines } = this;
    const end = lines.end[this.cur]!;
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      // A quoted key is outside the subset; a quoted value is not a key.
      const q = readQuoted(text, i, end);
      let j = q.end;
      while (j < end && text.charCodeAt(j) === 32) j++;
      if (text.charCodeAt(j) === 58) throw BAIL;
      return undefined;
    }
    if (c === 91 || c === 123) return undefined;
    for (let j = i; j < end; j++) {
      const d = text.charCodeAt(j);
      if (d === 58 && (j + 1 === end || text.charCodeAt(j + 1) === 32)) {
        const keyEnd = this.trimEnd(i, j);
        if (keyEnd === i || badPlainStart(text, i, keyEnd)) throw BAIL;
        const key = text.slice(i, keyEnd);
        // Keys other than plain words (flow indicators, quotes, comments) are left to yaml.
        if (/[[\]{},#"']/.test(key)) throw BAIL;
        return { key, keyEnd, colon: j };
      }
      if (d === 35 && j > i && text.charCodeAt(j - 1) === 32) return undefined;
    }
    return undefined;
  }

  /** A block mapping whose first key starts at `start` (column `col`) on the current line. */
  private mapAt(col: number, start: number): Built {
    const { text, lines } = this;
    const map = new MapNode(this.schema);
    const data: Record<string, unknown> = {};
    let keyStart = start;
    let valueEnd = start;
    for (;;) {
      const k = this.keyAt(keyStart);
      if (!k) throw BAIL;
      const key = plainScalar(k.key, keyStart, k.keyEnd, k.keyEnd);
      if (typeof key.value !== 'string' || k.key === '__proto__' || k.key === '<<') throw BAIL;
      if (Object.prototype.hasOwnProperty.call(data, k.key)) throw BAIL; // duplicate key: yaml reports it
      const li = this.cur;
      const end = lines.end[li]!;
      let v = k.colon + 1;
      while (v < end && text.charCodeAt(v) === 32) v++;
      let value: Built;
      if (v < end && text.charCodeAt(v) !== 35) {
        if (isDash(text, v, end)) throw BAIL; // `key: - x`
        value = this.inlineValue(v, col);
      } else {
        value = this.blockValue(li, col, v, v < end, true);
      }
      map.items.push(new PairNode(key, value.node));
      data[k.key] = value.data;
      valueEnd = value.node.range![2];
      const next = this.cur;
      if (next >= lines.count || lines.indent[next]! < col) break;
      if (lines.indent[next]! > col) throw BAIL;
      keyStart = lines.start[next]! + col;
      if (isDash(text, keyStart, lines.end[next]!)) throw BAIL; // a `-` item after a complete pair
      this.pending = undefined; // comments between pairs start the next pair
    }
    map.range = [start, valueEnd, this.close(col, valueEnd)];
    this.values++;
    return { node: map, data };
  }

  /** A block sequence whose first `-` is at `start` (column `col`) on the current line. */
  private seq(col: number, start: number): Built {
    const { text, lines } = this;
    const seq = new SeqNode(this.schema);
    const data: unknown[] = [];
    let dash = start;
    let valueEnd = start;
    for (;;) {
      const li = this.cur;
      const end = lines.end[li]!;
      let v = dash + 1;
      while (v < end && text.charCodeAt(v) === 32) v++;
      let item: Built;
      if (v >= end || text.charCodeAt(v) === 35) {
        item = this.blockValue(li, col, v, v < end, false);
      } else if (isDash(text, v, end)) {
        item = this.seq(v - lines.start[li]!, v);
      } else if (this.keyAt(v)) {
        item = this.mapAt(v - lines.start[li]!, v);
      } else {
        item = this.inlineValue(v, col);
      }
      seq.items.push(item.node);
      data.push(item.data);
      valueEnd = item.node.range![2];
      const next = this.cur;
      if (next >= lines.count || lines.indent[next]! < col) break;
      if (lines.indent[next]! > col) throw BAIL;
      const nextDash = lines.start[next]! + col;
      if (!isDash(text, nextDash, lines.end[next]!)) break; // a key of the map this sequence is the value of
      dash = nextDash;
      this.pending = undefined;
    }
    seq.range = [start, valueEnd, this.close(col, valueEnd)];
    this.values++;
    return { node: seq, data };
  }

  /**
   * The value of `key:` or `-` with nothing after it on line `li`: a block
   * collection on the following lines, or (for a key) an empty value.
   * `hasComment` says a comment follows the indicator on its line.
   */
  private blockValue(li: number, col: number, after: number, hasComment: boolean, inMap: boolean): Built {
    const { text, lines } = this;
    let j = li + 1;
    let comments = hasComment;
    for (; j < lines.count && lines.kind[j] !== CONTENT; j++) if (lines.kind[j] === COMMENT) comments = true;
    const start = j < lines.count ? lines.start[j]! + lines.indent[j]! : -1;
    const indent = j < lines.count ? lines.indent[j]! : -1;
    if (j < lines.count && (indent > col || (inMap && indent === col && isDash(text, start, lines.end[j]!)))) {
      this.cur = j;
      this.pending = undefined;
      return isDash(text, start, lines.end[j]!) ? this.seq(indent, start) : this.mapAt(indent, start);
    }
    // An empty value; with comments around it yaml moves its range, so leave those to yaml.
    if (!inMap || comments) throw BAIL;
    const node = plainScalar('', after, after, after);
    this.endsEmpty = true;
    this.values++;
    this.cur = j;
    this.pending = undefined;
    return { node, data: null };
  }
}
