// Moving a misplaced KR to the layer it belongs to (kr-is-task,
// kr-is-lead-measure, kr-is-kpi): cut its lines, rename the keys the
// destination names differently, re-indent, paste. Nothing is re-printed.
import { isScalar, visit, type Node } from 'yaml';
import type { OffsetEdit } from '../types';
import { applyEdits } from './apply';
import { landAsNewKey, landInKpis, landInPair, type Landing } from './destination';
import { mapKey, slugId, type Destination } from './fields';
import { colonEnd, findKr, indentUnit, itemExtent, load, pairOf, stringAt, unsafeToMove, type ItemExtent, type KrExpectation, type KrLocation, type Source } from './locate';
import { doubleQuoted, formatValue, singleQuoted } from './scalar';
import { reindent } from './text';

/** Which KR to move, where, and (optionally) what it must still be. */
export interface MoveKeyResultOptions extends KrExpectation {
  objectiveIndex: number;
  krIndex: number;
  to: Destination;
}

/**
 * Edits that move `objectives[o].key_results[k]` to the objective's
 * `initiatives` / `lead_measures` or to `signals.kpis`; undefined when the
 * path is missing, the KR no longer matches `expectId`/`expectTitle`, or the
 * move cannot be done without risk (aliases, flow lists, YAML errors).
 */
export function moveKeyResult(text: string, options: MoveKeyResultOptions): OffsetEdit[] | undefined {
  const src = load(text);
  const loc = src && findKr(src, options.objectiveIndex, options.krIndex, options);
  if (!src || !loc || unsafeToMove(src, loc.kr)) return undefined;
  const ext = itemExtent(src, loc.krs, loc.krIndex);
  const keyStart = loc.krPair.key.range?.[0];
  if (!ext || keyStart === undefined) return undefined;
  const seqOffset = ext.dashCol - src.lines.column(keyStart);
  if (seqOffset < 0) return undefined;

  const body = movedBody(src, loc, ext, options.to);
  const landing = land(src, loc, options.to, seqOffset);
  const cut = cutEdits(src, loc, ext);
  if (body === undefined || landing === undefined || cut === undefined) return undefined;
  const moved = reindent(body, landing.dashCol - ext.dashCol);
  if (moved === undefined) return undefined;
  let before = landing.before;
  // The cut already ends the file with a line break when it removed an unterminated last line.
  if (landing.offset === text.length && cut.some((c) => c.end === text.length && c.start < c.end)) before = before.replace(/^\r?\n/, '');
  const insert: OffsetEdit = { start: landing.offset, end: landing.offset, newText: before + moved + landing.after };
  const edits = [...cut, ...landing.extra, insert];
  // Landing inside the cut lines would mean the model of the file was wrong: offer nothing.
  const [cutMain] = cut;
  if (cutMain && landing.offset > cutMain.start && landing.offset < cutMain.end) return undefined;
  return isClean(text, edits) ? edits : undefined;
}

/** The final guard: the result must still be one clean YAML document. */
function isClean(text: string, edits: OffsetEdit[]): boolean {
  try {
    return load(applyEdits(text, edits)) !== undefined;
  } catch {
    return false;
  }
}

/** Where the item goes: `initiatives`/`lead_measures` of its objective, or `signals.kpis`. */
function land(src: Source, loc: KrLocation, to: Destination, seqOffset: number): Landing | undefined {
  if (to === 'kpis') return landInKpis(src, seqOffset, indentUnit(src));
  const existing = pairOf(loc.objective, to);
  if (existing) return landInPair(src, existing, seqOffset);
  // A new section goes after the objective's last key, at that key's column.
  const objExt = itemExtent(src, loc.objectives, loc.objectiveIndex);
  if (!objExt || !loc.objective.range) return undefined;
  return landAsNewKey(src, objExt.end, src.lines.column(loc.objective.range[0]), to, seqOffset);
}

/**
 * The KR's lines with keys renamed for the destination (and an `id` made up
 * for a KPI, which must have one), ending with a line break.
 */
function movedBody(src: Source, loc: KrLocation, ext: ItemExtent, to: Destination): string | undefined {
  const { kr } = loc;
  const renames: OffsetEdit[] = [];
  const keys = new Set<string>();
  const context = kr.flow ? 'flow' : 'block';
  for (const item of kr.items) {
    const key = item.key as Node | null;
    if (!isScalar(key) || typeof key.value !== 'string' || !key.range) return undefined;
    const value = item.value as Node | null;
    const js: unknown = isScalar(value) ? value.value : undefined;
    const next = mapKey(key.value, to, js);
    if (keys.has(next)) return undefined; // `x-baseline` written by hand too: no silent duplicate
    keys.add(next);
    if (next === key.value) continue;
    const raw = src.text.slice(key.range[0], key.range[1]);
    const newText = raw.startsWith('"') ? doubleQuoted(next) : raw.startsWith("'") ? singleQuoted(next) ?? doubleQuoted(next) : formatValue(next, context);
    renames.push({ start: key.range[0] - ext.start, end: key.range[1] - ext.start, newText });
  }
  if (to === 'lead_measures' && !keys.has('per')) {
    const perEdit = leadMeasurePerEdit(src, loc, ext);
    if (perEdit) renames.push(perEdit);
  }
  if (to === 'kpis' && !keys.has('id')) {
    const idEdit = kpiIdEdit(src, loc, ext, keys);
    if (!idEdit) return undefined;
    renames.push(idEdit);
  }
  let body = applyEdits(src.text.slice(ext.start, ext.end), renames);
  if (!body.endsWith('\n')) body += src.lines.eol;
  return body;
}

