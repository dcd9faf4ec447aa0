// Compares the fast path's result with the yaml package's, node by node.
import { parseAllDocuments, isMap, isPair, isScalar, isSeq, isDocument, type Document, type Node } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import { fastParse } from '../../../server/src/core/fastyaml/index';

/** The yaml package's reading of `text`, with the options parse.ts uses. */
export function yamlDoc(text: string): Document.Parsed | undefined {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  return Array.isArray(docs) ? docs.find(isDocument) as Document.Parsed | undefined : undefined;
}

/** Scalar fields that must match; comments are not part of the fast path's contract. */
const SCALAR_FIELDS = ['value', 'type', 'format', 'minFractionDigits', 'source', 'tag', 'anchor'] as const;

/** The first difference between two nodes, as a path and a description, or undefined. */
export function diffNodes(a: unknown, b: unknown, path = '$'): string | undefined {
  if (a === null || b === null || a === undefined || b === undefined) return a === b ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: class ${(a as object).constructor.name} vs ${(b as object).constructor.name}`;
  if (isPair(a) && isPair(b)) return diffNodes(a.key, b.key, `${path}.key`) ?? diffNodes(a.value, b.value, `${path}.value`);
  const na = a as Node;
  const nb = b as Node;
  if (!isDeepStrictEqual(na.range, nb.range)) return `${path}: range ${JSON.stringify(na.range)} vs ${JSON.stringify(nb.range)}`;
  if (isScalar(a) && isScalar(b)) {
    for (const f of SCALAR_FIELDS) {
      if (!isDeepStrictEqual(a[f], b[f])) return `${path}: ${f} ${JSON.stringify(a[f])} vs ${JSON.stringify(b[f])}`;
    }
    return undefined;
  }
  if ((isMap(a) && isMap(b)) || (isSeq(a) && isSeq(b))) {
    if (Boolean(a.flow) !== Boolean(b.flow)) return `${path}: flow ${a.flow} vs ${b.flow}`;
    if (a.tag !== b.tag) return `${path}: tag ${a.tag} vs ${b.tag}`;
    if (a.items.length !== b.items.length) return `${path}: ${a.items.length} items vs ${b.items.length}`;
    for (let i = 0; i < a.items.length; i++) {
      const d = diffNodes(a.items[i], b.items[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  return `${path}: unexpected node kinds`;
}

/**
 * Runs both parsers on `text`. Returns 'fallback' when the fast path declined,
 * 'same' when it agreed with yaml in every node, range and value, else the difference.
 */
export function differential(text: string): 'fallback' | 'same' | string {
  const fast = fastParse(text);
  if (!fast) return 'fallback';
  const ref = yamlDoc(text);
  if (!ref) return 'yaml found no document but the fast path did';
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  if (Array.isArray(docs) && docs.length !== 1) return `yaml found ${docs.length} documents`;
  if (ref.errors.length > 0 || ref.warnings.length > 0) return `yaml reports ${[...ref.errors, ...ref.warnings].map((e) => e.code).join(', ')} but the fast path accepted the text`;
  if (fast.doc.errors.length > 0 || fast.doc.warnings.length > 0) return 'fast doc has errors';
  if (!isDeepStrictEqual(fast.doc.range, ref.range)) return `doc range ${JSON.stringify(fast.doc.range)} vs ${JSON.stringify(ref.range)}`;
  if (JSON.stringify(fast.doc.directives) !== JSON.stringify(ref.directives)) return `directives ${JSON.stringify(fast.doc.directives)} vs ${JSON.stringify(ref.directives)}`;
  if (fast.doc.schema.name !== ref.schema.name) return 'schema differs';
  const d = diffNodes(fast.doc.contents, ref.contents);
  if (d) return d;
  const js = ref.toJS();
  if (!isDeepStrictEqual(fast.doc.toJS(), js)) return 'doc.toJS() differs';
  if (!isDeepStrictEqual(fast.data, js)) return `data differs from toJS: ${JSON.stringify(fast.data)} vs ${JSON.stringify(js)}`;
  const size = countValues(js);
  if (fast.size !== size) return `size ${fast.size} vs ${size} values`;
  return 'same';
}

/** Values in a plain JS tree, counted the way parse.ts's expandedSize counts them (no sharing here). */
function countValues(v: unknown): number {
  if (v === null || typeof v !== 'object') return 1;
  let n = 1;
  for (const c of Array.isArray(v) ? v : Object.values(v)) n += countValues(c);
  return n;
}
