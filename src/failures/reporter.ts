// The one way a failure reaches the user: `report(error, { action, retry })`. It logs the
// failure, sends every 401 through the one re-authentication prompt (and runs Retry once a new
// key is stored), and otherwise shows what describeError.ts says with the buttons that fix it.
// It returns at once: a notification's promise settles only when the user acts, and no command
// waits for that. The decisions are here, in plain Node; what it shows and runs goes through a
// ReportUi: the VS Code one (vscodeReportUi.ts), or a recording one in tests.
import { isAgentHumanError } from '../api/errors';
import { actionLabel, describeError, type ErrorAction, type FailureSubject } from './describeError';

export interface ReportOptions {
  /** What failed, as the start of a sentence: "Could not pause link “Demo”". */
  action: string;
  /** Offered as Retry when trying again may help; also run after the user replaced a rejected key. */
  retry?: () => unknown;
  /**
   * Offer Retry whatever the error: it reopens the input with the user's answers (they may
   * change what the server refused), or sends a request that repeats safely.
   */
  alwaysOfferRetry?: boolean;
  /** Run after the user replaced a rejected key, instead of `retry`. */
  retryAfterNewKey?: () => unknown;
  /** What the action was about, for the words of a 404 or 403. */
  subject?: FailureSubject;
}

export interface Failures {
  report(error: unknown, options: ReportOptions): void;
}

/** What the reporter shows and runs. */
export interface ReportUi {
  /** An error notification with buttons; resolves the label chosen, or undefined. */
  showError(message: string, labels: readonly string[]): PromiseLike<string | undefined>;
  /** The shared re-authentication: resolves true when the user stored a new key. */
  reauthenticate(): Promise<boolean>;
  /** Runs the fix a button offers: Set API Key, Show Log, Open Settings, Refresh Links. */
  runAction(action: Exclude<ErrorAction, 'retry'>): PromiseLike<void>;
  logError(message: string): void;
  /** The API host, for network messages. */
  host(): string;
  now(): number;
  /** VS Code's display language, for the times in messages. */
  language(): string;
}

export class Reporter implements Failures {
  constructor(private readonly ui: ReportUi) {}

  report(error: unknown, options: ReportOptions): void {
    this.tell(error, options).catch((failure: unknown) => this.ui.logError(`While reporting "${options.action}": ${errorText(failure)}`));
  }

  /** What `report` does, as a promise that settles once the user has acted (for tests to wait on). */
  async tell(error: unknown, options: ReportOptions): Promise<void> {
    this.ui.logError(`${options.action}: ${errorText(error)}`);
    if (isAgentHumanError(error, 'unauthorized')) {
      const again = options.retryAfterNewKey ?? options.retry;
      if ((await this.ui.reauthenticate()) && again) await again();
      return;
    }
    const description = describeError(error, options.action, this.ui.host(), this.ui.now(), this.ui.language(), options.subject);
    const offered = offeredActions(description.actions, options, description.retryable !== false);
    const choice = await this.ui.showError(description.message, offered.map(actionLabel));
    const chosen = offered.find((action) => actionLabel(action) === choice);
    if (chosen === 'retry') await options.retry?.();
    else if (chosen) await this.ui.runAction(chosen);
  }
}

/** The buttons: describeError's, Retry only with a retry to run (first, when always offered). */
function offeredActions(actions: readonly ErrorAction[], options: ReportOptions, retryable: boolean): ErrorAction[] {
  const others = actions.filter((action) => action !== 'retry');
  if (!options.retry || !retryable) return others;
  if (actions.includes('retry')) return [...actions];
  return options.alwaysOfferRetry ? ['retry', ...others] : others;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
