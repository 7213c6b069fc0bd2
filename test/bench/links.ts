// Generated links for the benchmarks (plain Node and extension host): every status, names
// with Markdown to escape, limits and expiries in the past and the future.
import type { Link } from '../../src/api/schemas';

/** `count` links in every status, with the field shapes of the API. */
export function generateLinks(count: number, now = Date.now()): Link[] {
  const statuses = ['active', 'paused', 'expired'] as const;
  return Array.from({ length: count }, (_, i) => ({
    link_id: `lnk_bench${String(i).padStart(11, '0')}`,
    url: `https://app.agenthuman.com/s/lnk_bench${String(i).padStart(11, '0')}`,
    name: i % 17 === 0 ? null : `Campaign ${i} <b>*promo*</b> [${i % 7}]`,
    agent: { agent_id: `agnt_bench${i % 5}`, name: `Agent ${i % 5}` },
    status: statuses[i % 3],
    uses: i % 50,
    use_limit: i % 4 === 0 ? null : 50 + (i % 100),
    created_at: new Date(now - (i + 1) * 3_600_000).toISOString(),
    expires_at: i % 3 === 0 ? null : new Date(now + (i % 2 ? 1 : -1) * (i + 1) * 60_000).toISOString(),
  })) as unknown as Link[];
}
