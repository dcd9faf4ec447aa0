import type { Rule } from '../rule';
import { okrValidator } from '../schema';
import { mapSchemaErrors } from '../schema-errors';

/** A JSON Schema violation, phrased for a person and placed on the narrowest node. */
const rule: Rule = {
  meta: {
    id: 'schema',
    layer: 'structure',
    defaultSeverity: 'error',
    description: 'The file must follow the OKR file format (schemas/okr.schema.json).',
    fixable: true,
    scope: 'file',
    messages: {
      notAMapping: 'An OKR file is a mapping of keys (version, unit, level, cycle, objectives…), not {found}.',
      unknownKey: '{detail}',
      badEnum: '{detail}',
      wrongType: '{detail}',
      missingKey: '{detail}',
      badPattern: '{detail}',
      outOfRange: '{detail}',
      badValue: '{detail}',
    },
  },
  check(ctx) {
    const { file } = ctx;
    if (!file.doc || file.data === undefined && file.syntax.length > 0) return;
    if (!file.root) {
      const contents = file.doc.contents;
      const found = contents === null || file.data === null || file.data === undefined ? 'an empty document'
        : Array.isArray(file.data) ? 'a list' : 'a single value';
      const start = contents?.range?.[0] ?? 0;
      const end = contents?.range?.[1] ?? Math.min(file.text.length, start + 1);
      ctx.report({ messageId: 'notAMapping', args: { found }, span: { start, end: Math.max(end, start + 1) } });
      return;
    }
    const validate = okrValidator();
    if (validate(file.data)) return;
    for (const p of mapSchemaErrors(file.doc, file.text, validate.errors ?? [])) {
      const suggestion = p.data?.suggestion;
      // Enum values and keys are plain words, so the replacement needs no quoting.
      const fixable = suggestion !== undefined && (p.messageId === 'badEnum' || p.messageId === 'unknownKey')
        && /^[A-Za-z0-9_-]+$/.test(suggestion);
      ctx.report({
        messageId: p.messageId, args: { detail: p.message }, span: p.span,
        ...(p.data ? { data: p.data } : {}),
        ...(fixable ? { fixes: [{ title: `Change to '${suggestion}'`, edits: [{ ...p.span, newText: suggestion }], safe: true, preferred: true }] } : {}),
      });
    }
  },
};
export default rule;

