// Loads the hand-written KR corpus and scores the classifier on it. Shared by
// `npm run eval:kr` (scripts/eval-kr.ts) and the regression tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_CLASSIFIER, type ClassifierConfig } from '../../../server/src/core/config';
import { KrClassifier, type KrLabel } from '../../../server/src/core/classify';

export const LABELS: KrLabel[] = ['outcome', 'task', 'lead_measure', 'kpi', 'vague'];

export interface CorpusItem {
  title: string;
  label: KrLabel;
  baseline?: number;
  target?: number;
  unit?: string;
  metric?: string;
  metricIsKpi?: boolean;
  objective?: string;
  ambiguous?: boolean;
  note?: string;
  /** File the item came from (domain). */
  domain: string;
  split: 'dev' | 'test';
}

export const CORPUS_DIR = join(__dirname, '..', '..', 'fixtures', 'kr-corpus');

/** FNV-1a of a string: a stable, platform-independent split key. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Every corpus item, each assigned to the dev or the held-out test split (~30%). */
export function loadCorpus(dir = CORPUS_DIR): CorpusItem[] {
  const out: CorpusItem[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const items = parse(readFileSync(join(dir, f), 'utf8')) as Omit<CorpusItem, 'domain' | 'split'>[];
    for (const it of items) {
      if (!LABELS.includes(it.label)) throw new Error(`${f}: bad label ${String(it.label)} for "${it.title}"`);
      const key = `${it.title}|${it.baseline ?? ''}|${it.target ?? ''}|${it.metric ?? ''}`;
      out.push({ ...it, domain: f.replace(/\.yaml$/, ''), split: fnv(key) % 10 < 3 ? 'test' : 'dev' });
    }
  }
  return out;
}

export interface Scores {
  n: number;
  perLabel: Record<KrLabel, { tp: number; fp: number; fn: number; precision: number; recall: number }>;
  /** Share of outcome KRs given any other label (the costliest error). */
  outcomeFlagRate: number;
  /** confusion[gold][predicted] */
  confusion: Record<KrLabel, Record<KrLabel, number>>;
  errors: { item: CorpusItem; predicted: KrLabel; confidence: number; reason: string }[];
}

/** The label the rules would report: below minConfidence a KR counts as an unflagged outcome. */
export function predict(cls: KrClassifier, it: CorpusItem): { label: KrLabel; confidence: number; reason: string } {
  const input: Parameters<KrClassifier['classify']>[0] = { title: it.title };
  if (it.baseline !== undefined) input.baseline = it.baseline;
  if (it.target !== undefined) input.target = it.target;
  if (it.unit !== undefined) input.unit = it.unit;
  if (it.metric !== undefined) input.metric = it.metric;
  if (it.metricIsKpi !== undefined) input.metricIsKpi = it.metricIsKpi;
  if (it.objective !== undefined) input.objectiveTitle = it.objective;
  const c = cls.classify(input);
  const label = c.confidence >= cls.config.minConfidence ? c.label : 'outcome';
  return { label, confidence: c.confidence, reason: c.reason };
}

/** Scores the classifier on a list of items. */
export function score(items: readonly CorpusItem[], config: ClassifierConfig = DEFAULT_CLASSIFIER): Scores {
  const cls = new KrClassifier(config);
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Scores['confusion'];
  const errors: Scores['errors'] = [];
  for (const it of items) {
    const p = predict(cls, it);
    confusion[it.label][p.label]++;
    if (p.label !== it.label) errors.push({ item: it, predicted: p.label, confidence: p.confidence, reason: p.reason });
  }
  const perLabel = {} as Scores['perLabel'];
  for (const l of LABELS) {
    const tp = confusion[l][l];
    const fp = LABELS.reduce((s, g) => s + (g === l ? 0 : confusion[g][l]), 0);
    const fn = LABELS.reduce((s, p) => s + (p === l ? 0 : confusion[l][p]), 0);
    perLabel[l] = { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
  }
  const outcomes = LABELS.reduce((s, p) => s + confusion.outcome[p], 0);
  const outcomeFlagRate = outcomes ? (outcomes - confusion.outcome.outcome) / outcomes : 0;
  return { n: items.length, perLabel, outcomeFlagRate, confusion, errors };
}
