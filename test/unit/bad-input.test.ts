// Every way a file can be wrong gives a located diagnostic; nothing throws or hangs.
import assert from 'node:assert/strict';
import { projectOf, locate } from '../support/workspace';
import { MAX_FILE_BYTES } from '../../server/src/core/parse';

const GOOD = `version: 1
unit: growth
level: team
cycle: 2026-Q2
owner: Dana Lee
objectives: []
`;

function run(text: string, name = 'a.okr.yaml') {
  const project = projectOf({ [name]: text });
  return project.findings(name).map((f) => ({ ...locate(text, f), severity: f.severity, message: f.message }));
}

describe('bad input', () => {
  it('empty file: one schema error saying what an OKR file is, on line 1', () => {
    const out = run('');
    assert.deepEqual(out.map((f) => [f.rule, f.messageId, f.line]), [['schema', 'notAMapping', 1]]);
    assert.match(out[0]!.message, /empty document/);
  });

  it('a scalar or a list at the top is named as such', () => {
    assert.match(run('just text\n')[0]!.message, /a single value/);
    const list = run('- a\n- b\n');
    assert.equal(list[0]!.messageId, 'notAMapping');
    assert.match(list[0]!.message, /a list/);
  });

  it('tab indentation is a yaml-syntax error on the tab', () => {
    const text = 'version: 1\nobjectives:\n\t- id: x\n';
    const out = run(text);
    assert.equal(out[0]!.rule, 'yaml-syntax');
    assert.equal(out[0]!.line, 3);
  });

  it('CRLF line endings and a BOM parse like plain text', () => {
    assert.deepEqual(run(GOOD.replace(/\n/g, '\r\n')), []);
    assert.deepEqual(run(`\ufeff${GOOD}`), []);
  });

  it('duplicate keys are reported on the second key', () => {
    const text = GOOD.replace('owner: Dana Lee\n', 'owner: Dana Lee\nowner: Sam\n');
    const out = run(text);
    assert.deepEqual(out.map((f) => [f.rule, f.messageId, f.line, f.column]), [['yaml-syntax', 'duplicateKey', 6, 1]]);
  });

  it('anchors and aliases are read; an alias bomb is stopped with a diagnostic', () => {
    const ok = GOOD.replace('owner: Dana Lee', 'owner: &dana Dana Lee\nx-lead: *dana');
    assert.deepEqual(run(ok), []);
    const lines = ['version: 1', 'x-a: &a [x, x, x, x, x, x, x, x, x, x]'];
    const names = 'abcdefghij';
    for (let i = 1; i < names.length; i++) {
      const prev = names[i - 1];
      lines.push(`x-${names[i]}: &${names[i]} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`);
    }
    const bomb = run(`${lines.join('\n')}\n`);
    assert.equal(bomb.length, 1);
    assert.equal(bomb[0]!.messageId, 'aliasBomb');
    assert.equal(bomb[0]!.line, 3); // the first alias use
  });

  it('a second YAML document is flagged where it starts; the first is still checked', () => {
    const out = run(`${GOOD}---\nunit: other\n`);
    assert.deepEqual(out.map((f) => [f.messageId, f.line]), [['multipleDocuments', 7]]);
  });

  it('binary bytes give one diagnostic at the first NUL', () => {
    const out = run('version: 1\nun\u0000it: x\n');
    assert.deepEqual(out.map((f) => [f.messageId, f.line, f.column]), [['binary', 2, 3]]);
  });

  it('a file over the size limit is reported, not parsed', () => {
    const big = `${GOOD}${'# padding line\n'.repeat(Math.ceil(MAX_FILE_BYTES / 15) + 10)}`;
    const out = run(big);
    assert.deepEqual(out.map((f) => [f.messageId, f.line]), [['tooLarge', 1]]);
  });

  it('100k-deep nesting is a diagnostic, not a crash', () => {
    const out = run(`x-deep: ${'['.repeat(100000)}${']'.repeat(100000)}\n`);
    assert.ok(out.length >= 1);
    assert.ok(out.every((f) => f.rule === 'yaml-syntax' || f.rule === 'schema'));
  });

  it('half-typed YAML gives located problems and later keys are not lost', () => {
    const out = run('version: 1\nunit: "growth\nlevel: team\n');
    assert.ok(out.length > 0);
    assert.ok(out.every((f) => f.line >= 2));
  });

  it('random garbage never throws', () => {
    let seed = 42;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = 'ab:- \n\t#&*[]{}"\'|>!%@`,?0.\u00e9\r';
    for (let i = 0; i < 300; i++) {
      let text = GOOD;
      for (let k = 0; k < 5; k++) {
        const at = Math.floor(rnd() * text.length);
        const ch = alphabet[Math.floor(rnd() * alphabet.length)]!;
        text = rnd() < 0.5 ? text.slice(0, at) + ch + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      }
      const findings = projectOf({ 'a.okr.yaml': text }).findings('a.okr.yaml');
      for (const f of findings) {
        assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `bad span for ${JSON.stringify(text)}`);
        assert.notEqual(f.messageId, 'internalError', f.message);
      }
    }
  });
});

describe('nesting guard', () => {
  it('an apostrophe in plain text does not hide a deep bracket run', () => {
    const out = run(`x-note: Don't stop\nx-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    assert.deepEqual(out.map((f) => [f.messageId, f.line]), [['tooDeep', 2]]);
  });

  it('brackets inside quoted titles and comments do not count', () => {
    const text = `${GOOD}x-a: "${'['.repeat(400)}"\n# ${'{'.repeat(400)}\n`;
    assert.deepEqual(run(text), []);
  });
});
