// The hover's Markdown (details, actions as command links to this extension's commands only,
// every network text escaped) and the quick fixes each problem offers, with the values they send.
import * as assert from 'node:assert/strict';
import { DEFAULT_THRESHOLDS } from '../../../src/attention/attention';
import { COMMAND } from '../../../src/commandIds';
import { EXTEND_DAYS, extendedExpiry, fixesFor, raisedUseLimit } from '../../../src/linkUsages/fixes';
import { commandLink, HOVER_COMMANDS, hoverMarkdown } from '../../../src/linkUsages/hoverText';
import { type LinkState, stateOfLink } from '../../../src/linkUsages/linkState';
import { at, DAY, HOUR, makeLink, NOW } from '../support/linkFixture';

const context = { hasKey: true, thresholds: DEFAULT_THRESHOLDS, now: NOW, language: 'en', timeZone: 'UTC' };
const COMMAND_LINK = /\]\(command:([\w.]+)(?:\?([^)]*))?\)/g;

function commandsIn(markdown: string): { id: string; args: unknown[] }[] {
  return [...markdown.matchAll(COMMAND_LINK)].map(([, id, query]) => ({ id, args: query ? (JSON.parse(decodeURIComponent(query)) as unknown[]) : [] }));
}

describe('the hover on a link used in a file', () => {
  it('shows the name, status, uses / limit, expiry and agent, and the actions of a paused link', () => {
    const link = makeLink({ link_id: 'lnk_Pp7rVw4Dk2Qa8Hn1Sf', name: 'Partner preview', status: 'paused', uses: 5, use_limit: 20, expires_at: null });
    const markdown = hoverMarkdown(link.link_id, stateOfLink(link, DEFAULT_THRESHOLDS, NOW), context);
    assert.match(markdown, /^\[Copy\]\(command:/, 'the actions come first');
    assert.match(markdown, /\*\*Partner preview\*\*/);
    for (const part of ['Status: Paused', 'Agent: Support', 'Uses: 5 of 20', 'Expires: never']) assert.ok(markdown.includes(part), `no "${part}" in\n${markdown}`);
    assert.deepEqual(commandsIn(markdown), [
      { id: COMMAND.copyLink, args: [link.link_id] },
      { id: COMMAND.resumeLink, args: [link.link_id] },
      { id: COMMAND.editLink, args: [link.link_id] },
      { id: COMMAND.showQrCode, args: [link.link_id] },
      { id: COMMAND.revealLink, args: [link.link_id, { show: true }] },
    ]);
  });

  it('offers Pause on an active link, neither Pause nor Resume on an expired one', () => {
    const active = makeLink();
    assert.ok(commandsIn(hoverMarkdown(active.link_id, stateOfLink(active, DEFAULT_THRESHOLDS, NOW), context)).some((c) => c.id === COMMAND.pauseLink));
    const expired = makeLink({ expires_at: at(-DAY) });
    const ids = commandsIn(hoverMarkdown(expired.link_id, stateOfLink(expired, DEFAULT_THRESHOLDS, NOW), context)).map((c) => c.id);
    assert.ok(!ids.includes(COMMAND.pauseLink) && !ids.includes(COMMAND.resumeLink), ids.join(', '));
  });

  it('escapes every text from the API: a hostile name runs no command and forms no link', () => {
    const hostile = '[Run](command:workbench.action.terminal.new) <img src=x> **bold** \u202Eevil';
    const link = makeLink({ name: hostile, agent: { ...makeLink().agent, name: hostile }, status: 'paused' });
    const markdown = hoverMarkdown(link.link_id, stateOfLink(link, DEFAULT_THRESHOLDS, NOW), context);
    for (const { id } of commandsIn(markdown)) assert.ok((HOVER_COMMANDS as readonly string[]).includes(id), `the hover links to ${id}`);
    assert.ok(!markdown.includes('workbench.action.terminal.new)'), 'the hostile command link survived');
    assert.doesNotMatch(markdown, /(^|[^\\])<img/, 'raw HTML survived');
    assert.ok(!markdown.includes('\u202E'), 'a bidi override survived');
  });

  it('encodes command arguments as URI-encoded JSON', () => {
    assert.equal(commandLink('Copy', COMMAND.copyLink, ['lnk_a b']), `[Copy](command:${COMMAND.copyLink}?${encodeURIComponent('["lnk_a b"]')})`);
  });

  it('says what it cannot know: no key, a list not loaded, a filtered list, another account', () => {
    const unknown: LinkState = { kind: 'unknown', why: 'notLoaded' };
    assert.deepEqual(commandsIn(hoverMarkdown('lnk_x1234567', unknown, { ...context, hasKey: false })).map((c) => c.id), [COMMAND.setApiKey]);
    assert.deepEqual(commandsIn(hoverMarkdown('lnk_x1234567', unknown, context)).map((c) => c.id), [COMMAND.refresh]);
    assert.deepEqual(commandsIn(hoverMarkdown('lnk_x1234567', { kind: 'unknown', why: 'filtered' }, context)).map((c) => c.id), [COMMAND.clearFilter]);
    const other = hoverMarkdown('lnk_x1234567', { kind: 'notInAccount' }, context);
    assert.match(other, /not a link of this AgentHuman account/);
    assert.deepEqual(commandsIn(other), []);
  });
});

describe('the quick fixes of a problem', () => {
  const titles = (state: LinkState & { kind: 'paused' | 'expired' | 'usedUp' | 'expiringSoon' | 'notInAccount' }) => fixesFor(state, NOW, 'en').map((f) => f.kind);

  it('paused: Resume first, then Replace and Copy', () => {
    const link = makeLink({ name: 'Promo', status: 'paused' });
    const fixes = fixesFor({ kind: 'paused', link }, NOW, 'en');
    assert.deepEqual(fixes.map((f) => f.title), ['Resume link “Promo”', 'Replace with a new link…', 'Copy the URL of “Promo”']);
  });

  it('expired and expiring soon: Extend by 7 or 30 days (from now, or from the expiry not yet passed)', () => {
    const expired = makeLink({ expires_at: at(-2 * DAY) });
    assert.deepEqual(titles({ kind: 'expired', link: expired }), ['extend', 'extend', 'replace', 'copy']);
    assert.deepEqual(EXTEND_DAYS, [7, 30]);
    assert.equal(extendedExpiry(expired, 7, NOW), NOW + 7 * DAY);
    const soon = makeLink({ expires_at: at(6 * HOUR) });
    assert.equal(extendedExpiry(soon, 30, NOW), NOW + 6 * HOUR + 30 * DAY);
    assert.equal(extendedExpiry(makeLink({ expires_at: null }), 7, NOW), NOW + 7 * DAY);
    const [first] = fixesFor({ kind: 'expiringSoon', link: soon, msLeft: 6 * HOUR }, NOW, 'en');
    assert.equal(first.kind === 'extend' && first.days, 7);
  });

  it('used up: Raise the use limit (double, above the uses so far)', () => {
    const link = makeLink({ name: 'Seats', uses: 25, use_limit: 25 });
    const [raise] = fixesFor({ kind: 'usedUp', link }, NOW, 'en');
    assert.deepEqual(raise, { kind: 'raiseLimit', limit: 50, title: 'Raise the use limit of “Seats” to 50' });
    assert.equal(raisedUseLimit({ uses: 30, use_limit: 10 }), 31);
  });

  it('not in this account: only Replace', () => {
    assert.deepEqual(titles({ kind: 'notInAccount' }), ['replace']);
  });
});
