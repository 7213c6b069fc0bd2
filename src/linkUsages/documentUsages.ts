// The usages of links in the open documents, scanned lazily: a document is scanned when it
// opens and again after its text stops changing for a moment (debounced), or when a feature
// asks for it (a hover, a quick fix). Only text documents of files and untitled editors are
// read; a document larger than the size limit is not scanned. Nothing here is sent anywhere.
import vscode = require('vscode');
import { findLinkUsages, type LinkUsage } from './recogniser';

/** Typing pauses this long before a changed document is scanned again. */
export const SCAN_DEBOUNCE_MS = 250;
/** Documents with other schemes (output, git, settings, diffs' originals…) are not read. */
export const SCANNED_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

interface Scanned {
  version: number;
  prefixes: readonly string[];
  usages: readonly LinkUsage[];
}

export interface DocumentUsagesOptions {
  /** The share-URL shapes (they may change with the list). */
  prefixes(): readonly string[];
  enabled(): boolean;
  maxSize(): number;
}

export class DocumentUsages implements vscode.Disposable {
  private readonly scanned = new Map<string, Scanned>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly scannedEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** A document was scanned (its usages may have changed). */
  readonly onDidScan = this.scannedEmitter.event;
  private readonly closedEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** A document closed; its usages are forgotten. */
  readonly onDidClose = this.closedEmitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly options: DocumentUsagesOptions) {
    this.disposables = [
      this.scannedEmitter,
      this.closedEmitter,
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length) this.schedule(event.document, SCAN_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.close(document)),
    ];
    // The documents already open when the extension activated, after activation returned.
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** The usages of the document as its text is now (scanned at once if it changed). */
  usagesOf(document: vscode.TextDocument): readonly LinkUsage[] {
    if (!this.reads(document)) return [];
    const key = document.uri.toString();
    const prefixes = this.options.prefixes();
    const known = this.scanned.get(key);
    if (known && known.version === document.version && known.prefixes === prefixes) return known.usages;
    const text = document.getText();
    const usages = text.length > this.options.maxSize() ? [] : findLinkUsages(text, prefixes);
    this.scanned.set(key, { version: document.version, prefixes, usages });
    return usages;
  }

  /** The open documents scanned so far. */
  documents(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((document) => this.scanned.has(document.uri.toString()));
  }

  /** Every open document again (the URL shapes or the settings changed). */
  rescanAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private reads(document: vscode.TextDocument): boolean {
    return this.options.enabled() && SCANNED_SCHEMES.includes(document.uri.scheme);
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!this.reads(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (document.isClosed) return;
      this.usagesOf(document);
      this.scannedEmitter.fire(document);
    }, delayMs));
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.scanned.delete(key)) this.closedEmitter.fire(document);
  }

  /** Forgets every document (the feature was turned off). */
  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.scanned.clear();
  }

  dispose(): void {
    this.clear();
    for (const d of this.disposables) d.dispose();
  }
}
