// What the create / edit flows need from the outside world, as small interfaces so the
// flows run in plain Node tests (scripted prompter, fake UI, real client against the
// fake server). registerLinkFlows.ts wires the real ones. No `vscode` import here.
import type { AgentHumanApi } from '../api/client';
import type { Agent, Link, UpdateLinkRequest } from '../api/schemas';
import type { ErrorAction } from '../errors/errorMessages';
// Types only: updateLink.ts imports `vscode`, which a type import never loads.
import type { UpdateOutcome } from '../links/updateLink';
import type { Clock } from '../clock';
import type { Prompter } from '../wizard/prompter';

export type { UpdateOutcome };

export type NoticeLevel = 'info' | 'warning' | 'error';

export interface FlowUi {
  /** Shows a notification; resolves the chosen label, or undefined when dismissed. */
  show(level: NoticeLevel, message: string, ...labels: string[]): Promise<string | undefined>;
  /** Runs a request with a progress indicator. */
  progress<T>(title: string, task: () => Promise<T>): Promise<T>;
  /**
   * Runs a follow-up (a notification's buttons, a Retry) without making the command
   * wait for the user; failures are logged.
   */
  background(task: () => Promise<unknown>): void;
  copy(text: string): Promise<void>;
  open(url: string): Promise<void>;
  /** Selects the link in the Links view, if the view offers a way. */
  reveal(link: Link): Promise<void>;
  /** The shared re-authentication: resolves true when the user stored a new key. */
  handleUnauthorized(): Promise<boolean>;
  /** Runs the fix an error message offers (Set API Key, Show Log, Refresh Links, …). */
  runErrorAction(action: ErrorAction): Promise<void>;
  copyOnCreate(): boolean;
  /** The API host, for network error messages. */
  apiHost(): string;
  log(message: string): void;
}

/** The part of the LinkStore the flows use. */
export interface FlowLinkStore {
  readonly links: readonly Link[];
  find(linkId: string): Link | undefined;
  upsert(link: Link): void;
  agentsSeen(): Agent[];
}

export interface FlowDeps {
  prompter: Prompter;
  client: Pick<AgentHumanApi, 'createLink' | 'listAgents' | 'listLinks' | 'getLink'>;
  links: FlowLinkStore;
  ui: FlowUi;
  /** The shared update path (links/updateLink.ts `sendLinkUpdate`): one PUT, the store updated in place. */
  sendUpdate(link: Link, changes: UpdateLinkRequest): Promise<UpdateOutcome>;
  /** Cache of the agents list across flows of this session. */
  agentCache?: AgentCache;
  /** The current time (the extension's one clock). */
  now: Clock;
}

export interface AgentCache {
  agents?: Agent[];
  loadedAt?: number;
  /** The list-agents endpoint answered 404 or an unexpected shape: do not ask again this session. */
  unavailable?: boolean;
}

/** Offers buttons on a notification without blocking the caller. */
export function offer(ui: FlowUi, level: NoticeLevel, message: string, actions: Record<string, () => unknown>): void {
  ui.background(async () => {
    const choice = await ui.show(level, message, ...Object.keys(actions));
    if (choice !== undefined && actions[choice]) await actions[choice]();
  });
}
