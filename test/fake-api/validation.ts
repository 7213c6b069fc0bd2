/**
 * Request-body validation for create and update, strict where the contract is strict.
 * Each rule answers with the first problem found, naming the field.
 */
import { parseIso8601 } from './isoDate';
import type { LinkStatus } from './types';

export interface FieldError {
  field: string;
  message: string;
  suggestion: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: FieldError };

export interface CreateInput {
  agent_id: string;
  /** undefined = use the default name */
  name: string | undefined;
  expires_at: number | null;
  use_limit: number | null;
}

export interface UpdateInput {
  name?: string | null;
  status?: LinkStatus;
  expires_at?: number | null;
  use_limit?: number | null;
}

const STATUSES: readonly string[] = ['active', 'paused', 'expired'];

function fail(field: string, message: string, suggestion: string): { ok: false; error: FieldError } {
  return { ok: false, error: { field, message, suggestion } };
}

function has(body: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, key);
}

function isPositiveInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
}

export function validateCreate(body: Record<string, unknown>): Result<CreateInput> {
  const agentId = body.agent_id;
  if (agentId === undefined || agentId === null) {
    return fail('agent_id', 'agent_id is required', 'Pass the id of one of your agents, e.g. "agnt_..."');
  }
  if (typeof agentId !== 'string' || !/^agnt_[A-Za-z0-9_-]+$/.test(agentId)) {
    return fail('agent_id', 'agent_id must be a string starting with "agnt_"', 'Pass the id of one of your agents, e.g. "agnt_..."');
  }

  let name: string | undefined;
  if (has(body, 'name')) {
    if (typeof body.name !== 'string') {
      return fail('name', 'name must be a string', 'Send a string, or omit name to get a default name from the date');
    }
    name = body.name === '' ? undefined : body.name;
  }

  let expiresAt: number | null = null;
  if (has(body, 'expires_at')) {
    const r = parseExpiresAt(body.expires_at, false);
    if (!r.ok) return r;
    expiresAt = r.value;
  }

  let useLimit: number | null = null;
  if (has(body, 'use_limit')) {
    if (!isPositiveInteger(body.use_limit)) {
      return fail('use_limit', 'use_limit must be a positive integer', 'Send an integer of at least 1, or omit use_limit for unlimited uses');
    }
    useLimit = body.use_limit;
  }

  return { ok: true, value: { agent_id: agentId, name, expires_at: expiresAt, use_limit: useLimit } };
}

/** `currentUses` is the link's `uses`: a new use_limit must exceed it. */
export function validateUpdate(body: Record<string, unknown>, currentUses: number): Result<UpdateInput> {
  const out: UpdateInput = {};

  if (has(body, 'name')) {
    if (body.name !== null && typeof body.name !== 'string') {
      return fail('name', 'name must be a string or null', 'Send a string to rename the link, or null to clear its name');
    }
    out.name = body.name;
  }

  if (has(body, 'status')) {
    if (typeof body.status !== 'string' || !STATUSES.includes(body.status)) {
      return fail('status', 'status must be one of active, paused, expired', 'Send "active", "paused" or "expired"');
    }
    out.status = body.status as LinkStatus;
  }

  if (has(body, 'expires_at')) {
    const r = parseExpiresAt(body.expires_at, true);
    if (!r.ok) return r;
    out.expires_at = r.value;
  }

  if (has(body, 'use_limit')) {
    const v = body.use_limit;
    if (v !== null) {
      if (!isPositiveInteger(v)) {
        return fail('use_limit', 'use_limit must be a positive integer or null', 'Send an integer greater than the link\'s current uses, or null for unlimited');
      }
      if (v <= currentUses) {
        return fail('use_limit', `use_limit must be greater than the link's current uses (${currentUses})`,
          `Send an integer of at least ${currentUses + 1}, or null for unlimited`);
      }
    }
    out.use_limit = v;
  }

  if (Object.keys(out).length === 0) {
    return fail('body', 'The update contains no fields to change',
      'Send at least one of name, status, expires_at, use_limit');
  }
  return { ok: true, value: out };
}

function parseExpiresAt(v: unknown, nullable: boolean): Result<number | null> {
  if (v === null && nullable) return { ok: true, value: null };
  const suggestion = nullable
    ? 'Send an ISO 8601 date-time with a timezone, e.g. "2026-12-31T23:59:00Z", or null for never'
    : 'Send an ISO 8601 date-time with a timezone, e.g. "2026-12-31T23:59:00Z", or omit expires_at for never';
  if (typeof v !== 'string') {
    return fail('expires_at', nullable ? 'expires_at must be an ISO 8601 string or null' : 'expires_at must be an ISO 8601 string', suggestion);
  }
  const ms = parseIso8601(v);
  if (ms === undefined) return fail('expires_at', 'expires_at is not a valid ISO 8601 date', suggestion);
  return { ok: true, value: ms };
}
