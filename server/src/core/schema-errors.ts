// Turns ajv's errors into problems a person can act on, each on the narrowest
// YAML node: an unknown key on that key, a bad value on that value, a missing
// key on the first line of the mapping that lacks it. No JSON pointers leak out.
import { isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import type { ErrorObject } from 'ajv';
import { spanOf } from './model';
import { nearest } from './nearest';
import type { Span } from './types';

export interface SchemaProblem {
  messageId: 'unknownKey' | 'badEnum' | 'wrongType' | 'missingKey' | 'badPattern' | 'outOfRange' | 'badValue';
  message: string;
  span: Span;
  /** What a quick-fix needs: a suggested replacement value or key. */
  data?: { suggestion?: string; key?: string; allowed?: string[] };
}

type Seg = string | number;

/** Splits an ajv instancePath (JSON pointer) into segments. */
function segments(pointer: string): Seg[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => {
    const raw = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(raw) ? Number(raw) : raw;
  });
}

interface Located {
  node: Node | null;
  /** The key node that holds this value, when it is a map value. */
  key: Node | null;
}

function locate(doc: Document, path: Seg[]): Located {
  let node: Node | null = doc.contents as Node | null;
  let key: Node | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node, key };
      key = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = (node.items[seg] as Node | undefined) ?? node;
      key = null;
    } else {
      break;
    }
  }
  return { node, key };
}

function keySpanIn(map: Node | null, name: string): Span | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === name);
  return pair ? spanOf(pair.key as Node, { start: 0, end: 0 }) : undefined;
}

/** The first line of a node: a missing key is reported there, not across a whole block. */
function headSpan(text: string, located: Located): Span {
  const base = located.key ?? located.node;
  const span = spanOf(base, { start: 0, end: Math.min(1, text.length) });
  if (located.key) return span;
  const nl = text.indexOf('\n', span.start);
  const end = nl < 0 || nl > span.end ? span.end : nl;
  return { start: span.start, end: Math.max(end - (text[end - 1] === '\r' ? 1 : 0), span.start + 1) };
}

/** "an objective", "a key result": the schema title of where the error sits. */
function what(e: ErrorObject): string {
  if (e.instancePath === '') return 'an OKR file';
  const title = (e.parentSchema as { title?: string } | undefined)?.title;
  if (!title) return 'this mapping';
  return /^(a|an|the) /i.test(title) ? title : withArticle(title.toLowerCase());
}

