// Cue detection over an analysed title: where the verbs, nouns, cadences and
// quantities are, and what they say about the KR. The decision lives in
// classifier.ts; this module only finds things.
import type { Lexicon } from './lexicon';
import { fromTo, isDelta, type Analysis } from './measure';
import type { Token } from './tokenize';

export type NounClass = 'activity' | 'workItem' | 'result' | 'deliverable' | 'metric' | 'unknown';

/** Words that end a noun chunk. */
const STOP = new Set([
  'of', 'to', 'in', 'on', 'for', 'from', 'by', 'with', 'at', 'and', 'or', 'per', 'a', 'an', 'each', 'every', 'the',
  'within', 'into', 'across', 'before', 'after', 'than', 'that', 'who', 'which', 'while', 'without', 'under',
  'over', 'above', 'below', 'through', 'via', 'as', 'is', 'are', 'was', 'were', 'be', 'this', 'next', 'weekly',
  'daily', 'monthly', 'quarterly', 'during', 'about', 'so', 'using', 'among', 'between', 'out', 'up', 'down',
  'reaching', 'resulting', 'achieving', 'leading', 'driving', 'instead', 'rather', 'vs', 'versus', 'if', 'when',
  'twice', 'once', 'thrice',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'my', 'your', 'his', 'her', 'all', 'every', 'each', 'this', 'that', 'these', 'those', 'some', 'any', 'no']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'gets', 'get', 'got', 'getting', "it's", 'become', 'becomes']);
const LEAD_SKIP = new Set(['we', 'will', "we'll", 'to', 'successfully', 'fully', 'must', 'should', 'shall', 'i', 'team', 'finally', 'also', 'then', 'and', 'help', 'let\'s', 'lets', 'and/or', 'want', 'need', 'aim', 'plan']);
const AFTER_PARTICIPLE = new Set([
  ',', ';', '.', ':', '(', '-', '–', '—', 'and', 'by', 'in', 'on', 'to', 'for', 'across', 'with', 'at', 'before',
  'within', 'into', 'from', 'as', 'under', 'through', 'via', 'over', 'everywhere', 'company-wide', 'org-wide',
  'end', 'successfully', 'fully', 'on-time', 'ahead', 'globally', 'internally', 'externally', 'publicly', 'live',
  'this', 'next', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'for', 'among', 'after',
]);
const MULTIPLIER_WORDS = new Set(['double', 'doubled', 'doubles', 'doubling', 'triple', 'tripled', 'triples', 'tripling', 'quadruple', 'quadrupled', 'halve', 'halved', 'halves', 'halving', 'twice', 'tenfold', 'threefold', 'twofold']);
const CADENCE_UNITS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening', 'night', 'visit', 'call', 'meeting', 'day', 'week', 'month', 'sprint', 'fortnight', 'weekend', 'weekday', 'rep', 'agent', 'sdr', 'ae', 'csm', 'release', 'iteration', 'shift', 'person', 'engineer', 'recruiter', 'manager', 'hiring', 'quarter']);
const CADENCE_ADJ = new Set(['daily', 'weekly', 'monthly', 'bi-weekly', 'biweekly', 'fortnightly', 'bi-monthly', 'bimonthly', 'quarterly', 'nightly', 'twice-weekly', 'twice-monthly']);
const STATE_PHRASES = indexPhrases([
  ['is', 'live'], ['are', 'live'], ['goes', 'live'], ['go', 'live'], ['went', 'live'], ['gone', 'live'], ['go-live'],
  ['live', 'in', 'production'], ['in', 'production'], ['in', 'place'], ['generally', 'available'], ['is', 'available'],
  ['are', 'available'], ['is', 'done'], ['are', 'done'], ['is', 'complete'], ['are', 'complete'], ['is', 'ready'],
  ['are', 'ready'], ['signed', 'off'], ['up', 'and', 'running'], ['is', 'in', 'place'], ['is', 'operational'],
  ['available', 'to'], ['available', 'for'], ['available', 'in'], ['available', 'on'], ['in-house'], ['in', 'house'],
]);
const PURPOSE = indexPhrases([['to', 'increase'], ['to', 'improve'], ['to', 'reduce'], ['to', 'drive'], ['to', 'boost'], ['to', 'grow'], ['to', 'help'], ['so', 'that'], ['in', 'order', 'to'], ['to', 'enable'], ['to', 'support'], ['to', 'lift'], ['to', 'cut'], ['to', 'lower'], ['to', 'raise']]);
/** Subjects that are people doing the work ("Teachers observe …", "Store managers walk …"). */
export const PERSON = /^(teachers?|nurses?|doctors?|reps?|agents?|engineers?|managers?|csms?|sdrs?|aes?|caseworkers?|recruiters?|officers?|inspectors?|mentors?|coaches?|staff|employees?|volunteers?|sellers?|marketers?|designers?|developers?|leaders?|analysts?|advisors?|advisers?|consultants?|researchers?|pms?|executives?|founders?|partners?|associates?|clerks?|drivers?|technicians?|scientists?|writers?|editors?|hosts?|presenters?|reporters?|organisers?|organizers?)$/;

