// A tree view created at activation over a LazyTreeDataProvider: VS Code can show the view (and
// the extension can set its badge and title) before the code of its items is loaded.
import vscode = require('vscode');
import { LazyTreeDataProvider } from './lazyTreeDataProvider';

export interface LazyView<T> {
  readonly treeView: vscode.TreeView<T>;
  /** Hands the view its real provider; returns the view, for code written as `createTreeView(…)`. */
  attach(provider: vscode.TreeDataProvider<T>): vscode.TreeView<T>;
}

export function createLazyView<T>(
  context: vscode.ExtensionContext,
  id: string,
  options: Omit<vscode.TreeViewOptions<T>, 'treeDataProvider'>,
  load: () => Promise<unknown>,
): LazyView<T> {
  const provider = new LazyTreeDataProvider<T>(load);
  const treeView = vscode.window.createTreeView(id, { ...options, treeDataProvider: provider });
  context.subscriptions.push(provider, treeView);
  return {
    treeView,
    attach: (real) => {
      provider.attach(real);
      return treeView;
    },
  };
}
