// Shared vocabulary of the engine. No `vscode`, no LSP: offsets in, findings out.

export type Severity = 'error' | 'warning' | 'info';
export type RuleSeverity = Severity | 'off';

/** SCE layer a rule guards, or the plumbing layers around it. */
export type Layer = 'syntax' | 'structure' | 'signals' | 'change' | 'execution' | 'alignment';

/** A half-open character range [start, end) in a file's text. */
export interface Span {
  start: number;
  end: number;
}

/** A text replacement by offsets; converted to LSP ranges only at the edge. */
export interface OffsetEdit extends Span {
  newText: string;
}

/** A fix a rule offers: a title and the edits that carry it out, all in one file. */
export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** Safe fixes are applied by "fix all" and `okr fix`; unsafe ones only on request. */
  safe: boolean;
  /** Marks the single best fix of a finding (VS Code's isPreferred). */
  preferred?: boolean;
}

/** One problem found in one file. */
export interface Finding {
  rule: string;
  messageId: string;
  message: string;
  severity: Severity;
  start: number;
  end: number;
  /** What a fix or a code action needs; never parse `message` for it. */
  data?: Record<string, unknown>;
  fixes?: Fix[];
}

/** What a rule reports; the engine adds the rule id, severity and message text. */
export interface Report {
  messageId: string;
  /** Values for `{name}` placeholders in the message template. */
  args?: Record<string, string | number>;
  span: Span;
  data?: Record<string, unknown>;
  fixes?: Fix[];
  /**
   * At most this severity: a rule that is unsure (a hedged classification)
   * reports at `info` even where the rule is configured as a warning or error.
   */
  maxSeverity?: Severity;
}

/** Metadata kept beside each rule's logic (one file per rule). */
export interface RuleMeta {
  id: string;
  layer: Layer;
  defaultSeverity: RuleSeverity;
  /** One line for settings, hover and `okr lint` SARIF. */
  description: string;
  fixable: boolean;
  /** messageId -> template with `{placeholders}`. */
  messages: Record<string, string>;
  /** 'file' rules see one file; 'workspace' rules may read every file (re-run on any change). */
  scope: 'file' | 'workspace';
}
