// Generates `contributes.configuration` in package.json from the rule
// registry, so every rule has an `okr.rules.<id>` setting whose description
// is the rule's own. `--check` only verifies (exit 1 when out of date).
//   npx tsx scripts/gen-settings.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '../server/src/core/rules/index';
import { ruleDocsUrl } from '../server/src/core/docs';

const PACKAGE = resolve(__dirname, '../package.json');

/** The `contributes.configuration` object for the current rule registry. */
export function settingsContribution(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of RULES) {
    const { id, description, defaultSeverity } = rule.meta;
    properties[`okr.rules.${id}`] = {
      type: 'string',
      // No default on purpose: an unset value leaves okr.config.yaml (or the rule's default) in charge.
      enum: ['off', 'info', 'warning', 'error'],
      enumDescriptions: ['Never report it.', 'Report it as information.', 'Report it as a warning.', 'Report it as an error.'],
      markdownDescription: `${description}\n\nUnset: \`okr.config.yaml\` decides, else the default \`${defaultSeverity}\`. [Rule documentation](${ruleDocsUrl(id)})`,
      scope: 'resource',
    };
  }
  properties['okr.objectiveLimit'] = {
    type: ['integer', 'null'],
    default: null,
    minimum: 1,
    markdownDescription: 'Most objectives a unit may have in one cycle before `objective-count` warns. Unset: `okr.config.yaml` decides, else 4.',
    scope: 'resource',
  };
  properties['okr.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    enumDescriptions: ['No tracing.', 'Trace the names of messages.', 'Trace messages with their content.'],
    description: 'Traces the messages between VS Code and the OKR language server (in the "OKR Lens" output).',
    scope: 'window',
  };
  return { title: 'OKR Lens', properties };
}

/** package.json's text with the generated configuration (other keys untouched). */
export function withSettings(text: string): string {
  const pkg = JSON.parse(text) as { contributes?: Record<string, unknown> };
  pkg.contributes = { ...(pkg.contributes ?? {}), configuration: settingsContribution() };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

if (require.main === module) {
  const before = readFileSync(PACKAGE, 'utf8');
  const after = withSettings(before);
  if (process.argv.includes('--check')) {
    if (before !== after) {
      console.error('package.json contributes.configuration is out of date: run npx tsx scripts/gen-settings.ts');
      process.exit(1);
    }
  } else if (before !== after) {
    writeFileSync(PACKAGE, after);
    console.log(`package.json: ${RULES.length} rule settings written`);
  }
}
