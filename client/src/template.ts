// The new-file template (pure: no `vscode`, so it is unit-testable).

/** The level of a unit. */
export type Level = 'company' | 'domain' | 'team';

/** What the template needs. */
export interface TemplateInput {
  unit: string;
  level: Level;
  cycle: string;
  parent?: string;
}

/** True for a kebab-case id (the schema's id pattern). */
export function isId(v: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v);
}

/** True for a YYYY-Qn cycle. */
export function isCycle(v: string): boolean {
  return /^\d{4}-Q[1-4]$/.test(v);
}

/** The quarter a date falls in, e.g. 2026-Q2. */
export function currentQuarter(d: Date): string {
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

/** Last day of a YYYY-Qn cycle (ISO). */
function cycleEnd(cycle: string): string {
  const [y, q] = cycle.split('-Q').map(Number) as [number, number];
  const month = q * 3;
  const day = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, '0')}-${day}`;
}

/** A new OKR file that parses and passes the schema, with comments saying what goes where. */
export function okrFileTemplate(t: TemplateInput): string {
  const lines = [
    `# OKRs of ${t.unit} for ${t.cycle}.`,
    'version: 1',
    `unit: ${t.unit}`,
    `level: ${t.level}`,
    ...(t.parent ? [`parent: ${t.parent}`] : []),
    `cycle: ${t.cycle}`,
    'owner: Your Name',
    '',
    '# Change: what must be different by the end of the cycle.',
    'objectives:',
    '  - id: first-objective',
    '    title: Describe where you want to be, in words',
    '    owner: Your Name',
    '    key_results:',
    '      - id: first-kr',
    `        title: Raise the metric that shows it from 10 to 20 by ${cycleEnd(t.cycle)}`,
    '        baseline: 10',
    '        target: 20',
    `        due: ${cycleEnd(t.cycle)}`,
    '        ambition: roof',
    '        owner: Your Name',
    '      - id: second-kr',
    `        title: Cut the time customers wait for an answer from 8 hours to 2 hours by ${cycleEnd(t.cycle)}`,
    '        baseline: 8',
    '        target: 2',
    '        unit: hours',
    `        due: ${cycleEnd(t.cycle)}`,
    '        ambition: moonshot',
    '        owner: Your Name',
    '',
  ];
  return lines.join('\n');
}
