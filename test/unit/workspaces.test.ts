// Whole workspaces written the way real teams write them (test/fixtures/workspaces/).
// Clean workspaces must produce no finding at all. In a workspace with planted
// mistakes, every mistake is marked by a comment `# EXPECT <rule> [<rule>…]` on
// the line above the offending line (several EXPECT comments may be stacked);
// the engine must report exactly those {file, line, rule} triples, no more, no less.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadFolder, locate } from '../support/workspace';

const ROOT = join(__dirname, '..', 'fixtures', 'workspaces');

const CLEAN = ['city-services', 'oss-project', 'fintech-scaleup'];
const PLANTED = ['agency'];

const RULES = new Set([
  'yaml-syntax', 'schema', 'duplicate-id', 'unresolved-reference', 'alignment-cycle', 'alignment-level',
  'cycle-mismatch', 'kr-is-task', 'kr-is-lead-measure', 'kr-is-kpi', 'kr-not-measurable',
  'kr-needs-baseline-target-due', 'kr-count', 'objective-count', 'objective-is-metric',
  'checkin-needs-evidence', 'kpi-needs-owner-threshold-source', 'north-star-needs-guardrails',
  'promoted-kpi-not-visible', 'no-compensation-link', 'owner-required',
]);

interface Hit { file: string; line: number; rule: string }

const key = (h: Hit): string => `${h.file}:${h.line} ${h.rule}`;
const sorted = (hits: Hit[]): string[] => hits.map(key).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

interface Actual { hits: Hit[]; messages: Map<string, string>; files: string[] }
const cache = new Map<string, Actual>();

/** Every finding of the engine in the workspace, with the message kept for failure output. */
function actualHits(dir: string): Actual {
  const cached = cache.get(dir);
  if (cached) return cached;
  const project = loadFolder(dir);
  const files = project.workspace.paths().sort();
  const hits: Hit[] = [];
  const messages = new Map<string, string>();
  for (const file of files) {
    const text = project.workspace.get(file)!.text;
    for (const f of project.findings(file)) {
      const h = { file, line: locate(text, f).line, rule: f.rule };
      hits.push(h);
      messages.set(key(h), f.message);
    }
  }
  const actual = { hits, messages, files };
  cache.set(dir, actual);
  return actual;
}

/** The {file, line, rule} triples stated by `# EXPECT` comments: each applies to the next non-blank, non-comment line. */
function expectedHits(text: string, file: string): Hit[] {
  const out: Hit[] = [];
  let pending: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = /^\s*#\s*EXPECT\b(.*)$/.exec(raw);
    if (m) {
      const rules = m[1]!.split('--')[0]!.split(/[\s,]+/).filter(Boolean);
      assert.ok(rules.length > 0, `${file}:${i + 1}: EXPECT names no rule`);
      for (const r of rules) assert.ok(RULES.has(r), `${file}:${i + 1}: EXPECT names an unknown rule '${r}'`);
      pending.push(...rules);
      return;
    }
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) return;
    for (const rule of pending) out.push({ file, line: i + 1, rule });
    pending = [];
  });
  assert.deepEqual(pending, [], `${file}: EXPECT at the end of the file points at no line`);
  return out;
}

function listWorkspaceDirs(): string[] {
  return readdirSync(ROOT).filter((n) => statSync(join(ROOT, n)).isDirectory()).sort();
}

describe('workspaces', () => {
  it('every workspace folder is covered by this test', () => {
    assert.deepEqual(listWorkspaceDirs(), [...CLEAN, ...PLANTED].sort());
  });

  for (const name of CLEAN) {
    describe(`${name} (clean)`, () => {
      const dir = join(ROOT, name);
      it('holds 5 to 10 OKR files', () => {
        const { files } = actualHits(dir);
        assert.ok(files.length >= 5 && files.length <= 10, `${files.length} files`);
      });
      it('has no finding at all', () => {
        const { hits, messages } = actualHits(dir);
        const found = sorted(hits).map((k) => `${k}: ${messages.get(k)}`);
        assert.deepEqual(found, []);
      });
    });
  }

  for (const name of PLANTED) {
    describe(`${name} (planted mistakes)`, () => {
      const dir = join(ROOT, name);
      const project = loadFolder(dir);
      const files = project.workspace.paths().sort();
      const expected = files.flatMap((f) => expectedHits(project.workspace.get(f)!.text, f));

      it('holds 5 to 10 OKR files and plants mistakes', () => {
        assert.ok(files.length >= 5 && files.length <= 10, `${files.length} files`);
        assert.ok(expected.length > 0);
      });

      // One test per file, so a failure points at the file and the lines involved.
      for (const file of files) {
        it(`${file}: findings are exactly the EXPECT comments`, () => {
          const { hits, messages } = actualHits(dir);
          const mine = hits.filter((h) => h.file === file);
          const want = expected.filter((h) => h.file === file);
          const wantKeys = new Set(want.map(key));
          const got = sorted(mine);
          const missing = sorted(want).filter((k) => !got.includes(k));
          const unexpected = got.filter((k) => !wantKeys.has(k)).map((k) => `${k}: ${messages.get(k)}`);
          assert.deepEqual({ missing, unexpected }, { missing: [], unexpected: [] });
          assert.deepEqual(got, sorted(want));
        });
      }
    });
  }
});
