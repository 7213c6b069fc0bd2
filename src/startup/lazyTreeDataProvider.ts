// A TreeDataProvider given to VS Code at activation, before the code that knows the items is
// loaded: the first time VS Code asks for items (the view is shown), it loads that code, which
// attaches the real provider; from then on every call goes straight to it.
import vscode = require('vscode');

export class LazyTreeDataProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private real: vscode.TreeDataProvider<T> | undefined;
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private forwarding: vscode.Disposable | undefined;

  /** `load` resolves once `attach` has been called. */
  constructor(private readonly load: () => Promise<unknown>) {}

  attach(real: vscode.TreeDataProvider<T>): void {
    this.real = real;
    // No refresh now: VS Code asks for the items when it shows the view (or is asking now).
    this.forwarding = real.onDidChangeTreeData?.((change) => this.changed.fire(change));
  }

  async getChildren(element?: T): Promise<T[] | null | undefined> {
    if (!this.real) await this.load();
    return (await this.attached().getChildren(element)) ?? undefined;
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.attached().getTreeItem(element);
  }

  getParent(element: T): vscode.ProviderResult<T> {
    return this.attached().getParent?.(element);
  }

  resolveTreeItem(item: vscode.TreeItem, element: T, token: vscode.CancellationToken): vscode.ProviderResult<vscode.TreeItem> {
    const real = this.attached();
    return real.resolveTreeItem ? real.resolveTreeItem(item, element, token) : item;
  }

  private attached(): vscode.TreeDataProvider<T> {
    if (!this.real) throw new Error('The view asked for its items before they were loaded.');
    return this.real;
  }

  dispose(): void {
    this.forwarding?.dispose();
    this.changed.dispose();
  }
}
