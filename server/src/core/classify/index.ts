// Public surface of the KR classifier: pure functions, no editor or LSP imports.
export { KrClassifier, classifyKr, classifierFor, FIRM_CONFIDENCE } from './classifier';
export type { Classification, Evidence, KrInput, KrLabel } from './classifier';
export { parseMeasure, type Measure } from './measure';
export { isMetricTitle, metricTitleEvidence } from './objective';
