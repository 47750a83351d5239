/**
 * `canonym lsp`: a language server over standard input and output. Markdown and plain-text documents are checked
 * as they change (diagnostics), each fix is a quick fix and all of them one `source.fixAll.canonym` action, and
 * hovering a name shows its entity with its forms in the glossary's locales. When a glossary layer's files change
 * (seen by the server itself, or told by the client with workspace/didChangeWatchedFiles), the glossary is loaded
 * again and every open document checked again; a broken glossary keeps the last good one and says why.
 */
import { watch, type FSWatcher } from 'node:fs';
import {
  CodeActionKind, createConnection, DiagnosticSeverity, MarkupKind, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type Diagnostic as LspDiagnostic, type Hover, type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analyse.ts';
import type { Checker } from '../checker.ts';
import type { Diagnostic, Fix } from '../diagnostic.ts';
import { matchLanguage, setLanguage } from '../i18n/index.ts';

export const SOURCE = 'canonym';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.canonym`;

export interface LspOptions {
  /** Loads (or loads again) the checker; throws when the glossary is broken. */
  load: () => Checker;
  /** Folders and files whose changes mean the glossary must be loaded again. */
  watch?: readonly string[];
  /** The text's locale when the configuration gives one; detected otherwise. */
  locale?: string;
  /** Milliseconds after the last change before a document is checked (default 150). */
  debounceMs?: number;
  connection?: Connection;
}

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

function formatOf(doc: TextDocument): 'markdown' | 'text' | undefined {
  if (doc.languageId === 'markdown' || /\.(md|markdown|mdown|mkd)$/i.test(doc.uri)) return 'markdown';
  if (doc.languageId === 'plaintext' || doc.languageId === 'text' || /\.(txt|text)$/i.test(doc.uri)) return 'text';
  return undefined;
}

export function startLanguageServer(options: LspOptions): Connection {
  const connection = options.connection ?? createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  let checker = options.load();
  let generation = 0;
  const analyses = new Map<string, { version: number; generation: number; analysis: Analysis }>();
  const timers = new Map<string, NodeJS.Timeout>();
  const debounceMs = options.debounceMs ?? 150;

  const analysisOf = (doc: TextDocument): Analysis | undefined => {
    const format = formatOf(doc);
    if (!format) return undefined;
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === generation) return cached.analysis;
    const analysis = checker.check(doc.getText(), { format, ...(options.locale ? { locale: options.locale } : {}) });
    analyses.set(doc.uri, { version: doc.version, generation, analysis });
    return analysis;
  };

  const toLsp = (doc: TextDocument, d: Diagnostic): LspDiagnostic => ({
    range: { start: doc.positionAt(d.offset), end: doc.positionAt(d.offset + d.length) },
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: SOURCE,
    message: d.message,
    data: { fix: d.fix, entity: d.entity, version: doc.version },
  });

  const validate = (doc: TextDocument) => {
    const analysis = analysisOf(doc);
    if (!analysis) return;
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: analysis.diagnostics.map((d) => toLsp(doc, d)) });
  };
  const schedule = (doc: TextDocument) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) validate(current);
    }, debounceMs));
  };

  const reload = () => {
    try {
      checker = options.load();
      generation++;
      analyses.clear();
      for (const doc of documents.all()) validate(doc);
      connection.console.info('canonym: glossary loaded again');
    } catch (error) {
      void connection.window.showErrorMessage(`canonym: the glossary was not loaded again: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  let reloadTimer: NodeJS.Timeout | undefined;
  const scheduleReload = () => {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(reload, 200);
  };
  const watchers: FSWatcher[] = [];
  for (const path of options.watch ?? []) {
    try {
      watchers.push(watch(path, { recursive: true }, (_event, name) => {
        if (!name || /\.(ya?ml)$/i.test(String(name))) scheduleReload();
      }));
    } catch {
      // a layer that does not exist yet: loading has already reported it, or it is created later
    }
  }

  connection.onInitialize((params) => {
    // The messages in the editor's language, when canonym speaks it.
    if (params.locale) setLanguage(matchLanguage(params.locale));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'canonym' },
    };
  });

  documents.onDidOpen((e) => validate(e.document));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    analyses.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(() => scheduleReload());

  const edit = (doc: TextDocument, fix: Fix): TextEdit => ({
    range: { start: doc.positionAt(fix.offset), end: doc.positionAt(fix.offset + fix.length) },
    newText: fix.text,
  });

  connection.onCodeAction((params): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const analysis = analysisOf(doc);
    if (!analysis) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      const start = doc.offsetAt(params.range.start);
      const end = doc.offsetAt(params.range.end);
      for (const d of analysis.diagnostics) {
        if (!d.fix || d.offset > end || d.offset + d.length < start) continue;
        const lsp = params.context.diagnostics.filter((x) => x.source === SOURCE && x.code === d.ruleId && doc.offsetAt(x.range.start) === d.offset);
        actions.push({
          title: `canonym: write "${d.fix.text}"`,
          kind: CodeActionKind.QuickFix,
          isPreferred: true,
          diagnostics: lsp.length ? lsp : [toLsp(doc, d)],
          edit: { changes: { [doc.uri]: [edit(doc, d.fix)] } },
        });
      }
    }
    const fixes = analysis.diagnostics.filter((d) => d.fix);
    if (fixes.length && wants(FIX_ALL_KIND)) {
      const applied = checker.fix(doc.getText(), { format: formatOf(doc)!, ...(options.locale ? { locale: options.locale } : {}) }).applied;
      if (applied.length) {
        actions.push({
          title: `canonym: fix all names (${applied.length})`,
          kind: FIX_ALL_KIND,
          edit: { changes: { [doc.uri]: applied.map((d) => edit(doc, d.fix!)) } },
        });
      }
    }
    return actions;
  });

  connection.onHover((params): Hover | null => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const analysis = analysisOf(doc);
    if (!analysis) return null;
    const at = doc.offsetAt(params.position);
    const mention = analysis.mentions.find((m) => m.start <= at && at < m.end);
    const diagnostics = analysis.diagnostics.filter((d) => d.offset <= at && at < d.offset + d.length);
    const entityId = mention?.entity.id ?? diagnostics.find((d) => d.entity)?.entity;
    if (!entityId && !diagnostics.length) return null;
    const entity = entityId ? checker.glossary.entities.get(entityId) : undefined;
    const lines: string[] = [];
    if (entity) {
      const label = entity.names[analysis.locale]?.[0] ?? entity.names.en?.[0] ?? entity.id;
      lines.push(`**${label}** \`${entity.id}\` — ${entity.description}`, '');
      lines.push('| locale | form |', '|---|---|');
      for (const [locale, forms] of Object.entries(entity.names)) if (forms.length) lines.push(`| ${locale} | ${forms.join(', ')} |`);
    }
    for (const d of diagnostics) lines.push('', `${d.severity} \`${d.ruleId}\`: ${d.message}`);
    const start = mention?.start ?? diagnostics[0]!.offset;
    const end = mention?.end ?? diagnostics[0]!.offset + diagnostics[0]!.length;
    return {
      contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
    };
  });

  connection.onShutdown(() => {
    for (const w of watchers) w.close();
    for (const t of timers.values()) clearTimeout(t);
    clearTimeout(reloadTimer);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
