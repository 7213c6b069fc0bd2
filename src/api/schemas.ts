// zod schemas for the AgentHuman API (the contract is written up in test/fake-api/README.md).
// Parsing is lenient about extra fields (the API may add some) and strict about the
// fields the contract requires. No `vscode` import here: this runs in plain Node tests.
// Our messages for a value that does not fit are functions (zod's `error`), so that they are
// written when a value fails, in the user's language; zod's own messages stay English.
import * as z from 'zod/mini';
import { t } from '../text/translate';
import { AGENT_ID_PATTERN, LINK_ID_PATTERN, LINK_STATUSES } from './identifiers';

/** Dates in answers: anything `Date.parse` reads (lenient: the API may vary the format). */
const isoDate = z.string().check(
  z.refine((s) => !Number.isNaN(Date.parse(s)), { error: () => t('must be an ISO 8601 date') }),
);

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;

/**
 * Strict ISO 8601 instant for what we send: a date-time WITH `Z` or an offset
 * (`2026-12-01T00:00:00.000Z`). A bare date (`2026-12-01`) or a zone-less date-time names no
 * instant: the server, or whoever reads it back, may take it in another time zone. And
 * `Date.parse` alone would let through `"1"`, `"Dec 31 2026"` and an impossible
 * `2026-02-30` (rolled over to March).
 */
export function isIso8601Instant(value: string): boolean {
  const m = ISO_INSTANT.exec(value);
  if (!m) return false;
  const n = (i: number) => Number(m[i] ?? 0);
  const [y, mo, d, h, mi, s, oh, om] = [n(1), n(2), n(3), n(4), n(5), n(6), n(7), n(8)];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59 || oh > 23 || om > 59) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isoInstantInput = z.string().check(
  z.refine(isIso8601Instant, { error: () => t('must be a date and time with a time zone (Z or an offset), e.g. 2026-12-01T00:00:00.000Z') }),
);

/** A URL we are willing to copy or open: http(s) only, never `command:` or `file:`. */
const webUrl = z.string().check(
  z.refine((s) => {
    try {
      const { protocol } = new URL(s);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, { error: () => t('must be an http(s) URL') }),
);

export { AGENT_ID_PATTERN, LINK_ID_PATTERN, LINK_STATUSES, type LinkStatus, type LinkStatusFilter } from './identifiers';
export const LinkStatusSchema = z.enum(LINK_STATUSES);

export const VoiceAgentSchema = z.looseObject({
  provider: z.string(),
  agent_id: z.string(),
  // The contract lists public | api_key | token; any string is accepted so that a
  // new method does not make every link unreadable.
  auth_method: z.string(),
});

export const AgentSchema = z.looseObject({
  agent_id: z.string(),
  name: z.string(),
  avatar_image_url: z.optional(z.nullable(z.string())),
  created_at: isoDate,
  voice_agent: VoiceAgentSchema,
});
export type Agent = z.infer<typeof AgentSchema>;

export const LinkSchema = z.looseObject({
  link_id: z.string().check(z.regex(LINK_ID_PATTERN, { error: () => t('must be a link id (lnk_…)') })),
  name: z.nullable(z.string()),
  url: webUrl,
  agent: AgentSchema,
  status: LinkStatusSchema,
  uses: z.int().check(z.gte(0)),
  use_limit: z.nullable(z.int().check(z.gte(1))),
  created_at: isoDate,
  expires_at: z.nullable(isoDate),
});
export type Link = z.infer<typeof LinkSchema>;

export const ListLinksResponseSchema = z.looseObject({ links: z.array(LinkSchema) });
export const LinkResponseSchema = z.looseObject({ link: LinkSchema });
export const ListAgentsResponseSchema = z.looseObject({ agents: z.array(AgentSchema) });

// ---- request bodies -------------------------------------------------------------

export const CreateLinkRequestSchema = z.strictObject({
  agent_id: z.string().check(z.regex(AGENT_ID_PATTERN, { error: () => t('must be an agent id (agnt_…)') })),
  name: z.optional(z.string().check(z.minLength(1, { error: () => t('must not be empty (leave it out instead)') }))),
  expires_at: z.optional(isoInstantInput),
  use_limit: z.optional(z.int().check(z.gte(1, { error: () => t('must be at least 1') }))),
});
export type CreateLinkRequest = z.infer<typeof CreateLinkRequestSchema>;

/** Every field optional; `null` clears name, expiry and use limit. */
export const UpdateLinkRequestSchema = z.strictObject({
  name: z.optional(z.nullable(z.string())),
  status: z.optional(LinkStatusSchema),
  expires_at: z.optional(z.nullable(isoInstantInput)),
  use_limit: z.optional(z.nullable(z.int().check(z.gte(1, { error: () => t('must be at least 1') })))),
});
export type UpdateLinkRequest = z.infer<typeof UpdateLinkRequestSchema>;

/** "links[3].agent.name: expected string" — the first problem, for error messages. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path
        .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
        .join('');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
