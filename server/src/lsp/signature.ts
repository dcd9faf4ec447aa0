// What other files can see of a file: its unit, cycle, ids and outgoing links.
// When an edit leaves this unchanged (typing in a title, a check-in, a
// comment), no other file's cross-file findings can change, so only the
// edited file is re-analysed and re-published.
import type { OkrFile } from '../core/model';

/** A string that changes whenever anything another file's findings may depend on changes. */
export function crossFileSignature(file: OkrFile | undefined): string {
  if (!file) return '';
  const v = (s: { value: string } | undefined): string | null => s?.value ?? null;
  return JSON.stringify([
    file.root === undefined,
    v(file.unit), v(file.level), v(file.parent),
    file.cycle ? [file.cycle.label, file.cycle.start ?? null, file.cycle.end ?? null] : null,
    file.northStar ? [v(file.northStar.id), file.northStar.guardrails.map((g) => g.value)] : null,
    file.kpis.map((k) => v(k.id)),
    file.objectives.map((o) => [
      v(o.id), o.alignsTo.map((a) => a.value), o.dependsOn.map((d) => d.value),
      o.keyResults.map((k) => [v(k.id), v(k.metric), v(k.due)]),
    ]),
  ]);
}
