// The API's fixed vocabulary: link statuses and the shapes of ids. Kept apart from the
// zod schemas so that code which needs only these (the create / edit flows, loaded on
// first use) does not carry the schema library. No `vscode` import here.

export const LINK_STATUSES = ['active', 'paused', 'expired'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];
export type LinkStatusFilter = LinkStatus | 'all';

export const LINK_ID_PATTERN = /^lnk_[A-Za-z0-9_-]+$/;
export const AGENT_ID_PATTERN = /^agnt_[A-Za-z0-9_-]+$/;
