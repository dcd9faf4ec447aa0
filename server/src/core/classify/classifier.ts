// The KR classifier: reads a Key Result's title, its structured fields and
// its objective, and decides outcome / task / lead measure / KPI / vague, with
// a confidence and a one-sentence reason naming the words that decided it.
import type { ClassifierConfig } from '../config';
import { PERSON, findCues, trailingParticiple, type Cues, type Span3 } from './features';
import { compileLexicon, type Lexicon } from './lexicon';
import { analyze, fromTo } from './measure';
import type { Token } from './tokenize';

export type KrLabel = 'outcome' | 'task' | 'lead_measure' | 'kpi' | 'vague';

/** What the classifier reads about one KR. */
export interface KrInput {
  title: string;
  baseline?: number;
  target?: number;
  unit?: string;
  /** The KPI id the KR promotes, if any. */
  metric?: string;
  /** True when `metric` names a KPI on a Signals list. */
  metricIsKpi?: boolean;
  objectiveTitle?: string;
}

/** A stretch of the title that decided the label (offsets into `title`). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface Classification {
  label: KrLabel;
  /** 0..1: how sure the classifier is of `label`. */
  confidence: number;
  /** One sentence naming the deciding words. */
  reason: string;
  evidence: Evidence[];
}

/** Confidence at or above which a finding reads as definite rather than "may be". */
export const FIRM_CONFIDENCE = 0.8;

/** Compiles the vocabulary once and classifies many KRs with it, remembering recent answers. */
export class KrClassifier {
  private readonly lx: Lexicon;
  /** Recent answers by input, least recently used first; bounded by `cacheSize`. */
  private readonly memo = new Map<string, Classification>();
  constructor(readonly config: ClassifierConfig, private readonly cacheSize = 4096) {
    this.lx = compileLexicon(config);
  }

  /** Classifies one KR. Pure: the same input always gives the same answer. */
  classify(input: KrInput): Classification {
    const key = `${input.title}\u0000${input.baseline ?? ''}\u0000${input.target ?? ''}\u0000${input.unit ?? ''}\u0000${input.metric ?? ''}\u0000${input.metricIsKpi ? 1 : 0}\u0000${input.objectiveTitle ?? ''}`;
    const hit = this.memo.get(key);
    if (hit) {
      this.memo.delete(key);
      this.memo.set(key, hit);
      return hit;
    }
    const out = decide(input, this.lx);
    if (this.cacheSize > 0) {
      if (this.memo.size >= this.cacheSize) this.memo.delete(this.memo.keys().next().value as string);
      this.memo.set(key, out);
    }
    return out;
  }
}

/**
 * One classifier per resolved config object. The engine memoises its config
 * objects, so this follows their lifetime: nothing here outlives them and
 * nothing needs resetting (the map is weak, answers are pure).
 */
const byConfig = new WeakMap<ClassifierConfig, KrClassifier>();

/** The classifier for a config object, compiled on first use. */
export function classifierFor(config: ClassifierConfig): KrClassifier {
  let k = byConfig.get(config);
  if (!k) {
    k = new KrClassifier(config);
    byConfig.set(config, k);
  }
  return k;
}

/** Classifies one KR (compiles the vocabulary each call; use KrClassifier for many). */
export function classifyKr(input: KrInput, vocab: ClassifierConfig): Classification {
  return decide(input, compileLexicon(vocab));
}

const q = (s: string): string => `'${s}'`;

function result(label: KrLabel, confidence: number, reason: string, evidence: (Span3 | undefined)[]): Classification {
  const ev = evidence.filter((e): e is Span3 => !!e && e.end > e.start).map((e) => ({ start: e.start, end: e.end, text: e.text }));
  return { label, confidence, reason, evidence: ev };
}

function maskNeverTrigger(tokens: Token[], lx: Lexicon): void {
  for (const p of lx.neverTrigger) {
    for (let i = 0; i + p.length <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) ok = tokens[i + k]!.lower === p[k] || tokens[i + k]!.lower.replace(/s$/, '') === p[k];
      if (ok) for (let k = 0; k < p.length; k++) tokens[i + k]!.masked = true;
    }
  }
}

