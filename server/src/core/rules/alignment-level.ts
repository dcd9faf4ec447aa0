import type { Rule, RuleContext } from '../rule';
import type { OkrFile, Str } from '../model';

// A Map, not an object literal, so a level like 'constructor' is not found on the prototype.
const RANK: ReadonlyMap<string, number> = new Map([['company', 0], ['domain', 1], ['team', 2]]);

/** Vertical alignment (parent, aligns_to) must go up exactly one level; depends_on is horizontal and exempt. */
const rule: Rule = {
  meta: {
    id: 'alignment-level',
    layer: 'alignment',
    defaultSeverity: 'warning',
    description: 'parent and aligns_to must point exactly one level up: team to domain, domain to company.',
    fixable: false,
    scope: 'workspace',
    messages: {
      parentSameLevel: "The parent '{ref}' is a {targetLevel}, the same level as this {level}, so the hierarchy gains a step that is not there; a parent sits one level up.",
      parentBelow: "The parent '{ref}' is a {targetLevel}, below this {level}, so the hierarchy runs upside down.",
      alignsSameLevel: "'{ref}' belongs to the {targetLevel} '{unit}', the same level as this {level}; vertical alignment goes one level up, so record a link between peers with depends_on instead.",
      alignsBelow: "'{ref}' belongs to the {targetLevel} '{unit}', below this {level}; alignment points up toward the company, never down.",
      alignsSkipsLevel: "'{ref}' is a company objective, but this team's parent is the domain '{parent}'; align to an objective of '{parent}' instead, so the domain can see and support the link.",
    },
  },
  check(ctx) {
    const { file, workspace } = ctx;
    const level = file.level?.value;
    const rank = level === undefined ? undefined : RANK.get(level);
    if (level === undefined || rank === undefined) return;

    const parentFile = file.parent ? workspace.unitFile(file.parent.value, file) : undefined;
    const parentRank = rankOf(parentFile);
    // A team may sit directly under the company when no domain is in between.
    if (file.parent && parentFile && parentRank !== undefined && parentRank >= rank) {
      report(ctx, parentRank === rank ? 'parentSameLevel' : 'parentBelow', file.parent, parentFile, level);
    }

    for (const o of file.objectives) {
      for (const ref of o.alignsTo) {
        const target = workspace.resolveRef(ref.value, file);
        const targetRank = rankOf(target?.file);
        if (!target || targetRank === undefined) continue;
        if (targetRank === rank) report(ctx, 'alignsSameLevel', ref, target.file, level);
        else if (targetRank > rank) report(ctx, 'alignsBelow', ref, target.file, level);
        else if (rank - targetRank > 1 && parentFile && parentRank !== undefined && parentRank > targetRank) {
          // Skipping is only wrong when a unit in between exists: this unit's own parent.
          ctx.report({
            messageId: 'alignsSkipsLevel',
            args: { ref: ref.value, parent: parentFile.unit?.value ?? '?', level },
            span: ref.span,
            data: { ref: ref.value, parent: parentFile.unit?.value },
          });
        }
      }
    }
  },
};
export default rule;

function rankOf(file: OkrFile | undefined): number | undefined {
  const level = file?.level?.value;
  return level === undefined ? undefined : RANK.get(level);
}

function report(ctx: RuleContext, messageId: string, ref: Str, target: OkrFile, level: string): void {
  const targetLevel = target.level?.value ?? '?';
  ctx.report({
    messageId,
    args: { ref: ref.value, unit: target.unit?.value ?? '?', targetLevel, level },
    span: ref.span,
    data: { ref: ref.value, level, targetLevel },
  });
}
