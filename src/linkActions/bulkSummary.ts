// The words of a bulk action (Pause, Resume, Delete on several links): its progress title, and
// the one message that ends it: what was done, and which links failed and why. Whole sentences
// for each action, so that each language can word them its own way. Pure: no `vscode` import.
import { t } from '../text/translate';

export type BulkAction = 'pause' | 'resume' | 'delete';

export interface BulkWords {
  /** The progress title: "Pausing links". */
  title: string;
  /** The start of a failure report: "Could not pause the links". */
  failure: string;
  /** "Paused 5 links." */
  allDone(count: number): string;
  /** "Paused 3 of 5 links." */
  someDone(done: number, total: number): string;
  /** "Could not pause the link: “A” (why)." */
  oneFailed(failures: string): string;
  /** "Could not pause any of the 2 links: “A” (why); “B” (why)." */
  allFailed(total: number, failures: string): string;
  /** "Could not pause “A” (why)." (after someDone) */
  someFailed(failures: string): string;
}

export function bulkWords(action: BulkAction): BulkWords {
  switch (action) {
    case 'pause':
      return {
        title: t('Pausing links'),
        failure: t('Could not pause the links'),
        allDone: (count) => (count === 1 ? t('Paused 1 link.') : t('Paused {0} links.', count)),
        someDone: (done, total) => t('Paused {0} of {1} links.', done, total),
        oneFailed: (failures) => t('Could not pause the link: {0}.', failures),
        allFailed: (total, failures) => t('Could not pause any of the {0} links: {1}.', total, failures),
        someFailed: (failures) => t('Could not pause {0}.', failures),
      };
    case 'resume':
      return {
        title: t('Resuming links'),
        failure: t('Could not resume the links'),
        allDone: (count) => (count === 1 ? t('Resumed 1 link.') : t('Resumed {0} links.', count)),
        someDone: (done, total) => t('Resumed {0} of {1} links.', done, total),
        oneFailed: (failures) => t('Could not resume the link: {0}.', failures),
        allFailed: (total, failures) => t('Could not resume any of the {0} links: {1}.', total, failures),
        someFailed: (failures) => t('Could not resume {0}.', failures),
      };
    case 'delete':
      return {
        title: t('Deleting links'),
        failure: t('Could not delete the links'),
        allDone: (count) => (count === 1 ? t('Deleted 1 link.') : t('Deleted {0} links.', count)),
        someDone: (done, total) => t('Deleted {0} of {1} links.', done, total),
        oneFailed: (failures) => t('Could not delete the link: {0}.', failures),
        allFailed: (total, failures) => t('Could not delete any of the {0} links: {1}.', total, failures),
        someFailed: (failures) => t('Could not delete {0}.', failures),
      };
  }
}

export interface BulkFailure {
  /** The link's display name. */
  name: string;
  /** A short reason, from `briefReason`. */
  reason: string;
}

const LISTED = 5;

/**
 * "Paused 5 links." / "Paused 3 of 5 links. Could not pause “A” (it no longer exists);
 * “B” (too many requests, try again in 42 sec)." / "Could not pause any of the 2 links: …".
 * @param skipped links not tried (the user cancelled, or the key was rejected)
 */
export function summarizeBulk(action: BulkAction, total: number, failures: readonly BulkFailure[], skipped = 0): string {
  const words = bulkWords(action);
  const succeeded = total - failures.length - skipped;
  const listed = failures.slice(0, LISTED).map((f) => t('“{0}” ({1})', f.name, f.reason));
  if (failures.length > LISTED) listed.push(t('and {0} more (see the log)', failures.length - LISTED));
  const reasons = listed.join('; ');
  const notTried = skipped ? (skipped === 1 ? t('1 link was not tried.') : t('{0} links were not tried.', skipped)) : undefined;
  let summary: string;
  if (!failures.length) summary = succeeded === total ? words.allDone(total) : words.someDone(succeeded, total);
  else if (succeeded === 0) summary = total === 1 ? words.oneFailed(reasons) : words.allFailed(total, reasons);
  else summary = `${words.someDone(succeeded, total)} ${words.someFailed(reasons)}`;
  return notTried ? `${summary} ${notTried}` : summary;
}
