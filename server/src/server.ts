// The OKR language server: `node dist/server.js --stdio`. Creates the
// connection and wires one thin handler per LSP feature (server/src/lsp/).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { Session } from './lsp/session';
import { Analysis } from './lsp/analysis';
import { Indexer } from './lsp/indexer';
import { registerLifecycle } from './lsp/lifecycle';
import { registerPullDiagnostics } from './lsp/pull';
import { registerCodeActions } from './lsp/codeActions';
import { registerHover } from './lsp/hover';
import { registerCompletion } from './lsp/completion';
import { registerNavigation } from './lsp/navigation';
import { registerSymbols } from './lsp/symbols';
import { registerCodeLens } from './lsp/codeLens';
import { registerTree } from './lsp/tree';

const connection = createConnection(ProposedFeatures.all);
const session = new Session(connection);
const analysis = new Analysis(session);
const indexer = new Indexer(session, analysis);

registerLifecycle(session, analysis, indexer);
registerPullDiagnostics(session, analysis);
registerCodeActions(session);
registerHover(session);
registerCompletion(session);
registerNavigation(session);
registerSymbols(session);
registerCodeLens(session);
registerTree(session, analysis);

// A bug in one handler must never take the editor's language features down with it.
process.on('uncaughtException', (err) => connection.console.error(`OKR server error: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`OKR server error: ${(err as Error)?.stack ?? String(err)}`));

connection.listen();
