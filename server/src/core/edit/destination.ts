// Where a moved item lands: the end of an existing block list, or a list
// made from an empty/flow value, or a key created at the right place.
import { isMap, isScalar, isSeq, Lexer, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { OffsetEdit } from '../types';
import { colonEnd, isEmptyValue, itemExtent, mapLastLine, pairOf, type Source } from './locate';

/** One insertion: the body is re-indented to `dashCol` and wrapped in `before`/`after`. */
export interface Landing {
  offset: number;
  dashCol: number;
  before: string;
  after: string;
  /** Other edits the landing needs (dropping ` []`, ` ~`, `{}` from a key line). */
  extra: OffsetEdit[];
}

const spaces = (n: number): string => ' '.repeat(n);

/** Text that starts a new line at `offset`: a line ending first when the file's last line has none. */
function lineLead(src: Source, offset: number): string {
  return offset === src.text.length && src.text.length > 0 && !src.text.endsWith('\n') ? src.lines.eol : '';
}

/**
 * Landing in an existing `key: <list>` pair: appended after the last block
 * item; an empty value or a one-line flow list becomes a block list.
 * `seqOffset` is the file's dash indentation under a key.
 */
export function landInPair(src: Source, pair: Pair<Node, Node | null>, seqOffset: number): Landing | undefined {
  const { lines } = src;
  const key = pair.key;
  if (!key.range) return undefined;
  const keyLine = lines.lineOf(key.range[0]);
  const keyCol = lines.column(key.range[0]);
  const v = pair.value;
  if (isSeq(v) && !v.flow && v.items.length > 0) return appendToBlock(src, v);
  const colon = colonEnd(src, pair);
  if (colon === undefined) return undefined;
  const dashCol = keyCol + seqOffset;
  const afterKey = lines.next(keyLine);
  const lead = lineLead(src, afterKey);
  if (isEmptyValue(v)) {
    const extra: OffsetEdit[] = [];
    // `key: ~` / `key: null`: the marker goes, the key's own comment stays.
    if (isScalar(v) && v.range && v.range[1] > v.range[0]) extra.push({ start: colon, end: v.range[1], newText: '' });
    return { offset: afterKey, dashCol, before: lead, after: '', extra };
  }
  if (isSeq(v) && v.flow && v.range) {
    const items = flowItemsAsBlock(src, v, keyLine, dashCol);
    if (items === undefined) return undefined;
    return { offset: afterKey, dashCol, before: lead + items, after: '', extra: [{ start: colon, end: v.range[1], newText: '' }] };
  }
  return undefined;
}

/** After the last item of a block list, with a blank line when the list separates its items by one. */
function appendToBlock(src: Source, seq: YAMLSeq): Landing | undefined {
  const n = seq.items.length;
  const last = itemExtent(src, seq, n - 1);
  if (!last) return undefined;
  let gap = '';
  if (n >= 2) {
    const prev = itemExtent(src, seq, n - 2);
    if (!prev) return undefined;
    for (let l = prev.lastLine + 1; l < last.firstLine; l++) if (src.lines.isBlank(l)) gap = src.lines.eol;
  }
  return { offset: last.end, dashCol: last.dashCol, before: lineLead(src, last.end) + gap, after: '', extra: [] };
}

/** `[a, {b: c}]` on the key's line as block items `- a`, `- {b: c}`; undefined when that would lose anything. */
function flowItemsAsBlock(src: Source, seq: YAMLSeq, keyLine: number, dashCol: number): string | undefined {
  const { lines, text } = src;
  const range = seq.range;
  if (!range || lines.lineOf(range[0]) !== keyLine || lines.lineOf(range[1] - 1) !== keyLine) return undefined;
  // A comment inside the brackets has no safe place in the block form.
  for (const tok of new Lexer().lex(text.slice(range[0], range[1]))) if (tok.startsWith('#')) return undefined;
  let out = '';
  for (const item of seq.items) {
    const node = item as Node;
    if (!node?.range || !(isMap(node) || isScalar(node) || isSeq(node))) return undefined;
    // Only the value itself moves: anything between the delimiter and it (anchor, tag) would be lost.
    const lead = text.slice(range[0], node.range[0]).trimEnd();
    if (!lead.endsWith(',') && !lead.endsWith('[')) return undefined;
    out += `${spaces(dashCol)}- ${text.slice(node.range[0], node.range[1]).trim()}${lines.eol}`;
  }
  return out;
}

/** Landing as a brand-new `key:` line at column `keyCol`, inserted at `offset` (a line start). */
export function landAsNewKey(src: Source, offset: number, keyCol: number, key: string, seqOffset: number): Landing {
  return {
    offset,
    dashCol: keyCol + seqOffset,
    before: `${lineLead(src, offset)}${spaces(keyCol)}${key}:${src.lines.eol}`,
    after: '',
    extra: [],
  };
}

/** Landing in top-level `signals.kpis`, creating `kpis:` and `signals:` (before `objectives:`) as needed. */
export function landInKpis(src: Source, seqOffset: number, unit: number): Landing | undefined {
  const { lines } = src;
  const root = src.doc.contents as YAMLMap;
  if (!root.range) return undefined;
  const rootCol = lines.column(root.range[0]);
  const signals = pairOf(root, 'signals');
  if (!signals) {
    const objectives = pairOf(root, 'objectives');
    if (!objectives?.key.range) return undefined;
    let first = lines.lineOf(objectives.key.range[0]);
    // The comment block that introduces `objectives:` stays glued to it.
    while (lines.isComment(first - 1) && lines.indent(first - 1) === rootCol) first--;
    const blankAbove = lines.isBlank(first - 1);
    return {
      offset: lines.start(first),
      dashCol: rootCol + unit + seqOffset,
      before: `${spaces(rootCol)}signals:${lines.eol}${spaces(rootCol + unit)}kpis:${lines.eol}`,
      after: blankAbove ? lines.eol : '',
      extra: [],
    };
  }
  const v = signals.value;
  if (isMap(v) && !v.flow && v.items.length > 0) {
    const kpis = pairOf(v, 'kpis');
    if (kpis) return landInPair(src, kpis, seqOffset);
    const last = mapLastLine(src, v, rootCol);
    if (last === undefined || !v.range) return undefined;
    return landAsNewKey(src, lines.next(last), lines.column(v.range[0]), 'kpis', seqOffset);
  }
  const colon = colonEnd(src, signals);
  if (colon === undefined || !signals.key.range) return undefined;
  const keyLine = lines.lineOf(signals.key.range[0]);
  const extra: OffsetEdit[] = [];
  if (isMap(v) && v.flow && v.items.length === 0 && v.range && lines.lineOf(v.range[1] - 1) === keyLine) {
    extra.push({ start: colon, end: v.range[1], newText: '' }); // `signals: {}`
  } else if (isEmptyValue(v)) {
    if (isScalar(v) && v.range && v.range[1] > v.range[0]) extra.push({ start: colon, end: v.range[1], newText: '' });
  } else {
    return undefined;
  }
  const landing = landAsNewKey(src, lines.next(keyLine), rootCol + unit, 'kpis', seqOffset);
  return { ...landing, extra };
}
