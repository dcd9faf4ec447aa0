import type { Rule } from '../rule';

/** The file is not one well-formed YAML document. */
const rule: Rule = {
  meta: {
    id: 'yaml-syntax',
    layer: 'syntax',
    defaultSeverity: 'error',
    description: 'The file must be one well-formed YAML document.',
    fixable: false,
    scope: 'file',
    messages: {
      invalidYaml: '{detail}',
      duplicateKey: '{detail}',
      multipleDocuments: '{detail}',
      tooLarge: '{detail}',
      tooDeep: '{detail}',
      binary: '{detail}',
      unparseable: '{detail}',
      aliasBomb: '{detail}',
    },
  },
  check(ctx) {
    for (const p of ctx.file.syntax) {
      ctx.report({ messageId: p.messageId, args: { detail: p.message }, span: p.span });
    }
  },
};
export default rule;
