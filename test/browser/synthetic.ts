// A generated workspace of any size (one company, ~2% domains, teams; two
// objectives per unit; KRs spread evenly) for scale tests and the bench.

/** File texts by path: `units` units and `krs` KRs, aligned up the tree, some teams depending on others. */
export function syntheticWorkspace(units: number, krs: number): Map<string, string> {
  const files = new Map<string, string>();
  const domains = Math.max(1, Math.round(units * 0.02));
  const objectives = units * 2;
  let krLeft = krs;
  for (let u = 0; u < units; u++) {
    const id = u === 0 ? 'company' : u <= domains ? `domain-${u}` : `team-${u}`;
    const level = u === 0 ? 'company' : u <= domains ? 'domain' : 'team';
    const parent = u === 0 ? undefined : u <= domains ? 'company' : `domain-${1 + (u % domains)}`;
    const lines = ['version: 1', `unit: ${id}`, `level: ${level}`, ...(parent ? [`parent: ${parent}`] : []), 'cycle: 2026-Q2', `owner: Owner ${u}`];
    if (u === 0) lines.push('signals:', '  north_star:', '    id: nsm', '    name: Weekly active teams', '    guardrails: [churn]', '  kpis:', '    - id: churn', '      name: Churn', '      threshold: 10', '      owner: CS', '      source: https://x.example/churn');
    lines.push('objectives:');
    for (let o = 0; o < 2; o++) {
      const remainingObjectives = objectives - (u * 2 + o);
      const n = Math.round(krLeft / remainingObjectives);
      krLeft -= n;
      lines.push(`  - id: o${o}`, `    title: Objective ${o} of ${id}`, `    owner: Owner ${u}`);
      if (parent) lines.push(`    aligns_to: [${parent}/o${o}]`);
      if (level === 'team' && u % 7 === 0) lines.push(`    depends_on: [team-${domains + 1 + ((u * 31) % (units - domains - 1))}/o0]`);
      lines.push('    key_results:');
      for (let k = 0; k < n; k++) {
        lines.push(`      - id: k${k}`, `        title: Raise metric ${k} of ${id} from 10 to 20`, '        baseline: 10', '        target: 20', '        due: 2026-06-30', `        owner: Owner ${u}`,
          '        checkins:', '          - date: 2026-05-01', `            value: ${10 + ((u + k) % 11)}`, `            confidence: ${((u + k) % 10) / 10}`, '            evidence: https://x.example/e');
      }
    }
    files.set(`/bench/${id}.okr.yaml`, `${lines.join('\n')}\n`);
  }
  return files;
}
