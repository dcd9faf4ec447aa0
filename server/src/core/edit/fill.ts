// Filling a KR's missing baseline / target / unit / due
// (kr-needs-baseline-target-due), as new lines right after its title.
import { isScalar, type Node } from 'yaml';
import type { OffsetEdit } from '../types';
import { colonEnd, findKr, isEmptyValue, itemExtent, load, pairOf, type KrExpectation } from './locate';
import { formatValue } from './scalar';

/** Values to fill; only keys the KR lacks (or has empty) are written. */
export interface KrFieldValues {
  baseline?: number;
  target?: number;
  unit?: string;
  due?: string;
}

/** Which KR to fill, and (optionally) what it must still be. */
export interface FillKeyResultOptions extends KrExpectation {
  objectiveIndex: number;
  krIndex: number;
  fields: KrFieldValues;
}

// The order a person writes them in (SPEC §2), whatever order they were passed in.
const ORDER = ['baseline', 'target', 'unit', 'due'] as const;

/**
 * Edits that add the KR's missing fields after its `title` line (or at its
 * end), at its key column; undefined when there is nothing to add, a value
 * is not valid (a non-finite number, a due that is not YYYY-MM-DD), or the KR
 * is not a block mapping.
 */
export function fillKeyResultFields(text: string, options: FillKeyResultOptions): OffsetEdit[] | undefined {
  const src = load(text);
  const loc = src && findKr(src, options.objectiveIndex, options.krIndex, options);
  if (!src || !loc || loc.kr.flow || !loc.kr.range) return undefined;
  const { lines } = src;
  const keyCol = lines.column(loc.kr.range[0]);
  const edits: OffsetEdit[] = [];
  const newLines: string[] = [];
  for (const key of ORDER) {
    const value = options.fields[key];
    if (value === undefined) continue;
    if (!valid(key, value)) return undefined;
    const written = formatValue(value);
    const pair = pairOf(loc.kr, key);
    if (!pair) {
      newLines.push(`${' '.repeat(keyCol)}${key}: ${written}${lines.eol}`);
      continue;
    }
    if (!isEmptyValue(pair.value)) continue;
    // `due:` written but left empty: fill it in place rather than add a duplicate key.
    const colon = colonEnd(src, pair);
    if (colon === undefined) return undefined;
    const v = pair.value;
    const end = isScalar(v) && v.range && v.range[1] > v.range[0] ? v.range[1] : colon;
    edits.push({ start: colon, end, newText: ` ${written}` });
  }
  if (newLines.length > 0) {
    const at = insertionLine(src, loc);
    if (at === undefined) return undefined;
    const offset = lines.next(at);
    const lead = lines.unterminated(at) ? lines.eol : '';
    edits.push({ start: offset, end: offset, newText: lead + newLines.join('') });
  }
  return edits.length > 0 ? edits : undefined;
}

function valid(key: (typeof ORDER)[number], value: string | number): boolean {
  switch (key) {
    case 'baseline':
    case 'target':
      return typeof value === 'number' && Number.isFinite(value);
    case 'unit':
      return typeof value === 'string' && value.trim() !== '' && !/[\r\n]/.test(value);
    case 'due':
      return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value);
  }
}

/** The line after which new keys go: the title's last line, else the KR's last line. */
function insertionLine(src: NonNullable<ReturnType<typeof load>>, loc: NonNullable<ReturnType<typeof findKr>>): number | undefined {
  const title = pairOf(loc.kr, 'title');
  const value = title?.value as Node | null | undefined;
  if (title && value?.range && value.range[1] > value.range[0]) {
    return src.lines.lastContentLine(value.range[1]);
  }
  return itemExtent(src, loc.krs, loc.krIndex)?.lastLine;
}
