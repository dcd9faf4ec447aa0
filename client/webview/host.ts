// Where the page runs: inside a VS Code webview (acquireVsCodeApi exists)
// or as the standalone page of `okr tree --format html`.
import type { WebviewMessage } from '../../server/src/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare global {
  interface Window {
    acquireVsCodeApi?: () => VsCodeApi;
  }
}

/** The page's link to whoever shows it. */
export interface Host {
  /** True inside VS Code, where clicks can reveal lines in an editor. */
  readonly inEditor: boolean;
  post(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

const STORAGE_KEY = 'okr-tree-state';

/** Connects to VS Code when present, else to sessionStorage (standalone page). */
export function connectHost(): Host {
  if (typeof window.acquireVsCodeApi === 'function') {
    const api = window.acquireVsCodeApi(); // may be called only once per page
    return {
      inEditor: true,
      post: (m) => api.postMessage(m),
      getState: () => api.getState(),
      setState: (s) => api.setState(s),
    };
  }
  return {
    inEditor: false,
    // Standalone pages have no editor; the event lets an embedding page react.
    post: (m) => window.dispatchEvent(new CustomEvent('okr-message', { detail: m })),
    getState: () => {
      try {
        const raw = sessionStorage.getItem(STORAGE_KEY);
        return raw ? (JSON.parse(raw) as unknown) : undefined;
      } catch {
        return undefined; // storage can be disabled (file:// policies, private modes)
      }
    },
    setState: (s) => {
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
      } catch {
        // losing UI state is acceptable; breaking the page is not
      }
    },
  };
}
