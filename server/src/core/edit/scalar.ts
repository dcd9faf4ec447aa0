// Writing scalars the way the file already writes them: plain stays plain
// unless YAML would misread the new value, quotes keep their kind.
import { isCollection, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { OffsetEdit } from '../types';

/** Flow context (inside `[]`/`{}`) forbids more characters in a plain scalar than block context. */
export type ScalarContext = 'block' | 'flow';

/** True when `value` can be written as a plain scalar and read back as the same string. */
export function isPlainSafe(value: string, context: ScalarContext = 'block'): boolean {
  if (value === '' || value !== value.trim() || /[\n\r\t\u0000-\u001f\u007f\ufeff]/.test(value)) return false;
  // Words like `x-baseline` are by far the common case; only YAML's reserved words among them need quotes.
  if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(value)) return !/^(?:true|false|null)$/i.test(value);
  // Ask the parser itself, as key and as value, rather than re-implementing YAML's plain rules.
  const probes = context === 'flow' ? [`[${value}]`, `{${value}: 0}`] : [`k: ${value}\n`, `${value}: 0\n`];
  return probes.every((src, i) => {
    const doc = parseDocument(src);
    if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
    const root = doc.contents;
    let node: unknown;
    if (isSeq(root) && root.items.length === 1) node = root.items[0];
    else if (isMap(root) && root.items.length === 1) node = i === 0 && context === 'block' ? root.items[0]?.value : root.items[0]?.key;
    return isScalar(node) && node.type === 'PLAIN' && node.value === value && !node.anchor && !node.tag;
  });
}

/** A YAML double-quoted scalar for `value` (JSON escapes are valid YAML escapes). */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value);
}

/** A YAML single-quoted scalar, or undefined when single quotes cannot carry the value. */
export function singleQuoted(value: string): string | undefined {
  if (/[\n\r\t\u0000-\u001f\u007f]/.test(value)) return undefined;
  return `'${value.replace(/'/g, "''")}'`;
}

/** The text for a value in a fresh position: numbers plain, strings plain when safe, else double-quoted. */
export function formatValue(value: string | number, context: ScalarContext = 'block'): string {
  if (typeof value === 'number') return formatNumber(value);
  return isPlainSafe(value, context) ? value : doubleQuoted(value);
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot write ${n} as a YAML number`);
  return String(n);
}

/** Whether the node starting at `start` sits inside a flow collection (where `,[]{}` end a plain scalar). */
function contextAt(text: string, start: number): ScalarContext {
  const doc = parseDocument(text);
  let context: ScalarContext | undefined;
  visit(doc, (_, node, path) => {
    if (isScalar(node) && node.range?.[0] === start) {
      context = path.some((p) => isCollection(p) && p.flow === true) ? 'flow' : 'block';
      return visit.BREAK;
    }
    return undefined;
  });
  // Unknown position: quote as if in flow, which is never wrong, only cautious.
  return context ?? 'flow';
}

/**
 * Replaces the scalar at [start, end) with `newValue`, keeping its quote
 * style; a plain scalar is quoted only when the new value needs it. Numbers
 * are always written plain so they stay numbers.
 */
export function replaceScalar(text: string, start: number, end: number, newValue: string | number): OffsetEdit {
  const old = text.slice(start, end);
  let newText: string;
  if (typeof newValue === 'number') {
    newText = formatNumber(newValue);
  } else if (old.startsWith('"')) {
    newText = doubleQuoted(newValue);
  } else if (old.startsWith("'")) {
    newText = singleQuoted(newValue) ?? doubleQuoted(newValue);
  } else if (old.startsWith('|') || old.startsWith('>')) {
    // A block scalar's range owns its final line break(s); the next key must keep its own line.
    newText = formatValue(newValue, 'block') + (/\r?\n\s*$/.exec(old)?.[0] ?? '');
  } else {
    newText = formatValue(newValue, contextAt(text, start));
  }
  return { start, end, newText };
}
