import type { Rule } from '../rule';
import { parseMeasure, classifierFor, FIRM_CONFIDENCE, type Measure } from '../classify';
import { krSpan, krInput } from '../classify/rule-support';

/** The rule that already speaks for a KR of each label; its advice (move, rewrite) replaces "fill the fields". */
const OWNER: Record<string, string> = { task: 'kr-is-task', lead_measure: 'kr-is-lead-measure', vague: 'kr-not-measurable' };

type Field = 'baseline' | 'target' | 'due';

/** A Key Result lacks a baseline, a target or a due date: check-ins then become opinions. */
const rule: Rule = {
  meta: {
    id: 'kr-needs-baseline-target-due',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'A Key Result needs a baseline, a target and a due date.',
    fixable: true,
    scope: 'file',
    messages: {
      missing: 'This Key Result has no {missing}. Without a starting point, a goal and a date, a check-in cannot show progress; add them.',
      missingStated: 'This Key Result has no {missing} field, though its title states {stated}; copy the values into the fields so check-ins can measure progress.',
    },
  },
  check(ctx) {
    const cycleEnd = ctx.file.cycle?.end;
    const classifier = classifierFor(ctx.config.classifier);
    for (const o of ctx.file.objectives) {
      for (const kr of o.keyResults) {
        // "Add a baseline and a target" to "Launch X" contradicts "move it to initiatives".
        if (kr.title && typeof kr.title.value === 'string' && kr.title.value.trim() !== '') {
          const c = classifier.classify(krInput(kr));
          const owner = OWNER[c.label];
          if (owner && c.confidence >= FIRM_CONFIDENCE && ctx.config.severity(owner) !== 'off') continue;
        }
        const missing: Field[] = [];
        if (!kr.baseline) missing.push('baseline');
        if (!kr.target) missing.push('target');
        if (!kr.due) missing.push('due');
        if (missing.length === 0) continue;
        const title = typeof kr.title?.value === 'string' ? kr.title.value : '';
        const parsed: Measure = title ? parseMeasure(title, cycleEnd) : {};
        // only what fills a missing field (or its unit) is offered to the quick-fix
        const offered: Measure = {};
        if (missing.includes('baseline') && parsed.baseline !== undefined) offered.baseline = parsed.baseline;
        if (missing.includes('target') && parsed.target !== undefined) offered.target = parsed.target;
        if (missing.includes('due') && parsed.due !== undefined) offered.due = parsed.due;
        if (parsed.unit !== undefined && !kr.unit && (offered.baseline !== undefined || offered.target !== undefined)) offered.unit = parsed.unit;
        const stated = describe(offered);
        ctx.report({
          messageId: stated ? 'missingStated' : 'missing',
          args: { missing: list(missing), stated },
          span: krSpan(ctx.file, kr),
          data: { objectiveIndex: o.index, krIndex: kr.index, missing, parsed: offered, ...(cycleEnd ? { cycleEnd } : {}) },
        });
      }
    }
  },
};
export default rule;

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function describe(m: Measure): string {
  const parts: string[] = [];
  const u = m.unit ?? '';
  const fmt = (v: number): string => (/^[$€£¥]$/.test(u) ? `${u}${v}` : u === '%' || u === '' ? `${v}${u}` : `${v} ${u}`);
  if (m.baseline !== undefined) parts.push(`a baseline of ${fmt(m.baseline)}`);
  if (m.target !== undefined) parts.push(`a target of ${fmt(m.target)}`);
  if (m.due !== undefined) parts.push(`a due date of ${m.due}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