/** Keys people reach for that the format spells differently. */
const KEY_SYNONYMS: Record<string, string> = {
  deadline: 'due', due_date: 'due', duedate: 'due', 'due-date': 'due', date_due: 'due',
  goal: 'target', start: 'baseline', current: 'baseline', from: 'baseline', to: 'target',
  krs: 'key_results', keyresults: 'key_results', 'key-results': 'key_results', results: 'key_results',
  okrs: 'objectives', goals: 'objectives', name: 'title', summary: 'title',
  depends: 'depends_on', dependencies: 'depends_on', aligns: 'aligns_to', 'aligns-to': 'aligns_to', aligned_to: 'aligns_to',
  tasks: 'initiatives', projects: 'initiatives', 'lead-measures': 'lead_measures', leads: 'lead_measures',
  url: 'source', link: 'evidence', confidence_level: 'confidence', responsible: 'owner', assignee: 'owner',
  northstar: 'north_star', 'north-star': 'north_star', nsm: 'north_star', kpi: 'kpis', metrics: 'kpis',
};

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function typeName(t: string): string {
  return ({ object: 'a mapping (key: value lines)', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false' } as Record<string, string>)[t] ?? t;
}

/** What a value should look like, from the failing schema's own title and first example. */
function expectedShape(e: ErrorObject, value: unknown): string {
  const schema = (e.parentSchema ?? {}) as { title?: string; examples?: unknown[]; description?: string; pattern?: string };
  const title = schema.title;
  if (title && /\bid\b/i.test(title) && !/reference/i.test(title)) {
    const kebab = typeof value === 'string' ? value.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') : '';
    return `${/^(a|an) /.test(title) ? title : withArticle(title)} in kebab-case, like '${kebab || 'my-id'}'`;
  }
  const example = schema.examples?.find((x) => typeof x === 'string');
  if (title) return `${title}${example !== undefined ? ` like ${String(example)}` : ''}`;
  if (example !== undefined) return `a value like ${String(example)}`;
  return schema.description ? firstSentence(schema.description).replace(/\.$/, '').toLowerCase() : `text matching ${schema.pattern ?? 'the format'}`;
}

/** Maps ajv errors onto the document. Errors of failed `oneOf` branches are folded into one. */
export function mapSchemaErrors(doc: Document, text: string, errors: readonly ErrorObject[]): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath);
  for (const e of errors) {
    // Inside a failed oneOf/anyOf, the branch errors are noise: the summary speaks for them.
    const underAlt = alternatives.some((p) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && (e.instancePath === p || e.instancePath.startsWith(`${p}/`)));
    if (underAlt) continue;
    const problem = mapOne(doc, text, e);
    if (!problem) continue;
    // One problem per node: `version: "1"` breaks both type and const; the first says enough.
    const k = `${problem.span.start}:${problem.span.end}:${problem.messageId === 'unknownKey' ? problem.message : ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(problem);
  }
  return out;
}

function mapOne(doc: Document, text: string, e: ErrorObject): SchemaProblem | undefined {
  const path = segments(e.instancePath);
  const located = locate(doc, path);
  const valueSpan = spanOf(located.node, headSpan(text, located));
  const field = typeof path[path.length - 1] === 'string' ? `'${path[path.length - 1]}'` : 'this item';
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const synonym = KEY_SYNONYMS[name.toLowerCase()];
      const near = synonym !== undefined && allowed.includes(synonym) ? synonym : nearest(name, allowed);
      // Renaming onto a key the mapping already has would only trade one error for another.
      const suggestion = near !== undefined && keySpanIn(located.node, near) === undefined ? near : undefined;
      const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
      return {
        messageId: 'unknownKey',
        message: `'${name}' is not a key of ${what(e)}.${hint} Keys of your own must start with 'x-'.`,
        span: keySpanIn(located.node, name) ?? valueSpan,
        data: { key: name, ...(suggestion ? { suggestion } : {}), allowed },
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        messageId: 'missingKey',
        message: `${capital(what(e))} needs '${missing}'.`,
        span: headSpan(text, located),
        data: { key: missing },
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = isScalar(located.node) ? located.node.value : undefined;
      const suggestion = typeof value === 'string' ? nearest(value, allowed) : undefined;
      return {
        messageId: 'badEnum',
        message: `${show(value)} is not allowed for ${field}; use one of ${allowed.join(', ')}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
        span: valueSpan,
        data: { allowed, ...(suggestion ? { suggestion } : {}) },
      };
    }
    case 'const': {
      const value = isScalar(located.node) ? located.node.value : undefined;
      return { messageId: 'badValue', message: `${field} must be ${JSON.stringify(params.allowedValue)}, not ${show(value)}.`, span: valueSpan, data: { suggestion: String(params.allowedValue) } };
    }
    case 'type': {
      const value = isScalar(located.node) ? located.node.value : (isSeq(located.node) ? [] : isMap(located.node) ? {} : null);
      return { messageId: 'wrongType', message: `${field} should be ${typeName(String(params.type))}, but it is ${show(value)}.`, span: valueSpan };
    }
    case 'pattern':
    case 'format': {
      const value = isScalar(located.node) ? located.node.value : undefined;
      const expected = e.keyword === 'format'
        ? ({ uri: 'a full URL (https://…)', date: 'a date like 2026-06-30', 'uri-reference': 'a URL' } as Record<string, string>)[String(params.format)] ?? `a valid ${params.format}`
        : expectedShape(e, value);
      return { messageId: 'badPattern', message: `${show(value)} is not valid for ${field}: expected ${expected}.`, span: valueSpan };
    }
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': {
      const value = isScalar(located.node) ? located.node.value : undefined;
      const bound = ({ minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' } as Record<string, string>)[e.keyword];
      return { messageId: 'outOfRange', message: `${field} must be ${bound} ${String(params.limit)}, not ${show(value)}.`, span: valueSpan };
    }
    case 'minItems': case 'maxItems':
      return { messageId: 'outOfRange', message: `${field} must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${String(params.limit)} item(s).`, span: valueSpan };
    case 'minLength':
      return { messageId: 'badValue', message: `${field} must not be empty.`, span: valueSpan };
    case 'uniqueItems':
      return { messageId: 'badValue', message: `${field} lists the same value twice.`, span: valueSpan };
    case 'oneOf': case 'anyOf': {
      const desc = (e.parentSchema as { description?: string } | undefined)?.description;
      const value = isScalar(located.node) ? located.node.value : (isMap(located.node) ? {} : isSeq(located.node) ? [] : null);
      return { messageId: 'badValue', message: `${show(value)} is not a valid value for ${field}.${desc ? ` ${firstSentence(desc)}` : ''}`, span: valueSpan };
    }
    default:
      return { messageId: 'badValue', message: `${field}: ${e.message ?? 'invalid value'}.`, span: valueSpan };
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function firstSentence(s: string): string {
  const m = /^[^.]*\./.exec(s);
  return m ? m[0] : s;
}
