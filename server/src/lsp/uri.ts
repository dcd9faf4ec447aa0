// file: URIs <-> paths. The client's own spelling of a URI is kept and reused,
// since editors encode some characters differently from Node's url module.
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Remembers the exact URI the client used for each path. */
export class UriMap {
  private readonly byPath = new Map<string, string>();

  /** The path of a file: URI, remembering the URI's spelling; undefined for other schemes. */
  toPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    this.byPath.set(path, uri);
    return path;
  }

  /** The URI of a path, as the client spelled it when it did. */
  toUri(path: string): string {
    return this.byPath.get(path) ?? pathToFileURL(path).toString();
  }

  /** Forgets a path's spelling (after a delete). */
  forget(path: string): void {
    this.byPath.delete(path);
  }
}
