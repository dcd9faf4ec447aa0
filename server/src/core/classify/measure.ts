// parseMeasure: the baseline, target, unit and due date a KR title states
// ("from 14% to 7% by end of Q2" → 14, 7, "%", 2026-06-30).
import { tokenize, type Token } from './tokenize';
import { MONTHS, measures, readQuantities, type Quantity } from './quantities';

export interface Measure {
  baseline?: number;
  target?: number;
  unit?: string;
  /** ISO date (YYYY-MM-DD). */
  due?: string;
}

/** A title read once: its tokens and quantities, shared by the classifier and parseMeasure. */
export interface Analysis {
  title: string;
  tokens: Token[];
  quantities: Quantity[];
  /** Quantities that are measures (not dates, versions, ranks or names). */
  measures: Quantity[];
}

/**
 * Longest stretch of a title that is read. Real KR titles are a sentence or
 * two; the cap keeps pathological input (a pasted document) from costing more
 * than a normal title would, so classification stays bounded per keystroke.
 */
export const MAX_TITLE = 400;

/** Tokenizes a title (its first MAX_TITLE characters) and reads its quantities. */
export function analyze(title: string): Analysis {
  if (title.length > MAX_TITLE) title = title.slice(0, MAX_TITLE);
  const tokens = tokenize(title);
  const quantities = readQuantities(tokens);
  return { title, tokens, quantities, measures: measures(quantities) };
}

const ARROW = new Set(['to', '→', '->', '=>', '–', '—']);

/** A "from A to B" or "A → B" pair of measures, if the title states one. */
export function fromTo(a: Analysis): { from: Quantity; to: Quantity } | undefined {
  const t = a.tokens;
  const ms = a.measures;
  for (let k = 0; k + 1 < ms.length; k++) {
    const q1 = ms[k]!;
    const q2 = ms[k + 1]!;
    const gap = q2.first - q1.last;
    if (gap < 2 || gap > 3) continue;
    const between = t.slice(q1.last + 1, q2.first).map((x) => x.lower);
    if (!between.some((w) => ARROW.has(w))) continue;
    if (between.length === 2 && !(between[0] === 'to' && /^(under|below|over|above|about|around|just|only|roughly|~)$/.test(between[1]!))) continue;
    // "from" close before q1, or an arrow between bare numbers
    const hasFrom = t.slice(Math.max(0, q1.first - 4), q1.first).some((x) => x.lower === 'from');
    if (!hasFrom && !between.some((w) => w !== 'to')) {
      // bare "A to B" only between numbers with the same kind ("40 to 75 contributors")
      if (q1.kind !== q2.kind) continue;
    }
    return { from: q1, to: q2 };
  }
  return undefined;
}

/** "5 days instead of 12": the target first, the baseline second. */
function insteadOf(a: Analysis): { from: Quantity; to: Quantity } | undefined {
  const t = a.tokens;
  for (let k = 0; k + 1 < a.measures.length; k++) {
    const q1 = a.measures[k]!;
    const q2 = a.measures[k + 1]!;
    const words = t.slice(q1.last + 1, q2.first).map((x) => x.lower).join(' ');
    if (/^(instead of|rather than|vs\.?|versus|compared to|down from|up from)$/.test(words)) return { from: q2, to: q1 };
  }
  return undefined;
}

function unitOf(q: Quantity | undefined, other?: Quantity): string | undefined {
  return q?.unit ?? other?.unit;
}

/** Parses the baseline, target, unit and due date stated in a KR title. `cycleEnd` (YYYY-MM-DD) supplies the year. */
export function parseMeasure(title: string, cycleEnd?: string): Measure {
  return measureOf(analyze(title), cycleEnd);
}

/** parseMeasure over an analysis already made. */
export function measureOf(a: Analysis, cycleEnd?: string): Measure {
  const out: Measure = {};
  const pair = fromTo(a) ?? insteadOf(a);
  if (pair) {
    out.baseline = pair.from.value;
    out.target = pair.to.value;
    const unit = unitOf(pair.to, pair.from);
    if (unit) out.unit = unit;
  } else {
    const candidates = a.measures.filter((q) => q.kind !== 'multiplier' && !isDelta(a.tokens, q));
    const pick = candidates.find((q) => q.comparator) ?? (candidates.length === 1 ? candidates[0] : candidates.find((q) => q.kind !== 'count'));
    if (pick) {
      out.target = pick.value;
      if (pick.unit) out.unit = pick.unit;
    }
  }
  const due = dueOf(a.tokens, cycleEnd);
  if (due) out.due = due;
  return out;
}

