// Line arithmetic over the original text. Every edit in this folder is a
// splice computed from these offsets, so nothing outside the edit is re-printed.
import { lineOfStarts } from '../lines';

/** A line-indexed view of a file's text (BOM and CRLF aware). */
export class Lines {
  readonly starts: number[];
  /** The file's own line ending, used for every line an edit adds. */
  readonly eol: string;

  constructor(readonly text: string) {
    // The BOM sits before column 0 so that text is never inserted in front of it.
    this.starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  get count(): number {
    return this.starts.length;
  }

  /** Index of the line holding `offset`. */
  lineOf(offset: number): number {
    return lineOfStarts(this.starts, offset);
  }

  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** Offset where the next line starts (or the end of the text). */
  next(line: number): number {
    return line + 1 < this.starts.length ? this.start(line + 1) : this.text.length;
  }

  /** The line's content without its line ending. */
  content(line: number): string {
    return this.text.slice(this.start(line), this.next(line)).replace(/\r?\n$/, '');
  }

  indent(line: number): number {
    const c = this.content(line);
    return c.length - c.trimStart().length;
  }

  column(offset: number): number {
    return offset - this.start(this.lineOf(offset));
  }

  isBlank(line: number): boolean {
    return line >= 0 && line < this.count && this.content(line).trim() === '';
  }

  isComment(line: number): boolean {
    return line >= 0 && line < this.count && this.content(line).trimStart().startsWith('#');
  }

  /** True when the line has no line ending (the last line of a file without a final newline). */
  unterminated(line: number): boolean {
    return line === this.count - 1 && !this.text.endsWith('\n');
  }

  /** Line of the last non-whitespace character before `end` (node ranges end after trailing space). */
  lastContentLine(end: number): number {
    let i = end - 1;
    while (i > 0 && /\s/.test(this.text[i] ?? '')) i--;
    return this.lineOf(Math.max(i, 0));
  }
}

/**
 * Shifts every line of `block` by `delta` columns. Whitespace-only lines
 * lose what they can; returns undefined when a line would lose content.
 */
export function reindent(block: string, delta: number): string | undefined {
  if (delta === 0) return block;
  const out: string[] = [];
  for (const line of block.split('\n')) {
    const body = line.replace(/\r$/, '');
    if (body.trim() === '') {
      // Keep empty lines empty: padding them would change nothing but diffs.
      out.push(delta > 0 ? line : line.slice(Math.min(-delta, body.length)));
      continue;
    }
    if (delta > 0) {
      out.push(' '.repeat(delta) + line);
    } else {
      const lead = body.length - body.trimStart().length;
      if (lead < -delta || /\t/.test(body.slice(0, -delta))) return undefined;
      out.push(line.slice(-delta));
    }
  }
  return out.join('\n');
}
