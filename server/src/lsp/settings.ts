// Editor settings, pulled per document with workspace/configuration and cached
// by URI until the client says they changed (vscode-eslint's approach: no
// settings in server globals, so multi-root and per-folder settings just work).
import type { Connection } from 'vscode-languageserver';
import { isSeverity, type UserConfig } from '../core/config';
import type { RuleSeverity } from '../core/types';

/** The `okr` settings section as the client sends it (every part optional). */
export interface OkrSettings {
  rules?: Record<string, unknown>;
  objectiveLimit?: unknown;
}

const EMPTY: UserConfig = Object.freeze({}) as UserConfig;

/** Turns raw settings into engine overrides; unset values ('' or null) leave okr.config.yaml in charge. */
export function toOverrides(raw: unknown): UserConfig {
  if (typeof raw !== 'object' || raw === null) return EMPTY;
  const s = raw as OkrSettings;
  const out: UserConfig = {};
  if (typeof s.rules === 'object' && s.rules !== null) {
    const rules: Record<string, RuleSeverity> = {};
    for (const [id, sev] of Object.entries(s.rules)) if (isSeverity(sev)) rules[id] = sev;
    if (Object.keys(rules).length > 0) out.rules = rules;
  }
  if (typeof s.objectiveLimit === 'number' && s.objectiveLimit >= 1) out.objectiveLimit = s.objectiveLimit;
  return Object.keys(out).length > 0 ? out : EMPTY;
}

/** Per-URI settings cache. Equal settings share one object, so the engine's per-config caches hold. */
export class Settings {
  private readonly byUri = new Map<string, UserConfig>();
  private readonly interned = new Map<string, UserConfig>();
  /** Settings pushed with didChangeConfiguration, for clients that cannot be asked. */
  private global: UserConfig = EMPTY;

  constructor(private readonly connection: Connection, private readonly canPull: () => boolean) {}

  /** Cached settings of a URI, if pulled already. */
  get(uri: string): UserConfig | undefined {
    return this.canPull() ? this.byUri.get(uri) : this.global;
  }

  /** Pulls the settings of every URI not cached yet, in one request. */
  async ensure(uris: Iterable<string>): Promise<void> {
    if (!this.canPull()) return;
    const missing = [...new Set(uris)].filter((u) => !this.byUri.has(u));
    if (missing.length === 0) return;
    let values: unknown[];
    try {
      values = await this.connection.workspace.getConfiguration(missing.map((scopeUri) => ({ scopeUri, section: 'okr' })));
    } catch {
      values = []; // a client that fails the request gets defaults rather than no diagnostics
    }
    missing.forEach((uri, i) => this.byUri.set(uri, this.intern(toOverrides(values[i]))));
  }

  /** Forgets every cached value (didChangeConfiguration); `pushed` is the notification's payload. */
  clear(pushed?: unknown): void {
    this.byUri.clear();
    const okr = typeof pushed === 'object' && pushed !== null ? (pushed as { okr?: unknown }).okr : undefined;
    this.global = this.intern(toOverrides(okr));
  }

  private intern(c: UserConfig): UserConfig {
    const key = JSON.stringify(c, Object.keys(c.rules ?? {}).sort().concat(['rules', 'objectiveLimit']));
    let hit = this.interned.get(key);
    if (!hit) this.interned.set(key, (hit = c));
    return hit;
  }
}