function decide(input: KrInput, lx: Lexicon): Classification {
  const title = input.title ?? '';
  const a = analyze(title);
  maskNeverTrigger(a.tokens, lx);
  const c = findCues(a, lx);
  const hasB = typeof input.baseline === 'number';
  const hasT = typeof input.target === 'number';
  const pair = fromTo(a);
  const titleChange = !!c.change || c.hasDelta || (!!pair && pair.from.value !== pair.to.value);
  const fieldChange = hasB && hasT && input.baseline !== input.target;

  // 1. Structured fields speak first.
  if (hasB && hasT && input.baseline === input.target) {
    const conf = pair && pair.from.value !== pair.to.value ? 0.65 : 0.9;
    return result('kpi', conf, `has a baseline equal to its target (${input.target}${input.unit ?? ''}), so it holds a level rather than changing it`, []);
  }
  if (input.metricIsKpi && fieldChange) {
    return result('outcome', 0.9, `it promotes the KPI ${q(input.metric ?? 'metric')} with a change from ${input.baseline} to ${input.target}`, []);
  }

  // 2. Lead measures: activity counts, cadences of work, agile delivery signals.
  const lead = leadMeasure(c);
  if (lead) return lead;

  // 3. KPIs: holding a level, SLA phrasing, "stays", "no regression".
  if (!titleChange) {
    const kpi = keepLevel(c);
    if (kpi && !fieldChange) return kpi;
    if (kpi) {
      // "Keep retention above 90%" with baseline 92, target 90: the fields set a floor, not a change
      const hold = fieldsHoldLevel(c, input);
      if (hold === 'hold') return kpi;
      if (hold === 'unknown') return { ...kpi, confidence: Math.min(kpi.confidence, 0.65) };
    }
  }

  // 4. Tasks: a deliverable verb or a "done" state with no measured result.
  const task = taskLike(c, fieldChange && !binaryFields(input));
  if (task) return task;

  // 4b. A title that ends in a past participle ("… incorporated") with nothing measured.
  if (a.measures.length === 0 && !c.hasDelta && !fieldChange && !c.change) {
    const tp = trailingParticiple(c, lx);
    if (tp) return result('task', 0.7, `ends with ${q(tp.text)}, a piece of work done, and names no change in a result`, [tp]);
  }

  // 5. Nothing to measure at all.
  const measurable = a.measures.length > 0 || c.hasDelta || !!c.binaryState || hasT || hasB;
  if (!measurable && a.tokens.some((x) => x.masked)) {
    // the user said this wording is normal for them ("ship" at a logistics firm); do not second-guess it
    return result('vague', 0.5, 'names no number or target, but uses wording configured never to trigger', []);
  }
  if (!measurable) {
    if (c.metricWord) return result('vague', 0.8, `names ${q(c.metricWord.text)} but no target, number or end state to check`, [c.change, c.metricWord]);
    return result('vague', 0.85, 'names no metric, target, number or end state to check', [c.change]);
  }
  if (input.objectiveTitle && norm(input.objectiveTitle) === norm(title) && !hasT) {
    return result('vague', 0.7, 'repeats its objective word for word instead of naming how success is measured', []);
  }

  // 6. An outcome.
  if (c.results.length > 0 || titleChange || fieldChange) {
    const ev = c.results[0] ?? c.change;
    return result('outcome', 0.85, ev ? `names a measurable result (${q(ev.text)})` : fieldChange ? 'states a change from baseline to target in its fields' : 'names a change in a result', [ev]);
  }
  return result('outcome', 0.6, 'names a measurable level and no deliverable, activity or held level', c.results);
}

