// The catalog holds together: every rule of SPEC §3 is registered, documented,
// tested by fixtures and configurable from VS Code settings.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/rules/index';

const ROOT = join(__dirname, '..', '..');

/** The rule ids of SPEC §3, in catalog order. */
const CATALOG = [
  'yaml-syntax', 'schema', 'duplicate-id', 'unresolved-reference', 'alignment-cycle', 'alignment-level',
  'cycle-mismatch', 'kr-is-task', 'kr-is-lead-measure', 'kr-is-kpi', 'kr-not-measurable',
  'kr-needs-baseline-target-due', 'kr-count', 'objective-count', 'objective-is-metric',
  'checkin-needs-evidence', 'kpi-needs-owner-threshold-source', 'north-star-needs-guardrails',
  'promoted-kpi-not-visible', 'no-compensation-link', 'owner-required',
];

describe('rule catalog', () => {
  it('registers exactly the rules of SPEC §3, once each', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.deepEqual([...ids].sort(), [...CATALOG].sort());
    assert.equal(new Set(ids).size, ids.length);
  });

  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const configuration = pkg.contributes?.configuration;
  const settings: Record<string, { enum?: string[]; default?: string; description?: string; markdownDescription?: string }> =
    Object.assign({}, ...(Array.isArray(configuration) ? configuration : [configuration ?? {}]).map((c: { properties?: object }) => c.properties ?? {}));

  for (const rule of RULES) {
    const { id } = rule.meta;
    describe(id, () => {
      it('lives in a file named by its id', () => {
        assert.ok(existsSync(join(ROOT, 'server', 'src', 'core', 'rules', `${id}.ts`)));
      });

      it('has metadata: description, messages, a known layer and severity', () => {
        assert.ok(rule.meta.description.length > 15);
        assert.ok(Object.keys(rule.meta.messages).length > 0);
        for (const [messageId, text] of Object.entries(rule.meta.messages)) {
          assert.match(messageId, /^[a-z][A-Za-z0-9]*$/, `message id ${messageId} is camelCase`);
          assert.ok(text.length > 0);
        }
        assert.ok(['syntax', 'structure', 'signals', 'change', 'execution', 'alignment'].includes(rule.meta.layer));
        assert.ok(['off', 'info', 'warning', 'error'].includes(rule.meta.defaultSeverity));
      });

      it('has a doc page with an example of the problem and of the fix', () => {
        const page = join(ROOT, 'docs', 'rules', `${id}.md`);
        assert.ok(existsSync(page), `docs/rules/${id}.md`);
        const text = readFileSync(page, 'utf8');
        assert.match(text, new RegExp(`^# ${id}`, 'm'));
        assert.ok((text.match(/```yaml/g) ?? []).length >= 2, 'a bad and a good YAML example');
      });

      it('has valid and invalid fixtures', () => {
        for (const kind of ['valid', 'invalid']) {
          const dir = join(ROOT, 'test', 'fixtures', 'rules', id, kind);
          assert.ok(existsSync(dir) && readdirSync(dir).length > 0, `test/fixtures/rules/${id}/${kind}/`);
        }
      });

      it(`has a VS Code setting okr.rules.${id}`, () => {
        const s = settings[`okr.rules.${id}`];
        assert.ok(s, `contributes.configuration okr.rules.${id}`);
        assert.deepEqual(s.enum, ['off', 'info', 'warning', 'error']);
      });
    });
  }
});
