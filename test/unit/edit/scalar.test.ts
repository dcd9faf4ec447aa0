// replaceScalar / isPlainSafe: quote style is kept, quotes added only when needed.
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/core/edit/apply';
import { isPlainSafe, replaceScalar } from '../../../server/src/core/edit/scalar';
import { parseDocument } from 'yaml';

/** Replaces the scalar written as `old` (its first occurrence) and returns the new text. */
function swap(text: string, old: string, value: string | number): string {
  const start = text.indexOf(old);
  assert.ok(start >= 0);
  const out = applyEdits(text, [replaceScalar(text, start, start + old.length, value)]);
  assert.deepEqual(parseDocument(out).errors, []);
  return out;
}

describe('edit/replaceScalar', () => {
  it('keeps plain scalars plain when the value allows it', () => {
    assert.equal(swap('status: planed # typo\n', 'planed', 'planned'), 'status: planned # typo\n');
    assert.equal(swap('metric: chrn\n', 'chrn', 'churn'), 'metric: churn\n');
  });

  it('quotes a plain scalar only when YAML would misread the new value', () => {
    assert.equal(swap('unit: pct\n', 'pct', '%'), 'unit: "%"\n');
    assert.equal(swap('a: x\n', 'x', 'key: value'), 'a: "key: value"\n');
    assert.equal(swap('a: x\n', 'x', 'hash #tag'), 'a: "hash #tag"\n');
    assert.equal(swap('a: x\n', 'x', 'true'), 'a: "true"\n');
    assert.equal(swap('a: x\n', 'x', '42'), 'a: "42"\n');
    assert.equal(swap('a: x\n', 'x', ''), 'a: ""\n');
    assert.equal(swap('a: x\n', 'x', ' padded'), 'a: " padded"\n');
    assert.equal(swap('a: x\n', 'x', 'two\nlines'), 'a: "two\\nlines"\n');
  });

  it('allows commas plain in block context but not inside a flow list', () => {
    assert.equal(swap('a: x\n', 'x', 'churn, nps'), 'a: churn, nps\n');
    assert.equal(swap('aligns_to: [company/x, b]\n', 'company/x', 'company/y, z'), 'aligns_to: ["company/y, z", b]\n');
    assert.equal(swap('aligns_to: [company/x, b]\n', 'company/x', 'company/retention'), 'aligns_to: [company/retention, b]\n');
  });

  it('keeps double and single quotes, escaping as each style requires', () => {
    assert.equal(swap('t: "old"\n', '"old"', 'say "hi" \\ bye'), 't: "say \\"hi\\" \\\\ bye"\n');
    assert.equal(swap("t: 'old'\n", "'old'", "it's"), "t: 'it''s'\n");
    assert.equal(swap("t: 'old'\n", "'old'", 'tab\there'), 't: "tab\\there"\n');
    assert.equal(parseDocument(swap("t: 'old'\n", "'old'", "it's")).get('t'), "it's");
  });

  it('writes numbers plain so they stay numbers, and keeps a block scalar\'s line break', () => {
    assert.equal(swap('target: "7"\n', '"7"', 7), 'target: 7\n');
    assert.equal(swap('target: 7\n', '7', 6.5), 'target: 6.5\n');
    const out = swap('note: |\n  old\nnext: 1\n', '|\n  old\n', 'new');
    assert.equal(out, 'note: new\nnext: 1\n');
  });
});

describe('edit/isPlainSafe', () => {
  const plain = ['churn', 'Dana Lee', 'a-b', '2026-Q2', 'https://x.example.com/a?b=c', 'weekly active teams'];
  const quoted = ['', '%', '@x', '`x', '- x', '? x', '[x', '{x', '*x', '&x', '!x', '|', '>', "'x", '"x', 'a: b', 'a #b', 'null', '~', '1e3', '0x1F'];
  for (const v of plain) it(`plain: ${JSON.stringify(v)}`, () => assert.equal(isPlainSafe(v), true));
  for (const v of quoted) it(`needs quotes: ${JSON.stringify(v)}`, () => assert.equal(isPlainSafe(v), false));
  it('flow context rejects flow indicators', () => {
    assert.equal(isPlainSafe('a,b', 'flow'), false);
    assert.equal(isPlainSafe('a]', 'flow'), false);
    assert.equal(isPlainSafe('a,b', 'block'), true);
  });
});
