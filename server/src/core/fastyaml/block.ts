// Block scalars (`|`, `>`, with `-` or `+`) in their plain form: no
// indentation indicator, no comment on the header, content indented evenly
// (folded text with no more-indented lines), blank lines truly empty.
import { Scalar } from 'yaml';
import { BAIL, CONTENT, type LineTable } from './lines';
import { quotedScalar } from './scalars';

export interface BlockScalar {
  node: Scalar;
  value: string;
  /** Index of the first line after the scalar. */
  next: number;
}

/**
 * Reads the block scalar whose header (`|`, `>-`, …) starts at `start` on line
 * `li`, inside a collection at column `col`.
 */
export function readBlockScalar(text: string, lines: LineTable, li: number, start: number, col: number): BlockScalar {
  const literal = text.charCodeAt(start) === 124;
  let h = start + 1;
  const chomp = text[h] === '-' ? 'strip' : text[h] === '+' ? 'keep' : 'clip';
  if (chomp !== 'clip') h++;
  if (h !== lines.end[li]) throw BAIL; // an indentation indicator, a comment or trailing spaces on the header
  if (lines.next[li] === text.length || lines.next[li] === lines.end[li]) throw BAIL; // header at the end of the text
  const first = li + 1;
  if (first >= lines.count || lines.start[first] === lines.end[first]) throw BAIL; // leading blank lines: left to yaml
  const n = lines.indent[first]!;
  if (n <= col || lines.start[first]! + n === lines.end[first]) throw BAIL;
  // Content runs while lines are blank (truly empty) or indented at least n.
  let last = first;
  let j = first;
  for (; j < lines.count; j++) {
    const empty = lines.start[j] === lines.end[j];
    if (empty) continue;
    if (lines.indent[j]! < n) break;
    if (lines.start[j]! + lines.indent[j]! === lines.end[j]) throw BAIL; // spaces-only line: content whitespace
    if (!literal && lines.indent[j]! > n) throw BAIL; // more-indented folded lines keep their breaks: left to yaml
    last = j;
  }
  // Spaces-only lines after the content are read by yaml's own rules (kept text, scalar end): left to it.
  for (let k = last + 1; k < lines.count && lines.start[k]! + lines.indent[k]! === lines.end[k]; k++) {
    if (lines.start[k] !== lines.end[k]) throw BAIL;
  }
  // The next line must close the scalar cleanly: a line less indented than the content, or the end.
  if (j < lines.count && lines.kind[j] === CONTENT && lines.indent[j]! > col) throw BAIL;
  if (lines.next[last] === lines.end[last]) throw BAIL; // last content line without a line break
  const parts: string[] = [];
  let blanks = 0;
  for (let k = first; k <= last; k++) {
    if (lines.start[k] === lines.end[k]) {
      blanks++;
      continue;
    }
    const line = text.slice(lines.start[k]! + n, lines.end[k]);
    if (parts.length === 0) parts.push(line);
    else if (literal) parts.push('\n'.repeat(blanks + 1), line);
    else parts.push(blanks > 0 ? '\n'.repeat(blanks) : ' ', line);
    blanks = 0;
  }
  let value = parts.join('');
  let end = lines.next[last]!;
  if (chomp === 'clip') value += '\n';
  else if (chomp === 'keep') {
    // Trailing empty lines belong to a kept scalar, up to the next non-empty line.
    let k = last + 1;
    let breaks = 1;
    while (k < lines.count && lines.start[k] === lines.end[k] && lines.next[k] !== lines.end[k]) {
      breaks++;
      k++;
    }
    if (k < lines.count && lines.start[k] === lines.end[k] && lines.start[k] !== text.length) throw BAIL; // an empty last line without a break
    value += '\n'.repeat(breaks);
    end = k < lines.count ? lines.start[k]! : text.length;
  }
  const node = quotedScalar(value, false, start, end, end);
  node.type = literal ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED;
  return { node, value, next: j };
}
