/**
 * The fake's data: accounts, their agents and links, status derivation and rendering.
 * Everything is per account; a lookup never crosses accounts.
 */
import { randomBytes } from 'node:crypto';
import { buildAccounts, SHARE_URL_BASE } from './seed';
import type { AccountData, AccountName, Agent, Link, LinkStatus, SeedName, StoredLink } from './types';
import type { CreateInput, UpdateInput } from './validation';
import { defaultLinkName } from './isoDate';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomId(prefix: string, length: number): string {
  const bytes = randomBytes(length);
  let s = prefix;
  for (const b of bytes) s += ALPHABET[b % ALPHABET.length];
  return s;
}

/**
 * The status the API shows: `expired` whenever the stored status is expired, expires_at has
 * passed, or uses reached use_limit; otherwise the stored one (active or paused).
 */
export function deriveStatus(l: StoredLink, now: number): LinkStatus {
  if (l.status === 'expired') return 'expired';
  if (l.expires_at !== null && l.expires_at <= now) return 'expired';
  if (l.use_limit !== null && l.uses >= l.use_limit) return 'expired';
  return l.status;
}

export class Store {
  private accounts = new Map<AccountName, AccountData>();
  private seq = 0;

  constructor(seed: SeedName, now: number) {
    this.reset(seed, now);
  }

  reset(seed: SeedName, now: number): void {
    this.accounts = buildAccounts(seed, now, () => ++this.seq);
  }

  account(name: string): AccountData {
    const a = this.accounts.get(name as AccountName);
    if (!a) throw new Error(`fake server: unknown account "${name}" (use "demo" or "other")`);
    return a;
  }

  agents(account: string): Agent[] {
    return this.account(account).agents.map(copyAgent);
  }

  findAgent(account: string, agentId: string): Agent | undefined {
    return this.account(account).agents.find((a) => a.agent_id === agentId);
  }

  findLink(account: string, linkId: string): StoredLink | undefined {
    return this.account(account).links.find((l) => l.link_id === linkId);
  }

  /** The link in whichever account holds it (for the test-only visit()). */
  findAnyLink(linkId: string): StoredLink | undefined {
    for (const a of this.accounts.values()) {
      const l = a.links.find((x) => x.link_id === linkId);
      if (l) return l;
    }
    return undefined;
  }

  /** Rendered links of an account, newest created_at first (ties: created later first). */
  list(account: string, now: number, status?: LinkStatus): Link[] {
    return [...this.account(account).links]
      .sort((a, b) => b.created_at - a.created_at || b.seq - a.seq)
      .map((l) => this.render(l, now))
      .filter((l) => status === undefined || l.status === status);
  }

  render(l: StoredLink, now: number): Link {
    const agent = this.findAgent(l.account, l.agent_id);
    if (!agent) throw new Error(`fake server: link ${l.link_id} points to a missing agent ${l.agent_id}`);
    return {
      link_id: l.link_id,
      name: l.name,
      url: SHARE_URL_BASE + l.link_id,
      agent: copyAgent(agent),
      status: deriveStatus(l, now),
      uses: l.uses,
      use_limit: l.use_limit,
      created_at: new Date(l.created_at).toISOString(),
      expires_at: l.expires_at === null ? null : new Date(l.expires_at).toISOString(),
    };
  }

  create(account: string, input: CreateInput, now: number): StoredLink {
    const links = this.account(account).links;
    let id: string;
    do id = randomId('lnk_', 20); while (this.findAnyLink(id));
    const link: StoredLink = {
      link_id: id,
      account: account as AccountName,
      agent_id: input.agent_id,
      name: input.name ?? defaultLinkName(now),
      status: 'active',
      uses: 0,
      use_limit: input.use_limit,
      created_at: now,
      expires_at: input.expires_at,
      seq: ++this.seq,
    };
    links.push(link);
    return link;
  }

  update(link: StoredLink, input: UpdateInput): void {
    if (input.name !== undefined) link.name = input.name;
    if (input.status !== undefined) link.status = input.status;
    if (input.expires_at !== undefined) link.expires_at = input.expires_at;
    if (input.use_limit !== undefined) link.use_limit = input.use_limit;
  }

  delete(account: string, linkId: string): boolean {
    const a = this.account(account);
    const i = a.links.findIndex((l) => l.link_id === linkId);
    if (i < 0) return false;
    a.links.splice(i, 1);
    return true;
  }
}

/** A copy the caller may change (JSON data only; no structuredClone: this also runs on Node 16). */
function copyAgent(agent: Agent): Agent {
  return JSON.parse(JSON.stringify(agent)) as Agent;
}
