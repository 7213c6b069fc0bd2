// A valid Link for unit tests, with overrides.
import type { Link } from '../../../src/api/schemas';

export const NOW = Date.parse('2026-11-22T12:00:00Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An ISO date this many milliseconds from NOW. */
export const at = (msFromNow: number): string => new Date(NOW + msFromNow).toISOString();

export function makeLink(overrides: Partial<Link> = {}): Link {
  return {
    link_id: 'lnk_test1',
    name: 'Spring promo',
    url: 'https://app.agenthuman.com/s/lnk_test1',
    agent: {
      agent_id: 'agnt_1', name: 'Support', avatar_image_url: null, created_at: '2026-01-01T00:00:00Z',
      voice_agent: { provider: 'ElevenLabs', agent_id: 'el_1', auth_method: 'public' },
    },
    status: 'active',
    uses: 12,
    use_limit: 100,
    created_at: '2026-11-01T09:30:00Z',
    expires_at: at(3 * DAY),
    ...overrides,
  };
}
