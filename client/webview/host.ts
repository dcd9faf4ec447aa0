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

const STATE_KEY = 'okrTree';

/** Connects to VS Code when present, else to the history entry's state (standalone page). */
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
  // The history entry's state survives a reload and is committed in order with the
  // navigation (sessionStorage writes can lose a race with an immediate reload).
  return {
    inEditor: false,
    // Standalone pages have no editor; the event lets an embedding page react.
    post: (m) => window.dispatchEvent(new CustomEvent('okr-message', { detail: m })),
    getState: () => (history.state as Record<string, unknown> | null)?.[STATE_KEY],
    setState: (s) => {
      try {
        history.replaceState({ ...(history.state as object | null), [STATE_KEY]: s }, '');
      } catch {
        // losing UI state is acceptable; breaking the page is not
      }
    },
  };
}
