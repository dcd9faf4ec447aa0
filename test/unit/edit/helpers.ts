// Shared checks for the edit tests: exact output, clean re-parse, every
// comment kept, and (for whole files) the published schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Lexer, parseDocument } from 'yaml';
import { applyEdits } from '../../../server/src/core/edit/apply';
import type { OffsetEdit } from '../../../server/src/core/types';

/** Joins lines with "\n" and a final newline, so expected files read like files. */
export function file(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The same text with CRLF line endings. */
export function crlf(text: string): string {
  return text.replace(/\n/g, '\r\n');
}

/** Every comment of a YAML text, in order (the lexer never mistakes `#` in a quoted scalar for one). */
export function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#'));
}

const schemaPath = fileURLToPath(new URL('../../../schemas/okr.schema.json', import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

/** Asserts `text` is one error-free YAML document that passes schemas/okr.schema.json. */
export function assertValidOkr(text: string): void {
  const doc = parseDocument(text);
  assert.deepEqual(doc.errors.map((e) => e.message), []);
  const ok = validate(doc.toJS());
  assert.ok(ok, `schema: ${JSON.stringify(validate.errors, null, 1)}`);
}

/**
 * Applies `edits` to `input` and checks the result is exactly `expected`,
 * parses cleanly, keeps every comment of the input, and (when `schema`)
 * passes the schema.
 */
export function assertEdits(input: string, edits: OffsetEdit[] | undefined, expected: string, schema = true): string {
  assert.ok(edits, 'expected edits, got undefined');
  const out = applyEdits(input, edits);
  assert.equal(out, expected);
  assert.deepEqual(parseDocument(out).errors.map((e) => e.message), []);
  const after = comments(out);
  for (const c of comments(input)) {
    const i = after.indexOf(c);
    assert.ok(i !== -1, `comment lost: ${c}`);
    after.splice(i, 1);
  }
  if (schema) assertValidOkr(out);
  return out;
}
