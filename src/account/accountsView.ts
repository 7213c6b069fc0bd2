// The Accounts view, under the Links view in the AgentHuman side bar (shown once there is an
// account): every account by its label, live and test told apart, the current one marked; a
// click switches to it, its menu renames or removes it, the title adds one. With two views in
// the container, each shows its own header, so the Links view's description (the current
// account, the filter, the order) is visible too.
import vscode = require('vscode');
import { ACCOUNTS_VIEW_ID, COMMAND } from '../commandIds';
import type { Account, AccountInfo } from './account';
import { accountTag } from './accountText';
import { t } from '../text/translate';

class AccountsTreeProvider implements vscode.TreeDataProvider<AccountInfo>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly account: Account) {
    this.subscriptions = [
      account.onDidChangeAccount(() => this.changed.fire()),
      account.onDidChangeAccountList(() => this.changed.fire()),
    ];
  }

  getChildren(): AccountInfo[] {
    return [...this.account.accounts];
  }

  getTreeItem(info: AccountInfo): vscode.TreeItem {
    const current = this.account.current?.id === info.id;
    const item = new vscode.TreeItem(info.label, vscode.TreeItemCollapsibleState.None);
    item.id = `account:${info.id}`;
    item.description = current ? t('{0} · current', accountTag(info)) : accountTag(info);
    item.iconPath = new vscode.ThemeIcon(current ? 'pass-filled' : 'circle-large-outline', new vscode.ThemeColor(info.kind === 'live' ? 'charts.red' : 'charts.blue'));
    item.tooltip = tooltipOf(info, current);
    item.contextValue = current ? 'account.current' : 'account';
    item.accessibilityInformation = { label: accessibilityLabelOf(info, current) };
    if (!current) item.command = { command: COMMAND.switchAccount, title: t('Switch Account'), arguments: [info] };
    return item;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}

function tooltipOf(info: AccountInfo, current: boolean): string {
  if (info.kind === 'live') {
    return current ? t('{0}: a live key, the account the Links view shows', info.label) : t('{0}: a live key; click to switch to it', info.label);
  }
  return current ? t('{0}: a test key, the account the Links view shows', info.label) : t('{0}: a test key; click to switch to it', info.label);
}

function accessibilityLabelOf(info: AccountInfo, current: boolean): string {
  if (info.kind === 'live') return current ? t('{0}, live key, current account', info.label) : t('{0}, live key', info.label);
  return current ? t('{0}, test key, current account', info.label) : t('{0}, test key', info.label);
}

export function registerAccountsView(context: { readonly subscriptions: { dispose(): unknown }[] }, account: Account): void {
  const provider = new AccountsTreeProvider(account);
  context.subscriptions.push(provider, vscode.window.createTreeView(ACCOUNTS_VIEW_ID, { treeDataProvider: provider }));
}
