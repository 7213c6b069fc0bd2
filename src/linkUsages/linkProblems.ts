// The Problems view's entries for links used in files. Two collections: one for the documents
// open in editor tabs (a document's entries go when its last tab closes, or the document
// closes; documents other extensions open in the background get none) and one for the last
// workspace check (they stay for files that are not open). Both follow the list at once: a refresh, an edit,
// a pause, a delete or another account changes the store, and every entry is worked out again
// from the usages already scanned (no scan, no request).
import vscode = require('vscode');
import type { Services } from '../services';
import { SECTION } from '../settings/settings';
import type { EditorLinks } from './editorLinks';
import { lineUsagesOf } from './fileScan';
import { DEFAULT_PROBLEM_SEVERITY, PROBLEM_KINDS, PROBLEM_SEVERITIES, type ProblemKind, type ProblemSeverity } from './linkState';
import { type Problem, PROBLEM_SOURCE, problemsOf } from './problems';
import type { LinkUsage } from './recogniser';
import type { FileUsages, LineUsage } from './ripgrep';

/** Relative times in messages ("expires in 5 h") and states that change with time are recomputed this often. */
const CLOCK_MS = 60_000;

const SEVERITY: Record<Exclude<ProblemSeverity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The settings `agenthuman.linksInEditor.severity.<kind>`: how each kind of problem shows ('off': not at all). */
function problemSeverities(): Record<ProblemKind, ProblemSeverity> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const read = (kind: ProblemKind): ProblemSeverity => {
    const value = config.get<string>(`linksInEditor.severity.${kind}`);
    return PROBLEM_SEVERITIES.find((s) => s === value) ?? DEFAULT_PROBLEM_SEVERITY[kind];
  };
  return Object.fromEntries(PROBLEM_KINDS.map((kind) => [kind, read(kind)])) as Record<ProblemKind, ProblemSeverity>;
}

export class LinkProblems implements vscode.Disposable {
  private readonly live = vscode.languages.createDiagnosticCollection('agenthuman');
  private readonly checked = vscode.languages.createDiagnosticCollection('agenthuman-workspace');
  /** The last workspace check's usages, per file; an open document's own scan stands for it while open. */
  private checkedFiles = new Map<string, { uri: vscode.Uri; usages: readonly LineUsage[] }>();
  /** The documents whose entries are in `live` (open in a tab). */
  private readonly shown = new Set<string>();
  private severities = problemSeverities();
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly services: Services,
    private readonly links: EditorLinks,
  ) {
    this.disposables = [
      this.live,
      this.checked,
      links.documents.onDidScan((document) => this.showDocument(document)),
      links.documents.onDidClose((document) => this.hideDocument(document.uri, document)),
      vscode.window.tabGroups.onDidChangeTabs(({ opened, closed }) => {
        for (const uri of tabUris(closed)) if (!isInTab(uri)) this.hideDocument(uri, openDocument(uri));
        for (const uri of tabUris(opened)) {
          const document = openDocument(uri);
          if (document) this.showDocument(document);
        }
      }),
      services.store.onDidChange(() => this.refresh()),
      services.account.onDidChangeAccount(() => this.refresh()),
      links.onDidChangeSettings(() => {
        this.severities = problemSeverities();
        if (!links.enabled) this.clear();
        links.documents.rescanAll();
        this.refresh();
      }),
    ];
    this.timer = setInterval(() => this.refresh(), CLOCK_MS);
    this.timer.unref?.();
  }

  /** The problems of these usages now. */
  problemsOf<U extends LinkUsage>(usages: readonly U[]): Problem<U>[] {
    return problemsOf(usages, (linkId) => this.links.stateOf(linkId), this.severities, this.services.clock(), vscode.env.language);
  }

  /** Puts the results of a workspace check in place of the previous one's. Returns how many problems it has. */
  setChecked(files: Iterable<FileUsages & { uri: vscode.Uri }>): number {
    this.checked.clear();
    this.checkedFiles = new Map();
    for (const { uri, usages } of files) this.checkedFiles.set(uri.toString(), { uri, usages });
    this.showChecked();
    let count = 0;
    for (const { usages } of this.checkedFiles.values()) count += this.problemsOf(usages).length;
    return count;
  }

  /** Every entry again, from the usages already scanned. */
  refresh(): void {
    if (!this.links.enabled) return this.clear();
    for (const document of this.links.documents.documents()) this.showDocument(document);
    this.showChecked();
  }

  private showDocument(document: vscode.TextDocument): void {
    if (!this.links.enabled) return;
    if (!isInTab(document.uri)) return this.hideDocument(document.uri, document);
    const diagnostics = this.problemsOf(this.links.documents.usagesOf(document)).map((problem) =>
      diagnostic(problem, new vscode.Range(document.positionAt(problem.usage.start), document.positionAt(problem.usage.end))),
    );
    this.live.set(document.uri, diagnostics);
    this.shown.add(document.uri.toString());
    // While it is open, the document's own scan stands for the workspace check's.
    this.checked.delete(document.uri);
  }

  private showChecked(): void {
    if (!this.links.enabled) return;
    for (const { uri, usages } of this.checkedFiles.values()) {
      if (this.shown.has(uri.toString())) continue;
      const diagnostics = this.problemsOf(usages).map((problem) =>
        diagnostic(problem, new vscode.Range(problem.usage.line, problem.usage.start, problem.usage.line, problem.usage.end)),
      );
      if (diagnostics.length) this.checked.set(uri, diagnostics);
      else this.checked.delete(uri);
    }
  }

  /**
   * A document no longer open in an editor: its entries go, unless the workspace check covers
   * its file; then they stay, as the document last was.
   */
  private hideDocument(uri: vscode.Uri, document: vscode.TextDocument | undefined): void {
    const key = uri.toString();
    if (!this.shown.delete(key)) return;
    this.live.delete(uri);
    if (!this.checkedFiles.has(key)) return;
    if (document) this.checkedFiles.set(key, { uri, usages: lineUsagesOf(document.getText(), this.links.prefixes()) });
    this.showChecked();
  }

  clear(): void {
    this.live.clear();
    this.checked.clear();
    this.shown.clear();
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The documents of these tabs (text editors, and the changed side of a diff). */
function tabUris(tabs: readonly vscode.Tab[]): vscode.Uri[] {
  return tabs.flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri] : tab.input instanceof vscode.TabInputTextDiff ? [tab.input.modified] : []));
}

function isInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => tabUris(group.tabs).some((tabUri) => tabUri.toString() === key));
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

function diagnostic(problem: Problem, range: vscode.Range): vscode.Diagnostic {
  const result = new vscode.Diagnostic(range, problem.message, SEVERITY[problem.severity]);
  result.source = PROBLEM_SOURCE;
  result.code = problem.kind satisfies ProblemKind;
  return result;
}
