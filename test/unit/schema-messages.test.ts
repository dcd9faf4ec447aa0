// Schema errors read like a person wrote them and sit on the narrowest node.
import assert from 'node:assert/strict';
import { projectOf, locate } from '../support/workspace';

const BASE = `version: 1
unit: growth
level: team
cycle: 2026-Q2
owner: Dana
objectives:
  - id: retention
    title: Keep customers
    owner: Dana
    key_results:
      - id: churn
        title: Reduce churn from 14% to 7%
        baseline: 14
        target: 7
        due: 2026-06-30
        ambition: roof
        owner: Dana
`;

function schema(text: string) {
  const p = projectOf({ 'f.okr.yaml': text });
  return p.findings('f.okr.yaml').filter((f) => f.rule === 'schema').map((f) => {
    const l = locate(text, f);
    return { message: f.message, at: `${l.line}:${l.column}-${l.endLine}:${l.endColumn}`, data: f.data, fixes: f.fixes };
  });
}

describe('schema messages', () => {
  it('unknown key: on the key, names the thing, suggests the nearest key', () => {
    const [e] = schema(BASE.replace('        owner: Dana\n', '        ownr: Dana\n'));
    assert.equal(e!.message, "'ownr' is not a key of a key result. Did you mean 'owner'? Keys of your own must start with 'x-'.");
    assert.equal(e!.at, '17:9-17:13');
    assert.equal(e!.fixes?.[0]?.edits[0]?.newText, 'owner');
  });

  it('unknown key with a common synonym: deadline -> due', () => {
    const [e] = schema(BASE.replace('        due: 2026-06-30\n', '        deadline: 2026-06-30\n'));
    assert.match(e!.message, /'deadline' is not a key of a key result\. Did you mean 'due'\?/);
  });

  it('x- keys are allowed anywhere', () => {
    assert.deepEqual(schema(BASE.replace('        owner: Dana\n', '        owner: Dana\n        x-jira: GROW-1\n')), []);
  });

  it('enum: on the value, lists allowed values and the nearest; offers the fix', () => {
    const [e] = schema(BASE.replace('level: team', 'level: teem'));
    assert.equal(e!.message, "'teem' is not allowed for 'level'; use one of company, domain, team. Did you mean 'team'?");
    assert.equal(e!.at, '3:8-3:12');
    assert.equal(e!.fixes?.[0]?.title, "Change to 'team'");
  });

  it('wrong type says what was expected, not a JSON pointer', () => {
    const [e] = schema(BASE.replace('baseline: 14', 'baseline: fourteen'));
    assert.equal(e!.message, "'baseline' should be a number, but it is 'fourteen'.");
    assert.equal(e!.at, '13:19-13:27');
    assert.doesNotMatch(e!.message, /\/objectives\/0/);
  });

  it('missing required key: on the first line of the mapping that lacks it', () => {
    const [e] = schema(BASE.replace('    title: Keep customers\n', ''));
    assert.equal(e!.message, "An objective needs 'title'.");
    assert.equal(e!.at, '7:5-7:18');
  });

  it('bad id and bad date patterns explain the expected shape', () => {
    const [id] = schema(BASE.replace('  - id: retention', '  - id: Keep Customers'));
    assert.match(id!.message, /^'Keep Customers' is not valid for 'id': expected an id in kebab-case, like 'keep-customers'\.$/);
    const [date] = schema(BASE.replace('due: 2026-06-30', 'due: 30/06/2026'));
    assert.match(date!.message, /expected a date like 2026-06-30/);
  });

  it('version must be 1; a confidence above 1 names the bound', () => {
    assert.match(schema(BASE.replace('version: 1', 'version: 2'))[0]!.message, /'version' must be 1, not 2\./);
    const ci = BASE.replace('        owner: Dana\n', '        owner: Dana\n        checkins:\n          - date: 2026-04-14\n            value: 13\n            confidence: 1.5\n            evidence: https://x.example/1\n');
    assert.equal(schema(ci)[0]!.message, "'confidence' must be at most 1, not 1.5.");
  });

  it('a cycle that is neither a quarter nor a range gets one message, not one per branch', () => {
    const errors = schema(BASE.replace('cycle: 2026-Q2', 'cycle: Q2 2026'));
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0]!.at, '4:8-4:15');
  });
});
