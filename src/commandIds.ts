// Every id the extension shares with package.json: commands, the view, context keys. A rename
// is one change here (and in package.json, which a unit test holds against this file), so the
// palette, the menus, the code and the tests agree. No `vscode` import here.

export const COMMAND = {
  setApiKey: 'agenthuman.setApiKey',
  removeApiKey: 'agenthuman.removeApiKey',
  addAccount: 'agenthuman.addAccount',
  switchAccount: 'agenthuman.switchAccount',
  renameAccount: 'agenthuman.renameAccount',
  removeAccount: 'agenthuman.removeAccount',
  refresh: 'agenthuman.refresh',
  filterLinks: 'agenthuman.filterLinks',
  clearFilter: 'agenthuman.clearFilter',
  groupLinks: 'agenthuman.groupLinks',
  sortLinks: 'agenthuman.sortLinks',
  showMoreLinks: 'agenthuman.showMoreLinks',
  showLinksNeedingAttention: 'agenthuman.showLinksNeedingAttention',
  createLink: 'agenthuman.createLink',
  editLink: 'agenthuman.editLink',
  renameLink: 'agenthuman.renameLink',
  copyLink: 'agenthuman.copyLink',
  copyLinkAsMarkdown: 'agenthuman.copyLinkAsMarkdown',
  openLink: 'agenthuman.openLink',
  pauseLink: 'agenthuman.pauseLink',
  resumeLink: 'agenthuman.resumeLink',
  deleteLink: 'agenthuman.deleteLink',
  showQrCode: 'agenthuman.showQrCode',
  showLog: 'agenthuman.showLog',
  insertLink: 'agenthuman.insertLink',
  findLinkInWorkspace: 'agenthuman.findLinkInWorkspace',
  checkWorkspaceLinks: 'agenthuman.checkWorkspaceLinks',
  /** Internal (not in the palette): selects a link in the view, after Create or from a hover. */
  revealLink: 'agenthuman.revealLink',
  /** Internal: the quick fixes of links used in files (src/linkUsages). */
  extendLinkExpiry: 'agenthuman.extendLinkExpiry',
  raiseLinkUseLimit: 'agenthuman.raiseLinkUseLimit',
  replaceLinkInDocument: 'agenthuman.replaceLinkInDocument',
  /** Internal (keybindings of the Links view): runs a link command on the view's selection. */
  runOnSelection: 'agenthuman.runOnSelection',
} as const;

export type CommandId = (typeof COMMAND)[keyof typeof COMMAND];

/** Commands registered but deliberately not contributed to the palette or menus. */
export const INTERNAL_COMMANDS: readonly CommandId[] = [
  COMMAND.revealLink,
  COMMAND.runOnSelection,
  COMMAND.extendLinkExpiry,
  COMMAND.raiseLinkUseLimit,
  COMMAND.replaceLinkInDocument,
];
export const VIEW_CONTAINER_ID = 'agenthuman';
/** The authentication provider (contributes.authentication): the accounts in VS Code's Accounts menu. */
export const AUTH_PROVIDER_ID = 'agenthuman';
export const AUTH_PROVIDER_LABEL = 'AgentHuman';
export const LINKS_VIEW_ID = 'agenthuman.links';
export const ACCOUNTS_VIEW_ID = 'agenthuman.accounts';

/** Context keys that package.json's `when` clauses read. */
export const CONTEXT = {
  /** 'noKey' | 'keyRejected' | 'loading' | 'error' | 'empty' | 'filteredEmpty' | 'loaded' */
  viewState: 'agenthuman.state',
  /** The current account has a key. */
  hasApiKey: 'agenthuman.hasApiKey',
  /** How many accounts there are (a number). */
  accountCount: 'agenthuman.accountCount',
  filtered: 'agenthuman.filtered',
  /** A list of the Links view has links after the page shown ("Show More"). */
  moreLinks: 'agenthuman.moreLinks',
} as const;
