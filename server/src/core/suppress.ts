// `# okr-disable-next-line <rules>`, `# okr-disable <rules>` / `# okr-enable <rules>`.
// Only whole-line comments count, so a `#` inside a quoted title never suppresses.
import type { Finding } from './types';
import { LineIndex } from './lines';

const DIRECTIVE = /^[ \t]*#[ \t]*okr-(disable-next-line|disable|enable)\b(.*)$/;
const ALL = '*';

interface Region {
  rule: string;
  from: number;
  to: number;
}

function parseRules(rest: string): string[] {
  const names = rest.replace(/--.*$/, '').split(/[\s,]+/).filter(Boolean);
  return names.length > 0 ? names : [ALL];
}

/** Drops findings silenced by directive comments. Quick to skip when the text has none. */
export function applySuppressions(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0 || !text.includes('okr-')) return findings;
  const lines = text.split('\n');
  const regions: Region[] = [];
  const open = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i]!.replace(/\r$/, ''));
    if (!m) continue;
    const rules = parseRules(m[2] ?? '');
    if (m[1] === 'disable-next-line') {
      // The next line that is not blank or another comment.
      let target = i + 1;
      while (target < lines.length && /^[ \t]*(#.*)?\r?$/.test(lines[target]!)) target++;
      for (const rule of rules) regions.push({ rule, from: target, to: target });
    } else if (m[1] === 'disable') {
      for (const rule of rules) if (!open.has(rule)) open.set(rule, i);
    } else {
      for (const rule of rules) {
        if (rule === ALL) {
          for (const [r, from] of open) regions.push({ rule: r, from, to: i });
          open.clear();
        } else if (open.has(rule)) {
          regions.push({ rule, from: open.get(rule)!, to: i });
          open.delete(rule);
        }
      }
    }
  }
  for (const [rule, from] of open) regions.push({ rule, from, to: lines.length });
  if (regions.length === 0) return findings;
  const index = new LineIndex(text);
  return findings.filter((f) => {
    const line = index.lineOf(f.start);
    return !regions.some((r) => (r.rule === ALL || r.rule === f.rule) && line >= r.from && line <= r.to);
  });
}
