// Walking the OKR JSON Schema by a YAML path, for key hovers and completion.
import { okrSchema } from '../core/schema';

/** The parts of a JSON Schema node this server reads. */
export interface SchemaNode {
  description?: string;
  title?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  $ref?: string;
}

const root = okrSchema as unknown as SchemaNode & { $defs?: Record<string, SchemaNode> };

/** Follows `$ref` (keeping the referring node's own description, which is the more specific one). */
function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n?.$ref && i < 10; i++) {
    const name = /^#\/\$defs\/(.+)$/.exec(n.$ref)?.[1];
    const target = name ? root.$defs?.[name] : undefined;
    if (!target) return n;
    n = { ...target, ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== '$ref')) };
  }
  return n;
}

/** The object-shaped alternatives of a node (a cycle is a string or an object). */
function variants(node: SchemaNode | undefined): SchemaNode[] {
  const n = deref(node);
  if (!n) return [];
  const alts = [...(n.oneOf ?? []), ...(n.anyOf ?? [])].map(deref).filter((x): x is SchemaNode => !!x);
  return alts.length > 0 ? [n, ...alts] : [n];
}

/** The schema of the value at a path of keys and list indexes; undefined when the path leaves the schema. */
export function schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const seg of path) {
    let next: SchemaNode | undefined;
    for (const v of variants(node)) {
      if (typeof seg === 'number') next = v.items;
      else next = v.properties?.[seg] ?? (seg.startsWith('x-') ? v.patternProperties?.['^x-'] : undefined);
      if (next) break;
    }
    node = deref(next);
    if (!node) return undefined;
  }
  return node;
}

/** The keys an object at `path` may have, with their schemas. */
export function propertiesAt(path: readonly (string | number)[]): Array<[string, SchemaNode]> {
  const out: Array<[string, SchemaNode]> = [];
  for (const v of variants(schemaAt(path))) {
    for (const [k, s] of Object.entries(v.properties ?? {})) if (!out.some(([x]) => x === k)) out.push([k, deref(s) ?? s]);
  }
  return out;
}

/** Enum values (or the const) allowed at `path`. */
export function enumAt(path: readonly (string | number)[]): unknown[] {
  const out: unknown[] = [];
  for (const v of variants(schemaAt(path))) {
    if (v.enum) out.push(...v.enum);
    if (v.const !== undefined) out.push(v.const);
  }
  return out;
}
