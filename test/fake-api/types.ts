/**
 * Wire types of the AgentHuman API as the contract (README.md beside this file) describes them.
 * Deliberately defined here and not imported from src/: the fake server stands on the contract,
 * not on the client's reading of it.
 */

export type LinkStatus = 'active' | 'paused' | 'expired';
export type AuthMethod = 'public' | 'api_key' | 'token';
export type AccountName = 'demo' | 'other';
/** `many`: the demo data plus generated links, 5,000 in the demo account (for the benchmark). */
export type SeedName = 'demo' | 'empty' | 'many';

export interface VoiceAgent {
  provider: string;
  agent_id: string;
  auth_method: AuthMethod;
}

export interface Agent {
  agent_id: string;
  name: string;
  avatar_image_url: string | null;
  created_at: string;
  voice_agent: VoiceAgent;
}

export interface Link {
  link_id: string;
  name: string | null;
  url: string;
  agent: Agent;
  status: LinkStatus;
  uses: number;
  use_limit: number | null;
  created_at: string;
  expires_at: string | null;
}

/** A link as the fake stores it; `status` is the stored one, the rendered one is derived. */
export interface StoredLink {
  link_id: string;
  account: AccountName;
  agent_id: string;
  name: string | null;
  status: LinkStatus;
  uses: number;
  use_limit: number | null;
  /** epoch ms */
  created_at: number;
  /** epoch ms, or null = never expires */
  expires_at: number | null;
  /** insertion order, breaks created_at ties (newer insert = listed first) */
  seq: number;
}

export interface AccountData {
  name: AccountName;
  agents: Agent[];
  links: StoredLink[];
}