/** "by 20%", "up 15%": a change amount, not a target level. */
export function isDelta(t: readonly Token[], q: Quantity): boolean {
  const p = t[q.first - 1]?.lower;
  if (p === 'by' && (q.kind === 'percent' || q.kind === 'pp' || q.kind === 'multiplier' || q.kind === 'points')) return true;
  if ((p === 'up' || p === 'down' || p === '+' || p === '-') && (q.kind === 'percent' || q.kind === 'pp')) return true;
  return false;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The due date a title states ("by end of Q2", "by June 30", "by 2026-06-30", "this quarter"). */
export function dueOf(t: readonly Token[], cycleEnd?: string): string | undefined {
  const cy = cycleEnd && /^\d{4}-\d{2}-\d{2}$/.test(cycleEnd) ? Number(cycleEnd.slice(0, 4)) : undefined;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.lower;
    if (!/^(by|before|until|till|in|for|at|end|eo[qy]|this|ye)$/.test(w) && t[i]!.kind !== 'date') continue;
    if (t[i]!.kind === 'date') {
      const prev = t[i - 1]?.lower;
      if (prev === 'by' || prev === 'before' || prev === 'until' || prev === 'on' || prev === 'due') return t[i]!.text;
      continue;
    }
    let j = i + 1;
    if (w === 'eoy' || w === 'ye') return cy !== undefined ? iso(cy, 12, 31) : undefined;
    if (w === 'eoq') return cycleEnd;
    // skip "the end of", "end of the"
    const skip = (): void => {
      while (/^(the|end|of|close|eo[qy])$/.test(t[j]?.lower ?? '')) j++;
    };
    const hadEnd = w === 'end' || /^(the|end)$/.test(t[j]?.lower ?? '');
    skip();
    const x = t[j]?.lower ?? '';
    const yearAfter = (k: number): number | undefined => {
      const n = t[k];
      const v = n?.kind === 'num' ? n.value : undefined;
      return v !== undefined && v >= 1900 && v <= 2100 ? v : undefined;
    };
    const qm = /^q([1-4])(?:[-/]?(\d{4}))?$/.exec(x);
    if (qm && qm[1]) {
      const year = qm[2] ? Number(qm[2]) : (yearAfter(j + 1) ?? cy);
      return year !== undefined ? `${year}-${QUARTER_END[Number(qm[1]) - 1]}` : undefined;
    }
    const hm = /^h([12])$/.exec(x);
    if (hm && hm[1]) {
      const year = yearAfter(j + 1) ?? cy;
      return year !== undefined ? iso(year, hm[1] === '1' ? 6 : 12, hm[1] === '1' ? 30 : 31) : undefined;
    }
    if ((x === 'quarter' || x === 'cycle') && (hadEnd || w === 'this')) return cycleEnd;
    if (x === 'year' && (hadEnd || w === 'this')) return cy !== undefined ? iso(cy, 12, 31) : undefined;
    if (w === 'end' || w === 'this' || w === 'at') continue;
    const month = MONTHS[x];
    if (month !== undefined && (w === 'by' || w === 'before' || w === 'until' || w === 'till' || hadEnd)) {
      const d = t[j + 1];
      let day: number | undefined = d?.kind === 'num' && d.value !== undefined && d.value >= 1 && d.value <= 31 ? d.value : undefined;
      let k = j + (day !== undefined ? 2 : 1);
      if (t[k]?.lower === ',') k++;
      const year = yearAfter(k) ?? cy;
      if (year === undefined) return undefined;
      day ??= lastDay(year, month);
      return iso(year, month, day);
    }
    // "by 30 June"
    const n = t[j];
    if (n?.kind === 'num' && n.value !== undefined && n.value >= 1 && n.value <= 31 && MONTHS[t[j + 1]?.lower ?? ''] !== undefined) {
      const m2 = MONTHS[t[j + 1]!.lower]!;
      const year = yearAfter(j + 2) ?? cy;
      if (year !== undefined) return iso(year, m2, n.value);
    }
  }
  return undefined;
}
