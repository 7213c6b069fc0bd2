/** The zod schemas of src/api/schemas.ts: lenient about extra fields, strict about required ones. */
import * as assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  AgentSchema, CreateLinkRequestSchema, describeIssues, LinkResponseSchema, LinkSchema,
  ListAgentsResponseSchema, ListLinksResponseSchema, UpdateLinkRequestSchema,
} from '../../../src/api/schemas';

const agent = {
  agent_id: 'agnt_sup8Kq2Vn4Rt7Lw',
  name: 'Support Concierge',
  avatar_image_url: null,
  created_at: '2025-01-10T09:00:00.000Z',
  voice_agent: { provider: 'ElevenLabs', agent_id: 'el_agent_3a9d7e21c4', auth_method: 'public' },
};

const link = {
  link_id: 'lnk_Wc4sUp7nL1mTd9Qe2Rb',
  name: 'Website',
  url: 'https://app.agenthuman.com/s/lnk_Wc4sUp7nL1mTd9Qe2Rb',
  agent,
  status: 'active',
  uses: 3,
  use_limit: null,
  created_at: '2025-02-01T12:00:00.000Z',
  expires_at: null,
};

/** The error text for `value`, or undefined when it parses. */
function problem(schema: z.ZodMiniType, value: unknown): string | undefined {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? undefined : describeIssues(parsed.error);
}

