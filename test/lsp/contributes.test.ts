// The extension manifest's contributions: every rule has a setting (kept in
// sync by scripts/gen-settings.ts), the language, grammar, snippets and
// commands are declared, and the new-file template lints clean.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '../../server/src/core/rules/index';
import { Project } from '../../server/src/core/project';
import { withSettings } from '../../scripts/gen-settings';
import { okrFileTemplate, currentQuarter } from '../../client/src/template';

const ROOT = resolve(__dirname, '../..');
const text = readFileSync(resolve(ROOT, 'package.json'), 'utf8');
const pkg = JSON.parse(text);

describe('extension manifest', () => {
  it('has an okr.rules.<id> setting for every rule, described by the rule meta (and is up to date)', () => {
    const props = pkg.contributes.configuration.properties;
    for (const rule of RULES) {
      const s = props[`okr.rules.${rule.meta.id}`];
      assert.ok(s, `missing okr.rules.${rule.meta.id}`);
      assert.deepEqual(s.enum, ['off', 'info', 'warning', 'error']);
      assert.ok(s.markdownDescription.startsWith(rule.meta.description));
    }
    assert.equal(Object.keys(props).filter((k) => k.startsWith('okr.rules.')).length, RULES.length, 'no settings for rules that do not exist');
    assert.ok(props['okr.objectiveLimit'] && props['okr.trace.server']);
    assert.equal(withSettings(text), text, 'run: npx tsx scripts/gen-settings.ts');
  });

  it('declares the okr language with YAML highlighting, its configuration, snippets and schema validation', () => {
    const c = pkg.contributes;
    assert.deepEqual(c.languages[0].extensions, ['.okr.yaml', '.okr.yml']);
    for (const path of [c.languages[0].configuration, c.grammars[0].path, c.snippets[0].path, c.yamlValidation[0].url]) {
      assert.ok(existsSync(resolve(ROOT, path)), path);
      JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
    }
    assert.deepEqual(JSON.parse(readFileSync(resolve(ROOT, c.grammars[0].path), 'utf8')).patterns, [{ include: 'source.yaml' }]);
    assert.deepEqual(pkg.activationEvents, ['onLanguage:okr', 'workspaceContains:**/*.okr.yaml', 'workspaceContains:**/*.okr.yml']);
  });

  it('contributes the four commands under the OKR category', () => {
    const commands = pkg.contributes.commands as Array<{ command: string; category: string }>;
    assert.deepEqual(commands.map((c) => c.command).sort(), ['okr.fixAll', 'okr.newFile', 'okr.restartServer', 'okr.showAlignmentTree']);
    assert.ok(commands.every((c) => c.category === 'OKR'));
  });

  it('writes new files that parse, pass the schema and lint clean', () => {
    const p = new Project();
    p.workspace.set('/ws/acme.okr.yaml', okrFileTemplate({ unit: 'acme', level: 'company', cycle: '2026-Q3' }));
    p.workspace.set('/ws/growth.okr.yaml', okrFileTemplate({ unit: 'growth', level: 'domain', cycle: '2026-Q3', parent: 'acme' }));
    for (const path of ['/ws/acme.okr.yaml', '/ws/growth.okr.yaml']) {
      const bad = p.findings(path).filter((f) => f.severity !== 'info');
      assert.deepEqual(bad.map((f) => `${f.rule}: ${f.message}`), []);
    }
    assert.equal(currentQuarter(new Date(2026, 4, 3)), '2026-Q2');
  });
});
