// Scalars of the fast path, resolved exactly as the `yaml` package resolves
// them: plain scalars through the core schema's own tag objects, quoted
// scalars with the same escapes.
import { Document, Scalar, isScalar } from 'yaml';
import { BAIL } from './lines';

interface ScalarTag {
  tag: string;
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve(value: string, onError: (message: string) => void, options: object): unknown;
}

const CORE = new Document().schema.tags as unknown as ScalarTag[];
/** The tags `yaml` tries on a plain scalar, in its order. */
const TESTED = CORE.filter((t) => t.default === true && t.test instanceof RegExp);
const STR = CORE.find((t) => t.tag === 'tag:yaml.org,2002:str')!;
const RESOLVE_OPTIONS = { intAsBigInt: false };
const fail = (): void => {
  throw BAIL;
};

// Bound once: a bundled CommonJS import reads these through a getter on every use.
const ScalarNode = Scalar;
const PLAIN = Scalar.PLAIN;
const QUOTE_DOUBLE = Scalar.QUOTE_DOUBLE;
const QUOTE_SINGLE = Scalar.QUOTE_SINGLE;
const isScalarNode = isScalar;

/** The only words starting with n, N, t, T, f, F or ~ that a core tag (null, bool) accepts. */
const WORDS = new Set(['~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** The core tag `yaml` resolves a plain scalar with: the first tag whose test matches, else str. */
function tagOf(source: string): ScalarTag {
  if (source.length === 0) return TESTED.find((t) => t.test!.test(source)) ?? STR;
  const c = source.charCodeAt(0);
  // Numbers (int, float, .inf, .nan) start with a digit, a sign or a dot.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return TESTED.find((t) => t.test!.test(source)) ?? STR;
  // Null and bool are whole words; any other text is a string.
  return WORDS.has(source) ? TESTED.find((t) => t.test!.test(source)) ?? STR : STR;
}

/** A plain scalar node for `source` (already trimmed) at [start, end, nodeEnd]. */
export function plainScalar(source: string, start: number, end: number, nodeEnd: number): Scalar {
  const tag = tagOf(source);
  const res = tag === STR ? source : tag.resolve(source, fail, RESOLVE_OPTIONS);
  const scalar = isScalarNode(res) ? res : new ScalarNode(res);
  scalar.range = [start, end, nodeEnd];
  scalar.source = source;
  scalar.type = PLAIN;
  if (tag.format) scalar.format = tag.format;
  return scalar as Scalar;
}

/** A quoted scalar node with its decoded value. */
export function quotedScalar(value: string, double: boolean, start: number, end: number, nodeEnd: number): Scalar {
  const scalar = new ScalarNode(value);
  scalar.range = [start, end, nodeEnd];
  scalar.source = value;
  scalar.type = double ? QUOTE_DOUBLE : QUOTE_SINGLE;
  return scalar;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/**
 * Reads a quoted scalar opening at `start` that closes on the same line
 * (before `lineEnd`); returns its value and the offset past the closing quote.
 */
export function readQuoted(text: string, start: number, lineEnd: number): { value: string; end: number } {
  const q = text[start];
  if (q === "'") {
    let value = '';
    let from = start + 1;
    for (;;) {
      const i = text.indexOf("'", from);
      if (i < 0 || i >= lineEnd) throw BAIL;
      value += text.slice(from, i);
      if (text[i + 1] === "'" && i + 1 < lineEnd) {
        value += "'";
        from = i + 2;
        continue;
      }
      return { value, end: i + 1 };
    }
  }
  let value = '';
  let from = start + 1;
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) return { value: value + text.slice(from, i), end: i + 1 };
    if (c !== 92 /* \ */) continue;
    value += text.slice(from, i);
    const next = text[i + 1];
    if (next === undefined || i + 1 >= lineEnd) throw BAIL;
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      i += 1;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = text.slice(i + 2, i + 2 + length);
      if (hex.length !== length || i + 2 + length > lineEnd || !/^[0-9a-fA-F]+$/.test(hex)) throw BAIL;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw BAIL;
      value += String.fromCodePoint(code);
      i += 1 + length;
    } else {
      throw BAIL;
    }
    from = i + 1;
  }
  throw BAIL;
}
