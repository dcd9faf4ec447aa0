// disableNextLineComment: a directive line above, or the rule added to one.
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/core/edit/apply';
import { disableNextLineComment } from '../../../server/src/core/edit/disable';
import { comments, crlf, file } from './helpers';

function disable(text: string, at: string, rule: string): string | undefined {
  const offset = text.indexOf(at);
  assert.ok(offset >= 0);
  const edit = disableNextLineComment(text, offset, rule);
  return edit && applyEdits(text, [edit]);
}

const KRS = file('key_results:', '  - id: launch', '    title: Launch onboarding V3', '    owner: Sam');

describe('edit/disableNextLineComment', () => {
  it('inserts the directive above the line, at its indentation', () => {
    assert.equal(disable(KRS, 'Launch', 'kr-is-task'), file('key_results:', '  - id: launch',
      '    # okr-disable-next-line kr-is-task', '    title: Launch onboarding V3', '    owner: Sam'));
    assert.equal(disable(KRS, 'id: launch', 'owner-required'), file('key_results:',
      '  # okr-disable-next-line owner-required', '  - id: launch', '    title: Launch onboarding V3', '    owner: Sam'));
  });

  it('adds the rule to a directive that is already there, before a `-- reason`', () => {
    const once = disable(KRS, 'Launch', 'kr-is-task') ?? '';
    const twice = disable(once, 'title: Launch', 'owner-required');
    assert.equal(twice, file('key_results:', '  - id: launch',
      '    # okr-disable-next-line kr-is-task, owner-required', '    title: Launch onboarding V3', '    owner: Sam'));
    const reasoned = file('a:', '  # okr-disable-next-line kr-is-task -- agreed with Dana', '  b: 1');
    assert.equal(disable(reasoned, 'b: 1', 'schema'), file('a:', '  # okr-disable-next-line kr-is-task, schema -- agreed with Dana', '  b: 1'));
  });

  it('offers nothing when the rule is already disabled there', () => {
    const text = file('# okr-disable-next-line kr-is-task, schema', 'a: 1');
    assert.equal(disableNextLineComment(text, text.indexOf('a: 1'), 'schema'), undefined);
  });

  it('keeps CRLF, works on the first line after a BOM, and keeps every comment', () => {
    const text = `\uFEFF${crlf(file('version: 1 # v', 'unit: x'))}`;
    const out = disable(text, 'version', 'schema');
    assert.equal(out, `\uFEFF${crlf(file('# okr-disable-next-line schema', 'version: 1 # v', 'unit: x'))}`);
    assert.deepEqual(comments(out ?? ''), ['# okr-disable-next-line schema', '# v']);
  });

  it('refuses a line inside a multi-line scalar, where a comment would become text', () => {
    const text = file('note: |', '  line one', '  line two', 'title: "a', '  b"');
    assert.equal(disableNextLineComment(text, text.indexOf('line two'), 'schema'), undefined);
    assert.equal(disableNextLineComment(text, text.indexOf('  b"'), 'schema'), undefined);
    assert.ok(disableNextLineComment(text, text.indexOf('note'), 'schema'));
  });
});
