// One workspace root: its OKR files, its okr.config.yaml and the analyzer.
// The CLI and the language server both drive the engine through this.
import { parseDocument } from 'yaml';
import { Workspace } from './workspace';
import { Analyzer } from './engine';
import { resolveConfig, type ResolvedConfig, type UserConfig } from './config';
import { RULE_DEFAULTS } from './rules/index';
import { configValidator } from './schema';
import { mapSchemaErrors } from './schema-errors';
import type { Finding } from './types';

/** Name of the per-workspace configuration file. */
export const CONFIG_FILE = 'okr.config.yaml';

/** True for `*.okr.yaml` / `*.okr.yml` paths. */
export function isOkrPath(path: string): boolean {
  return /\.okr\.ya?ml$/i.test(path);
}

/** Parses and validates okr.config.yaml text; problems are findings on that file. */
export function parseUserConfig(text: string): { config: UserConfig; findings: Finding[] } {
  const findings: Finding[] = [];
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    findings.push({ rule: 'yaml-syntax', messageId: 'invalidYaml', severity: 'error', message: e.message.split('\n')[0] ?? 'Invalid YAML.', start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) });
  }
  if (doc.errors.length > 0) return { config: {}, findings };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    findings.push({ rule: 'yaml-syntax', messageId: 'aliasBomb', severity: 'error', message: (err as Error).message, start: 0, end: Math.min(1, text.length) });
    return { config: {}, findings };
  }
  if (data === null || data === undefined) return { config: {}, findings };
  const validate = configValidator();
  if (!validate(data)) {
    for (const p of mapSchemaErrors(doc, text, validate.errors ?? [])) {
      findings.push({ rule: 'schema', messageId: p.messageId, severity: 'error', message: p.message, start: p.span.start, end: p.span.end });
    }
  }
  // Even a partly invalid config is used for what is valid in it; resolveConfig ignores the rest.
  return { config: typeof data === 'object' && !Array.isArray(data) ? (data as UserConfig) : {}, findings };
}

/** A workspace root with its config; config objects are memoised so analysis caches hold. */
export class Project {
  readonly workspace = new Workspace();
  readonly analyzer = new Analyzer(this.workspace);
  private fileConfig: UserConfig | undefined;
  /** okr.config.yaml as written (for `ignore` and other non-severity settings). */
  get userConfig(): UserConfig | undefined {
    return this.fileConfig;
  }
  configFindings: Finding[] = [];
  private resolved = new WeakMap<object, ResolvedConfig>();
  private base: ResolvedConfig | undefined;

  /** Sets okr.config.yaml's text (undefined when the file does not exist). */
  setConfigText(text: string | undefined): void {
    if (text === undefined) {
      this.fileConfig = undefined;
      this.configFindings = [];
    } else {
      const { config, findings } = parseUserConfig(text);
      this.fileConfig = config;
      this.configFindings = findings;
    }
    this.resolved = new WeakMap();
    this.base = undefined;
  }

  /** The config for a file: okr.config.yaml with editor `overrides` on top. Same inputs, same object. */
  config(overrides?: UserConfig): ResolvedConfig {
    if (!overrides) return (this.base ??= resolveConfig(RULE_DEFAULTS, this.fileConfig));
    let c = this.resolved.get(overrides);
    if (!c) {
      c = resolveConfig(RULE_DEFAULTS, this.fileConfig, overrides);
      this.resolved.set(overrides, c);
    }
    return c;
  }

  /** Findings of one file. */
  findings(path: string, overrides?: UserConfig): Finding[] {
    return this.analyzer.analyze(path, this.config(overrides));
  }
}
