// The "disable for this line" action: an `# okr-disable-next-line` comment
// written above the line, or the rule added to one already there.
import { isScalar, parseDocument, visit } from 'yaml';
import type { OffsetEdit } from '../types';
import { Lines } from './text';

const DIRECTIVE = /^(\s*#\s*okr-disable-next-line)(\s+([^\r\n]*?))?(\s+--\s.*)?\s*$/;

/**
 * The edit that silences `ruleId` on the line holding `offset`; undefined
 * when the rule is already listed there or the line is the inside of a
 * multi-line scalar (a comment there would become part of the text).
 */
export function disableNextLineComment(text: string, offset: number, ruleId: string): OffsetEdit | undefined {
  const lines = new Lines(text);
  const line = lines.lineOf(Math.max(0, Math.min(offset, text.length)));
  const lineStart = lines.start(line);
  if (insideMultilineScalar(text, lineStart)) return undefined;
  if (line > 0) {
    const prev = lines.content(line - 1);
    const m = DIRECTIVE.exec(prev);
    if (m) {
      const rules = (m[3] ?? '').split(',').map((r) => r.trim()).filter((r) => r !== '');
      if (rules.includes(ruleId)) return undefined;
      // With no rule listed the directive silences everything already.
      if (rules.length === 0) return undefined;
      const listEnd = lines.start(line - 1) + (m[1] ?? '').length + (m[2] ?? '').length;
      return { start: listEnd, end: listEnd, newText: `, ${ruleId}` };
    }
  }
  const indent = /^[ \t]*/.exec(lines.content(line))?.[0] ?? '';
  return { start: lineStart, end: lineStart, newText: `${indent}# okr-disable-next-line ${ruleId}${lines.eol}` };
}

/** True when `lineStart` falls strictly inside a scalar that spans lines (block, quoted or plain). */
function insideMultilineScalar(text: string, lineStart: number): boolean {
  let inside = false;
  visit(parseDocument(text), (_, node) => {
    if (isScalar(node) && node.range && node.range[0] < lineStart && lineStart < node.range[1]) {
      inside = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return inside;
}
