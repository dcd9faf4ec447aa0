// Where the cursor is in a YAML file judged by indentation alone, so that
// completion works in half-typed YAML that does not parse.
import type { LineIndex } from './positions';

/** Marks a list item in a context path. */
export const ITEM = 0;

/** A line's structure: its indentation, whether it starts a list item, and its key. */
interface LineInfo {
  indent: number;
  dash: boolean;
  /** Column of the key (after `- ` on an item line). */
  keyCol: number;
  key?: string;
  /** Text after `key:` (trimmed). */
  value: string;
}

/** Reads a line by hand: regular expressions here could backtrack quadratically on long lines. */
function info(text: string): LineInfo | undefined {
  let i = 0;
  while (text[i] === ' ') i++;
  if (text[i] === '#' || text.trim() === '') return undefined;
  const indent = i;
  let dash = false;
  if (text[i] === '-' && (i + 1 === text.length || text[i + 1] === ' ')) {
    dash = true;
    i++;
    while (text[i] === ' ') i++;
  }
  const keyCol = i;
  const rest = text.slice(i);
  let key: string | undefined;
  let value = '';
  const q = rest[0];
  if (q === '"' || q === "'") {
    const end = rest.indexOf(q, 1);
    const after = end > 0 ? rest.slice(end + 1) : '';
    const colon = after.search(/\S/);
    if (end > 0 && colon >= 0 && after[colon] === ':' && (colon + 1 === after.length || after[colon + 1] === ' ')) {
      key = rest.slice(1, end);
      value = after.slice(colon + 1);
    }
  } else if (q !== undefined && q !== '#' && q !== '{' && q !== '[') {
    const m = /:( |$)/.exec(rest);
    const hash = rest.indexOf(' #');
    if (m && (hash < 0 || hash > m.index)) {
      key = rest.slice(0, m.index).trimEnd();
      value = rest.slice(m.index + 1);
    }
  }
  const hash = value.search(/\s#/);
  if (hash >= 0) value = value.slice(0, hash);
  return { indent, dash, keyCol, ...(key !== undefined ? { key } : {}), value: value.trim() };
}

/** The path (keys, and ITEM for list items) of the mapping or list that holds column `col` of `line`. */
export function containerPath(lines: LineIndex, line: number, col: number, lineIsItem: boolean): (string | number)[] {
  const path: (string | number)[] = [];
  let limit = col;
  let afterItem = false;
  if (lineIsItem) {
    path.unshift(ITEM);
    afterItem = true;
  }
  for (let l = line - 1; l >= 0 && (limit > 0 || afterItem); l--) {
    const i = info(lines.lineText(l));
    if (!i) continue;
    if (i.dash) {
      if (i.indent < limit) {
        path.unshift(ITEM);
        limit = i.indent;
        afterItem = true;
      } else if (afterItem && i.indent === limit) {
        continue; // an earlier item of the same list
      }
      continue;
    }
    if (i.key !== undefined && (i.indent < limit || (afterItem && i.indent === limit && i.value === ''))) {
      path.unshift(i.key);
      limit = i.indent;
      afterItem = false;
    }
  }
  return path;
}

/** Keys already present in the mapping that holds `line` at column `col`. */
export function siblingKeys(lines: LineIndex, line: number, col: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: number): void => {
    for (let l = from; l >= 0 && l < lines.lineCount; l += step) {
      const i = info(lines.lineText(l));
      if (!i) continue;
      if (i.keyCol === col && i.key !== undefined) keys.add(i.key);
      // Another item of the same list, or a shallower line, closes the mapping.
      if (i.keyCol < col || (i.dash && i.keyCol === col && step > 0)) break;
      if (i.dash && i.keyCol === col && step < 0) break;
    }
  };
  scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}
