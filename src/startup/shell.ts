// What activation makes for the rest of the extension (core.ts) to take over: the command
// stubs it replaces and the Links view it fills.
import type * as vscode from 'vscode';
import type { LinksTreeNode } from '../linksView/linksTreeProvider';
import type { LazyView } from './lazyView';

export interface Shell {
  /** Every command's stub (startup/commandStubs.ts). */
  readonly commandStubs: vscode.Disposable;
  readonly linksView: LazyView<LinksTreeNode>;
}
