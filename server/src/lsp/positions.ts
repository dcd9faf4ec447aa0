// Offsets (the engine's currency) <-> LSP positions and ranges. The only
// place in the server where that conversion happens. LSP counts UTF-16 code
// units, which is what JavaScript string offsets are, so no re-encoding.
import type { Range } from 'vscode-languageserver';
import { LineIndex as CoreLineIndex } from '../core/lines';
import type { OkrFile } from '../core/model';
import type { Span } from '../core/types';

/** The core line index, plus LSP ranges. */
export class LineIndex extends CoreLineIndex {
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
