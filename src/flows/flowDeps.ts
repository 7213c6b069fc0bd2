// What the create / edit flows need from the outside world, as small interfaces so that the
// flows run in plain Node tests (scripted prompter, recording UI and reporter, the real client
// and link store against the fake server). registerLinkFlows.ts wires the real ones. No
// `vscode` import here.
import type { AgentHumanApi } from '../api/client';
import type { Agent, Link } from '../api/schemas';
import type { Clock } from '../clock';
import type { Failures } from '../failures/reporter';
import type { LinkStore } from '../links/linkStore';
import type { Prompter } from '../wizard/prompter';

export type NoticeLevel = 'info' | 'warning' | 'error';

/** A button of a notification, and what it does. */
export interface NoticeAction {
  label: string;
  run: () => unknown;
}

/** What a flow shows and does besides prompting; it decides nothing about failures. */
export interface FlowUi {
  /**
   * Shows a notification with buttons and returns at once: a command never waits for the
   * user to dismiss it. A chosen button's action runs then; its failure is logged.
   */
  notify(level: NoticeLevel, message: string, actions?: readonly NoticeAction[]): void;
  /** Runs a request with a progress indicator. */
  progress<T>(title: string, task: () => Promise<T>): Promise<T>;
  copy(text: string): Promise<void>;
  open(url: string): Promise<void>;
  /** Selects the link in the Links view, when the view shows it. */
  reveal(link: Link): Promise<void>;
  log(message: string): void;
}

/** The part of the link store the flows use: the list held, and the one way links change. */
export type FlowLinkStore = Pick<LinkStore, 'links' | 'find' | 'agentsSeen' | 'ticket' | 'create' | 'update' | 'adopt'>;

export interface FlowDeps {
  prompter: Prompter;
  /** For the agents list and for checking the list after a lost answer. */
  client: Pick<AgentHumanApi, 'listAgents' | 'listLinks'>;
  links: FlowLinkStore;
  ui: FlowUi;
  failures: Failures;
  /** The setting: copy a new link's URL at once. */
  copyOnCreate(): boolean;
  /** The agents list of this account, kept across flows for a few minutes. */
  agentCache?: AgentCache;
  /** The current time (the extension's one clock). */
  now: Clock;
  /** VS Code's display language, for the dates and durations in prompts and messages. */
  language: string;
}

/** The agents list of an account, kept across flows (see common/agentSource.ts). */
export interface AgentCache {
  agents?: Agent[];
  loadedAt?: number;
  /** The list-agents endpoint answered 404 or an unexpected shape: do not ask again this session. */
  unavailable?: boolean;
}

/**
 * How a flow was started: interactive (prompts may be shown; Retry reopens them with the
 * answers) or from command arguments (no prompt; Retry sends the same request again).
 */
export interface FlowMode {
  interactive: boolean;
}
