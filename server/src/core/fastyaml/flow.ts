// Single-line flow collections of scalars: `[a, "b"]`, `[]`, `{start: x, end: y}`.
import { Pair, YAMLMap, YAMLSeq, type Scalar, type Schema } from 'yaml';
import { BAIL } from './lines';
import { plainScalar, quotedScalar, readQuoted } from './scalars';

export interface FlowResult {
  node: YAMLMap | YAMLSeq;
  data: unknown;
  /** Offset past the closing bracket. */
  end: number;
}

/** Characters that end a plain scalar inside a flow collection, or that the subset refuses there. */
function stopsFlowPlain(c: number): boolean {
  // , [ ] { } : # " '
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 58 || c === 35 || c === 34 || c === 39;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * One scalar inside a flow collection at `i`; returns it with the offset after
 * it. A value's node end takes in the spaces after it (a key's does not).
 */
function flowScalar(text: string, i: number, lineEnd: number, isKey = false): { node: Scalar; end: number } {
  const c = text.charCodeAt(i);
  if (c === 34 || c === 39) {
    const q = readQuoted(text, i, lineEnd);
    return { node: quotedScalar(q.value, c === 34, i, q.end, isKey ? q.end : skipSpaces(text, q.end, lineEnd)), end: q.end };
  }
  // Indicators that would start something other than a plain scalar.
  if (stopsFlowPlain(c) || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 37 || c === 64 || c === 96
    || c === 45 || c === 63) {
    // A leading - or ? is fine when followed by a safe character ("-1"), like in block context.
    if (!((c === 45 || c === 63) && i + 1 < lineEnd && !stopsFlowPlain(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) !== 32)) throw BAIL;
  }
  let j = i;
  let last = i;
  while (j < lineEnd) {
    const d = text.charCodeAt(j);
    if (stopsFlowPlain(d)) break;
    if (d !== 32) last = j + 1;
    j++;
  }
  if (last === i) throw BAIL;
  const source = text.slice(i, last);
  return { node: plainScalar(source, i, last, isKey ? last : skipSpaces(text, last, lineEnd)), end: last };
}

/**
 * Past one flow item: the offset of the closing bracket, or of the next item
 * after a comma. A trailing or doubled comma makes the fast path decline.
 */
function afterItem(text: string, from: number, lineEnd: number, close: number): number {
  const i = skipSpaces(text, from, lineEnd);
  const c = text.charCodeAt(i);
  if (c === close) return i;
  if (c !== 44) throw BAIL;
  const next = skipSpaces(text, i + 1, lineEnd);
  if (text.charCodeAt(next) === close || text.charCodeAt(next) === 44) throw BAIL;
  return next;
}

/** Parses the flow collection opening at `start`; throws BAIL for anything but scalars on one line. */
export function readFlow(text: string, start: number, lineEnd: number, schema: Schema): FlowResult {
  const isMap = text.charCodeAt(start) === 123;
  const close = isMap ? 125 : 93;
  let i = skipSpaces(text, start + 1, lineEnd);
  if (isMap) {
    const map = new YAMLMap(schema);
    map.flow = true;
    const data: Record<string, unknown> = {};
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        const k = flowScalar(text, i, lineEnd, true);
        const key = k.node;
        if (typeof key.value !== 'string' || key.value === '__proto__' || key.type !== 'PLAIN') throw BAIL;
        if (Object.prototype.hasOwnProperty.call(data, key.value)) throw BAIL;
        i = skipSpaces(text, k.end, lineEnd);
        // `key: value` with exactly ': ' (a space is required after the colon in this subset).
        if (text.charCodeAt(i) !== 58 || text.charCodeAt(i + 1) !== 32) throw BAIL;
        i = skipSpaces(text, i + 1, lineEnd);
        const v = flowScalar(text, i, lineEnd);
        map.items.push(new Pair(key, v.node));
        data[key.value] = v.node.value;
        i = afterItem(text, v.end, lineEnd, close);
        if (text.charCodeAt(i) === close) break;
      }
    }
    return { node: map, data, end: i + 1 };
  }
  const seq = new YAMLSeq(schema);
  seq.flow = true;
  const data: unknown[] = [];
  if (text.charCodeAt(i) !== close) {
    for (;;) {
      const v = flowScalar(text, i, lineEnd);
      seq.items.push(v.node);
      data.push(v.node.value);
      i = afterItem(text, v.end, lineEnd, close);
      if (text.charCodeAt(i) === close) break;
    }
  }
  return { node: seq, data, end: i + 1 };
}