/** Nouns that name a piece of work being done. */
const NOMINAL_TASKS = new Set([
  'launch', 'rollout', 'roll-out', 'migration', 'implementation', 'completion', 'delivery', 'deployment', 'redesign',
  'rebuild', 'rewrite', 'refactor', 'refactoring', 'integration', 'upgrade', 'replacement', 'introduction', 'creation',
  'publication', 'setup', 'set-up', 'kickoff', 'kick-off', 'go-live', 'cutover', 'sign-off', 'exit', 'decommissioning',
  'consolidation', 'rebrand', 'relaunch', 'overhaul', 'revamp', 'installation',
]);

/** Second words that make a leading verb a noun modifier ("Test coverage", "Release frequency"). */
const METRIC_HEADS = new Set([
  'rate', 'rates', 'ratio', 'coverage', 'time', 'times', 'frequency', 'velocity', 'quality', 'cadence', 'volume',
  'cost', 'costs', 'speed', 'size', 'duration', 'score', 'latency', 'count', 'success', 'failure', 'failures',
  'accuracy', 'throughput', 'pass', 'backlog', 'lead', 'cycle', 'share', 'yield', 'reliability', 'stability',
]);
/** Objects that make "Build …" or "Create …" an aspiration rather than a deliverable. */
const ABSTRACT = new Set([
  'culture', 'trust', 'relationship', 'relationships', 'reputation', 'awareness', 'momentum', 'excellence',
  'alignment', 'ownership', 'mindset', 'capability', 'capabilities', 'resilience', 'confidence', 'loyalty',
  'presence', 'habits', 'discipline', 'visibility', 'transparency', 'understanding', 'expertise', 'credibility',
  'goodwill', 'belonging', 'accountability', 'collaboration', 'innovation', 'focus', 'clarity', 'morale',
  'wellbeing', 'well-being', 'happiness', 'environment', 'atmosphere', 'spirit', 'identity', 'leadership',
  'ourselves', 'us', 'themselves', 'itself', 'leader', 'leaders', 'partnerships', 'ecosystem', 'community',
  'experience', 'experiences', 'value', 'success', 'growth', 'impact', 'delight',
]);
/** Change verbs strong enough to show a KR moves a level (blocks a KPI reading). */
const STRONG_CHANGE = new Set(['increase', 'grow', 'raise', 'lift', 'boost', 'improve', 'reduce', 'decrease', 'cut', 'lower', 'shrink', 'shorten', 'halve', 'double', 'triple', 'quadruple', 'accelerate', 'expand', 'eliminate', 'minimize', 'minimise', 'maximize', 'maximise', 'slash', 'trim', 'climb', 'rise', 'fall', 'decline', 'drop']);

export interface Span3 { start: number; end: number; text: string }

