// The workspace every real-editor test opens: a copy of examples/ (the clean
// Acme tree plus the deliberately wrong Initech one) and one team file the
// tests write themselves, with a Key Result that is really a task. Shared by
// the UI suite, the extension-host suite (bundled into it) and Neovim's.

/** Path of the test-written file, relative to the workspace root. */
export const DESIGN_FILE = 'product/design.okr.yaml';

/** The test-written team file. Its comments must survive every quick-fix. */
export const DESIGN_OKR = `# Design team: written by the end-to-end tests.
version: 1
unit: design
level: team
parent: product
cycle: 2026-Q2
owner: Noor Haddad

objectives:
  - id: clarity
    title: Make new boards feel obvious from the first click
    owner: Noor Haddad
    # Vertical alignment: one level up, to our own domain.
    aligns_to: [product/first-value]
    key_results:
      # A deliverable that slipped in as a Key Result.
      - id: editor-redesign
        title: Launch the redesigned board editor
        owner: Noor Haddad # design lead
      - id: first-board-time
        title: Cut median time to first board from 9 minutes to 4 minutes
        baseline: 9
        target: 4
        unit: minutes
        due: 2026-06-30
        ambition: roof
        owner: Noor Haddad
        checkins:
          - date: 2026-05-01
            value: 7
            confidence: 0.6
            evidence: https://dash.acme.example/design/first-board
      - id: board-reuse
        title: Raise the share of boards reused after a week from 22% to 35%
        baseline: 22
        target: 35
        unit: "%"
        due: 2026-06-30
        ambition: moonshot
        owner: Ana Ruiz
    # Execution: the work we bet on.
    initiatives:
      - id: empty-states
        title: Write helpful empty states for every board view
        owner: Ana Ruiz
        status: in-progress
`;

/**
 * DESIGN_OKR after "move to initiatives" on editor-redesign: the item, with
 * its comment and its trailing comment, leaves key_results and becomes the
 * last initiative; nothing else changes.
 */
export const DESIGN_OKR_MOVED = `# Design team: written by the end-to-end tests.
version: 1
unit: design
level: team
parent: product
cycle: 2026-Q2
owner: Noor Haddad

objectives:
  - id: clarity
    title: Make new boards feel obvious from the first click
    owner: Noor Haddad
    # Vertical alignment: one level up, to our own domain.
    aligns_to: [product/first-value]
    key_results:
      - id: first-board-time
        title: Cut median time to first board from 9 minutes to 4 minutes
        baseline: 9
        target: 4
        unit: minutes
        due: 2026-06-30
        ambition: roof
        owner: Noor Haddad
        checkins:
          - date: 2026-05-01
            value: 7
            confidence: 0.6
            evidence: https://dash.acme.example/design/first-board
      - id: board-reuse
        title: Raise the share of boards reused after a week from 22% to 35%
        baseline: 22
        target: 35
        unit: "%"
        due: 2026-06-30
        ambition: moonshot
        owner: Ana Ruiz
    # Execution: the work we bet on.
    initiatives:
      - id: empty-states
        title: Write helpful empty states for every board view
        owner: Ana Ruiz
        status: in-progress
      # A deliverable that slipped in as a Key Result.
      - id: editor-redesign
        title: Launch the redesigned board editor
        owner: Noor Haddad # design lead
`;

/** Every comment line of a YAML text, trimmed, in order (to check fixes keep them). */
export function commentsOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => {
      const i = l.indexOf('#');
      return i < 0 ? '' : l.slice(i).trim();
    })
    .filter((c) => c.length > 0);
}

/** 0-based line of the first line containing `needle` (throws when absent, so a test cannot pass vacuously). */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not found`);
  return i;
}
