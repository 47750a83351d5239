/**
 * `canonym lsp`: the language server (src/lsp/) over standard input and output, with the workspace's glossary
 * layers, rules and locale. The glossary layers are watched: editing one re-checks every open document.
 */
import { startLanguageServer } from '../../lsp/server.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';
import { loadChecker } from './serve.ts';

export async function runLsp(ws: Workspace, _options: CommonOptions): Promise<number> {
  const severities = ws.severities;
  const load = () => loadChecker({
    glossary: ws.layers,
    shippedGlossary: !ws.withoutShipped,
    rules: severities,
    ...(ws.config.suspects?.threshold !== undefined ? { suspectThreshold: ws.config.suspects.threshold } : {}),
    ...(ws.config.suspects?.fixAbove !== undefined ? { fixSuspectsAbove: ws.config.suspects.fixAbove } : {}),
  });
  const connection = startLanguageServer({ load, watch: ws.layers, ...(ws.locale ? { locale: ws.locale } : {}) });
  // The protocol's `exit` ends the process (vscode-languageserver); a client that just goes away closes stdin.
  return new Promise<number>((resolve) => {
    connection.onExit(() => resolve(0));
    process.stdin.once('end', () => resolve(0));
  });
}
