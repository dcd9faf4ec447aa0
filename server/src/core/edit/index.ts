// Text-preserving YAML surgery behind every quick-fix: offsets in, minimal edits out.
export { applyEdits, combineEditSets, editsConflict, sortEdits, type CombinedEdits } from './apply';
export { disableNextLineComment } from './disable';
export { DESTINATION_FIELDS, mapKey, type Destination } from './fields';
export { fillKeyResultFields, type FillKeyResultOptions, type KrFieldValues } from './fill';
export { keyResultIdentity, type KrExpectation } from './locate';
export { moveKeyResult, type MoveKeyResultOptions } from './move';
export { formatValue, isPlainSafe, replaceScalar } from './scalar';
