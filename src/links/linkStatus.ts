// The status a link has now. The server's `status` is what it said when the list was loaded (or
// what a stale answer says): a link whose expiry has passed, or whose uses reached its limit,
// no longer starts sessions whatever that field says, so it is shown and treated as expired.
// No `vscode` import here.
import type { Link, LinkStatus } from '../api/schemas';

export function effectiveStatus(link: Pick<Link, 'status' | 'expires_at' | 'uses' | 'use_limit'>, now: number): LinkStatus {
  if (link.status === 'expired') return 'expired';
  if (hasExpired(link, now)) return 'expired';
  if (link.use_limit !== null && link.uses >= link.use_limit) return 'expired';
  return link.status;
}

/** The expiry date is set and has passed. */
export function hasExpired(link: Pick<Link, 'expires_at'>, now: number): boolean {
  return link.expires_at !== null && Date.parse(link.expires_at) <= now;
}
