// Runs the rules over a workspace's files and turns reports into findings.
// File-scoped results are cached per parsed file and config, so an edit to
// one file re-runs only that file's rules plus the (cheap) workspace rules.
import { RULES } from './rules/index';
import { applySuppressions } from './suppress';
import type { Workspace } from './workspace';
import type { ResolvedConfig } from './config';
import type { Rule, RuleContext } from './rule';
import type { Finding, Report, Severity } from './types';
import type { OkrFile } from './model';

interface CacheEntry {
  config: ResolvedConfig;
  fileFindings: Finding[];
  generation: number;
  workspaceFindings: Finding[];
}

/** Fills a message template's `{name}` placeholders. */
export function formatMessage(template: string, args: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** Analyses files of one workspace, caching per file version. */
export class Analyzer {
  private readonly cache = new WeakMap<OkrFile, CacheEntry>();
  private readonly fileRules: Rule[];
  private readonly workspaceRules: Rule[];

  constructor(readonly workspace: Workspace, rules: readonly Rule[] = RULES) {
    this.fileRules = rules.filter((r) => r.meta.scope === 'file');
    this.workspaceRules = rules.filter((r) => r.meta.scope === 'workspace');
  }

  /**
   * Runs only the file-scoped rules of a file and caches their findings, so
   * its syntax tree can be released before the workspace rules run (okr lint).
   */
  prepare(path: string, config: ResolvedConfig): void {
    const file = this.workspace.get(path);
    if (!file) return;
    const entry = this.cache.get(file);
    if (entry && entry.config === config) return;
    this.cache.set(file, { config, fileFindings: this.run(file, this.fileRules, config), generation: -1, workspaceFindings: [] });
  }

  /** Findings for one file, sorted by position, suppressions applied. */
  analyze(path: string, config: ResolvedConfig): Finding[] {
    const file = this.workspace.get(path);
    if (!file) return [];
    let entry = this.cache.get(file);
    if (!entry || entry.config !== config) {
      entry = { config, fileFindings: this.run(file, this.fileRules, config), generation: -1, workspaceFindings: [] };
      this.cache.set(file, entry);
    }
    if (entry.generation !== this.workspace.generation) {
      entry.workspaceFindings = this.run(file, this.workspaceRules, config);
      entry.generation = this.workspace.generation;
    }
    const all = [...entry.fileFindings, ...entry.workspaceFindings].sort((a, b) => a.start - b.start || a.end - b.end);
    return applySuppressions(file.text, all);
  }

  private run(file: OkrFile, rules: readonly Rule[], config: ResolvedConfig): Finding[] {
    const out: Finding[] = [];
    // A file that is not a parsed mapping gets only the syntax and schema rules.
    const usable = file.ok;
    for (const rule of rules) {
      const severity = config.severity(rule.meta.id);
      if (severity === 'off') continue;
      if (!usable && rule.meta.layer !== 'syntax') continue;
      if (usable && file.root === undefined && rule.meta.layer !== 'syntax' && rule.meta.id !== 'schema') continue;
      const ctx: RuleContext = {
        file,
        workspace: this.workspace,
        config,
        report: (r: Report) => out.push(toFinding(rule, r, severity)),
      };
      try {
        rule.check(ctx);
      } catch (err) {
        // A rule bug must cost one finding, never the whole analysis.
        out.push({
          rule: rule.meta.id, messageId: 'internalError', severity: 'error', start: 0, end: Math.min(1, file.text.length),
          message: `Rule ${rule.meta.id} failed on this file: ${(err as Error).message}`,
        });
      }
    }
    return out;
  }
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function toFinding(rule: Rule, r: Report, configured: Severity): Finding {
  const severity = r.maxSeverity && RANK[r.maxSeverity] < RANK[configured] ? r.maxSeverity : configured;
  const template = rule.meta.messages[r.messageId] ?? r.messageId;
  const finding: Finding = {
    rule: rule.meta.id,
    messageId: r.messageId,
    message: formatMessage(template, r.args),
    severity,
    start: r.span.start,
    end: Math.max(r.span.end, r.span.start),
  };
  if (r.data) finding.data = r.data;
  if (r.fixes && r.fixes.length > 0) finding.fixes = r.fixes;
  return finding;
}
