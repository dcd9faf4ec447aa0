// The fast YAML path must agree with the yaml package on every node, range
// and value whenever it answers; otherwise it must decline (fallback).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { differential } from './compare';
import { rng, randomDoc, mutate } from './generate';
import { fastParse } from '../../../server/src/core/fastyaml/index';

const ROOT = join(__dirname, '..', '..', '..');

function okrFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...okrFiles(p));
    else if (/\.okr\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** Asserts the fast path either declines or matches yaml exactly; returns which. */
function check(text: string, label: string): 'fallback' | 'same' {
  const r = differential(text);
  assert.ok(r === 'same' || r === 'fallback', `${label}: ${r}\n--- text ---\n${text}`);
  return r as 'fallback' | 'same';
}

describe('fast YAML path: differential against the yaml package', function () {
  // Thousands of documents through both parsers; on a loaded machine that takes a while.
  this.timeout(300_000);
  const files = [...okrFiles(join(ROOT, 'examples')), ...okrFiles(join(ROOT, 'test', 'fixtures'))];

  it('agrees on every *.okr.yaml under examples/ and test/fixtures/, and takes most of them', () => {
    assert.ok(files.length > 50, `only ${files.length} files found`);
    let fast = 0;
    for (const f of files) if (check(readFileSync(f, 'utf8'), f) === 'same') fast++;
    // Real files are what the fast path is for: all but block scalars, anchors, nested flow and broken ones.
    assert.ok(fast / files.length > 0.9, `fast path took only ${fast} of ${files.length} files`);
  });

  it('agrees on the example files with CRLF line ends, a BOM and a --- marker', () => {
    for (const f of files.slice(0, 40)) {
      const text = readFileSync(f, 'utf8');
      check(text.replace(/\n/g, '\r\n'), `${f} (CRLF)`);
      check(`\ufeff${text}`, `${f} (BOM)`);
      check(`---\n${text}`, `${f} (---)`);
    }
  });

  const tricky: Array<[string, 'same' | 'fallback' | 'either']> = [
    ['k: "q # x: y" # c\n', 'same'],
    ["k: 'a: b # c'\n", 'same'],
    ['k: key:value\n', 'same'],
    ['key:value\n', 'fallback'],
    ['k: v   \n', 'same'],
    ['k:   \nj: 1\n', 'same'],
    ['- - x\n  - y\n- z\n', 'same'],
    ['a:\n  - - x\n    - y\n', 'same'],
    ['a:\nb:\n', 'same'],
    ['? a\n: b\n', 'fallback'],
    ['a: 1_000\nb: +1\nc: .5\nd: 1e3\ne: 0x1F\nf: -.inf\ng: True\nh: NULL\ni: ~\nj: 2026-06-30\nk: "14%"\n', 'same'],
    ["a: 'it''s'\nb: \"\\u00e9\\n\"\nc: \"\\x41\\t\\\\\"\n", 'same'],
    ['a: 0o17\nb: 0.50\nc: 1.\nd: -0\ne: .NaN\nf: 1e\ng: 12:30\nh: yes\n', 'same'],
    ['a: &x 1\nb: *x\n', 'fallback'],
    ['a: !!str 1\n', 'fallback'],
    ['a: |\n  text\n', 'same'],
    ['a: >-\n  folded\n  text\n\n  para\n', 'same'],
    ['a: |+\n  keep\n\n\nb: 1\n', 'same'],
    ['- |\n  x\n- y\n', 'same'],
    ['a: |\n  # not a comment\n  x\n# c\nb: 1\n', 'same'],
    ['a: |2\n   x\n', 'fallback'],
    ['a: >\n  x\n    more indented\n', 'fallback'],
    ['a: multi\n  line\n', 'fallback'],
    ['a: "multi\n  line"\n', 'fallback'],
    ['a: [x,\n  y]\n', 'fallback'],
    ['a: 1\na: 2\n', 'fallback'],
    ['a:\n\t- x\n', 'fallback'],
    ['[a]: 1\n', 'fallback'],
    ['"a": 1\n', 'fallback'],
    ['a: [x, "y", z]\nb: {start: 2026-04-01, end: 2026-06-30}\nc: []\nd: {}\ne: [ x ,y ]\n', 'same'],
    ['a: [[x]]\n', 'fallback'],
    ['a: [x, ]\n', 'fallback'],
    ['a: 1\n---\nb: 2\n', 'fallback'],
    ['---\na: 1\n', 'same'],
    ['\ufeffa: 1\r\nb:\r\n  - c # d\r\n', 'same'],
    ['a:\n  b: 1\n    # deeper\n  # same\n\n# zero\nc: 2\n', 'same'],
    ['a:\n  - x\n  # trailing\nb: 1\n', 'same'],
    ['a:\n- x\n- y\nb: 1\n', 'same'],
    ['a: - x\n', 'fallback'],
    ['a: b: c\n', 'fallback'],
    ['# only a comment\n', 'fallback'],
    ['', 'fallback'],
    ['a: 1\n  b: 2\n', 'fallback'],
    ['  a: 1\n  b: 2\n', 'same'],
    ['a: "unclosed\n', 'fallback'],
    ['a: "\\q"\n', 'fallback'],
    ['__proto__: 1\n', 'fallback'],
    ['1: a\n', 'fallback'],
    ['true: a\n', 'fallback'],
    ['a: b # c\n#d\n  # e\n', 'same'],
  ];
  for (const [text, expected] of tricky) {
    it(`tricky case ${JSON.stringify(text)}`, () => {
      const r = check(text, JSON.stringify(text));
      if (expected !== 'either') assert.equal(r, expected, JSON.stringify(text));
    });
  }

  it('agrees on 3,000 random documents and 3,000 mutations of them (seed 20261203)', () => {
    const r = rng(20261203);
    let same = 0;
    for (let i = 0; i < 3000; i++) {
      const base = randomDoc(r);
      if (check(base, `random #${i}`) === 'same') same++;
      check(mutate(base, r), `mutation of random #${i}`);
    }
    // The generator writes mostly inside the subset; if the fast path declined most, this test would prove little.
    assert.ok(same > 1500, `fast path answered only ${same} of 3000 random documents`);
  });

  it('agrees on 2,000 mutations of the example files (seed 7)', () => {
    const r = rng(7);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    for (let i = 0; i < 2000; i++) check(mutate(texts[i % texts.length]!, r), `mutation #${i} of ${files[i % files.length]}`);
  });

  it('builds nodes the yaml helpers recognise, and the same JS value as toJS', () => {
    const fast = fastParse('a: 1\nb: [x]\nc:\n  - d: e\n');
    assert.ok(fast);
    assert.deepEqual(fast.data, { a: 1, b: ['x'], c: [{ d: 'e' }] });
    assert.deepEqual(fast.doc.toJS(), fast.data);
    assert.equal(fast.doc.errors.length + fast.doc.warnings.length, 0);
  });
});
