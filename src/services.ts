// The long-lived pieces every feature uses, created once in `activate`.
import type * as vscode from 'vscode';
import type { AgentHumanApi } from './api/client';
import type { ApiKeyStore } from './auth/apiKeyStore';
import type { Reauthentication } from './auth/reauthentication';
import type { Clock } from './clock';
import type { ErrorReporter } from './errors/errorReporter';
import type { LinkStore } from './links/linkStore';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly client: AgentHumanApi;
  readonly keys: ApiKeyStore;
  readonly reauth: Reauthentication;
  readonly links: LinkStore;
  readonly errors: ErrorReporter;
  readonly log: vscode.LogOutputChannel;
  /** The one source of the current time. */
  readonly clock: Clock;
}
