// The OKR language server: `node dist/server.js --stdio`. Creates the
// connection and wires one thin handler per LSP feature (server/src/lsp/).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { Session } from './lsp/session';
import { Analysis } from './lsp/analysis';
import { Indexer } from './lsp/indexer';
import { registerLifecycle } from './lsp/lifecycle';
import { registerPullDiagnostics } from './lsp/pull';

const connection = createConnection(ProposedFeatures.all);
const session = new Session(connection);
const analysis = new Analysis(session);
const indexer = new Indexer(session, analysis);

registerLifecycle(session, analysis, indexer);
registerPullDiagnostics(session, analysis);

connection.listen();
