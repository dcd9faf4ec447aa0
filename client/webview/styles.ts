// The page's CSS, injected at start-up as a <style> carrying the script's
// own CSP nonce (so no 'unsafe-inline' is needed). Colours come from VS
// Code's theme variables; the standalone page falls back to its own light
// and dark palettes, chosen by `prefers-color-scheme`.

/** The stylesheet of the tree page. */
export const CSS = `
:root {
  --fb-fg: #1f2328; --fb-bg: #ffffff; --fb-muted: #59636e; --fb-border: #d1d9e0; --fb-hover: #eef1f4;
  --fb-active: #dbe9f9; --fb-focus: #0969da; --fb-bar: #0969da; --fb-bar-bg: #e3e8ee; --fb-error: #cf222e;
  --fb-warning: #9a6700; --fb-info: #0969da; --fb-ok: #1a7f37; --fb-link: #0969da; --fb-input-bg: #ffffff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fb-fg: #d4d4d4; --fb-bg: #1e1e1e; --fb-muted: #9da5ae; --fb-border: #3c3c3c; --fb-hover: #2a2d2e;
    --fb-active: #04395e; --fb-focus: #3794ff; --fb-bar: #3794ff; --fb-bar-bg: #333840; --fb-error: #f48771;
    --fb-warning: #cca700; --fb-info: #75beff; --fb-ok: #89d185; --fb-link: #3794ff; --fb-input-bg: #3c3c3c;
  }
}
:root {
  --fg: var(--vscode-editor-foreground, var(--fb-fg));
  --bg: var(--vscode-editor-background, var(--fb-bg));
  --muted: var(--vscode-descriptionForeground, var(--fb-muted));
  --border: var(--vscode-panel-border, var(--vscode-widget-border, var(--fb-border)));
  --hover: var(--vscode-list-hoverBackground, var(--fb-hover));
  --active: var(--vscode-list-activeSelectionBackground, var(--fb-active));
  --active-fg: var(--vscode-list-activeSelectionForeground, var(--fg));
  --focus: var(--vscode-focusBorder, var(--fb-focus));
  --bar: var(--vscode-progressBar-background, var(--fb-bar));
  --bar-bg: var(--vscode-editorWidget-background, var(--fb-bar-bg));
  --error: var(--vscode-errorForeground, var(--fb-error));
  --warning: var(--vscode-editorWarning-foreground, var(--fb-warning));
  --info: var(--vscode-editorInfo-foreground, var(--fb-info));
  --ok: var(--vscode-testing-iconPassed, var(--fb-ok));
  --link: var(--vscode-textLink-foreground, var(--fb-link));
  --input-bg: var(--vscode-input-background, var(--fb-input-bg));
  --input-fg: var(--vscode-input-foreground, var(--fg));
  --input-border: var(--vscode-input-border, var(--border));
  --contrast: var(--vscode-contrastBorder, transparent);
  color-scheme: light dark;
}
body.vscode-light { color-scheme: light; }
body.vscode-dark, body.vscode-high-contrast { color-scheme: dark; }
* { box-sizing: border-box; }
html, body { height: 100%; }
body {
  margin: 0; padding: 0; color: var(--fg); background: var(--bg);
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  font-size: var(--vscode-font-size, 13px);
}
button, input, select { font: inherit; color: var(--input-fg); }
.app { display: grid; grid-template-rows: auto auto 1fr auto; height: 100vh; }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; padding: 8px 10px; border-bottom: 1px solid var(--border); }
.toolbar label { display: inline-flex; gap: 4px; align-items: center; }
.toolbar input[type=search], .toolbar select {
  background: var(--input-bg); border: 1px solid var(--input-border); padding: 2px 6px; border-radius: 2px; min-width: 8em;
}
.toolbar button, .signals button.reveal, .signals button.link {
  background: transparent; border: 1px solid var(--input-border); border-radius: 2px; padding: 2px 8px; cursor: pointer;
}
.signals button.reveal, .signals button.link { border: none; padding: 0; color: var(--fg); text-align: left; }
.signals button.link { color: var(--link); text-decoration: underline; }
:focus-visible { outline: 1px solid var(--focus); outline-offset: -1px; }
.summary { padding: 4px 10px; color: var(--muted); border-bottom: 1px solid var(--border); min-height: 1.6em; }
.summary .error-text { color: var(--error); }
.main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(220px, 30%); min-height: 0; }
.tree { overflow: auto; min-height: 0; position: relative; }
.tree:focus { outline: 1px solid var(--focus); outline-offset: -1px; }
.canvas { position: relative; min-height: 100%; }
.arcs { position: absolute; top: 0; right: 0; overflow: visible; pointer-events: none; }
.arc { fill: none; stroke-width: 1.2; opacity: .7; }
.arc.hot { stroke-width: 2.4; opacity: 1; }
.arc.arc-aligns { stroke: var(--link); }
.arc.arc-depends { stroke: var(--warning); stroke-dasharray: 3 2; }
.arc-end.arc-aligns { fill: var(--link); } .arc-end.arc-depends { fill: var(--warning); }
.row {
  position: absolute; left: 0; right: 56px; height: 28px; display: flex; align-items: center; gap: 6px;
  white-space: nowrap; overflow: hidden; cursor: pointer; padding-right: 6px; border: 1px solid transparent;
}
.row:hover { background: var(--hover); }
.row.active { background: var(--active); color: var(--active-fg); }
.tree:focus .row.active { border-color: var(--focus); }
body.vscode-high-contrast .row.active { border: 1px dashed var(--vscode-contrastActiveBorder, var(--focus)); }
.row.match .label { font-weight: 600; }
.twisty { width: 14px; flex: none; text-align: center; color: var(--muted); }
.label { flex: 1 1 auto; min-width: 10em; overflow: hidden; text-overflow: ellipsis; }
.kind-unit .label { font-weight: 600; }
.level { flex: none; font-size: .8em; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  border: 1px solid var(--border); border-radius: 3px; padding: 0 4px; }
.owner, .count, .figure { flex: none; color: var(--muted); font-variant-numeric: tabular-nums; }
.figure.progress { min-width: 3.2em; text-align: right; color: var(--fg); }
.figure.confidence.low { color: var(--error); }
.icon { flex: none; color: var(--muted); }
.bar { flex: none; position: relative; width: 90px; height: 6px; background: var(--bar-bg); border-radius: 3px; outline: 1px solid var(--contrast); }
.bar .fill { position: absolute; left: 0; top: 0; bottom: 0; background: var(--bar); border-radius: 3px; }
.status-off-track .bar .fill { background: var(--error); }
.bar .pace { position: absolute; top: -3px; bottom: -3px; width: 2px; background: var(--muted); }
.status { flex: none; font-size: .85em; border-radius: 8px; padding: 0 6px; border: 1px solid currentColor; }
.status.off-track { color: var(--error); } .status.on-track { color: var(--ok); } .status.unknown { color: var(--muted); }
.tag { flex: none; font-size: .8em; color: var(--muted); border: 1px dotted var(--border); border-radius: 3px; padding: 0 4px; }
.chip { flex: 0 1 auto; min-width: 3em; overflow: hidden; text-overflow: ellipsis; font-size: .85em; color: var(--link); border: 1px solid var(--border); border-radius: 10px; padding: 0 6px; }
.chip.edge-depends { color: var(--warning); }
.chip.unresolved { color: var(--error); text-decoration: line-through; cursor: help; }
.chip.outside { color: var(--muted); border-style: dashed; }
.badge { flex: none; font-size: .85em; font-weight: 600; }
.badge.error { color: var(--error); } .badge.warning { color: var(--warning); } .badge.info { color: var(--info); }
.signals { overflow: auto; border-left: 1px solid var(--border); padding: 0 10px 10px; min-height: 0; }
.signals h2 { font-size: 1em; margin: 10px 0 6px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.signals h3 { font-size: 1em; margin: 10px 0 4px; }
.signal-list { list-style: none; margin: 0; padding: 0; }
.signal { padding: 3px 0; display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; }
.signal .meta, .signal .guardrails { color: var(--muted); font-size: .9em; }
.signal.promoted .tag.promoted { color: var(--link); border-color: var(--link); }
.signal .unresolved, .signal .missing { color: var(--error); }
.footer { padding: 3px 10px; color: var(--muted); border-top: 1px solid var(--border); font-size: .9em; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