/** Whether baseline → target stays on the safe side of the title's threshold ("above 90%": 92 → 90). */
function fieldsHoldLevel(c: Cues, input: KrInput): 'hold' | 'move' | 'unknown' {
  const th = c.a.measures.find((m) => m.comparator);
  if (!th || input.baseline === undefined || input.target === undefined) return 'unknown';
  if (th.comparator === 'min') return input.target <= input.baseline ? 'hold' : 'move';
  return input.target >= input.baseline ? 'hold' : 'move';
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** baseline 0 → target 1 (or 100%) just tracks "done"; it is no measured result. */
function binaryFields(input: KrInput): boolean {
  return input.baseline === 0 && (input.target === 1 || input.target === 100);
}

function leadMeasure(c: Cues): Classification | undefined {
  const cad = c.cadence ? ` ${q(c.cadence.text)}` : '';
  const otherResult = c.results.some((r) => !c.activitySubject || r.start < c.activitySubject.start || r.start > c.activitySubject.end + 40)
    && !c.activitySubject && c.results.some((r) => /[%$€£]/.test(r.text));
  if (c.agileSignal) {
    return result('lead_measure', 0.9, `tracks ${q(c.agileSignal.text)}, a delivery-activity signal rather than an outcome`, [c.agileSignal]);
  }
  if (c.activitySubject && (c.cadence || !c.results.some((r) => /[%$€£]/.test(r.text)))) {
    return result('lead_measure', 0.85, `counts an activity (${q(c.activitySubject.text)})${cad ? ' per' + cad : ''}, a lead measure rather than a result`, [c.activitySubject, c.cadence]);
  }
  if (otherResult) return undefined;
  const pair = fromTo(c.a);
  const falling = !!pair && pair.to.value < pair.from.value;
  if (!c.activityCount && c.activitySubjectNoun && c.a.measures.some((m) => m.kind === 'count' || m.kind === 'points') && !c.results.some((r) => /[%$€£¥]/.test(r.text)) && !c.change && !falling && !c.hasDelta) {
    return result('lead_measure', 0.8, `counts an activity (${q(c.activitySubjectNoun.text)}), a lead measure rather than a result`, [c.activitySubjectNoun, c.cadence]);
  }
  const changed = !!c.change || c.hasDelta || (!!pair && pair.from.value !== pair.to.value);
  if (c.activityCount && !(c.activityCountWeak && changed)) {
    const conf = c.cadence ? 0.9 : 0.85;
    return result('lead_measure', conf, `counts activities (${q(c.activityCount.text)})${c.cadence ? ' on a cadence' + cad : ''}, a lead measure rather than a result`, [c.activityCount, c.cadence]);
  }
  if (c.workCount) {
    const conf = c.cadence ? 0.9 : 0.8;
    return result('lead_measure', conf, `counts work handled (${q(c.workCount.text)})${c.cadence ? ' on a cadence' + cad : ''}, a lead measure rather than a result`, [c.workCount, c.cadence]);
  }
  const leadTok = c.a.tokens[c.lead];
  const verbSpan: Span3 | undefined = leadTok ? { start: leadTok.start, end: leadTok.end, text: leadTok.text } : undefined;
  const measuredResult = c.hasDelta || c.results.some((r) => /[%$€£¥×]|\dx\b|\bto\b|→/.test(r.text));
  if (c.leadActivity && (c.cadence || c.outputCounts.length > 0 || c.results.length > 0) && !measuredResult) {
    return result('lead_measure', c.cadence ? 0.85 : 0.75, `starts with ${q(verbSpan?.text ?? c.leadActivity)}, an activity${c.cadence ? ' repeated' + cad : ' counted'}, rather than a result`, [verbSpan, c.cadence]);
  }
  const noResult = c.results.length === 0 && !c.hasDelta;
  // "Teachers observe 2 lessons per fortnight": a count of things done on a cadence
  if (c.cadence && c.outputCounts.length > 0 && noResult && !c.leadTask) {
    const o = c.outputCounts[0]!;
    // sure only when a person or a verb of doing performs it; "10,000 meals a month" may well be a result
    const first = c.a.tokens[c.lead]?.lower ?? '';
    const doer = !!c.leadDo || !!c.leadActivity || PERSON.test(first) || /^(each|every)$/.test(first) || c.a.tokens.some((x) => !x.masked && DOING.test(x.lower));
    return result('lead_measure', doer ? 0.7 : 0.5, `counts work done (${q(o.text)}) on a cadence (${q(c.cadence.text)}), a lead measure rather than a result`, [o, c.cadence]);
  }
  if (c.cadence && (c.leadDo || c.leadActivity) && noResult) {
    return result('lead_measure', 0.75, `repeats work on a cadence (${q(c.cadence.text)}), a lead measure rather than a result`, [verbSpan, c.cadence]);
  }
  // "Hold 2 advisory sessions", "Run 12 workshops": a count of things done by a verb of doing
  if (c.leadDo && GATHERING.has(c.leadDo) && c.outputCounts.length > 0 && noResult) {
    const o = c.outputCounts[0]!;
    return result('lead_measure', c.cadence ? 0.8 : 0.7, `starts with ${q(verbSpan?.text ?? c.leadDo)} and counts occasions (${q(o.text)}), activity rather than a result`, [verbSpan, o, c.cadence]);
  }
  return undefined;
}

/** Present-tense verbs of doing in any position ("completes", "makes", "runs"). */
const DOING = /^(completes?|makes?|runs?|holds?|does|performs?|conducts?|gives?|sends?|hosts?|visits?|calls?|observes?|reviews?|checks?|attends?|writes?|publishes|delivers?|logs?|inspects?|meets?|teaches|trains?)$/;

/** Verbs of doing whose counted objects are occasions (sessions, meetings, reviews). */
const GATHERING = new Set(['hold', 'host', 'run', 'conduct', 'give', 'facilitate', 'lead', 'join', 'attend', 'do', 'perform', 'teach', 'organize', 'organise', 'schedule']);

function keepLevel(c: Cues): Classification | undefined {
  const leadTok = c.a.tokens[c.lead];
  const level = c.results.length > 0 || !!c.metricWord || !!c.binaryState || !!c.keepPhrase;
  if (c.leadKeep && leadTok && level) {
    const verb: Span3 = { start: leadTok.start, end: leadTok.end, text: leadTok.text };
    const level = c.results[0] ?? c.a.measures[0];
    if (c.leadKeep === 'continue' && !level) return undefined;
    const what = level ? ` (${q('text' in level ? level.text : c.a.title.slice(level.start, level.end))})` : '';
    return result('kpi', c.leadKeep === 'continue' ? 0.7 : 0.85, `starts with ${q(verb.text)}: it holds a level${what} rather than changing it`, [verb]);
  }
  if (c.keepPredicate) {
    return result('kpi', 0.85, `says the metric ${q(c.keepPredicate.text)} where it is, a level to hold rather than a change`, [c.keepPredicate]);
  }
  if (c.keepPhrase) {
    return result('kpi', 0.8, `uses ${q(c.keepPhrase.text)}, which keeps a service or health level rather than changing it`, [c.keepPhrase]);
  }
  const w = c.a.tokens[c.lead]?.lower;
  const none = /^(zero|no|all|100%)\b/.test(c.binaryState?.text.toLowerCase() ?? '');
  if (w === 'ensure' && (c.results.length > 0 || c.a.measures.some((m) => m.comparator) || none)) {
    const tok = c.a.tokens[c.lead]!;
    return result('kpi', 0.65, `starts with ${q(tok.text)} and a threshold: it guards a level rather than changing it`, [{ start: tok.start, end: tok.end, text: tok.text }]);
  }
  return undefined;
}

/** Particles that finish a phrasal verb, so the reason quotes 'Roll out', not 'Roll'. */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'over', 'together', 'through', 'back', 'live', 'in']);

