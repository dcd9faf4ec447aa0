// Where each rule's documentation page lives; diagnostics link here.

/** Base of the rule pages (docs/rules/<id>.md in the repository). */
export const DOCS_BASE = 'https://github.com/okr-lens/okr-lens/blob/main/docs/rules/';

/** The documentation URL of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