/** What the cue detectors found in one title. */
export interface Cues {
  a: Analysis;
  /** Index of the first token after leading filler ("we will", bullets). */
  lead: number;
  leadTask?: string;
  leadKeep?: string;
  leadActivity?: string;
  leadDo?: string;
  /** Passive or predicate task: "Onboarding V3 launched", "X is live". */
  doneState?: Span3;
  purpose?: Span3;
  cadence?: Span3;
  /** Velocity, story points, burndown. */
  agileSignal?: Span3;
  /** A quantity counting activity nouns, or "number of <activity>". */
  activityCount?: Span3;
  /** The activity count comes only from a cadence adjective ("monthly newsletter"), with no number of its own. */
  activityCountWeak?: boolean;
  /** A quantity counting work items handled (tickets fixed, invoices processed). */
  workCount?: Span3;
  /** The subject of a change ("outbound calls" in "Increase outbound calls from…") is an activity. */
  activitySubject?: Span3;
  /** Quantities that state a result (percent, money, from→to, result counts). */
  results: Span3[];
  /** Counts of deliverables or of nothing in particular. */
  outputCounts: Span3[];
  /** "80% of services": a completion share of internal artefacts. */
  completionShare?: Span3;
  change?: Span3;
  /** A task said as a noun: "rollout of SSO", "app launch in Germany". */
  nominalTask?: Span3;
  /** The title's first noun phrase is an activity ("Product demos delivered per week: 12"). */
  activitySubjectNoun?: Span3;
  /** A task verb whose object is abstract ("Build a great culture"): an aim, not a deliverable. */
  abstractObject?: Span3;
  keepPhrase?: Span3;
  keepPredicate?: Span3;
  metricWord?: Span3;
  binaryState?: Span3;
  hasDelta: boolean;
}

function span(t: readonly Token[], i: number, j: number, title: string): Span3 {
  const start = t[i]!.start;
  const end = t[j]!.end;
  return { start, end, text: title.slice(start, end) };
}

/** Lower-case word at i, '' for symbols, numbers and masked words. */
export function wordAt(t: readonly Token[], i: number): string {
  const x = t[i];
  return x && x.kind === 'word' && !x.masked ? x.lower : '';
}

function matchAt(t: readonly Token[], i: number, p: readonly string[]): boolean {
  for (let k = 0; k < p.length; k++) {
    const x = t[i + k];
    if (!x || x.masked || x.lower !== p[k]) return false;
  }
  return true;
}

/** Phrases indexed by their first word, so matching costs one lookup per token. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Builds a PhraseIndex from word lists. */
export function indexPhrases(list: readonly (readonly string[])[]): PhraseIndex {
  const m = new Map<string, string[][]>();
  for (const p of list) {
    const head = p[0];
    if (head === undefined) continue;
    const bucket = m.get(head) ?? [];
    bucket.push([...p]);
    m.set(head, bucket);
  }
  return m;
}

/** Finds the first occurrence of any phrase; returns [start, end] token indexes. */
export function findPhrase(t: readonly Token[], index: PhraseIndex, from = 0): [number, number] | undefined {
  for (let i = from; i < t.length; i++) {
    const bucket = index.get(t[i]!.lower);
    if (!bucket) continue;
    for (const p of bucket) if (matchAt(t, i, p)) return [i, i + p.length - 1];
  }
  return undefined;
}

/** Classifies a noun chunk [i, j] by its head (last word, or last two words). */
export function nounClass(lx: Lexicon, t: readonly Token[], i: number, j: number): NounClass {
  // the head is the chunk's last word once trailing verbs are dropped ("households" in "households connected")
  let end = j;
  while (end > i && isVerbLike(lx, wordAt(t, end)) && isVerbLike(lx, `${wordAt(t, end - 1)} ${wordAt(t, end)}`)) end--;
  for (let k = end; k >= end - 0 && k >= i; k--) {
    const last = wordAt(t, k);
    const two = k > i ? `${wordAt(t, k - 1)} ${last}` : '';
    for (const w of two ? [two, last] : [last]) {
      if (!w || w === ' ') continue;
      if (lx.activityNoun.has(w)) return 'activity';
      if (lx.resultNoun.has(w)) return 'result';
      if (lx.deliverableNoun.has(w)) return 'deliverable';
      if (lx.workItemNoun.has(w)) return 'workItem';
      if (lx.metricNoun.has(w)) return 'metric';
    }
  }
  return 'unknown';
}

