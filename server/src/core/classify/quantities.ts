// Reads the quantities of a tokenized title: numbers in digits or words with
// their unit and comparator, and marks the ones that are not measures at all
// (dates, years, versions, ranks, names such as "SOC 2" or "90-day").
import { scaleWord, wordNumber, type Token } from './tokenize';

export type QuantityKind = 'percent' | 'pp' | 'currency' | 'multiplier' | 'duration' | 'count' | 'points';

export interface Quantity {
  value: number;
  kind: QuantityKind;
  /** Display unit: "%", "$", "h", "days", "x", "pp", … (undefined for bare counts). */
  unit?: string;
  /** First and last token index (inclusive) of the number and its unit. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** "at least" → min, "no more than" → max. */
  comparator?: 'min' | 'max';
  /** Why this number is not a measure, when it is not one. */
  ignore?: 'date' | 'year' | 'version' | 'rank' | 'name' | 'ordinal';
  /** Written as words ("twenty"). */
  words?: boolean;
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const DURATION: Record<string, string> = {
  ms: 'ms', millisecond: 'ms', milliseconds: 'ms', s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
  min: 'min', mins: 'min', minute: 'min', minutes: 'min', h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  d: 'days', day: 'days', days: 'days', week: 'weeks', weeks: 'weeks', month: 'months', months: 'months',
  year: 'years', years: 'years', wk: 'weeks', wks: 'weeks',
};
const CURRENCY_SYM: Record<string, string> = { $: '$', '€': '€', '£': '£', '¥': '¥' };
const CURRENCY_WORD: Record<string, string> = {
  usd: '$', dollars: '$', dollar: '$', eur: '€', euro: '€', euros: '€', gbp: '£', pounds: '£', chf: 'CHF',
};
const NAME_BEFORE = new Set([
  'version', 'v', 'phase', 'tier', 'level', 'step', 'stage', 'wave', 'sprint', 'release', 'week', 'day', 'gen',
  'generation', 'series', 'round', 'iso', 'soc', 'chapter', 'section', 'article', 'module', 'track', 'pillar',
  'grade', 'class', 'type', 'ios', 'android', 'node', 'python', 'java', 'postgres', 'postgresql', 'mysql', 'windows',
  'rails', 'php', 'angular', 'vue', 'react', 'ubuntu', 'debian', 'lts', 'gpt', 'web', 'hipaa', 'pci', 'covid',
  'season', 'episode', 'volume', 'part', 'book', 'issue', 'edition', 'batch', 'cohort', 'building', 'floor', 'line',
  'room', 'gate', 'terminal', 'zone', 'district', 'ward', 'unit', 'block', 'lot', 'plot', 'site', 'store', 'sector',
]);
const RANK_BEFORE = new Set(['top', '#', 'no.', 'number', 'ranked', 'rank', 'position']);
const YEAR_BEFORE = new Set([
  'the', 'our', 'their', 'in', 'since', 'by', 'before', 'after', 'until', 'till', 'for', 'of', 'through', 'fy', 'end', 'early', 'mid',
  'late', 'during', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'year', 'eoy',
]);
const YEAR_AFTER = new Set([
  'roadmap', 'budget', 'plan', 'plans', 'data', 'strategy', 'goals', 'okrs', 'report', 'season', 'cohort', 'cycle',
  'edition', 'conference', 'campaign', 'census', 'figures', 'numbers', 'results', 'accounts', 'targets', 'vision',
  'forecast', 'audit', 'survey', 'intake', 'class', 'election', 'review', 'catalogue', 'catalog', 'collection',
]);
const MIN_BEFORE = [['at', 'least'], ['no', 'less', 'than'], ['no', 'fewer', 'than'], ['more', 'than'], ['over'], ['above'], ['greater', 'than'], ['exceeding'], ['beyond'], ['>'], ['>='], ['≥']];
const MAX_BEFORE = [['at', 'most'], ['no', 'more', 'than'], ['less', 'than'], ['fewer', 'than'], ['under'], ['below'], ['within'], ['up', 'to'], ['<'], ['<='], ['≤'], ['max'], ['maximum']];
const MIN_AFTER = [['or', 'more'], ['or', 'higher'], ['or', 'better'], ['or', 'above'], ['+'], ['plus']];
const MAX_AFTER = [['or', 'less'], ['or', 'lower'], ['or', 'fewer'], ['or', 'below'], ['or', 'under'], ['max']];

function wordsBefore(t: readonly Token[], i: number, p: readonly string[]): boolean {
  for (let k = 0; k < p.length; k++) if (t[i - p.length + k]?.lower !== p[k]) return false;
  return true;
}
function wordsAt(t: readonly Token[], i: number, p: readonly string[]): boolean {
  for (let k = 0; k < p.length; k++) if (t[i + k]?.lower !== p[k]) return false;
  return true;
}

/** Extracts every quantity of a token list, measures and non-measures alike. */
export function readQuantities(t: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    let q: Quantity | undefined;
    if (tok.kind === 'num' && tok.value !== undefined) {
      q = { value: tok.value, kind: 'count', first: i, last: i, start: tok.start, end: tok.end };
      switch (tok.suffix) {
        case undefined: break;
        case '%': q.kind = 'percent'; q.unit = '%'; break;
        case 'pp': q.kind = 'pp'; q.unit = 'pp'; break;
        case 'x': case '×': q.kind = 'multiplier'; q.unit = 'x'; break;
        case 'pt': case 'pts': q.kind = 'points'; q.unit = 'points'; break;
        case 'st': case 'nd': case 'rd': case 'th': q.ignore = 'ordinal'; break;
        case 'k': case 'bn': case 'b': case 'M': break;
        default: {
          const d = DURATION[tok.suffix];
          if (d) { q.kind = 'duration'; q.unit = d; }
          else if (tok.suffix === 'm') { q.kind = 'duration'; q.unit = 'min'; }
        }
      }
      if (tok.hyphenated) q.ignore = 'name';
    } else if (tok.kind === 'word') {
      q = readWordNumber(t, i);
    }
    if (!q) continue;
    annotate(t, q);
    out.push(q);
    i = q.last;
  }
  return out;
}