function taskLike(c: Cues, fieldsMeasureChange: boolean): Classification | undefined {
  const leadTok = c.a.tokens[c.lead];
  const nextTok = c.a.tokens[c.lead + 1];
  const phrasal = leadTok && nextTok && PARTICLES.has(nextTok.text.toLowerCase());
  const verb: Span3 | undefined = !(c.leadTask && leadTok) ? undefined
    : phrasal ? { start: leadTok.start, end: nextTok.end, text: `${leadTok.text} ${nextTok.text}` }
      : { start: leadTok.start, end: leadTok.end, text: leadTok.text };
  if (!verb && !c.doneState && c.nominalTask && c.a.measures.length === 0 && !c.hasDelta && !c.change && !c.leadKeep && !fieldsMeasureChange) {
    return result('task', 0.75, `names a piece of work (${q(c.nominalTask.text)}) rather than a change in a result`, [c.nominalTask]);
  }
  if (!verb && !c.doneState) return undefined;
  if (fieldsMeasureChange) return undefined;
  const opener = verb ? `starts with ${q(verb.text)}` : `says ${q(c.doneState!.text)}`;
  if (verb && c.abstractObject && c.a.measures.length === 0 && !c.hasDelta) {
    return result('vague', 0.7, `${opener} but its object (${q(c.abstractObject.text)}) is an aim with no target, number or end state to check`, [verb, c.abstractObject]);
  }
  if (c.results.length > 0 || c.hasDelta) {
    const r = c.results[0];
    return result('outcome', 0.7, `${opener} but names a measurable result${r ? ` (${q(r.text)})` : ''}`, [verb ?? c.doneState, r]);
  }
  if (c.completionShare) {
    return result('task', 0.7, `${opener} and measures how much of a piece of work is done (${q(c.completionShare.text)}), not a change in a result`, [verb ?? c.doneState, c.completionShare]);
  }
  if (c.outputCounts.length > 0) {
    const o = c.outputCounts[0]!;
    return result('task', 0.85, `${opener} and counts outputs (${q(o.text)}), not a change in a result`, [verb ?? c.doneState, o]);
  }
  if (c.purpose) {
    return result('task', 0.8, `${opener}, a deliverable; its purpose (${q(c.purpose.text)}) has no target`, [verb ?? c.doneState, c.purpose]);
  }
  if (verb) return result('task', 0.9, `${opener}, a piece of work, and names no change in a result`, [verb]);
  return result('task', 0.85, `${opener}: a deliverable is done, and no change in a result is named`, [c.doneState]);
}
