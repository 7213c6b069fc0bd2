// Acting on several links: one request after another (the API allows 60 a minute and has no
// batch endpoint), with cancellable progress, and one final message naming the links that
// failed and why. Used by Pause / Resume / Delete on a multi-selection.
import vscode = require('vscode');
import { hostOf } from '../api/baseUrl';
import { isAgentHumanError } from '../api/errors';
import type { Link } from '../api/schemas';
import { actionLabel, briefReason } from '../failures/describeError';
import { linkDisplayName } from '../links/linkNames';
import type { Services } from '../services';
import { type BulkAction, bulkWords, summarizeBulk } from './bulkSummary';
import { t } from '../text/translate';

export interface BulkOutcome {
  /** The server's answer for each link that succeeded (for a delete: the link as it was). */
  succeeded: Link[];
  failed: { link: Link; error: unknown }[];
  /** Not tried: the user cancelled, or the key was rejected or the rate limit spent on the way. */
  skipped: Link[];
}

/**
 * Runs `action` on each link in turn; it throws on failure, and this reports all failures at
 * the end, once. A rejected key (which goes through the shared re-authentication path) or a
 * spent rate limit stops the run.
 */
export async function runBulk(
  services: Services,
  links: readonly Link[],
  bulkAction: BulkAction,
  action: (link: Link) => Promise<Link | void>,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { succeeded: [], failed: [], skipped: [] };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: bulkWords(bulkAction).title, cancellable: true },
    async (progress, token) => {
      for (const [index, link] of links.entries()) {
        const stop = token.isCancellationRequested || outcome.failed.some((f) => endsTheRun(f.error));
        if (stop) {
          outcome.skipped.push(link);
          continue;
        }
        progress.report({ message: t('{0} of {1}: {2}', index + 1, links.length, linkDisplayName(link)), increment: 100 / links.length });
        try {
          outcome.succeeded.push((await action(link)) ?? link);
        } catch (error) {
          outcome.failed.push({ link, error });
        }
      }
    },
  );
  report(services, links.length, outcome, bulkAction);
  return outcome;
}

/** A rejected key or a spent rate limit fails every link after it the same way: stop there. */
function endsTheRun(error: unknown): boolean {
  return isAgentHumanError(error, 'unauthorized') || isAgentHumanError(error, 'rateLimited');
}

function report(services: Services, total: number, outcome: BulkOutcome, action: BulkAction): void {
  const host = hostOf(services.account.baseUrl);
  const failures = outcome.failed.map(({ link, error }) => ({ name: linkDisplayName(link), reason: briefReason(error, host, services.clock(), vscode.env.language) }));
  const summary = summarizeBulk(action, total, failures, outcome.skipped.length);
  for (const { link, error } of outcome.failed) {
    services.log.warn(`Could not ${action} ${link.link_id}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!outcome.failed.length && !outcome.skipped.length) {
    vscode.window.setStatusBarMessage(`$(check) ${summary}`, 4000);
    return;
  }
  const rejected = outcome.failed.find((f) => isAgentHumanError(f.error, 'unauthorized'));
  if (rejected) services.failures.report(rejected.error, { action: bulkWords(action).failure });
  const showLog = actionLabel('showLog');
  const show = outcome.failed.length ? vscode.window.showWarningMessage(summary, showLog) : vscode.window.showInformationMessage(summary);
  show.then(
    (choice) => {
      if (choice === showLog) services.log.show(true);
    },
    () => undefined,
  );
}
