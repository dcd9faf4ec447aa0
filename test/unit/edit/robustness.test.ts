// No edit function may throw or produce broken YAML on damaged input:
// seeded random mutations of a real file, every API called on each.
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { applyEdits } from '../../../server/src/core/edit/apply';
import { disableNextLineComment } from '../../../server/src/core/edit/disable';
import { fillKeyResultFields } from '../../../server/src/core/edit/fill';
import { moveKeyResult } from '../../../server/src/core/edit/move';
import { replaceScalar } from '../../../server/src/core/edit/scalar';
import { file } from './helpers';

const BASE = file(
  'version: 1', 'unit: growth', 'level: team', 'cycle: 2026-Q2', '',
  'signals:', '  kpis:', '    - id: churn', '      name: Churn # watched', '',
  'objectives:', '  - id: retention', '    title: "Keep: customers"', '    key_results:',
  '      # task', '      - id: launch', '        title: Launch V3', '        baseline: 0',
  '        checkins:', '          - date: 2026-04-14', '            value: 1', '',
  '      - title: Maintain 99.9% uptime', '        target: 99.9', "        unit: '%'",
  '    initiatives: [{title: Hire}]',
);

/** Deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [' ', '  ', '\n', '\r\n', '-', '- ', ':', '#', '"', "'", '[', ']', '{', '}', ',', '&a', '*a', '|', '>', '\t', '\uFEFF', 'x', '~', '[]'];

function mutate(text: string, next: () => number): string {
  let t = text;
  const n = 1 + Math.floor(next() * 3);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(next() * (t.length + 1));
    const kind = next();
    if (kind < 0.4) t = t.slice(0, at) + (PIECES[Math.floor(next() * PIECES.length)] ?? '') + t.slice(at);
    else if (kind < 0.8) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(next() * 6));
    else {
      const lines = t.split('\n');
      const a = Math.floor(next() * lines.length);
      const b = Math.floor(next() * lines.length);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      t = lines.join('\n');
    }
  }
  return t;
}

let offered = 0;

function cleanOrUndefined(text: string, edits: { start: number; end: number; newText: string }[] | undefined, what: string): void {
  if (!edits) return;
  offered++;
  const out = applyEdits(text, edits);
  if (parseDocument(text).errors.length === 0) assert.deepEqual(parseDocument(out).errors.map((e) => e.message), [], what);
}

describe('edit: robustness on damaged input', () => {
  it('never throws and never turns a clean file into a broken one', function () {
    this.timeout(60000);
    for (let seed = 1; seed <= 60; seed++) {
      const next = rng(seed);
      const text = mutate(BASE, next);
      const what = `seed ${seed}: ${JSON.stringify(text)}`;
      for (const to of ['initiatives', 'lead_measures', 'kpis'] as const) {
        cleanOrUndefined(text, moveKeyResult(text, { objectiveIndex: 0, krIndex: seed % 2, to }), `${what} -> ${to}`);
      }
      cleanOrUndefined(text, fillKeyResultFields(text, { objectiveIndex: 0, krIndex: seed % 2, fields: { baseline: 1, target: 2, unit: '%', due: '2026-06-30' } }), `${what} fill`);
      const offset = Math.floor(next() * (text.length + 1));
      const d = disableNextLineComment(text, offset, 'kr-is-task');
      cleanOrUndefined(text, d && [d], `${what} disable at ${offset}`);
      const at = text.indexOf('Launch');
      if (at >= 0) cleanOrUndefined(text, [replaceScalar(text, at, at + 'Launch V3'.length, 'Ship: #2')], `${what} replace`);
    }
    // Most mutations leave the file usable; a run where nothing was offered tested nothing.
    assert.ok(offered > 120, `only ${offered} edits offered`);
  });
});
