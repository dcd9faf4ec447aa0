// `okr lint` / `okr fix` as a user runs them: exit codes, the three formats,
// clear one-line errors for mistakes, never a stack trace.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function okr(cwd: string, ...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { code, out, err };
}

const COMPANY = `version: 1
unit: acme
level: company
cycle: 2026-Q2
owner: Ana
objectives:
  - id: retention
    title: Make customers feel valued enough to stay
    owner: Ana
    key_results:
      - id: churn
        title: Reduce churn from 14% to 7%
        baseline: 14
        target: 7
        unit: "%"
        due: 2026-06-30
        ambition: roof
        owner: Ana
      - id: nps
        title: Raise NPS from 30 to 45
        baseline: 30
        target: 45
        due: 2026-06-30
        ambition: moonshot
        owner: Ana
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const TEAM_BAD_REF = `version: 1
unit: growth
level: team
parent: acme
cycle: 2026-Q2
owner: Dana
objectives:
  - id: activation
    title: Help new teams find value in week one
    owner: Dana
    aligns_to: [acme/retentoin]
    key_results:
      - id: a
        title: Raise week-2 retention from 22% to 30%
        baseline: 22
        target: 30
        unit: "%"
        due: 2026-06-30
        ambition: roof
        owner: Dana
      - id: b
        title: Lift first-collaboration completion from 35% to 55%
        baseline: 35
        target: 55
        unit: "%"
        due: 2026-06-30
        ambition: moonshot
        owner: Dana
`;

describe('okr lint', () => {
  it('a clean workspace: exit 0 and a one-line summary', async () => {
    const dir = workspace({ 'company.okr.yaml': COMPANY });
    const r = await okr(dir, 'lint');
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    assert.equal(r.out, '✔ 1 file checked, no problems\n');
  });

  it('stylish: file header, line:col severity message rule, summary; exit 1 on errors', async () => {
    const dir = workspace({ 'company.okr.yaml': COMPANY, 'teams/growth.okr.yaml': TEAM_BAD_REF });
    const r = await okr(dir, 'lint', '.');
    assert.equal(r.code, 1);
    const lines = r.out.split('\n');
    assert.equal(lines[0], join('teams', 'growth.okr.yaml'));
    assert.match(lines[1]!, /^ {2}11:17 {2}error {2}'acme\/retentoin' names no objective.*did you mean 'acme\/retention'.* {2}unresolved-reference$/);
    assert.match(r.out, /✖ 1 problem \(1 error, 0 warnings, 0 infos\) in 2 files checked/);
  });

  it('json: the SPEC §5 shape with 1-based, end-exclusive ranges', async () => {
    const dir = workspace({ 'company.okr.yaml': COMPANY, 'teams/growth.okr.yaml': TEAM_BAD_REF });
    const r = await okr(dir, 'lint', '--format', 'json');
    const j = JSON.parse(r.out);
    assert.deepEqual(j.summary, { errors: 1, warnings: 0, infos: 0 });
    assert.deepEqual(j.files.map((f: { path: string }) => f.path), ['company.okr.yaml', 'teams/growth.okr.yaml']);
    const [d] = j.files[1].diagnostics;
    assert.deepEqual({ ...d, message: undefined }, {
      rule: 'unresolved-reference', severity: 'error', message: undefined,
      line: 11, column: 17, endLine: 11, endColumn: 31,
    });
  });

  it('sarif: 2.1.0 with every rule described and linked', async () => {
    const dir = workspace({ 'company.okr.yaml': COMPANY, 'teams/growth.okr.yaml': TEAM_BAD_REF });
    const r = await okr(dir, 'lint', '-f', 'sarif');
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    const rules = run.tool.driver.rules as Array<{ id: string; helpUri: string; shortDescription: { text: string } }>;
    assert.ok(rules.length >= 15);
    for (const rule of rules) {
      assert.equal(rule.helpUri, `https://github.com/okr-lens/okr-lens/blob/main/docs/rules/${rule.id}.md`);
      assert.ok(rule.shortDescription.text.length > 10);
    }
    assert.equal(run.results.length, 1);
    const res = run.results[0];
    assert.equal(res.ruleId, 'unresolved-reference');
    assert.equal(rules[res.ruleIndex]!.id, 'unresolved-reference');
    assert.equal(res.level, 'error');
    assert.deepEqual(res.locations[0].physicalLocation, {
      artifactLocation: { uri: 'teams/growth.okr.yaml' },
      region: { startLine: 11, startColumn: 17, endLine: 11, endColumn: 31 },
    });
  });

  it('--max-warnings turns warnings into a failing exit code', async () => {
    const dir = workspace({ 'company.okr.yaml': COMPANY.replace('    owner: Ana\n    key_results', '    key_results') });
    assert.equal((await okr(dir, 'lint')).code, 0);
    assert.equal((await okr(dir, 'lint', '--max-warnings', '0')).code, 1);
    assert.equal((await okr(dir, 'lint', '--max-warnings', '1')).code, 0);
    const bad = await okr(dir, 'lint', '--max-warnings', 'many');
    assert.equal(bad.code, 2);
    assert.equal(bad.err, "okr: --max-warnings takes a whole number, not 'many'\n");
  });

  it('--config and okr.config.yaml set severities; config errors are reported in the config file', async () => {
    const dir = workspace({
      'company.okr.yaml': COMPANY.replace('    owner: Ana\n    key_results', '    key_results'),
      'strict.yaml': 'rules:\n  owner-required: error\n',
      'okr.config.yaml': 'rules:\n  owner-required: off\n  no-such-rule: error\n',
    });
    const viaFlag = await okr(dir, 'lint', '--config', 'strict.yaml', '--format', 'json');
    assert.equal(viaFlag.code, 1);
    assert.deepEqual(JSON.parse(viaFlag.out).summary, { errors: 1, warnings: 0, infos: 0 });
    const viaFile = JSON.parse((await okr(dir, 'lint', '--format', 'json')).out);
    assert.equal(viaFile.files[0].path, 'okr.config.yaml');
    assert.equal(viaFile.files[0].diagnostics[0].rule, 'schema');
    assert.equal(viaFile.files[0].diagnostics[0].line, 3);
    assert.equal(viaFile.files[1].diagnostics.length, 0, 'owner-required is off');
  });

  it('user mistakes: one clear line on stderr, exit 2, no stack trace', async () => {
    const dir = workspace({ 'company.okr.yaml': COMPANY });
    const cases: Array<[string[], string]> = [
      [['lint', 'nope'], 'okr: no such file or directory: nope\n'],
      [['lint', '--format', 'xml'], "okr: unknown format 'xml'; use stylish, json, sarif\n"],
      [['lint', '--config', 'missing.yaml'], 'okr: config file not found: missing.yaml\n'],
      [['frobnicate'], "okr: unknown command 'frobnicate'; try 'okr --help'\n"],
    ];
    for (const [argv, err] of cases) {
      const r = await okr(dir, ...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.err, err);
      assert.equal(r.out, '');
    }
    const unknownFlag = await okr(dir, 'lint', '--colour');
    assert.equal(unknownFlag.code, 2);
    assert.equal(unknownFlag.err.split('\n').length, 2, 'one line');
    assert.doesNotMatch(unknownFlag.err, /\n\s+at /);
  });

  it('lints the bundled examples clean, and mistakes/ shows every registered rule', async () => {
    const root = join(__dirname, '..', '..');
    const clean = await okr(root, 'lint', 'examples');
    assert.equal(clean.code, 0, clean.out);
    const mistakes = JSON.parse((await okr(root, 'lint', 'examples/mistakes', '--format', 'json')).out);
    const seen = new Set(mistakes.files.flatMap((f: { diagnostics: Array<{ rule: string }> }) => f.diagnostics.map((d) => d.rule)));
    const { RULES } = await import('../../server/src/core/rules/index');
    assert.deepEqual([...RULES.map((r) => r.meta.id)].filter((id) => !seen.has(id)), []);
  });
});