describe('API schemas', () => {
  describe('Link', () => {
    it('accepts a contract link, and null name, use_limit and expires_at', () => {
      assert.equal(problem(LinkSchema, link), undefined);
      assert.equal(problem(LinkSchema, { ...link, name: null, use_limit: 5, expires_at: '2026-12-31T00:00:00Z' }), undefined);
      assert.equal(problem(LinkSchema, { ...link, url: 'http://127.0.0.1:8787/s/lnk_x' }), undefined);
    });

    it('accepts unknown extra fields and keeps them', () => {
      const extra = { ...link, theme: 'dark', agent: { ...agent, language: 'de', voice_agent: { ...agent.voice_agent, region: 'eu' } } };
      const parsed = LinkSchema.parse(extra);
      assert.equal((parsed as Record<string, unknown>).theme, 'dark');
      assert.equal(problem(ListLinksResponseSchema, { success: true, links: [extra], next: null }), undefined);
    });

    it('accepts an auth_method beyond the three documented ones', () => {
      assert.equal(problem(AgentSchema, { ...agent, voice_agent: { ...agent.voice_agent, auth_method: 'oauth' } }), undefined);
    });

    it('rejects a missing required field, naming it', () => {
      for (const field of ['link_id', 'name', 'url', 'agent', 'status', 'uses', 'use_limit', 'created_at', 'expires_at']) {
        const copy: Record<string, unknown> = { ...link };
        delete copy[field];
        const text = problem(LinkSchema, copy);
        assert.ok(text?.startsWith(field), `${field}: ${text}`);
      }
    });

    it('rejects wrongly typed fields, naming the path', () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ uses: '3' }, 'uses'],
        [{ uses: -1 }, 'uses'],
        [{ uses: 1.5 }, 'uses'],
        [{ use_limit: 0 }, 'use_limit'],
        [{ status: 'deleted' }, 'status'],
        [{ link_id: 'agnt_x' }, 'link_id'],
        [{ link_id: 42 }, 'link_id'],
        [{ created_at: 'yesterday' }, 'created_at'],
        [{ expires_at: 1735689600 }, 'expires_at'],
        [{ agent: { ...agent, name: null } }, 'agent.name'],
        [{ agent: { ...agent, voice_agent: undefined } }, 'agent.voice_agent'],
      ];
      for (const [change, path] of cases) {
        const text = problem(LinkSchema, { ...link, ...change });
        assert.ok(text?.startsWith(path), `${JSON.stringify(change)}: ${text}`);
      }
    });

    it('rejects a share URL that is not http(s): javascript:, command:, file:, data:', () => {
      for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'command:workbench.action.terminal.new', 'file:///etc/passwd', 'data:text/html,x', 'not a url', '']) {
        assert.ok(problem(LinkSchema, { ...link, url })?.startsWith('url'), url);
      }
    });

    it('names the index of a broken link in a list and the field inside a single answer', () => {
      assert.match(problem(ListLinksResponseSchema, { links: [link, { ...link, uses: 'x' }] }) ?? '', /^links\[1\]\.uses/);
      assert.match(problem(LinkResponseSchema, { link: { ...link, agent: { ...agent, agent_id: 7 } } }) ?? '', /^link\.agent\.agent_id/);
      assert.match(problem(ListAgentsResponseSchema, { agents: [{ agent_id: 42, name: null }] }) ?? '', /^agents\[0\]\.agent_id/);
      assert.match(problem(LinkResponseSchema, { success: true }) ?? '', /^link/);
    });
  });

  describe('request bodies', () => {
    it('create: agent_id required; name, expires_at and use_limit optional and checked', () => {
      assert.equal(problem(CreateLinkRequestSchema, { agent_id: 'agnt_abc' }), undefined);
      assert.equal(problem(CreateLinkRequestSchema, { agent_id: 'agnt_abc', name: 'n', expires_at: '2026-12-31T00:00:00.000Z', use_limit: 1 }), undefined);
      assert.ok(problem(CreateLinkRequestSchema, {})?.startsWith('agent_id'));
      assert.ok(problem(CreateLinkRequestSchema, { agent_id: 'lnk_abc' })?.startsWith('agent_id'));
      assert.ok(problem(CreateLinkRequestSchema, { agent_id: 'agnt_abc', use_limit: 0 })?.startsWith('use_limit'));
      assert.ok(problem(CreateLinkRequestSchema, { agent_id: 'agnt_abc', name: null })?.startsWith('name'));
      assert.ok(problem(CreateLinkRequestSchema, { agent_id: 'agnt_abc', expires_at: null })?.startsWith('expires_at'));
      assert.ok(problem(CreateLinkRequestSchema, { agent_id: 'agnt_abc', status: 'paused' }), 'unknown fields are not sent');
    });

    it('create and update: expires_at must be an ISO 8601 instant (date-time with Z or an offset)', () => {
      for (const good of ['2026-12-31T00:00:00.000Z', '2026-12-31T23:59:59Z', '2026-12-31T23:59:59.123+02:00']) {
        assert.equal(problem(CreateLinkRequestSchema, { agent_id: 'agnt_abc', expires_at: good }), undefined, good);
        assert.equal(problem(UpdateLinkRequestSchema, { expires_at: good }), undefined, good);
      }
      for (const bad of ['1', '12/31/2026', 'Dec 31 2026', '2026-12-31', '2026-12-31T23:59:59', '2026-02-30', '2026-02-30T00:00:00Z', '']) {
        assert.ok(problem(CreateLinkRequestSchema, { agent_id: 'agnt_abc', expires_at: bad })?.startsWith('expires_at'), bad);
        assert.ok(problem(UpdateLinkRequestSchema, { expires_at: bad })?.startsWith('expires_at'), bad);
      }
    });

    it('update: every field optional, null clears name, expires_at and use_limit, but not status', () => {
      assert.equal(problem(UpdateLinkRequestSchema, {}), undefined);
      assert.equal(problem(UpdateLinkRequestSchema, { name: null, expires_at: null, use_limit: null }), undefined);
      assert.equal(problem(UpdateLinkRequestSchema, { status: 'expired' }), undefined);
      assert.ok(problem(UpdateLinkRequestSchema, { status: null })?.startsWith('status'));
      assert.ok(problem(UpdateLinkRequestSchema, { status: 'all' })?.startsWith('status'));
      assert.ok(problem(UpdateLinkRequestSchema, { use_limit: 0 })?.startsWith('use_limit'));
      assert.ok(problem(UpdateLinkRequestSchema, { agent_id: 'agnt_abc' }), 'agent_id cannot be changed');
    });
  });
});