function isVerbLike(lx: Lexicon, w: string): boolean {
  if (lx.activityNoun.has(w) || lx.resultNoun.has(w) || lx.workItemNoun.has(w) || lx.deliverableNoun.has(w) || lx.metricNoun.has(w)) return false;
  if (w.includes(' ')) return true; // a two-word phrase that is no known noun
  return lx.changeVerb.has(w) || lx.taskParticiple.has(w) || lx.doVerb.has(w) || lx.keepVerb.has(w) || /[a-z]ed$/.test(w);
}

/** The noun chunk after token index k: [start, end] (end < start when there is none). */
export function chunkAfter(t: readonly Token[], k: number): [number, number] {
  let i = k + 1;
  while (DETERMINERS.has(t[i]?.lower ?? '') || t[i]?.lower === 'more' || t[i]?.lower === 'new') i++;
  let j = i - 1;
  for (let n = i; n < t.length && n < i + 5; n++) {
    const x = t[n]!;
    if (x.kind !== 'word' || STOP.has(x.lower)) break;
    j = n;
  }
  return [i, j];
}

/** The noun chunk right before token index k (for "outbound calls from 200 to 350"). */
function chunkBefore(t: readonly Token[], k: number): [number, number] {
  let i = k;
  for (let n = k - 1; n >= 0 && n >= k - 4; n--) {
    const x = t[n]!;
    if (x.kind !== 'word' || STOP.has(x.lower) || DETERMINERS.has(x.lower)) break;
    i = n;
  }
  return [i, k - 1];
}

