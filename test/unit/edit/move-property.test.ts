// Every KR of every sample file in the repo, moved to every destination (and
// again as CRLF): either no fix is offered, or the result parses, keeps every
// comment, stays schema-valid if it was, and holds the item where it belongs.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';
import { applyEdits } from '../../../server/src/core/edit/apply';
import { fillKeyResultFields } from '../../../server/src/core/edit/fill';
import { moveKeyResult } from '../../../server/src/core/edit/move';
import type { Destination } from '../../../server/src/core/edit/fields';
import { comments, crlf } from './helpers';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas/okr.schema.json'), 'utf8')) as object);

function okrFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(okrFiles(p));
    else if (/\.okr\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

interface Kr { title?: string; id?: string }
type Okr = { objectives?: { key_results?: Kr[]; initiatives?: Kr[]; lead_measures?: Kr[] }[]; signals?: { kpis?: { id?: string; name?: string }[] } };

// The examples plus the fixtures of the rules whose fixes move KRs: varied, hand-written files.
// (yaml parses are slow here, so the whole fixture tree would make this a minute-long test.)
const fixtureDirs = ['kr-is-task', 'kr-is-lead-measure', 'kr-is-kpi', 'kr-needs-baseline-target-due']
  .map((r) => join(root, 'test/fixtures/rules', r))
  .filter((d) => existsSync(d));
const files = [join(root, 'examples'), ...fixtureDirs].filter((d) => existsSync(d)).flatMap(okrFiles);
const DESTS: Destination[] = ['initiatives', 'lead_measures', 'kpis'];

describe('edit/moveKeyResult: property over the repo\'s sample files', () => {
  it('finds sample files to run on', () => assert.ok(files.length > 0));

  it('every offered move and fill is clean, lossless and lands where it should', function () {
    this.timeout(120000);
    let offered = 0;
    for (const path of files) {
      const variants = [readFileSync(path, 'utf8'), crlf(readFileSync(path, 'utf8').replace(/\r\n/g, '\n'))];
      variants.forEach((text, variant) => {
        const doc = parseDocument(text);
        if (doc.errors.length > 0) return;
        const js = doc.toJS() as Okr | null;
        const wasValid = validate(js);
        (js?.objectives ?? []).forEach((o, oi) => {
          (Array.isArray(o?.key_results) ? o.key_results : []).forEach((kr, ki) => {
            const where = `${path} objectives[${oi}].key_results[${ki}]`;
            // One destination per KR, rotating, so the corpus covers all three at a third of the cost.
            for (const to of [DESTS[(oi + ki + variant) % DESTS.length] as Destination]) {
              const edits = moveKeyResult(text, { objectiveIndex: oi, krIndex: ki, to });
              if (!edits) continue;
              offered++;
              const out = applyEdits(text, edits);
              const after = parseDocument(out);
              assert.deepEqual(after.errors.map((e) => e.message), [], where);
              const left = [...comments(out)];
              for (const c of comments(text)) {
                const i = left.indexOf(c);
                assert.ok(i !== -1, `${where} -> ${to}: lost ${c}`);
                left.splice(i, 1);
              }
              const res = after.toJS() as Okr;
              if (wasValid) assert.ok(validate(res), `${where} -> ${to}: ${JSON.stringify(validate.errors)}`);
              assert.equal(res.objectives?.[oi]?.key_results?.length, (o.key_results?.length ?? 0) - 1, where);
              const list = to === 'kpis' ? res.signals?.kpis : res.objectives?.[oi]?.[to];
              const landed = list?.[list.length - 1] as Record<string, unknown> | undefined;
              assert.equal(landed?.[to === 'kpis' ? 'name' : 'title'], kr.title, `${where} -> ${to}`);
              assert.equal(out.includes('\r\n'), text.includes('\r\n'));
              if (text.includes('\r\n')) assert.equal(out.replace(/\r\n/g, '').includes('\n'), false, `${where}: bare LF`);
            }
            const fill = fillKeyResultFields(text, { objectiveIndex: oi, krIndex: ki, fields: { baseline: 1, target: 2, unit: '%', due: '2026-06-30' } });
            if (fill) {
              const res = parseDocument(applyEdits(text, fill));
              assert.deepEqual(res.errors.map((e) => e.message), [], where);
              const got = (res.toJS() as Okr).objectives?.[oi]?.key_results?.[ki] as Record<string, unknown>;
              for (const k of ['baseline', 'target', 'unit', 'due']) assert.notEqual(got[k], undefined, `${where}: ${k}`);
              if (wasValid) assert.ok(validate(res.toJS()), `${where} fill: ${JSON.stringify(validate.errors)}`);
            }
          });
        });
      });
    }
    assert.ok(offered > 0, 'no move was offered on any sample file');
  });
});