const FRACTION: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

/** "two-thirds", "three-quarters", "a third of", "half of": a share, read as a percentage. */
function readFraction(t: readonly Token[], i: number): Quantity | undefined {
  const tok = t[i]!;
  const hy = /^(one|two|three|four|nine)-(half|halves|thirds?|quarters?|fifths?|tenths?)$/.exec(tok.lower);
  if (hy && hy[1] && hy[2]) {
    const num = wordNumber(hy[1]) ?? 1;
    const den = FRACTION[hy[2]] ?? 1;
    return { value: Math.round((1000 * num) / den) / 10, kind: 'percent', unit: '%', first: i, last: i, start: tok.start, end: tok.end, words: true };
  }
  const next = t[i + 1];
  if ((tok.lower === 'a' || tok.lower === 'one' || tok.lower === 'half') && t[i + (tok.lower === 'half' ? 1 : 2)]?.lower === 'of') {
    const den = tok.lower === 'half' ? 2 : FRACTION[next?.lower ?? ''];
    if (den && (tok.lower === 'half' || /^(half|third|quarter|fifth|tenth)$/.test(next?.lower ?? ''))) {
      const last = tok.lower === 'half' ? i : i + 1;
      return { value: Math.round(1000 / den) / 10, kind: 'percent', unit: '%', first: i, last, start: tok.start, end: t[last]!.end, words: true };
    }
  }
  return undefined;
}