/** Runs every cue detector over an analysed title. */
export function findCues(a: Analysis, lx: Lexicon): Cues {
  const t = a.tokens;
  const title = a.title;
  const c: Cues = { a, lead: 0, results: [], outputCounts: [], hasDelta: false };
  let lead = 0;
  // list numbering and KR labels: "1.", "2)", "KR 3:", "KR1 -"
  if (t[0]?.kind === 'num' && /^[.)]$/.test(t[1]?.lower ?? '')) lead = 2;
  else if (/^(kr\d*)$/.test(t[0]?.lower ?? '') && t[1]?.kind === 'num' && /^[:.)\-–]$/.test(t[2]?.lower ?? '')) lead = 3;
  // a date or period up front: "By end of Q2, launch …", "In Q3: migrate …", "Q3 - reduce …"
  if (/^(by|in|before|until|during|this|next|q[1-4]|h[12]|fy\d*)$/.test(t[lead]?.lower ?? '')) {
    for (let k = lead; k < t.length && k < lead + 6; k++) {
      if (/^[,:\-–—]$/.test(t[k]!.lower) && k > lead) { lead = k + 1; break; }
    }
  }
  while (lead < t.length && (t[lead]!.kind === 'sym' || LEAD_SKIP.has(t[lead]!.lower) || /^(q[1-4]|kr\d*|h[12])$/.test(t[lead]!.lower) && t[lead + 1]?.lower === ':')) {
    lead += t[lead + 1]?.lower === ':' && /^(q[1-4]|kr\d*|h[12])$/.test(t[lead]!.lower) ? 2 : 1;
  }
  c.lead = lead;
  const first = wordAt(t, lead);
  const second = wordAt(t, lead + 1);
  const phr = `${first} ${second}`;
  // a leading verb, unless it is a noun modifying a metric ("Test coverage", "Release frequency")
  const third = t[lead + 2];
  const nounUse = METRIC_HEADS.has(second) || (first.endsWith('s') && /^(from|of|per|that|which|who|among|across)$/.test(second)) || (lx.metricNoun.has(second) && (!third || third.kind === 'num' || /^(from|to|:|of|at|=|is|are|per|up|down|below|above|under|over)$/.test(third.lower)));
  if (first && !nounUse) {
    // "retrain", "re-run", "soft-launch": a repeated or qualified piece of work is still work
    const again = first.includes('-') ? first.slice(first.lastIndexOf('-') + 1) : first.startsWith('re') && first.length > 5 ? first.slice(2) : '';
    c.leadTask = lx.taskVerb.get(phr) ?? lx.taskVerb.get(first) ?? (again && !lx.changeVerb.has(first) ? lx.taskVerb.get(again) : undefined);
    c.leadActivity = lx.activityVerb.get(phr) ?? lx.activityVerb.get(first);
    c.leadDo = lx.doVerb.get(first);
  }
  if (first) c.leadKeep = lx.keepVerb.get(first);
  // "Each account manager meets …", "Store managers walk …": a doer, then the verb
  if (!c.leadActivity && !c.leadDo) {
    let doer = /^(each|every|all)$/.test(first) ? lead : -1;
    for (let k = lead; doer < 0 && k < t.length && k <= lead + 2; k++) if (PERSON.test(wordAt(t, k))) doer = k;
    for (let k = doer + 1; doer >= 0 && k < t.length && k <= doer + 3; k++) {
      const v = wordAt(t, k);
      c.leadActivity = lx.activityVerb.get(v);
      c.leadDo = c.leadActivity ? undefined : lx.doVerb.get(v);
      if (c.leadActivity || c.leadDo) break;
    }
  }
  {
    const [si, sj] = chunkAfter(t, lead - 1);
    if (sj >= si && nounClass(lx, t, si, sj) === 'activity' && !lx.activityVerb.has(first) && !lx.doVerb.has(first)) c.activitySubjectNoun = span(t, si, sj, title);
  }
  // "Successful rollout of SSO", "Mobile app launch in Germany": a task said as a noun
  for (let k = lead; k < t.length && k <= lead + 4; k++) {
    const x = wordAt(t, k);
    if (!NOMINAL_TASKS.has(x)) continue;
    const nx = t[k + 1];
    const atStart = k === lead || (k === lead + 1 && /^(successful|full|complete|timely|on-time|smooth|final|first|the|a|our)$/.test(first));
    if ((atStart && nx?.lower === 'of') || (k > lead && nx && /^(in|on|for|by|to|across|of|before|at|with)$/.test(nx.lower))) {
      c.nominalTask = span(t, k, k, title);
      break;
    }
  }
  if (c.leadTask) {
    const [oi, oj] = chunkAfter(t, lead + (lx.taskVerb.has(phr) ? 1 : 0));
    if (oj >= oi && ABSTRACT.has(wordAt(t, oj))) c.abstractObject = span(t, oj, oj, title);
  }
  // cues over all words
  for (let i = 0; i < t.length; i++) {
    const w = wordAt(t, i);
    if (!w) continue;
    const frequency = (w === 'twice' || w === 'once' || w === 'thrice') && /^(a|an|per|each|every)$/.test(wordAt(t, i + 1));
    // "twice the engagement" is a multiplier; "delayed twice" is not
    const loneTwice = (w === 'twice' || w === 'thrice') && !frequency && !/^(the|as|our|its|their|that|this|last|what)$/.test(wordAt(t, i + 1));
    if (!c.agileSignal) {
      if ((w === 'velocity' && !/^(sales|deal|pipeline|revenue|cash|money)$/.test(wordAt(t, i - 1))) || w === 'burndown' || w === 'burn-down' || w === 'burnup' || w === 'burn-up' || (/^points?$/.test(w) && wordAt(t, i - 1) === 'story') || (w === 'sprint' && /^commitments?$/.test(wordAt(t, i + 1)))) {
        c.agileSignal = span(t, w === 'points' || w === 'point' ? i - 1 : i, w === 'sprint' ? i + 1 : i, title);
      }
    }
    if (!c.cadence) {
      if ((w === 'per' || w === 'a' || w === 'an' || w === 'each' || w === 'every' || t[i]!.lower === '/') && i > 0) {
        let j = i + 1;
        while (/^(two|three|other|second|single|working|business|calendar|school)$/.test(wordAt(t, j)) || t[j]?.kind === 'num') j++;
        const unit = wordAt(t, j).replace(/s$/, '');
        if (CADENCE_UNITS.has(unit) && !(w === 'a' && unit === 'quarter')) c.cadence = span(t, i, j, title);
      } else if (CADENCE_ADJ.has(w)) {
        const [ci, cj] = chunkAfter(t, i);
        const cls = nounClass(lx, t, ci, cj);
        const prevNum = t[i - 1]?.kind === 'num';
        if (cj < ci || cls === 'activity' || cls === 'workItem' || (cls === 'unknown' && !lx.metricNoun.has(wordAt(t, ci)) && !prevNum && !/^(active|recurring|revenue|churn|burn|spend|retention)$/.test(wordAt(t, ci)))) {
          if (!(ci <= cj && (lx.resultNoun.has(wordAt(t, cj)) || /^(active|recurring|unique)$/.test(wordAt(t, ci))))) {
            c.cadence = span(t, i, i, title);
            if (cls === 'activity' && !c.activityCount) {
              c.activityCount = span(t, i, cj, title);
              c.activityCountWeak = true;
            }
          }
        }
      }
    }
    if (!c.change && (lx.changeVerb.has(w) || MULTIPLIER_WORDS.has(w)) && !frequency && !loneTwice) {
      const lemma = lx.changeVerb.get(w) ?? 'double';
      const negated = /^(no|not|without)$/.test(wordAt(t, i - 1));
      if (!negated && (STRONG_CHANGE.has(lemma) || MULTIPLIER_WORDS.has(w))) c.change = span(t, i, i, title);
    }
    if (frequency) c.cadence ??= span(t, i, i + 2 < t.length ? i + 2 : i, title);
    if ((MULTIPLIER_WORDS.has(w) && !frequency && !loneTwice) || ((w === 'half' || w === 'third' || w === 'quarter') && (/^(in|by)$/.test(wordAt(t, i - 1)) || (wordAt(t, i - 1) === 'a' && wordAt(t, i - 2) === 'by')))) c.hasDelta = true;
    if (!c.metricWord && lx.metricNoun.has(w)) c.metricWord = span(t, i, i, title);
    if (!c.keepPredicate && i > lead && lx.keepVerb.has(w) && !lx.keepVerb.has(first) && /^(stay|stays|stayed|remain|remains|remained|sustained|maintained|kept|held|holds|staying|remaining|continues|continued)$/.test(w)) {
      c.keepPredicate = span(t, i, i, title);
    }
  }
  const bin = findPhrase(t, BINARY);
  if (bin) c.binaryState = span(t, bin[0], bin[1], title);
  if (findPhrase(t, TIMELY)) c.binaryState ??= span(t, 0, 0, title);
  const kp = findPhrase(t, lx.kpiPhrases);
  if (kp) c.keepPhrase = span(t, kp[0], kp[1], title);
  const pur = findPhrase(t, PURPOSE, lead + 1);
  if (pur) c.purpose = span(t, pur[0], Math.min(t.length - 1, pur[1] + 2), title);
  findDoneState(c, lx);
  readQuantityCues(c, lx);
  return c;
}

