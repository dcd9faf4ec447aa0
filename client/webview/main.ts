// Entry of the tree page bundle (dist/webview.js). The graph comes either
// embedded as JSON data (standalone html; parsed, never evaluated) or in
// messages from the VS Code extension, each checked before use.
import { isHostMessage, isTreeGraph } from '../../server/src/protocol';
import { App } from './app';
import { connectHost } from './host';
import { CSS } from './styles';

/** The nonce this script was loaded with, so the injected stylesheet passes the same CSP. */
function scriptNonce(): string | undefined {
  const s = document.currentScript as HTMLScriptElement | null;
  return s?.nonce || s?.getAttribute('nonce') || undefined;
}

function start(nonce: string | undefined): void {
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = CSS;
  document.head.appendChild(style);

  const mount = document.getElementById('okr-root') ?? document.body.appendChild(document.createElement('div'));
  const host = connectHost();
  const app = new App(mount, host);

  const embedded = document.getElementById('okr-graph');
  if (embedded) {
    try {
      const graph: unknown = JSON.parse(embedded.textContent ?? '');
      if (isTreeGraph(graph)) app.setGraph(graph);
      else app.showError('The embedded graph is not in the expected format.');
    } catch {
      app.showError('The embedded graph could not be read.');
    }
  }

  // A standalone page has its graph already and listens to nobody: any page could post to it.
  if (!host.inEditor) return;
  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    // Only well-formed host messages count; anything else is dropped.
    if (!isHostMessage(e.data)) return;
    if (e.data.type === 'graph') app.setGraph(e.data.graph);
    else app.showError(e.data.message);
  });
  host.post({ type: 'ready' });
}

// currentScript is only set while the script first runs, so read the nonce now.
const nonce = scriptNonce();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(nonce));
else start(nonce);
