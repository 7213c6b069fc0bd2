// Which links need attention: active ones about to expire or close to their use limit.
// Computed from the list already loaded: no request. Pure, no `vscode` import.
import type { Link } from '../api/schemas';
import { effectiveStatus } from '../links/linkStatus';
import { formatPercent } from '../text/locale';
import { formatHours, formatTimeLeft, HOUR } from '../text/time';
import { t } from '../text/translate';

export interface AttentionThresholds {
  /** An active link expiring within this many hours (inclusive) needs attention. */
  expiresWithinHours: number;
  /** An active link that has used at least this share of its limit needs attention. */
  usageRatio: number;
}

export const DEFAULT_THRESHOLDS: AttentionThresholds = { expiresWithinHours: 24, usageRatio: 0.9 };

export type AttentionReason =
  | { kind: 'expiresSoon'; msLeft: number }
  | { kind: 'nearLimit'; uses: number; limit: number };


/**
 * The reasons a link needs attention; empty when it does not. Only active links
 * qualify: a paused link starts no sessions and an expired one is past saving.
 */
export function attentionReasons(link: Link, thresholds: AttentionThresholds, now: number): AttentionReason[] {
  if (effectiveStatus(link, now) !== 'active') return [];
  const reasons: AttentionReason[] = [];
  if (link.expires_at) {
    const msLeft = Date.parse(link.expires_at) - now;
    if (msLeft > 0 && msLeft <= thresholds.expiresWithinHours * HOUR) reasons.push({ kind: 'expiresSoon', msLeft });
  }
  if (link.use_limit !== null && link.uses >= link.use_limit * thresholds.usageRatio) {
    reasons.push({ kind: 'nearLimit', uses: link.uses, limit: link.use_limit });
  }
  return reasons;
}

export function needsAttention(link: Link, thresholds: AttentionThresholds, now: number): boolean {
  return attentionReasons(link, thresholds, now).length > 0;
}

export function describeReason(reason: AttentionReason, language: string): string {
  return reason.kind === 'expiresSoon'
    ? t('expires in {0}', formatTimeLeft(reason.msLeft, language))
    : t('{0}/{1} uses', reason.uses, reason.limit);
}

/** The badge tooltip: "3 links need attention: 2 expire within 24 hrs, 1 is at 90% or more of the use limit". */
export function summarizeAttention(links: readonly Link[], thresholds: AttentionThresholds, now: number, language: string): { count: number; tooltip: string } {
  let count = 0;
  let expiring = 0;
  let nearLimit = 0;
  for (const link of links) {
    const reasons = attentionReasons(link, thresholds, now);
    if (!reasons.length) continue;
    count++;
    if (reasons.some((r) => r.kind === 'expiresSoon')) expiring++;
    if (reasons.some((r) => r.kind === 'nearLimit')) nearLimit++;
  }
  if (!count) return { count, tooltip: '' };
  const parts: string[] = [];
  if (expiring) {
    const within = formatHours(thresholds.expiresWithinHours, language);
    parts.push(expiring === 1 ? t('1 expires within {0}', within) : t('{0} expire within {1}', expiring, within));
  }
  if (nearLimit) {
    const share = formatPercent(thresholds.usageRatio, language);
    parts.push(nearLimit === 1 ? t('1 is at {0} or more of the use limit', share) : t('{0} are at {1} or more of the use limit', nearLimit, share));
  }
  const why = parts.join(', ');
  return { count, tooltip: count === 1 ? t('1 link needs attention: {0}', why) : t('{0} links need attention: {1}', count, why) };
}
