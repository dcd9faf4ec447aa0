// Offsets (the engine's currency) <-> LSP positions and ranges. The only
// place in the server where that conversion happens. LSP counts UTF-16 code
// units, which is what JavaScript string offsets are, so no re-encoding.
import type { Position, Range } from 'vscode-languageserver';
import type { OkrFile } from '../core/model';
import type { Span } from '../core/types';

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
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** LSP position of an offset (clamped to the text). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line]! };
  }

  /** Offset of an LSP position; characters past a line's end clamp to it. */
  offset(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(pos.line);
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  /** LSP range of a span. */
  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}

const byFile = new WeakMap<OkrFile, LineIndex>();

/** The line index of a parsed file, built once per file version (held weakly by the file). */
export function linesOf(file: OkrFile): LineIndex {
  let ix = byFile.get(file);
  if (!ix) byFile.set(file, (ix = new LineIndex(file.text)));
  return ix;
}
