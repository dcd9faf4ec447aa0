// The line table the fast parser walks: where each line starts and ends, how
// deep it is indented and whether it is blank, a comment or content.

/** Thrown (as this one value) whenever the input leaves the supported subset. */
export const BAIL: unique symbol = Symbol('fastyaml bail');

export const BLANK = 0;
export const COMMENT = 1;
export const CONTENT = 2;

export interface LineTable {
  count: number;
  /** Offset of the line's first character. */
  start: Int32Array;
  /** Offset just past the line's last character, before `\r\n` or `\n`. */
  end: Int32Array;
  /** Offset of the next line (past the line break), or the text's length. */
  next: Int32Array;
  /** Leading spaces. */
  indent: Int32Array;
  kind: Uint8Array;
}

/** Characters the subset does not handle: tabs, control and Unicode line-break characters, stray BOMs (lone CRs are checked apart). */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0085\u2028\u2029\ufeff]/g;

/** Splits `text` from `from` into lines; throws BAIL on characters outside the subset. */
export function lineTable(text: string, from: number): LineTable {
  UNSUPPORTED.lastIndex = from;
  if (UNSUPPORTED.test(text)) throw BAIL;
  // A CR must end a line (CRLF); a lone one breaks lines for yaml but not here.
  for (let r = text.indexOf('\r', from); r >= 0; r = text.indexOf('\r', r + 1)) if (text.charCodeAt(r + 1) !== 10) throw BAIL;
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  count += 1;
  const t: LineTable = {
    count,
    start: new Int32Array(count),
    end: new Int32Array(count),
    next: new Int32Array(count),
    indent: new Int32Array(count),
    kind: new Uint8Array(count),
  };
  let pos = from;
  for (let li = 0; li < count; li++) {
    let nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    if (nl < 0) nl = text.length;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 32) i++;
    t.start[li] = pos;
    t.end[li] = end;
    t.next[li] = next;
    t.indent[li] = i - pos;
    t.kind[li] = i === end ? BLANK : text.charCodeAt(i) === 35 /* # */ ? COMMENT : CONTENT;
    pos = next;
  }
  return t;
}
