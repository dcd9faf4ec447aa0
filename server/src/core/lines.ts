// Offsets <-> lines, the one implementation the engine, CLI, tree and
// language server share. Columns are UTF-16 code units (JavaScript string
// offsets), which is also what LSP and SARIF count by default.

/** Zero-based line of `offset`, by binary search over line-start offsets. */
export function lineOfStarts(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A zero-based line and character. Structurally an LSP `Position`. */
export interface LineCharacter {
  line: number;
  character: number;
}

/** Line starts of one text, for offset <-> position in O(log n). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Number of lines (a trailing newline opens one more, empty line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a (clamped) line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Offset just past a line's last character (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    return next > this.lineStart(line) && this.text[next - 1] === '\r' ? next - 1 : next;
  }

  /** The text of one line without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Zero-based line of an offset. */
  lineOf(offset: number): number {
    return lineOfStarts(this.starts, offset);
  }

  /** Line and character of an offset (clamped to the text). */
  position(offset: number): LineCharacter {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line]! };
  }

  /** Offset of a line and character; characters past a line's end clamp to it. */
  offset(pos: LineCharacter): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(pos.line);
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
}