/** Periods a lead measure counts over, as titles name them ("20 calls a week", "daily stand-ups"). */
const PERIODS: [string, RegExp][] = [
  ['day', /\b(?:per|a|each|every)\s+day\b|\bdaily\b|\/\s*day\b/i],
  ['week', /\b(?:per|a|each|every)\s+week\b|\bweekly\b|\/\s*(?:wk|week)\b/i],
  ['sprint', /\b(?:per|a|each|every)\s+sprint\b|\/\s*sprint\b/i],
  ['month', /\b(?:per|a|each|every)\s+month\b|\bmonthly\b|\/\s*(?:mo|month)\b/i],
];

/**
 * `per: <period>` after the target (or title) line when the title names
 * exactly one period: the person's own words, written where the schema
 * wants them. Nothing is added when the title is silent or ambiguous.
 */
function leadMeasurePerEdit(src: Source, loc: KrLocation, ext: ItemExtent): OffsetEdit | undefined {
  const title = stringAt(loc.kr, 'title');
  if (title === undefined || loc.kr.flow || !loc.kr.range) return undefined;
  const found = PERIODS.filter(([, re]) => re.test(title)).map(([p]) => p);
  if (found.length !== 1) return undefined;
  const target = pairOf(loc.kr, 'target');
  const anchor = (target && isScalar(target.value) && typeof target.value.value === 'number' ? target : pairOf(loc.kr, 'title'))?.value;
  if (!anchor?.range) return undefined;
  const line = src.lines.lastContentLine(anchor.range[1]);
  const at = src.lines.next(line) - ext.start;
  const lead = src.lines.unterminated(line) ? src.lines.eol : '';
  return { start: at, end: at, newText: `${lead}${' '.repeat(src.lines.column(loc.kr.range[0]))}per: ${found[0]}${src.lines.eol}` };
}

/** `id: <slug of the title>` inserted as the KPI's first key, unique among the file's ids. */
function kpiIdEdit(src: Source, loc: KrLocation, ext: ItemExtent, keys: Set<string>): OffsetEdit | undefined {
  const title = stringAt(loc.kr, 'title');
  const first = loc.kr.items[0]?.key as Node | undefined;
  if (title === undefined || loc.kr.flow || !first?.range || (first as { anchor?: string }).anchor) return undefined;
  const taken = new Set<string>();
  visit(src.doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'id' && isScalar(pair.value) && typeof pair.value.value === 'string') taken.add(pair.value.value);
    },
  });
  const id = slugId(title, taken);
  if (id === undefined) return undefined;
  keys.add('id');
  const at = first.range[0] - ext.start;
  return { start: at, end: at, newText: `id: ${id}${src.lines.eol}${' '.repeat(src.lines.column(first.range[0]))}` };
}

/**
 * Deletes the KR's lines and one run of blank lines that only separated it
 * from a neighbour; an emptied list becomes `key_results: []`.
 */
function cutEdits(src: Source, loc: KrLocation, ext: ItemExtent): OffsetEdit[] | undefined {
  const { lines } = src;
  const hasPrev = loc.krIndex > 0;
  const hasNext = loc.krIndex < loc.krs.items.length - 1;
  let above = 0;
  while (lines.isBlank(ext.firstLine - 1 - above)) above++;
  let below = 0;
  while (lines.isBlank(ext.lastLine + 1 + below) && ext.lastLine + 1 + below < lines.count - 1) below++;
  let start = ext.start;
  let end = ext.end;
  if (hasNext && below > 0 && (!hasPrev || above > 0)) end = lines.next(ext.lastLine + below);
  else if (hasPrev && !hasNext && above > 0) start = lines.start(ext.firstLine - above);
  const colon = colonEnd(src, loc.krPair);
  if (colon === undefined) return undefined;
  // The edit at the list's colon is ` []` when the list empties, else an empty
  // marker: either way two moves out of one list conflict in "fix all", so
  // one pass can never empty a list without writing `[]`.
  const lastOne = !hasPrev && !hasNext;
  return [{ start, end, newText: '' }, { start: colon, end: colon, newText: lastOne ? ' []' : '' }];
}