function readWordNumber(t: readonly Token[], i: number): Quantity | undefined {
  const tok = t[i]!;
  const fraction = readFraction(t, i);
  if (fraction) return fraction;
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  // "a hundred", "a dozen"
  if ((tok.lower === 'a' || tok.lower === 'an') && t[i + 1]) {
    const nx = t[i + 1]!.lower;
    if (nx === 'dozen' || scaleWord(nx) !== undefined) { current = 1; j = i + 1; seen = true; }
    else return undefined;
  }
  for (; j < t.length; j++) {
    const w = t[j]!.lower;
    const small = wordNumber(w);
    const scale = scaleWord(w);
    if (small !== undefined && !(seen && current % 10 !== 0 && small < 10)) { current += small === 12 && w === 'dozen' && current > 0 ? current * 11 : small; seen = true; continue; }
    if (scale !== undefined && seen) {
      current = (current || 1) * scale;
      if (scale >= 1000) { total += current; current = 0; }
      continue;
    }
    if (w === 'and' && seen && scaleWord(t[j - 1]!.lower) === 100 && wordNumber(t[j + 1]?.lower ?? '') !== undefined) continue;
    break;
  }
  if (!seen) return undefined;
  const last = j - 1;
  const value = total + current;
  // "one" as a pronoun ("no one", "one of", "the one") is not a number
  if (value === 1 && last === i && tok.lower === 'one') {
    const prev = t[i - 1]?.lower;
    const next = t[i + 1]?.lower;
    if (prev === 'no' || prev === 'the' || prev === 'every' || next === 'of' || next === 'another' || next === undefined) return undefined;
  }
  return { value, kind: 'count', first: i, last, start: tok.start, end: t[last]!.end, words: true };
}