const BINARY = indexPhrases([
  ['profitable'], ['profitability'], ['break-even'], ['breakeven'], ['break', 'even'], ['cash-flow', 'positive'],
  ['cash', 'flow', 'positive'], ['cashflow', 'positive'], ['zero'], ['none'], ['no'], ['all'], ['every'], ['fully'],
  ['certified'], ['compliant'], ['certification'], ['#'], ['number', 'one'], ['first', 'place'], ['entire'],
]);
const TIMELY = indexPhrases([['within', 'a'], ['within', 'an'], ['within', 'one'], ['same', 'day'], ['same-day'], ['on', 'time'], ['on-time']]);

/** "Onboarding V3 launched", "has been migrated", "is finished and published", "goes live". */
function findDoneState(c: Cues, lx: Lexicon): void {
  const t = c.a.tokens;
  const st = findPhrase(t, STATE_PHRASES, c.lead + 1);
  if (st) {
    c.doneState = span(t, st[0], st[1], c.a.title);
    return;
  }
  const liveAt = t.findIndex((x, i) => i > c.lead && x.lower === 'live' && !x.masked && (i === t.length - 1 || /^(in|on|for|across|at|to|with|everywhere|by)$/.test(t[i + 1]!.lower)) && t[i - 1]!.kind === 'word' && !DETERMINERS.has(t[i - 1]!.lower));
  if (liveAt > 0) {
    c.doneState = span(t, liveAt, liveAt, c.a.title);
    return;
  }
  {
    let k = c.lead;
    if (/^(a|an|the|our)$/.test(wordAt(t, k))) k++;
    const w = wordAt(t, k);
    const [ci, cj] = chunkAfter(t, k);
    if (w && /ed$|en$/.test(w) && lx.taskParticiple.has(w) && cj >= ci && c.a.measures.length === 0) {
      c.doneState = span(t, k, k, c.a.title);
      return;
    }
  }
  for (let i = c.lead + 1; i < t.length; i++) {
    const w = wordAt(t, i);
    // phrasal participles: "set up", "rolled out", "signed off"
    if (w && lx.taskParticiple.has(`${w} ${wordAt(t, i + 1)}`)) {
      const prev = t[i - 1]!;
      if (prev.kind === 'word' && !DETERMINERS.has(prev.lower) && !STOP.has(prev.lower) || BE.has(prev.lower)) {
        c.doneState = span(t, i, i + 1, c.a.title);
        return;
      }
    }
    if (!w || !lx.taskParticiple.has(w)) continue;
    const prev = t[i - 1]!;
    const next = t[i + 1];
    const afterBe = BE.has(prev.lower) || (prev.lower === 'been' && BE.has(t[i - 2]?.lower ?? ''));
    const predicate = prev.kind === 'word' && !DETERMINERS.has(prev.lower) && !STOP.has(prev.lower) && (!next || AFTER_PARTICIPLE.has(next.lower));
    const coordinated = prev.lower === 'and' && i >= 2 && lx.taskParticiple.has(wordAt(t, i - 2));
    if (afterBe || predicate || coordinated) {
      // "500 teams onboarded": the subject is a counted result, not a deliverable
      const subj = chunkBefore(t, i);
      const q = c.a.measures.find((m) => m.last >= subj[0] - 1 && m.last < i);
      if (q && nounClass(lx, t, subj[0], subj[1]) === 'result') continue;
      c.doneState = span(t, i, i, c.a.title);
      return;
    }
  }
}

