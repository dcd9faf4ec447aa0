// Progress, pace and the off-track rule of the alignment tree.
//
// Progress of a KR = (latest check-in value − baseline) / (target − baseline),
// clamped to 0..1 (SPEC §6); an objective's = mean of its KRs' that have one.
//
// Off track (documented decision): a KR is off track when
//   1. its latest confidence is below 0.5 — the owner says it is more likely
//      missed than hit; or
//   2. its progress trails the steady pace by more than 25 points, where the
//      pace is the share of the cycle elapsed on the as-of date, scaled by 0.7
//      for `ambition: moonshot` (60–70% is a good moonshot result, so pacing
//      it against 100% would flag every moonshot).
// The 25-point margin means nothing is off track by pace in the first quarter
// of a cycle, when few check-ins exist. A KR without a check-in, or without
// a baseline and target that differ, is `unknown`, never off track: the tree
// does not guess. An objective is off track when any of its KRs is.
import type { Checkin, CycleValue, KeyResult } from '../model';
import type { TreeStatus } from '../../protocol';

/** The thresholds of the off-track rule, named so docs and tests can quote them. */
export const OFF_TRACK = {
  confidenceBelow: 0.5,
  paceGap: 0.25,
  moonshotPace: 0.7,
} as const;

const DAY = 86_400_000;

/** (current − baseline) / (target − baseline) clamped to 0..1; null when it cannot be computed. */
export function krProgress(baseline: number | null, target: number | null, current: number | null): number | null {
  if (baseline === null || target === null || current === null) return null;
  if (target === baseline) return null; // a KR that keeps a value where it is has no direction to progress in
  const p = (current - baseline) / (target - baseline);
  if (!Number.isFinite(p)) return null;
  return Math.min(1, Math.max(0, p));
}

/** The latest check-in: greatest ISO date; undated ones count by their order in the list. */
export function latestCheckin(checkins: readonly Checkin[]): Checkin | undefined {
  let best: Checkin | undefined;
  for (const c of checkins) {
    // ISO dates compare as strings; `>=` lets a later entry with the same date win.
    if (!best || (c.date?.value ?? '') >= (best.date?.value ?? '')) best = c;
  }
  return best;
}

/** Confidence of the latest check-in that states one (0..1), or null. */
export function latestConfidence(checkins: readonly Checkin[]): number | null {
  const withConfidence = checkins.filter((c) => c.confidence && c.confidence.value >= 0 && c.confidence.value <= 1);
  return latestCheckin(withConfidence)?.confidence?.value ?? null;
}

/** Start and end (ISO dates) of a cycle, from the parsed value or its `YYYY-Qn` label. */
export function cycleDates(cycle: CycleValue | undefined): { start: string; end: string } | undefined {
  if (!cycle) return undefined;
  if (cycle.start && cycle.end) return { start: cycle.start, end: cycle.end };
  const m = /^(\d{4})-Q([1-4])$/.exec(cycle.label);
  if (!m) return undefined;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const start = new Date(Date.UTC(year, (q - 1) * 3, 1));
  const end = new Date(Date.UTC(year, q * 3, 0)); // day 0 of the next quarter = last day of this one
  return { start: iso(start), end: iso(end) };
}

/** Share of the cycle elapsed on `asOf` (0..1), or null when the cycle's dates are unknown. */
export function cycleElapsed(cycle: CycleValue | undefined, asOf: string): number | null {
  const d = cycleDates(cycle);
  if (!d) return null;
  const start = Date.parse(d.start);
  const end = Date.parse(d.end) + DAY; // the end date is inclusive
  const now = Date.parse(asOf);
  if (![start, end, now].every(Number.isFinite) || end <= start) return null;
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

/** Progress expected by now at a steady pace, scaled down for moonshots. */
export function expectedProgress(elapsed: number | null, ambition: string | undefined): number | null {
  if (elapsed === null) return null;
  return ambition === 'moonshot' ? elapsed * OFF_TRACK.moonshotPace : elapsed;
}

/** The off-track rule for one KR (see the module comment). */
export function krStatus(
  progress: number | null,
  expected: number | null,
  confidence: number | null,
): { status: TreeStatus; reason?: string } {
  if (confidence !== null && confidence < OFF_TRACK.confidenceBelow) {
    return { status: 'off-track', reason: `latest confidence ${confidence} is below ${OFF_TRACK.confidenceBelow}` };
  }
  if (progress === null) return { status: 'unknown', reason: 'no progress can be computed yet' };
  if (expected !== null && expected - progress > OFF_TRACK.paceGap) {
    return { status: 'off-track', reason: `${pct(progress)} done, ${pct(expected)} expected by now` };
  }
  return { status: 'on-track' };
}

/** Numbers of a KR as the tree shows them. */
export function krFigures(kr: KeyResult): { baseline: number | null; target: number | null; current: number | null; lastCheckin?: string } {
  const last = latestCheckin(kr.checkins.filter((c) => c.value !== undefined));
  return {
    baseline: kr.baseline?.value ?? null,
    target: kr.target?.value ?? null,
    current: last?.value?.value ?? null,
    ...(last?.date ? { lastCheckin: last.date.value } : {}),
  };
}

/** Mean of the non-null values, or null. */
export function meanOf(values: ReadonlyArray<number | null>): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
