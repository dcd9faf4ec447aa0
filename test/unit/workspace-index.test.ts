// Workspace indexes: patched after an edit that keeps every id, they must
// answer exactly as indexes rebuilt from scratch.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../server/src/core/workspace';
import type { Target } from '../../server/src/core/rule';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

function okrFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? okrFiles(p) : /\.okr\.ya?ml$/.test(n) ? [p] : [];
  });
}

/** A target as comparable data: where it points, by file path and ids. */
function where(t: Target | undefined): string {
  if (!t) return '-';
  return [t.file.path, t.objective?.id?.value, t.objective?.index, t.keyResult?.id?.value, t.keyResult?.index, t.kpi?.id?.value, t.kpi?.index].join('|');
}

/** Every question the rules ask the workspace, answered for every file, as one comparable list. */
function answers(ws: Workspace): string[] {
  const out: string[] = [];
  const refs = ws.candidates('ref');
  const kpis = ws.candidates('kpi');
  out.push(JSON.stringify([ws.candidates('unit'), refs, kpis]));
  for (const file of ws.files()) {
    for (const ref of [...refs, 'growth/nope', 'growth/activation/nope']) {
      const t = ws.resolveRef(ref, file);
      out.push(where(t));
      // Targets must be the current version of the file, not a stale one.
      if (t) assert.equal(t.file, ws.get(t.file.path));
    }
    for (const id of [...kpis, ...kpis.map((k) => `${file.unit?.value}/${k}`), 'nope']) {
      const t = ws.resolveKpi(id, file);
      out.push(where(t));
      if (t) assert.equal(t.file, ws.get(t.file.path));
    }
    for (const unit of ws.candidates('unit')) {
      out.push(ws.unitFiles(unit).map((f) => f.path).join(','), ws.unitFile(unit, file)?.path ?? '-');
      assert.ok(ws.unitFiles(unit).every((f) => f === ws.get(f.path)));
    }
  }
  return out;
}

describe('workspace indexes', () => {
  const files = okrFiles(EXAMPLES);
  const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

  const edits: Array<[string, (text: string) => string]> = [
    ['a title changes (ids kept: the indexes are patched)', (t) => t.replace(/title: /, 'title: Really ')],
    ['a check-in value changes', (t) => t.replace(/value: (\d+)/, 'value: 9$1')],
    ['an objective id changes (indexes rebuilt)', (t) => t.replace(/- id: ([a-z])/, '- id: x$1')],
    ['a KR id is removed', (t) => t.replace(/(key_results:\n\s+- )id: [^\n]+\n\s+/, '$1')],
  ];
  for (const [name, edit] of edits) {
    it(`answers like a fresh workspace after an edit: ${name}`, () => {
      let applied = 0;
      for (const target of files) {
        const edited = edit(texts.get(target)!);
        if (edited === texts.get(target)) continue; // this file has nothing the edit applies to
        applied++;
        const ws = new Workspace();
        for (const [p, t] of texts) ws.set(p, t);
        answers(ws); // build the indexes before the edit
        const generation = ws.generation;
        ws.set(target, edited);
        assert.ok(ws.generation > generation, 'an edit must bump the generation');
        const fresh = new Workspace();
        for (const [p, t] of texts) fresh.set(p, p === target ? edited : t);
        assert.deepEqual(answers(ws), answers(fresh), `${name} in ${target}`);
      }
      assert.ok(applied >= 3, `the edit applied to only ${applied} files`);
    });
  }
});