/** "Legal entity in Canada incorporated": a title ending in a past participle reads as a done state. */
export function trailingParticiple(c: Cues, lx: Lexicon): Span3 | undefined {
  const t = c.a.tokens;
  let i = t.length - 1;
  while (i > 0 && t[i]!.kind === 'sym') i--;
  const w = wordAt(t, i);
  if (i < 2 || !/[a-z]{3,}ed$/.test(w) || lx.changeVerb.has(w) || lx.keepVerb.has(w) || lx.taskParticiple.has(w)) return undefined;
  const prev = t[i - 1]!;
  if (prev.kind !== 'word' || DETERMINERS.has(prev.lower) || STOP.has(prev.lower) || /(ly)$/.test(prev.lower)) return undefined;
  return span(t, i, i, c.a.title);
}

/** Sorts quantities into results, outputs and activity counts. */
function readQuantityCues(c: Cues, lx: Lexicon): void {
  const a = c.a;
  const t = a.tokens;
  const pair = fromTo(a);
  if (pair && pair.from.value !== pair.to.value) {
    c.results.push(span(t, pair.from.first, pair.to.last, a.title));
    const subjStart = t.slice(0, pair.from.first).map((x) => x.lower).lastIndexOf('from');
    const sj = chunkBefore(t, subjStart >= 0 ? subjStart : pair.from.first);
    const reducing = pair.to.value < pair.from.value || (c.change && /^(reduc|cut|decreas|lower|halv|minimi|shrink|slash|trim|eliminat|drop)/.test(c.change.text.toLowerCase()));
    if (!reducing && nounClass(lx, t, sj[0], sj[1]) === 'activity') c.activitySubject = span(t, sj[0], sj[1], a.title);
  }
  // "number of <activity>", "# of demos"
  for (let i = 0; i + 2 < t.length; i++) {
    if ((t[i]!.lower === 'number' || t[i]!.lower === '#' || t[i]!.lower === 'count') && t[i + 1]!.lower === 'of') {
      const [ci, cj] = chunkAfter(t, i + 1);
      const cls = nounClass(lx, t, ci, cj);
      if (cls === 'activity') c.activityCount ??= span(t, i, cj, a.title);
    }
  }
  for (const q of a.measures) {
    const [ci, cj] = chunkAfter(t, q.last);
    const cls = nounClass(lx, t, ci, cj);
    const sp = span(t, q.first, Math.max(q.last, cj), a.title);
    const prev = wordAt(t, q.first - 1);
    if (isDelta(t, q)) c.hasDelta = true;
    if (q.kind === 'percent' || q.kind === 'pp' || q.kind === 'currency' || q.kind === 'multiplier') {
      // "80% of services" with a deliverable: how much of a project is done
      if (q.kind === 'percent' && wordAt(t, q.last + 1) === 'of' && q.first <= c.lead + 2) {
        const [oi, oj] = chunkAfter(t, q.last + 1);
        const oc = nounClass(lx, t, oi, oj);
        if (oc === 'deliverable' || /^(roadmap|backlog|plan|milestones?|items?|work|scope|commitments?)$/.test(wordAt(t, oj)) || (c.leadTask && oc !== 'result' && oc !== 'metric' && !c.change && !lx.changeVerb.has(wordAt(t, c.lead)))) {
          c.completionShare ??= span(t, q.first, oj, a.title);
          continue;
        }
      }
      c.results.push(sp);
      continue;
    }
    if (q.kind === 'points' && (cls === 'activity' || prev === 'story')) { c.activityCount ??= sp; continue; }
    if (cls === 'activity') { c.activityCount ??= sp; continue; }
    if (cj < ci && q.kind === 'count') {
      // "Customer interviews: 20 per month": the counted noun comes first
      let k = q.first - 1;
      while (k >= 0 && /^(:|=|-|–|of|at|is|are)$/.test(t[k]!.lower)) k--;
      if (k >= 0 && k < q.first - 1) {
        const [bi, bj] = chunkBefore(t, k + 1);
        if (nounClass(lx, t, bi, bj) === 'activity') { c.activityCount ??= span(t, bi, q.last, a.title); continue; }
      }
    }
    if (cls === 'workItem') {
      const verb = governingVerb(t, q.first, lx);
      if (verb === 'do' || verb === 'activity') { c.workCount ??= sp; continue; }
      if (verb === 'change' || q.comparator) { c.results.push(sp); continue; }
      c.outputCounts.push(sp);
      continue;
    }
    if (q.kind === 'duration') {
      if (q.comparator || /^(in|within|under|to|from|of|at|than|by)$/.test(prev) || q.first > 0) c.results.push(sp);
      continue;
    }
    if (cls === 'metric' && q.kind === 'count') {
      // "Hold 2 … sessions": a verb of doing makes the counted thing an occasion, not a metric
      const gv = governingVerb(t, q.first, lx);
      if (gv === 'do' || gv === 'activity') { c.outputCounts.push(sp); continue; }
    }
    if (cls === 'result' || cls === 'metric') { c.results.push(sp); continue; }
    if (cls === 'deliverable') { c.outputCounts.push(sp); continue; }
    // a bare number: a result if a metric or an outcome verb governs it, or it carries a comparator
    const before = t.slice(Math.max(0, q.first - 3), q.first).map((x) => x.lower);
    const metricBefore = t.slice(Math.max(0, q.first - 4), q.first).some((x) => lx.metricNoun.has(x.lower) || lx.resultNoun.has(x.lower));
    const gv = governingVerb(t, q.first, lx);
    if (q.comparator || gv === 'change' || (metricBefore && /^(of|at|:|to|=|is|reaches|hits|above|below|from)$/.test(before[before.length - 1] ?? '')) || (!Number.isInteger(q.value) && q.value < 10) || wordAt(t, q.last + 1) === 'out') {
      c.results.push(sp);
    } else if (metricBefore && cj < ci) {
      c.results.push(sp);
    } else {
      c.outputCounts.push(sp);
    }
  }
}

/** The kind of verb nearest before token k (within four tokens). */
function governingVerb(t: readonly Token[], k: number, lx: Lexicon): 'do' | 'activity' | 'change' | 'task' | 'keep' | undefined {
  for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
    const w = wordAt(t, i);
    if (!w) continue;
    if (lx.activityVerb.has(w)) return 'activity';
    if (lx.doVerb.has(w)) return 'do';
    if (lx.keepVerb.has(w)) return 'keep';
    if (lx.changeVerb.has(w)) return 'change';
    if (lx.taskVerb.has(w)) return 'task';
  }
  return undefined;
}
