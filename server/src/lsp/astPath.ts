// What sits at an offset in a parsed file: the path of keys and indexes down
// to it, and whether the offset is on a key or a value.
import { isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
import type { OkrFile } from '../core/model';
import type { Span } from '../core/types';

/** The node under an offset. */
export interface PathHit {
  path: (string | number)[];
  /** On the key itself (the path ends with that key). */
  onKey: boolean;
  /** Span of the key or scalar value under the offset. */
  span: Span;
}

/** The path at `offset`, or undefined outside every key and value (or when the file does not parse). */
export function pathAt(file: OkrFile, offset: number): PathHit | undefined {
  const contents = file.doc?.contents as Node | null | undefined;
  if (!contents) return undefined;
  const path: (string | number)[] = [];
  let node: Node | null | undefined = contents;
  for (let depth = 0; node && depth < 200; depth++) {
    if (isMap(node)) {
      let next: Node | null | undefined;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (isScalar(key) && key.range && key.range[0] <= offset && offset <= key.range[1]) {
          return { path: [...path, String(key.value)], onKey: true, span: { start: key.range[0], end: key.range[1] } };
        }
        if (value?.range && value.range[0] <= offset && offset <= value.range[1] && isScalar(key)) {
          path.push(String(key.value));
          next = value;
          break;
        }
      }
      node = next;
    } else if (isSeq(node)) {
      const i: number = node.items.findIndex((it) => {
        const r = (it as Node | null)?.range;
        return !!r && r[0] <= offset && offset <= r[1];
      });
      if (i < 0) return undefined;
      path.push(i);
      node = node.items[i] as Node;
    } else if (isScalar(node) && node.range) {
      return { path, onKey: false, span: { start: node.range[0], end: node.range[1] } };
    } else {
      return undefined;
    }
  }
  return undefined;
}
