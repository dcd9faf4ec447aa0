// objective-is-metric: an objective titled as a number target ("Increase
// revenue by 20%", "NPS 50") rather than a qualitative aim.
import { DEFAULT_CLASSIFIER } from '../config';
import { findCues } from './features';
import { compileLexicon } from './lexicon';
import { analyze, fromTo } from './measure';
import type { Evidence } from './classifier';


/** The words that make an objective title a number target, or undefined for a qualitative aim. */
export function metricTitleEvidence(objectiveTitle: string): Evidence | undefined {
  const a = analyze(objectiveTitle);
  const pair = fromTo(a);
  if (pair) return ev(objectiveTitle, pair.from.start, pair.to.end);
  const c = findCues(a, compileLexicon(DEFAULT_CLASSIFIER));
  for (const m of a.measures) {
    if (m.kind === 'percent' || m.kind === 'pp' || m.kind === 'currency' || m.kind === 'multiplier' || m.comparator) {
      return ev(objectiveTitle, m.start, m.end);
    }
  }
  const r = c.results[0];
  if (r && a.measures.length > 0) return ev(objectiveTitle, r.start, r.end);
  if (c.hasDelta && c.change) return ev(objectiveTitle, c.change.start, c.change.end);
  return undefined;
}

/** True when an objective's title is a number target rather than a qualitative aim. */
export function isMetricTitle(objectiveTitle: string): boolean {
  return metricTitleEvidence(objectiveTitle) !== undefined;
}

function ev(title: string, start: number, end: number): Evidence {
  return { start, end, text: title.slice(start, end) };
}
