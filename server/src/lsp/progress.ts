// KR and objective progress as text, shared by hover and code lenses
// (the numbers come from the tree engineer's graph/progress module).
import { krFigures, krProgress, latestConfidence, meanOf } from '../core/graph/progress';
import type { KeyResult, Objective } from '../core/model';

/** A KR's progress figures, or null parts when they cannot be computed. */
export interface KrSummary {
  baseline: number | null;
  target: number | null;
  current: number | null;
  progress: number | null;
  confidence: number | null;
  unit?: string;
  lastCheckin?: string;
}

/** The figures of one KR. */
export function krSummary(kr: KeyResult): KrSummary {
  const f = krFigures(kr);
  return {
    ...f, progress: krProgress(f.baseline, f.target, f.current), confidence: latestConfidence(kr.checkins),
    ...(kr.unit ? { unit: kr.unit.value } : {}),
  };
}

/** Mean progress of an objective's KRs that have one (its score), or null. */
export function objectiveScore(o: Objective): number | null {
  return meanOf(o.keyResults.map((k) => krSummary(k).progress));
}

/** A percentage without noise: 0.4567 -> "46%". */
export function percent(x: number | null): string {
  return x === null ? '—' : `${Math.round(x * 100)}%`;
}

function num(x: number | null, unit?: string): string {
  if (x === null) return '?';
  return unit === '%' ? `${x}%` : unit ? `${x} ${unit}` : String(x);
}

/** "14% → 13.1% → 7% (12%)": baseline → latest check-in → target, with progress. */
export function progressLine(s: KrSummary): string {
  const current = s.current === null ? 'no check-in' : num(s.current, s.unit);
  return `${num(s.baseline, s.unit)} → ${current} → ${num(s.target, s.unit)} (${percent(s.progress)})`;
}
