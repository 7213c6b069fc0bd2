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
  createLink: 'agenthuman.createLink',
  editLink: 'agenthuman.editLink',
  copyLink: 'agenthuman.copyLink',
  copyLinkAsMarkdown: 'agenthuman.copyLinkAsMarkdown',
  openLink: 'agenthuman.openLink',
  pauseLink: 'agenthuman.pauseLink',
  resumeLink: 'agenthuman.resumeLink',
  deleteLink: 'agenthuman.deleteLink',
  showQrCode: 'agenthuman.showQrCode',
  showLog: 'agenthuman.showLog',
  /** Internal (not in the palette): selects a link in the view, after Create. */
  revealLink: 'agenthuman.revealLink',
} as const;

export type CommandId = (typeof COMMAND)[keyof typeof COMMAND];

/** Commands registered but deliberately not contributed to the palette or menus. */
export const INTERNAL_COMMANDS: readonly CommandId[] = [COMMAND.revealLink];

export const VIEW_CONTAINER_ID = 'agenthuman';
/** The authentication provider (contributes.authentication): the accounts in VS Code's Accounts menu. */
export const AUTH_PROVIDER_ID = 'agenthuman';
export const AUTH_PROVIDER_LABEL = 'AgentHuman';
export const LINKS_VIEW_ID = 'agenthuman.links';

/** Context keys that package.json's `when` clauses read. */
export const CONTEXT = {
  /** 'noKey' | 'keyRejected' | 'loading' | 'error' | 'empty' | 'filteredEmpty' | 'loaded' */
  viewState: 'agenthuman.state',
  /** The current account has a key. */
  hasApiKey: 'agenthuman.hasApiKey',
  /** How many accounts there are (a number). */
  accountCount: 'agenthuman.accountCount',
  filtered: 'agenthuman.filtered',
} as const;
