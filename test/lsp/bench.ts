// Benchmark (not a test): time from a one-character edit to the diagnostics
// for that version, over stdio, on generated files of a given size.
//   npx tsx test/lsp/bench.ts [lines...]      (default: 300 5000)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, uriOf } from './client';

/** A lint-clean-ish OKR file of about `lines` lines. */
export function generate(lines: number): string {
  const out = ['version: 1', 'unit: bench', 'level: team', 'cycle: 2026-Q2', 'owner: Dana Lee', '', 'objectives:'];
  for (let o = 0; out.length < lines; o++) {
    out.push(`  - id: objective-${o}`, `    title: Make customers feel valued enough to stay, part ${o}`, '    owner: Dana Lee', '    key_results:');
    for (let k = 0; k < 3; k++) {
      out.push(
        `      - id: kr-${k}`,
        `        title: Reduce churn from ${14 + k}% to 7% by end of Q2`,
        `        baseline: ${14 + k}`, '        target: 7', '        unit: "%"', '        due: 2026-06-30', '        ambition: roof', '        owner: Dana Lee',
        '        checkins:', '          - date: 2026-04-14', '            value: 13.1', '            confidence: 0.7', '            evidence: https://dash.example.com/churn',
      );
    }
  }
  return `${out.join('\n')}\n`;
}

async function bench(lines: number, edits = 40): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'okr-bench-'));
  const path = join(root, 'bench.okr.yaml');
  const text = generate(lines);
  writeFileSync(path, text);
  const client = await LspClient.start(root);
  await client.waitForIndexed();
  const uri = await client.open(path, text);
  await client.waitForVersion(uri);
  const line = text.split('\n').findIndex((l) => l.includes('title: Make customers'));
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const t0 = process.hrtime.bigint();
    const ch = 12 + (i % 5);
    await client.change(uri, { range: { start: { line, character: ch }, end: { line, character: ch } }, text: 'x' });
    await client.waitForVersion(uri);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  await client.stop();
  times.sort((a, b) => a - b);
  const med = times[Math.floor(times.length / 2)]!;
  const p90 = times[Math.floor(times.length * 0.9)]!;
  console.log(`${lines} lines: edit -> diagnostics median ${med.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms (${edits} edits, round trip over stdio)`);
}

/** A team file of a large generated workspace. */
function teamFile(i: number): string {
  return [
    'version: 1', `unit: team-${i}`, 'level: team', `parent: domain-${i % 20}`, 'cycle: 2026-Q2', 'owner: A B', 'objectives:',
    '  - id: obj', '    title: Make customers feel valued', '    owner: A B', `    aligns_to: [domain-${i % 20}/obj]`, '    key_results:',
    '      - id: kr-a', '        title: Reduce churn from 14% to 7% by end of Q2', '        baseline: 14', '        target: 7', '        due: 2026-06-30', '        owner: A B',
    '      - id: kr-b', '        title: Raise NPS from 20 to 40 by end of Q2', '        baseline: 20', '        target: 40', '        due: 2026-06-30', '        owner: A B', '',
  ].join('\n');
}

/** Indexing time of a workspace of `n` team files, then edits to an objective id (a cross-file change). */
async function benchWorkspace(n: number, edits = 20): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'okr-bench-ws-'));
  for (let i = 0; i < n; i++) writeFileSync(join(root, `team-${i}.okr.yaml`), teamFile(i));
  for (let d = 0; d < 20; d++) {
    writeFileSync(join(root, `domain-${d}.okr.yaml`), ['version: 1', `unit: domain-${d}`, 'level: domain', 'cycle: 2026-Q2', 'owner: A', 'objectives:', '  - id: obj', '    title: Be great', '    owner: A', ''].join('\n'));
  }
  const t0 = process.hrtime.bigint();
  const client = await LspClient.start(root);
  await client.waitForIndexed();
  await client.waitForDiagnostics(uriOf(join(root, `team-${n - 1}.okr.yaml`)));
  const indexMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const path = join(root, 'team-7.okr.yaml');
  const text = teamFile(7);
  const uri = await client.open(path, text);
  await client.waitForVersion(uri);
  const line = text.split('\n').indexOf('  - id: obj');
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const t = process.hrtime.bigint();
    await client.change(uri, { range: { start: { line, character: 11 }, end: { line, character: 11 } }, text: 'x' });
    await client.waitForVersion(uri);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  await client.stop();
  times.sort((a, b) => a - b);
  console.log(`${n + 20} files: start to all diagnostics ${indexMs.toFixed(0)} ms; objective-id edit -> diagnostics median ${times[times.length >> 1]!.toFixed(1)} ms`);
}

if (require.main === module) {
  void (async () => {
    const sizes = process.argv.slice(2).map(Number);
    for (const n of sizes.length > 0 ? sizes : [300, 5000]) await bench(n);
    if (sizes.length === 0) await benchWorkspace(2000);
  })();
}
