// Offsets → 0-based line/character, computed once per file so that a
// workspace of thousands of nodes costs one scan of each text.
import type { TreePosition } from '../../protocol';
import { LineIndex as Lines } from '../lines';

/** Converts offsets in one text to `TreePosition`s. */
export class LineIndex {
  private readonly lines: Lines;

  constructor(
    private readonly path: string,
    text: string,
  ) {
    this.lines = new Lines(text);
  }

  /** The position of `offset` (clamped into the text). */
  at(offset: number): TreePosition {
    return { path: this.path, ...this.lines.position(offset) };
  }
}
