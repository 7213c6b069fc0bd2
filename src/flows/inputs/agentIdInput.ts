// Checks an agent id typed by hand. Pure: no `vscode` import.
import { AGENT_ID_PATTERN } from '../../api/identifiers';
import { t } from '../../text/translate';

export type AgentIdResult = { ok: true; agentId: string } | { ok: false; message: string };

export const AGENT_ID_EXAMPLE = 'agnt_sup8Kq2Vn4Rt7Lw';

/** Trims the text and checks it is an agent id (`agnt_` + letters, digits, `_` or `-`). */
export function parseAgentId(text: string): AgentIdResult {
  const value = text.trim();
  if (!value) return { ok: false, message: t('Enter the ID of one of your agents, e.g. {0}.', AGENT_ID_EXAMPLE) };
  if (/\s/.test(value)) return { ok: false, message: t('An agent ID has no spaces.') };
  if (!value.startsWith('agnt_')) {
    return {
      ok: false,
      message: value.startsWith('lnk_')
        ? t('An agent ID starts with "agnt_" (lnk_… is a link ID, not an agent ID), e.g. {0}.', AGENT_ID_EXAMPLE)
        : t('An agent ID starts with "agnt_", e.g. {0}.', AGENT_ID_EXAMPLE),
    };
  }
  if (value === 'agnt_') return { ok: false, message: t('Type the rest of the agent ID after "agnt_".') };
  if (!AGENT_ID_PATTERN.test(value)) {
    return { ok: false, message: t('After "agnt_" an agent ID has only letters, digits, "_" and "-".') };
  }
  return { ok: true, agentId: value };
}
