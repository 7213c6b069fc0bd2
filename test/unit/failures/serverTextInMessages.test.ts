// A link's name or a server message must not become a clickable command in a notification.
import * as assert from 'node:assert/strict';
import { AgentHumanError } from '../../../src/api/errors';
import { briefReason, describeError } from '../../../src/failures/describeError';
import { linkDisplayName, quotedLinkName } from '../../../src/links/linkNames';

// VS Code's notification renderer turns this pattern into a link (see parseLinkedText).
const LINKED = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const HOSTILE = 'Spring [Open docs](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)';

describe('API text in notifications stays text', () => {
  it('a link named like a Markdown command link is shown without forming a link', () => {
    const name = quotedLinkName({ name: HOSTILE, link_id: 'lnk_x' });
    assert.doesNotMatch(name, LINKED);
    assert.match(name, /Open docs\] \(command:/, 'the text itself is still readable');
    assert.equal(linkDisplayName({ name: 'Spring promo', link_id: 'lnk_x' }), 'Spring promo', 'ordinary names are untouched');
  });

  it('a server message or suggestion with a command link does not form one', () => {
    const error = new AgentHumanError('invalidRequest', 'PUT failed', {
      status: 400, serverMessage: HOSTILE, suggestion: 'See [the fix](command:agenthuman.setApiKey?%5B%22ah_live_x%22%5D)',
    });
    const { message } = describeError(error, 'Could not update', 'api.agenthuman.com', Date.parse('2031-03-01T10:00:00Z'), 'en');
    assert.doesNotMatch(message, LINKED);
    assert.doesNotMatch(briefReason(error, 'api.agenthuman.com', Date.parse('2031-03-01T10:00:00Z'), 'en'), LINKED);
  });
});
