// Rule fixtures, ESLint RuleTester style: every case states exactly which
// findings its rule must produce (message id and range), and valid cases
// must produce none. A case may also state the text after the rule's fixes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadFolder, locate, applyOffsetEdits, type Located } from '../support/workspace';

const ROOT = join(__dirname, '..', 'fixtures', 'rules');

interface Expected {
  file: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function dirs(path: string): string[] {
  return existsSync(path) ? readdirSync(path).filter((n) => statSync(join(path, n)).isDirectory()).sort() : [];
}

function findingsOf(caseDir: string, rule: string): Array<Located & { file: string }> {
  const project = loadFolder(caseDir);
  const out: Array<Located & { file: string }> = [];
  for (const path of project.workspace.paths().sort()) {
    const text = project.workspace.get(path)!.text;
    for (const f of project.findings(path)) {
      if (f.rule === rule) out.push({ file: path, ...locate(text, f) });
    }
  }
  return out;
}

const order = (a: Expected, b: Expected): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.messageId.localeCompare(b.messageId);

for (const rule of dirs(ROOT)) {
  describe(`rule ${rule}`, () => {
    for (const name of dirs(join(ROOT, rule, 'valid'))) {
      it(`valid: ${name}`, () => {
        assert.deepEqual(findingsOf(join(ROOT, rule, 'valid', name), rule), []);
      });
    }
    for (const name of dirs(join(ROOT, rule, 'invalid'))) {
      it(`invalid: ${name}`, () => {
        const caseDir = join(ROOT, rule, 'invalid', name);
        const expectFile = join(caseDir, 'expect.yaml');
        assert.ok(existsSync(expectFile), `${expectFile} is missing`);
        const expected = (parse(readFileSync(expectFile, 'utf8')) as Expected[]).map((e) => ({ ...e })).sort(order);
        assert.ok(expected.length > 0, 'an invalid case must expect at least one finding');
        const actual = findingsOf(caseDir, rule)
          .map(({ file, messageId, line, column, endLine, endColumn }) => ({ file, messageId, line, column, endLine, endColumn }))
          .sort(order);
        assert.deepEqual(actual, expected);
        // Optional: fixed/<file> states the text after applying each finding's preferred fix.
        const fixedDir = join(caseDir, 'fixed');
        if (existsSync(fixedDir)) {
          const project = loadFolder(caseDir);
          for (const file of readdirSync(fixedDir)) {
            const text = project.workspace.get(file)!.text;
            const edits = project.findings(file).filter((f) => f.rule === rule)
              .flatMap((f) => (f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0])?.edits ?? []);
            assert.equal(applyOffsetEdits(text, edits), readFileSync(join(fixedDir, file), 'utf8'), `fixed ${file}`);
          }
        }
      });
    }
  });
}
