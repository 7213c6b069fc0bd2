// The one message that ends a bulk action: what was done, and which links failed and why.
// Pure: no `vscode` import.
import { plural, pluralForm } from '../text/plural';

export interface BulkWording {
  /** "pause" */
  verb: string;
  /** "Paused" */
  done: string;
}

export interface BulkFailure {
  /** The link's display name. */
  name: string;
  /** A short reason, from `briefReason`. */
  reason: string;
}

const LISTED = 5;

function links(count: number): string {
  return plural(count, 'link');
}

/**
 * "Paused 5 links." / "Paused 3 of 5 links. Could not pause “A” (it no longer exists);
 * “B” (too many requests, try again in 42 s)." / "Could not pause any of the 2 links: …".
 * @param skipped links not tried (the user cancelled, or the key was rejected)
 */
export function summarizeBulk(wording: BulkWording, total: number, failures: readonly BulkFailure[], skipped = 0): string {
  const succeeded = total - failures.length - skipped;
  const listed = failures.slice(0, LISTED).map((f) => `“${f.name}” (${f.reason})`);
  if (failures.length > LISTED) listed.push(`and ${failures.length - LISTED} more (see the log)`);
  const notTried = skipped ? ` ${links(skipped)} ${pluralForm(skipped, 'was', 'were')} not tried.` : '';
  if (!failures.length) {
    return succeeded === total ? `${wording.done} ${links(total)}.` : `${wording.done} ${succeeded} of ${links(total)}.${notTried}`;
  }
  if (succeeded === 0) {
    const head = total === 1 ? `Could not ${wording.verb} the link` : `Could not ${wording.verb} any of the ${links(total)}`;
    return `${head}: ${listed.join('; ')}.${notTried}`;
  }
  return `${wording.done} ${succeeded} of ${links(total)}. Could not ${wording.verb} ${listed.join('; ')}.${notTried}`;
}
