// What the classification rules share: reading a KR into the classifier's
// input and building the finding's span and data (the quick-fix reads data).
import type { KeyResult, OkrFile } from '../model';
import type { RuleContext } from '../rule';
import type { Span } from '../types';
import { classifierFor, FIRM_CONFIDENCE, type Classification, type KrInput, type KrLabel } from './classifier';

/** The classifier input for a KR of the model. A `metric` field means a promoted KPI (SPEC §2). */
export function krInput(kr: KeyResult): KrInput {
  const input: KrInput = { title: kr.title?.value ?? '' };
  if (kr.baseline) input.baseline = kr.baseline.value;
  if (kr.target) input.target = kr.target.value;
  if (kr.unit) input.unit = kr.unit.value;
  if (kr.metric) {
    input.metric = kr.metric.value;
    input.metricIsKpi = true;
  }
  if (kr.objective.title) input.objectiveTitle = kr.objective.title.value;
  return input;
}

/** The KR's title value, or the first line of the KR when it has no title. */
export function krSpan(file: OkrFile, kr: KeyResult): Span {
  if (kr.title) return kr.title.span;
  const nl = file.text.indexOf('\n', kr.span.start);
  const end = nl < 0 || nl > kr.span.end ? kr.span.end : nl;
  return { start: kr.span.start, end: file.text[end - 1] === '\r' ? end - 1 : end };
}

/** Reports every KR of the file the classifier gives `label` with enough confidence. */
export function reportLabel(ctx: RuleContext, label: KrLabel, firm: string, hedged: string): void {
  const cfg = ctx.config.classifier;
  const classifier = classifierFor(cfg);
  for (const o of ctx.file.objectives) {
    for (const kr of o.keyResults) {
      if (!kr.title || typeof kr.title.value !== 'string' || kr.title.value.trim() === '') continue;
      const c: Classification = classifier.classify(krInput(kr));
      if (c.label !== label || c.confidence < cfg.minConfidence) continue;
      const off = quoteOffset(ctx.file.text, kr.title.span);
      const base = off === undefined ? undefined : kr.title.span.start + off;
      const sure = c.confidence >= FIRM_CONFIDENCE;
      ctx.report({
        messageId: sure ? firm : hedged,
        // Flagging a good KR costs more than missing a bad one: a hedged finding is only a hint.
        ...(sure ? {} : { maxSeverity: 'info' as const }),
        args: { reason: c.reason },
        span: krSpan(ctx.file, kr),
        data: {
          objectiveIndex: o.index,
          krIndex: kr.index,
          label: c.label,
          confidence: c.confidence,
          reason: c.reason,
          // the deciding words, as offsets into the file when the title is a plain or simply quoted scalar
          evidence: base === undefined ? [] : c.evidence.map((e) => ({ start: base + e.start, end: base + e.end, text: e.text })),
        },
      });
    }
  }
}

/** Offset of the title's first character inside its span, when the source text is the value verbatim. */
function quoteOffset(text: string, span: Span): number | undefined {
  const raw = text.slice(span.start, span.end);
  if (raw.includes('\n')) return undefined;
  if (raw.startsWith('"') || raw.startsWith("'")) return raw.includes('\\') || raw.includes("''") ? undefined : 1;
  if (raw.startsWith('|') || raw.startsWith('>')) return undefined;
  return 0;
}