/** Adds unit words, currency, comparators and the "not a measure" verdicts. */
function annotate(t: readonly Token[], q: Quantity): void {
  const prev = t[q.first - 1];
  const next = t[q.last + 1];
  // currency symbol or word before, currency word after
  if (prev && CURRENCY_SYM[prev.lower]) {
    q.kind = 'currency'; q.unit = CURRENCY_SYM[prev.lower]; q.start = prev.start; q.first -= 1;
  } else if (prev && CURRENCY_WORD[prev.lower] && prev.lower.length === 3) {
    q.kind = 'currency'; q.unit = CURRENCY_WORD[prev.lower];
  }
  if (next && q.kind === 'count') {
    const nl = next.lower;
    if (CURRENCY_WORD[nl]) { q.kind = 'currency'; q.unit = CURRENCY_WORD[nl]; extend(t, q, 1); }
    else if (nl === 'percent' || nl === '%') { q.kind = 'percent'; q.unit = '%'; extend(t, q, 1); }
    else if (nl === 'per' && t[q.last + 2]?.lower === 'cent') { q.kind = 'percent'; q.unit = '%'; extend(t, q, 2); }
    else if (nl === 'percentage' && t[q.last + 2]?.lower === 'points') { q.kind = 'pp'; q.unit = 'pp'; extend(t, q, 2); }
    else if (nl === 'points' || nl === 'pts' || nl === 'pt') { q.kind = 'points'; q.unit = 'points'; extend(t, q, 1); }
    else if (nl === 'times' || nl === 'x' || nl === 'fold') { q.kind = 'multiplier'; q.unit = 'x'; extend(t, q, 1); }
    else if ((nl === 'business' || nl === 'working' || nl === 'calendar') && /^days?$/.test(t[q.last + 2]?.lower ?? '')) {
      q.kind = 'duration'; q.unit = 'days'; extend(t, q, 2);
    } else if (DURATION[nl] && nl.length > 1) { q.kind = 'duration'; q.unit = DURATION[nl]; extend(t, q, 1); }
  }
  if (q.kind === 'currency') {
    const after = t[q.last + 1]?.lower;
    if (after === 'million' || after === 'm') { q.value *= 1e6; extend(t, q, 1); }
    else if (after === 'billion' || after === 'bn') { q.value *= 1e9; extend(t, q, 1); }
    else if (after === 'thousand' || after === 'k') { q.value *= 1e3; extend(t, q, 1); }
  }
  // signs
  if (prev?.lower === '-' && t[q.first - 2]?.kind !== 'num' && q.kind !== 'currency' && prev.end === t[q.first]!.start) q.value = -q.value;
  // comparators
  for (const p of MIN_BEFORE) if (wordsBefore(t, q.first, p)) q.comparator = 'min';
  for (const p of MAX_BEFORE) if (wordsBefore(t, q.first, p)) q.comparator = 'max';
  for (const p of MIN_AFTER) if (wordsAt(t, q.last + 1, p)) q.comparator = 'min';
  for (const p of MAX_AFTER) if (wordsAt(t, q.last + 1, p)) q.comparator = 'max';
  if (q.ignore) return;
  // list numbering ("1. Launch …", "KR 2: …") is no measure
  if (q.first <= 2 && q.kind === 'count' && /^[.):\-–]$/.test(next?.lower ?? '') && (q.first === 0 || /^kr\d*$/.test(t[0]!.lower)) && t[q.last + 2] !== undefined && t[q.last + 1]!.end < t[q.last + 2]!.start) {
    q.ignore = 'name';
    return;
  }
  const pl = t[q.first - 1]?.lower ?? '';
  const nl = t[q.last + 1]?.lower ?? '';
  // dates: "June 30", "30 June", "by March 31"
  if ((MONTHS[pl] !== undefined || MONTHS[nl] !== undefined) && q.kind === 'count' && q.value >= 1 && q.value <= 31 && Number.isInteger(q.value)) {
    q.ignore = 'date';
    return;
  }
  if (q.kind === 'count' && !q.words && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100 && !/,/.test(t[q.first]!.text)) {
    const fromTo = (pl === 'from' && /^(to|until|through|-|–)$/.test(nl)) || ((pl === 'to' || pl === '-' || pl === '–') && yearish(t[q.first - 2]));
    if (YEAR_BEFORE.has(pl) || MONTHS[pl] !== undefined || fromTo || YEAR_AFTER.has(nl)) {
      q.ignore = 'year';
      return;
    }
  }
  if (RANK_BEFORE.has(pl)) { q.ignore = 'rank'; return; }
  // "older than 4 years", "3 years old": an age that qualifies a thing, not a measure
  if (q.kind === 'duration' && (nl === 'old' || ((pl === 'than') && /^(older|newer|younger|aged)$/.test(t[q.first - 2]?.lower ?? '')))) { q.ignore = 'name'; return; }
  if (q.kind === 'count' && (NAME_BEFORE.has(pl) || /^v\d/.test(t[q.first]!.lower))) { q.ignore = 'version'; return; }
  if (q.kind === 'count' && !q.words) {
    // "Postgres 16", "SOC 2": a capitalised word (not the first) right before a bare number, nothing after
    const p = t[q.first - 1];
    if (p && p.kind === 'word' && q.first - 1 > 0 && /^[A-Z]/.test(p.text) && !/^(NPS|CSAT|ARR|MRR|NRR|eNPS|CES|KPI|CAC)$/i.test(p.text)) {
      const after = t[q.last + 1];
      if (!after || after.kind !== 'word' || /^(type|release|support|compliance|certification|migration|upgrade|rollout|launch)$/i.test(after.text)) {
        q.ignore = 'name';
      }
    }
  }
}

function yearish(tok: Token | undefined): boolean {
  return !!tok && tok.kind === 'num' && tok.value !== undefined && tok.value >= 1900 && tok.value <= 2100;
}

function extend(t: readonly Token[], q: Quantity, n: number): void {
  q.last += n;
  q.end = t[q.last]!.end;
}

/** Quantities that count as measures (not dates, versions, ranks or names). */
export function measures(qs: readonly Quantity[]): Quantity[] {
  return qs.filter((q) => !q.ignore);
}
