// The standalone page of `okr tree --format html`: one file, the same
// renderer as the webview, no network access at all. A strict CSP meta tag
// allows only the one nonce'd script (which injects its nonce'd stylesheet);
// the graph travels as inert JSON data, escaped so it cannot close its tag.
import { randomBytes } from 'node:crypto';
import type { TreeGraph } from '../../protocol';

/** Options of `renderHtml`; the nonce is injectable only so tests can pin it. */
export interface HtmlOptions {
  nonce?: string;
  title?: string;
}

/** A fresh CSP nonce from the OS random source. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * The tree page's Content-Security-Policy: nothing but the nonce'd script and
 * styles; in a VS Code webview also styles, images and fonts from `cspSource`.
 */
function pageCsp(nonce: string, cspSource?: string): string {
  const from = cspSource ? `${cspSource} ` : '';
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${from}'nonce-${nonce}'`,
    ...(cspSource ? [`img-src ${cspSource} data:`, `font-src ${cspSource}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The Content-Security-Policy of the standalone page. */
export function standaloneCsp(nonce: string): string {
  return pageCsp(nonce);
}

/** The Content-Security-Policy of the page inside a VS Code webview (`webview.cspSource`). */
export function webviewCsp(nonce: string, cspSource: string): string {
  return pageCsp(nonce, cspSource);
}

/** Renders one self-contained html page showing `graph` with the built webview script. */
export function renderHtml(graph: TreeGraph, webviewJs: string, opts: HtmlOptions = {}): string {
  const nonce = opts.nonce ?? makeNonce();
  const title = opts.title ?? `OKR alignment tree${graph.cycle ? ` — ${graph.cycle}` : ''}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(standaloneCsp(nonce))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body>
<div id="okr-root"></div>
<script type="application/json" id="okr-graph">${jsonForScript(graph)}</script>
<script nonce="${escapeHtml(nonce)}">${scriptText(webviewJs)}</script>
</body>
</html>
`;
}

/** JSON that is safe inside a <script> element: no `<`, `>` or `&` can end the tag or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The bundle with every `</script` neutralised (`<\/` means `</` in JS strings
 * and regexes) and its source-map comment dropped: a page opened with
 * developer tools would otherwise fetch the map.
 */
function scriptText(js: string): string {
  return js.replace(/^\/\/# sourceMappingURL=.*$/gm, '').replace(/<\/(script)/gi, '<\\/$1');
}

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
