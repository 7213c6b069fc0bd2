// Which links need attention: active ones about to expire or close to their use limit.
// Computed from the list already loaded: no request. Pure, no `vscode` import.
import type { Link } from '../api/schemas';
import { effectiveStatus } from '../links/linkStatus';
import { formatTimeLeft, HOUR } from '../text/time';

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

export function describeReason(reason: AttentionReason): string {
  return reason.kind === 'expiresSoon'
    ? `expires in ${formatTimeLeft(reason.msLeft)}`
    : `${reason.uses}/${reason.limit} uses`;
}

/** The badge tooltip: "3 links need attention: 2 expire within 24 h, 1 is near its use limit". */
export function summarizeAttention(links: readonly Link[], thresholds: AttentionThresholds, now: number): { count: number; tooltip: string } {
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
  const parts: string[] = [];
  if (expiring) parts.push(`${expiring} ${expiring === 1 ? 'expires' : 'expire'} within ${thresholds.expiresWithinHours} h`);
  if (nearLimit) {
    parts.push(`${nearLimit} ${nearLimit === 1 ? 'is' : 'are'} at ${Math.round(thresholds.usageRatio * 100)} % or more of the use limit`);
  }
  const tooltip = count ? `${count} ${count === 1 ? 'link needs' : 'links need'} attention: ${parts.join(', ')}` : '';
  return { count, tooltip };
}