describe('okr fix', () => {
  it('applies safe fixes in place (an enum typo), keeps comments, and reports what is left', async () => {
    const text = COMPANY.replace('ambition: roof', 'ambition: rooof  # hard but doable');
    const dir = workspace({ 'company.okr.yaml': text });
    const r = await okr(dir, 'fix');
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /^Fixed 1 problem in 1 file\.\n$/);
    assert.equal(readFileSync(join(dir, 'company.okr.yaml'), 'utf8'), COMPANY.replace('ambition: roof', 'ambition: roof  # hard but doable'));
  });

  it('leaves files without safe fixes untouched', async () => {
    const dir = workspace({});
    cpSync(join(__dirname, '..', '..', 'examples'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'company.okr.yaml'), 'utf8');
    const r = await okr(dir, 'fix', '.');
    assert.equal(r.code, 0);
    assert.match(r.out, /^Fixed 0 problems in 0 files\.\n$/);
    assert.equal(readFileSync(join(dir, 'company.okr.yaml'), 'utf8'), before);
  });
});

describe('okr lint: what is linted', () => {
  const TEAM = TEAM_BAD_REF.replace('acme/retentoin', 'acme/retention');

  it('a folder whose OKR files are all ignored is a usage error that names the config', async () => {
    const dir = workspace({ 'okr.config.yaml': 'ignore: [drafts/**]\n', 'company.okr.yaml': COMPANY, 'drafts/growth.okr.yaml': TEAM });
    const r = await okr(dir, 'lint', 'drafts');
    assert.equal(r.code, 2);
    assert.equal(r.err, 'okr: all 1 OKR files under drafts are ignored by okr.config.yaml (ignore:); name files explicitly or pass --config\n');
  });

  it('a folder with no OKR files is a usage error', async () => {
    const dir = workspace({ 'notes/readme.md': '# nothing here\n' });
    const r = await okr(dir, 'lint', 'notes');
    assert.equal(r.code, 2);
    assert.equal(r.err, 'okr: no OKR files (*.okr.yaml, *.okr.yml) under notes\n');
  });

  it('a file named from an ignored folder is linted with its neighbours as references', async () => {
    const dir = workspace({ 'okr.config.yaml': 'ignore: [drafts/**]\n', 'drafts/company.okr.yaml': COMPANY, 'drafts/growth.okr.yaml': TEAM });
    const r = await okr(dir, 'lint', 'drafts/growth.okr.yaml', '--format', 'json');
    assert.equal(r.code, 0, r.out);
    assert.deepEqual(JSON.parse(r.out).summary, { errors: 0, warnings: 0, infos: 0 });
  });
});

describe('okr lint releases syntax trees', () => {
  it('gives exactly the findings of a full analysis, on planted-mistake workspaces', async () => {
    const { loadForCli } = await import('../../server/src/cli/load');
    const root = join(__dirname, '..', '..');
    for (const dir of ['examples/mistakes', 'test/fixtures/workspaces/agency', 'examples']) {
      const full = loadForCli([dir], root, undefined, false);
      const light = loadForCli([dir], root, undefined, true);
      assert.ok(light.targets.every((p) => light.project.workspace.get(p)!.doc === undefined), 'trees were released');
      for (const path of full.targets) {
        const shape = (fs: ReturnType<typeof full.project.findings>) => fs.map((f) => [f.rule, f.messageId, f.severity, f.start, f.end, f.message]);
        assert.deepEqual(shape(light.project.findings(path)), shape(full.project.findings(path)), path);
      }
    }
  });
});
