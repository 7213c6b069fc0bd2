/**
 * Keys, accounts and the seed data of the fake server. All dates are relative to the
 * server clock at seed time, so the demo data always looks recent and sensible.
 */
import type { AccountData, AccountName, Agent, SeedName, StoredLink } from './types';

/** Account "demo". Format ah_test_ + 32 letters/digits; a fixed, public, fake value. */
export const DEMO_API_KEY = 'ah_test_dM7qK2vX9pL4nR8sT1wY6zB3cF5hJ0gA';
/** Account "other": its own agent and links, invisible to the demo key. */
export const OTHER_API_KEY = 'ah_test_oT4rN8bQ2mW6kE9yU3iP7aS1dG5fH0jL';

export const API_KEYS: Readonly<Record<string, AccountName>> = Object.freeze({
  [DEMO_API_KEY]: 'demo',
  [OTHER_API_KEY]: 'other',
});

export const SHARE_URL_BASE = 'https://app.agenthuman.com/s/';

/** Fixed ids of the seed, so tests and docs can name them. */
export const SEED = Object.freeze({
  agents: Object.freeze({
    support: 'agnt_sup8Kq2Vn4Rt7Lw',
    sales: 'agnt_sal3Hx9Pm6Yc1Zd',
    onboarding: 'agnt_onb5Jt2Wq8Nf4Gb',
    otherReceptionist: 'agnt_oth1Rc7Pz3Lk9Vm',
  }),
  links: Object.freeze({
    /** active, unlimited, never expires */
    activeUnlimited: 'lnk_Wc4sUp7nL1mTd9Qe2Rb',
    /** active, 37 of 100 uses, expires in 30 days */
    activeLimited: 'lnk_Sp9cMp3Gn6Hk2Vx8Ya',
    /** active, 46 of 50 uses (92 %) */
    nearLimit: 'lnk_Bt5tEs8Rq1Zw4Nc7Jd',
    /** active, expires within 24 h (6 h after seeding) */
    expiringSoon: 'lnk_Wb2nFu6Lp9Xs3Mk5Te',
    /** paused, 5 of 20 uses */
    paused: 'lnk_Pp7rVw4Dk2Qa8Hn1Sf',
    /** expired by date (expired 2 days before seeding; stored status active) */
    expiredByDate: 'lnk_Lw3kEx9Tb5Gc1Yr6Pg',
    /** expired by uses (25 of 25; stored status active) */
    expiredByUses: 'lnk_Ws6tSe1Mj8Fv4Kd2Uh',
    /** active, name null */
    unnamed: 'lnk_Nn1oNa5Me7Cq3Wz9Li',
    /** other account: active */
    otherActive: 'lnk_Ot8hAc2Rv6Bn4Px1Kj',
    /** other account: paused */
    otherPaused: 'lnk_Ot3hPa9Us7Ed5Lm2Wk',
  }),
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function agentsFor(account: AccountName, now: number): Agent[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  if (account === 'other') {
    return [{
      agent_id: SEED.agents.otherReceptionist,
      name: 'Front Desk Receptionist',
      avatar_image_url: null,
      created_at: iso(now - 60 * DAY),
      voice_agent: { provider: 'ElevenLabs', agent_id: 'el_agent_8f2c41d7b9', auth_method: 'public' },
    }];
  }
  return [
    {
      agent_id: SEED.agents.support,
      name: 'Support Concierge',
      avatar_image_url: 'https://cdn.agenthuman.com/avatars/support-concierge.png',
      created_at: iso(now - 90 * DAY),
      voice_agent: { provider: 'ElevenLabs', agent_id: 'el_agent_3a9d7e21c4', auth_method: 'public' },
    },
    {
      agent_id: SEED.agents.sales,
      name: 'Sales Assistant',
      avatar_image_url: null,
      created_at: iso(now - 75 * DAY),
      voice_agent: { provider: 'Vapi', agent_id: 'vapi_5c0b6f14-2e7a', auth_method: 'api_key' },
    },
    {
      agent_id: SEED.agents.onboarding,
      name: 'Onboarding Guide',
      avatar_image_url: 'https://cdn.agenthuman.com/avatars/onboarding-guide.png',
      created_at: iso(now - 45 * DAY),
      voice_agent: { provider: 'ElevenLabs', agent_id: 'el_agent_b71e0c5a93', auth_method: 'token' },
    },
  ];
}

type SeedLink = Omit<StoredLink, 'account' | 'seq'>;

function demoLinks(now: number): SeedLink[] {
  const { links: L, agents: A } = SEED;
  return [
    { link_id: L.activeUnlimited, agent_id: A.support, name: 'Website chat – Support', status: 'active',
      uses: 42, use_limit: null, created_at: now - 21 * DAY, expires_at: null },
    { link_id: L.activeLimited, agent_id: A.sales, name: 'Spring campaign', status: 'active',
      uses: 37, use_limit: 100, created_at: now - 14 * DAY, expires_at: now + 30 * DAY },
    { link_id: L.nearLimit, agent_id: A.onboarding, name: 'Beta testers', status: 'active',
      uses: 46, use_limit: 50, created_at: now - 10 * DAY, expires_at: null },
    { link_id: L.expiringSoon, agent_id: A.sales, name: 'Webinar follow-up', status: 'active',
      uses: 12, use_limit: null, created_at: now - 3 * DAY, expires_at: now + 6 * HOUR },
    { link_id: L.paused, agent_id: A.support, name: 'Partner preview', status: 'paused',
      uses: 5, use_limit: 20, created_at: now - 7 * DAY, expires_at: null },
    { link_id: L.expiredByDate, agent_id: A.sales, name: 'Launch week', status: 'active',
      uses: 88, use_limit: null, created_at: now - 28 * DAY, expires_at: now - 2 * DAY },
    { link_id: L.expiredByUses, agent_id: A.onboarding, name: 'Workshop seats', status: 'active',
      uses: 25, use_limit: 25, created_at: now - 18 * DAY, expires_at: null },
    { link_id: L.unnamed, agent_id: A.support, name: null, status: 'active',
      uses: 3, use_limit: null, created_at: now - 1 * DAY, expires_at: null },
  ];
}

function otherLinks(now: number): SeedLink[] {
  const { links: L, agents: A } = SEED;
  return [
    { link_id: L.otherActive, agent_id: A.otherReceptionist, name: 'Lobby kiosk', status: 'active',
      uses: 9, use_limit: null, created_at: now - 5 * DAY, expires_at: null },
    { link_id: L.otherPaused, agent_id: A.otherReceptionist, name: 'After-hours line', status: 'paused',
      uses: 0, use_limit: 10, created_at: now - 12 * DAY, expires_at: null },
  ];
}

/** How many links the demo account holds in the seed `many`. */
export const MANY_LINK_COUNT = 5000;

/**
 * The demo links and generated ones up to MANY_LINK_COUNT, as a busy account would have them:
 * every agent and status, names (some null), limits and expiries in the past and the future,
 * created over the last months. Deterministic, so every run lists the same links.
 */
function manyLinks(now: number): SeedLink[] {
  const demo = demoLinks(now);
  const agents = [SEED.agents.support, SEED.agents.sales, SEED.agents.onboarding];
  const generated = Array.from({ length: MANY_LINK_COUNT - demo.length }, (_, i): SeedLink => {
    const useLimit = i % 4 === 0 ? null : 20 + (i % 180);
    return {
      link_id: `lnk_Many${String(i).padStart(12, '0')}`,
      agent_id: agents[i % agents.length],
      name: i % 13 === 0 ? null : `Campaign ${i + 1} – ${['web', 'mail', 'event', 'partner', 'ads'][i % 5]}`,
      status: i % 11 === 0 ? 'paused' : 'active',
      uses: useLimit === null ? i % 300 : (i * 7) % (useLimit + 1),
      use_limit: useLimit,
      created_at: now - (i + 1) * 45 * 60_000,
      expires_at: i % 3 === 0 ? null : now + ((i % 2 ? 1 : -1) * (i % 97) + 1) * 6 * HOUR,
    };
  });
  return [...demo, ...generated];
}

function linksOf(seed: SeedName, account: AccountName, now: number): SeedLink[] {
  if (seed === 'empty') return [];
  if (account === 'other') return otherLinks(now);
  return seed === 'many' ? manyLinks(now) : demoLinks(now);
}

/** Fresh account data for a seed. `nextSeq` numbers the links in insertion order. */
export function buildAccounts(seed: SeedName, now: number, nextSeq: () => number): Map<AccountName, AccountData> {
  const accounts = new Map<AccountName, AccountData>();
  for (const name of ['demo', 'other'] as const) {
    const raw = linksOf(seed, name, now);
    // Insert oldest first, as the real service would have created them.
    const links = [...raw]
      .sort((a, b) => a.created_at - b.created_at)
      .map((l): StoredLink => ({ ...l, account: name, seq: nextSeq() }));
    accounts.set(name, { name, agents: agentsFor(name, now), links });
  }
  return accounts;
}
