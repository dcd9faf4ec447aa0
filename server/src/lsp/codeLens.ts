// Code lenses: each objective's score and each KR's progress, above them.
import type { CodeLens } from 'vscode-languageserver';
import { krSummary, objectiveScore, percent, progressLine } from './progress';
import type { Session } from './session';

/** Registers the code lens handler. */
export function registerCodeLens(session: Session): void {
  session.connection.onCodeLens((p): CodeLens[] => {
    const ctx = session.file(p.textDocument.uri);
    if (!ctx) return [];
    const out: CodeLens[] = [];
    const lens = (offset: number, title: string): void => {
      const pos = ctx.lines.position(offset);
      out.push({ range: { start: pos, end: pos }, command: { title, command: '' } });
    };
    for (const o of ctx.file.objectives) {
      const krs = o.keyResults.length;
      lens(o.span.start, `Score ${percent(objectiveScore(o))} · ${krs} key result${krs === 1 ? '' : 's'}`);
      for (const k of o.keyResults) {
        const s = krSummary(k);
        const confidence = s.confidence === null ? '' : ` · confidence ${s.confidence}`;
        lens(k.span.start, `Progress ${progressLine(s)}${confidence}`);
      }
    }
    return out;
  });
}
