// The long-lived pieces every feature uses, created once in `activate`.
import type * as vscode from 'vscode';
import type { Account } from './account/account';
import type { AgentHumanApi } from './api/client';
import type { Clock } from './clock';
import type { Failures } from './failures/reporter';
import type { LinkStore } from './links/linkStore';

export interface Services {
  readonly context: vscode.ExtensionContext;
  /** The accounts (a key and a label each), the current one, and the base URL; one change event when the current account changes. */
  readonly account: Account;
  /** The account's API client (for reads the store does not hold, e.g. one link by id). */
  readonly client: AgentHumanApi;
  /** The account's links, and the one way they change. */
  readonly store: LinkStore;
  /** The one way a failure reaches the user. */
  readonly failures: Failures;
  readonly log: vscode.LogOutputChannel;
  /** The one source of the current time. */
  readonly clock: Clock;
}
