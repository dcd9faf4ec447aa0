// The alignment tree's public surface for the server, the CLI and tests.
export { buildGraph, type BuildOptions } from './build';
export { renderMermaid } from './mermaid';
export { renderHtml, makeNonce, standaloneCsp, type HtmlOptions } from './html';
export { OFF_TRACK, krProgress, cycleElapsed, expectedProgress, krStatus } from './progress';
