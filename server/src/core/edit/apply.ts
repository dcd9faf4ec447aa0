// Applying and combining offset edits. Edits always refer to the original text.
import type { OffsetEdit } from '../types';

/** Edits in application order: by start, insertions before replacements at the same offset, else stable. */
export function sortEdits(edits: readonly OffsetEdit[]): OffsetEdit[] {
  return edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
}

/** Applies non-overlapping edits to `text`; throws when two edits overlap or one is out of bounds. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = '';
  let pos = 0;
  for (const e of sortEdits(edits)) {
    if (e.start < 0 || e.end < e.start || e.end > text.length) {
      throw new RangeError(`edit [${e.start}, ${e.end}) is outside the text (length ${text.length})`);
    }
    if (e.start < pos) throw new RangeError(`edit [${e.start}, ${e.end}) overlaps an earlier edit ending at ${pos}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * Two edits conflict when they overlap or merely touch: a fix that inserts
 * at the boundary of another fix's deletion may land on the wrong side of it.
 */
export function editsConflict(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Result of combining several fixes into one edit set. */
export interface CombinedEdits {
  edits: OffsetEdit[];
  /** Indexes (into the input) of the edit sets that were taken. */
  applied: number[];
  /** Indexes of the edit sets dropped because they conflicted (or `accept` refused them). */
  skipped: number[];
}

/**
 * Combines fixes for "fix all": each edit set is taken whole, in order, unless
 * it conflicts with one already taken. `accept` may veto a combination whose
 * edits are disjoint but whose joint result is wrong (e.g. two moves emptying
 * one list); it sees the candidate edit set.
 */
export function combineEditSets(
  sets: readonly (readonly OffsetEdit[])[],
  accept?: (edits: OffsetEdit[]) => boolean,
): CombinedEdits {
  const taken: OffsetEdit[] = [];
  const applied: number[] = [];
  const skipped: number[] = [];
  sets.forEach((set, index) => {
    const clash = set.some((e) => taken.some((t) => editsConflict(e, t)))
      // Edits inside one set must be disjoint too, or the set is broken.
      || set.some((e, i) => set.some((f, j) => j > i && e.start < f.end && f.start < e.end));
    const candidate = [...taken, ...set];
    if (clash || (accept !== undefined && applied.length > 0 && !accept(candidate))) {
      skipped.push(index);
      return;
    }
    taken.push(...set);
    applied.push(index);
  });
  return { edits: sortEdits(taken), applied, skipped };
}
