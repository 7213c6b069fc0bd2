// Acting on several links: one request after another (the API allows 60 a minute and
// has no batch endpoint), with cancellable progress, and one final message naming the
// links that failed and why. Used by Pause / Resume / Delete on a multi-selection, and
// open to other bulk actions (e.g. the flows of issue 4).
import vscode = require('vscode');
import { isAgentHumanError } from '../api/errors';
import type { Link, UpdateLinkRequest } from '../api/schemas';
import { briefReason } from '../errors/errorMessages';
import { hostOf } from '../errors/errorReporter';
import type { Services } from '../services';
import { apiBaseUrl } from '../settings/settings';
import { type BulkWording, summarizeBulk } from './bulkSummary';
import { linkDisplayName } from './linkLabel';
import { sendLinkUpdate, type UpdateOutcome } from './updateLink';

export interface BulkOutcome {
  /** The server's answer for each link that succeeded (for a delete: the link as it was). */
  succeeded: Link[];
  failed: { link: Link; error: unknown }[];
  /** Not tried: the user cancelled, or the key was rejected or the rate limit spent on the way. */
  skipped: Link[];
}

export interface BulkOptions extends BulkWording {
  /** The progress title: "Pausing links". */
  title: string;
}

/**
 * Runs `action` on each link in turn. `action` must not report failures itself (use
 * `sendLinkUpdate`-like functions); this reports them all at the end, once. A rejected key
 * (which goes through the shared re-authentication path) or a spent rate limit stops the run.
 */
export async function runBulk(
  services: Services,
  links: readonly Link[],
  options: BulkOptions,
  action: (link: Link) => Promise<UpdateOutcome>,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { succeeded: [], failed: [], skipped: [] };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: options.title, cancellable: true },
    async (progress, token) => {
      for (const [index, link] of links.entries()) {
        const stop = token.isCancellationRequested || outcome.failed.some((f) => endsTheRun(f.error));
        if (stop) {
          outcome.skipped.push(link);
          continue;
        }
        progress.report({ message: `${index + 1} of ${links.length}: ${linkDisplayName(link)}`, increment: 100 / links.length });
        const result = await action(link);
        if (result.error !== undefined) outcome.failed.push({ link, error: result.error });
        else outcome.succeeded.push(result.link ?? link);
      }
    },
  );
  report(services, links.length, outcome, options);
  return outcome;
}

/** Sends the same change (e.g. `{status: 'paused'}`) to each link, in turn. */
export function bulkUpdateLinks(
  services: Services,
  links: readonly Link[],
  changes: UpdateLinkRequest,
  options: BulkOptions,
): Promise<BulkOutcome> {
  return runBulk(services, links, options, (link) => sendLinkUpdate(services, link, changes));
}

function isUnauthorized(error: unknown): boolean {
  return isAgentHumanError(error, 'unauthorized');
}

/** A rejected key or a spent rate limit fails every link after it the same way: stop there. */
function endsTheRun(error: unknown): boolean {
  return isUnauthorized(error) || isAgentHumanError(error, 'rateLimited');
}

function report(services: Services, total: number, outcome: BulkOutcome, options: BulkOptions): void {
  const host = hostOf(apiBaseUrl());
  const failures = outcome.failed.map(({ link, error }) => ({ name: linkDisplayName(link), reason: briefReason(error, host, services.clock()) }));
  const summary = summarizeBulk(options, total, failures, outcome.skipped.length);
  for (const { link, error } of outcome.failed) {
    services.log.warn(`Could not ${options.verb} ${link.link_id}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!outcome.failed.length && !outcome.skipped.length) {
    vscode.window.setStatusBarMessage(`$(check) ${summary}`, 4000);
    return;
  }
  const rejected = outcome.failed.find((f) => isUnauthorized(f.error));
  if (rejected) services.errors.report(rejected.error, `Could not ${options.verb} the links`);
  const showLog = 'Show Log';
  const show = outcome.failed.length ? vscode.window.showWarningMessage(summary, showLog) : vscode.window.showInformationMessage(summary);
  show.then(
    (choice) => {
      if (choice === showLog) services.log.show(true);
    },
    () => undefined,
  );
}
