// A realistic synthetic OKR workspace for the speed benchmark: one company,
// ~20 domains and teams up to the requested file count, 60–200 lines each,
// with KPIs, check-ins, initiatives, comments, valid references and a few
// broken ones; plus one ~300-line and one ~5,000-line team file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../test/support/prng';


const PEOPLE = ['Dana Lee', 'Sofia Marques', 'Ravi Patel', 'Mei Chen', 'Sam Ortiz', 'Ana Novak', 'Kofi Mensah', 'Lena Fischer', 'Omar Haddad', 'Yuki Tanaka', 'Priya Nair', 'Tom Walsh'];
const THEMES = ['activation', 'retention', 'reliability', 'conversion', 'onboarding', 'performance', 'expansion', 'quality', 'adoption', 'support', 'security', 'efficiency'];
const AIMS = [
  'Help every new team reach a useful board in its first session',
  'Make customers feel valued enough to stay',
  'Make the product fast enough that nobody waits on it',
  'Turn trial teams into paying customers without a sales call',
  'Give support agents answers before the customer finishes typing',
  'Make our releases boring and safe',
  'Win the mid-market accounts that outgrew spreadsheets',
  'Make invoices something customers never have to think about',
];
const METRICS = [
  ['day-1 activation of new workspaces', '%'], ['median time to first value', 'hours'], ['monthly logo churn', '%'],
  ['p95 board load time', 'ms'], ['trial-to-paid conversion', '%'], ['first-contact resolution', '%'],
  ['net revenue retention', '%'], ['weekly active teams', 'teams'], ['failed deploys per week', 'deploys'], ['NPS of admins', 'points'],
];
const TASKS = ['Launch onboarding V3', 'Migrate billing to the new ledger', 'Ship the template gallery', 'Run win-back email campaign', 'Rewrite the import pipeline', 'Hire two support engineers'];
const NOTES = ['Baseline confirmed.', 'Gallery variant wins; rolling it to everyone.', 'Slow path is imports; asking platform for help.', 'No movement yet; the experiment starts next week.', 'Ahead of plan after the pricing page change.'];

export interface BenchWorkspace {
  dir: string;
  files: string[];
  /** A ~300-line team file inside the workspace. */
  medium: string;
  /** A ~5,000-line team file inside the workspace. */
  large: string;
}

interface Unit {
  id: string;
  level: 'company' | 'domain' | 'team';
  parent?: string;
  objectives: string[];
  krs: string[];
  kpis: string[];
}

