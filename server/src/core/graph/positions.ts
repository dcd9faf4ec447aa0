// Offsets → 0-based line/character, computed once per file so that a
// workspace of thousands of nodes costs one scan of each text.
import type { TreePosition } from '../../protocol';

/** Converts offsets in one text to `TreePosition`s. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(
    private readonly path: string,
    text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  /** The position of `offset` (clamped into the text). */
  at(offset: number): TreePosition {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { path: this.path, line: lo, character: Math.max(0, offset - (this.starts[lo] ?? 0)) };
  }
}
