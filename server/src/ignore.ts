// `ignore:` globs of okr.config.yaml, matched relative to the config's folder.
import picomatch from 'picomatch';
import { relative, sep } from 'node:path';
import type { UserConfig } from './core/config';

/** A predicate telling whether an absolute path is ignored by the config at `root`. */
export function ignoreMatcher(root: string, config: UserConfig | undefined): (path: string) => boolean {
  const globs = (config?.ignore ?? []).filter((g): g is string => typeof g === 'string' && g.length > 0);
  if (globs.length === 0) return () => false;
  const match = picomatch(globs, { dot: true });
  return (path) => {
    const rel = relative(root, path).split(sep).join('/');
    return !rel.startsWith('../') && match(rel);
  };
}