/** Writes the workspace under `root` and returns its files. */
export function generateWorkspace(root: string, fileCount: number, seed = 42): BenchWorkspace {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const domains = Math.min(20, Math.max(1, Math.floor(fileCount / 20)));
  const units: Unit[] = [{ id: 'acme', level: 'company', objectives: [], krs: [], kpis: [] }];
  for (let d = 0; d < domains; d++) units.push({ id: `domain-${d + 1}`, level: 'domain', parent: 'acme', objectives: [], krs: [], kpis: [] });
  for (let t = 0; units.length < fileCount; t++) {
    units.push({ id: `team-${t + 1}`, level: 'team', parent: `domain-${(t % domains) + 1}`, objectives: [], krs: [], kpis: [] });
  }
  // Ids first, so references can point at things that exist (and, now and then, at things that do not).
  const byId = new Map(units.map((u) => [u.id, u]));
  units.forEach((u, i) => {
    const big = i === units.length - 1;
    const medium = i === units.length - 2;
    const nObj = big ? 36 : medium ? 3 : int(1, 3);
    for (let o = 0; o < nObj; o++) {
      const oid = `${pick(THEMES)}-${o + 1}`;
      u.objectives.push(oid);
      for (let k = 0; k < (big ? 5 : medium ? 3 : int(2, 3)); k++) u.krs.push(`${oid}/kr-${k + 1}`);
    }
    for (let k = 0; k < int(1, 3); k++) u.kpis.push(`${u.id}-${pick(THEMES)}-${k + 1}`);
  });

  const lines: string[] = [];
  const ref = (unitId: string | undefined, broken: boolean): string => {
    const u = unitId ? byId.get(unitId) : undefined;
    if (!u || u.objectives.length === 0) return 'acme/retention-1';
    const o = pick(u.objectives);
    return broken ? `${u.id}/${o}x` : `${u.id}/${o}`;
  };
  const files: string[] = [];
  mkdirSync(root, { recursive: true });
  units.forEach((u, i) => {
    const big = i === units.length - 1;
    const medium = i === units.length - 2;
    lines.length = 0;
    const owner = pick(PEOPLE);
    lines.push(`# ${u.id}: ${pick(AIMS).toLowerCase()}.`, 'version: 1', `unit: ${u.id}`, `level: ${u.level}`);
    if (u.parent) lines.push(`parent: ${u.parent}`);
    lines.push('cycle: 2026-Q2', `owner: ${owner}`, '');
    lines.push('signals:');
    if (u.level !== 'team') {
      lines.push('  north_star:', `    id: ${u.id}-nsm`, `    name: Weekly active teams in ${u.id}`, `    guardrails: [${u.kpis[0]}]`);
    }
    lines.push('  kpis:');
    for (const k of u.kpis) {
      const [name, unit] = pick(METRICS);
      lines.push(`    - id: ${k}`, `      name: ${name![0]!.toUpperCase()}${name!.slice(1)}`, `      unit: "${unit}"`,
        `      direction: ${r() < 0.5 ? 'up' : 'down'}`, `      threshold: ${int(5, 90)}`, `      owner: ${pick(PEOPLE)}`,
        `      source: https://dash.acme.example/${u.id}/${k}`);
    }
    lines.push('', 'objectives:');
    u.objectives.forEach((oid, oi) => {
      if (oi > 0) lines.push('');
      lines.push(`  - id: ${oid}`, `    title: ${pick(AIMS)}`, `    owner: ${pick(PEOPLE)}`);
      if (u.parent) {
        lines.push('    # Vertical alignment: one level up.');
        lines.push(`    aligns_to: [${ref(u.parent, r() < 0.03)}]`);
      }
      if (u.level === 'team' && r() < 0.4) {
        lines.push('    # Horizontal: we need this team to deliver first.');
        const other = units[int(1 + domains, units.length - 1)]!.id;
        lines.push(`    depends_on: [${ref(other, r() < 0.05)}]`);
      }
      lines.push('    key_results:');
      u.krs.filter((k) => k.startsWith(`${oid}/`)).forEach((kr) => {
        const [name, unit] = pick(METRICS);
        const base = int(10, 60);
        const target = base + int(5, 30);
        lines.push(`      - id: ${kr.split('/')[1]}`,
          r() < 0.1 ? `        title: ${pick(TASKS)}` : `        title: Lift ${name} from ${base}${unit === '%' ? '%' : ` ${unit}`} to ${target}${unit === '%' ? '%' : ` ${unit}`}`,
          ...(r() < 0.3 ? [`        metric: ${r() < 0.04 ? `${pick(u.kpis)}s` : pick(u.kpis)}`] : []),
          `        baseline: ${base}`, `        target: ${target}`, `        unit: "${unit}"`, '        due: 2026-06-30',
          `        ambition: ${r() < 0.5 ? 'roof' : 'moonshot'}`, `        owner: ${pick(PEOPLE)}`);
        const checkins = big ? int(2, 4) : medium ? int(1, 3) : int(0, 2);
        if (checkins > 0) lines.push('        checkins:');
        for (let c = 0; c < checkins; c++) {
          lines.push(`          - date: 2026-0${4 + Math.min(c, 2)}-${10 + c * 3}`, `            value: ${base + c * 2 + 0.5}`,
            `            confidence: 0.${int(3, 9)}`, `            evidence: https://dash.acme.example/${u.id}/${kr}?week=${15 + c * 2}`,
            `            note: ${pick(NOTES)}`);
        }
      });
      lines.push('    # Execution: the work we bet will move the Key Results above.', '    initiatives:');
      for (let t = 0; t < int(1, 2); t++) {
        lines.push(`      - id: work-${t + 1}`, `        title: ${pick(TASKS)}`, `        owner: ${pick(PEOPLE)}`,
          `        link: https://tracker.acme.example/${u.id.toUpperCase()}-${int(100, 999)}`, `        status: ${pick(['planned', 'in-progress', 'done'])}`);
      }
      if (r() < 0.5) {
        lines.push('    lead_measures:', '      - id: calls', '        title: At-risk account calls made', `        owner: ${pick(PEOPLE)}`, `        target: ${int(5, 30)}`, '        per: week');
      }
    });
    const folder = u.level === 'team' ? join(root, 'teams', u.parent!) : root;
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${u.id}.okr.yaml`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    files.push(path);
  });
  return { dir: root, files, medium: files[files.length - 2]!, large: files[files.length - 1]! };
}
