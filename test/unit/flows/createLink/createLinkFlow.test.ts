import * as assert from 'node:assert/strict';
import { createLinkDirect, runCreateLinkFlow } from '../../../../src/flows/createLink/createLinkFlow';
import { findCreatedLink } from '../../../../src/flows/createLink/submitCreate';
import { SEED, startFakeServer, type FakeServer } from '../../../fake-api/server';
import { harness, requestLines } from '../../support/flowHarness';

const DAY = 86_400_000;
const A = SEED.agents;

/** The five answers of a complete create, up to (not including) the confirm. */
const ANSWERS = ['Support Concierge', '  Spring promo ', 'In 7 days', '100'];

describe('Create Link flow', function () {
  this.timeout(5000);
  let server: FakeServer;

  before(async () => {
    server = await startFakeServer({ seed: 'demo' });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  it('asks five steps, then sends ONE POST with the answers (plus one GET /v1/agents for step 1)', async () => {
    const deps = harness(server, [...ANSWERS, 'Create link']);
    const before = Date.now();
    const link = await runCreateLinkFlow(deps);
    deps.prompter.assertDone();

    assert.ok(link);
    assert.deepEqual(requestLines(server), ['GET /v1/agents', 'POST /v1/links']);
    const body = server.requests[1].body as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['agent_id', 'expires_at', 'name', 'use_limit']);
    assert.equal(body.agent_id, A.support);
    assert.equal(body.name, 'Spring promo', 'trimmed');
    assert.equal(body.use_limit, 100);
    const expires = Date.parse(body.expires_at as string);
    assert.ok(expires >= before + 7 * DAY && expires <= Date.now() + 7 * DAY, 'resolved when sent');

    const titles = deps.prompter.shown.map((s) => s.title);
    assert.deepEqual(titles, ['Create Link (1/5)', 'Create Link (2/5)', 'Create Link (3/5)', 'Create Link (4/5)', 'Create Link (5/5)']);
    assert.deepEqual(deps.prompter.shown.map((s) => s.canGoBack), [false, true, true, true, true]);

    // agents from GET /v1/agents, plus free entry
    assert.deepEqual(deps.prompter.shown[0].items.map((i) => i.label), ['Onboarding Guide', 'Sales Assistant', 'Support Concierge', 'Enter agent ID…']);
    assert.match(deps.prompter.shown[1].placeholder ?? '', /server names the link by date/);
    const summary = deps.prompter.shown[4].items;
    assert.equal(summary[0].label, 'Create link');
    assert.match(summary[0].detail ?? '', /Support Concierge .*“Spring promo”.*In 7 days.*100 uses/);

    // success path: in the store, revealed, notification with Copy Link / Open
    assert.deepEqual(deps.links.upserts.map((l) => l.link_id), [link.link_id]);
    assert.deepEqual(deps.ui.revealed, [link.link_id]);
    assert.equal(deps.ui.last.message, 'Created link “Spring promo”.');
    assert.deepEqual(deps.ui.last.labels, ['Copy Link', 'Open']);
    assert.ok(server.links().some((l) => l.link_id === link.link_id));
  });

  it('empty name and use limit, "Never": only agent_id is sent', async () => {
    const deps = harness(server, ['Sales Assistant', '', 'Never', '', 'Create link']);
    const link = await runCreateLinkFlow(deps);
    assert.ok(link);
    assert.deepEqual(server.requests[1].body, { agent_id: A.sales });
    assert.equal(deps.prompter.shown[1].validations[0].severity, 'info');
    assert.match(deps.prompter.shown[1].validations[0].message ?? '', /server will name the link by its creation date/);
    assert.match(deps.prompter.shown[3].validations.at(-1)?.message ?? '', /Unlimited/);
  });

  it('"Copy Link" and "Open" act on the new URL; copyOnCreate copies at once', async () => {
    const deps = harness(server, [...ANSWERS, 'Create link']);
    deps.ui.respond = () => 'Copy Link';
    const link = await runCreateLinkFlow(deps);
    await deps.ui.idle();
    assert.deepEqual(deps.ui.copied, [link?.url]);

    const copying = harness(server, [...ANSWERS, 'Create link']);
    copying.ui.copyOnCreateSetting = true;
    copying.ui.respond = () => 'Open';
    const second = await runCreateLinkFlow(copying);
    await copying.ui.idle();
    assert.deepEqual(copying.ui.copied, [second?.url]);
    assert.match(copying.ui.last.message, /its URL is copied to the clipboard/);
    assert.deepEqual(copying.ui.last.labels, ['Open']);
    assert.deepEqual(copying.ui.opened, [second?.url]);
  });

  describe('validation at each step', () => {
    it('agent: "Enter agent ID…" accepts only agnt_ ids; Back returns to the list', async () => {
      const deps = harness(server, [
        'Enter agent ID…', { refused: 'lnk_abc' }, { refused: 'agnt_' }, 'back',
        'Enter agent ID…', { input: ` ${A.onboarding} `, probe: ['agnt_x y'] },
        'back', 'cancel',
      ]);
      await runCreateLinkFlow(deps);
      deps.prompter.assertDone();
      const box = deps.prompter.shown[1];
      assert.equal(box.kind, 'input');
      assert.equal(box.title, 'Create Link (1/5)');
      assert.match(box.validations[1].message ?? '', /lnk_… is a link ID/);
      assert.match(box.validations[2].message ?? '', /rest of the agent ID/);
      assert.equal(deps.prompter.shown[2].kind, 'pick', 'Back from the ID box shows the list again');
      const second = deps.prompter.shown[3];
      assert.match(second.validations.find((v) => v.value === 'agnt_x y')?.message ?? '', /no spaces/);
      // Back from step 2 to step 1: the typed id is remembered on the free-entry item
      const again = deps.prompter.shown[5];
      assert.equal(again.active, 'Enter agent ID…');
      assert.equal(again.items.at(-1)?.description, A.onboarding);
      assert.deepEqual(requestLines(server), ['GET /v1/agents'], 'the agents are loaded once, nothing is written');
    });

    it('expiry: presets, and Custom… with ISO dates and short forms, past refused, resolved time shown', async () => {
      const deps = harness(server, [
        ANSWERS[0], '', 'Custom…',
        { refused: 'yesterday' }, { refused: '2020-01-01' }, { refused: '0d' }, { refused: '2030-02-30' },
        { input: '3d', probe: ['12h', '2099-12-31T18:00'] },
        'back', // from step 4 to the expiry list: "Custom…" is highlighted with the text typed
        'Custom…', 'back', 'back', 'cancel',
      ]);
      await runCreateLinkFlow(deps);
      deps.prompter.assertDone();
      const expiryList = deps.prompter.shown[2];
      assert.deepEqual(expiryList.items.map((i) => i.label), ['Never', 'In 1 hour', 'In 1 day', 'In 7 days', 'In 30 days', 'Custom…']);
      assert.match(expiryList.items[3].description ?? '', /^until \w{3}, \d+ \w{3} \d{4}, \d\d:\d\d$/);
      const custom = deps.prompter.shown[3];
      const message = (value: string) => custom.validations.find((v) => v.value === value);
      assert.match(message('yesterday')?.message ?? '', /Not a date or a duration/);
      assert.match(message('2020-01-01')?.message ?? '', /in the past/);
      assert.match(message('0d')?.message ?? '', /future/);
      assert.match(message('2030-02-30')?.message ?? '', /no day 30 in Feb/);
      assert.equal(message('3d')?.severity, 'info');
      assert.match(message('3d')?.message ?? '', /^Expires \w{3}, \d+ \w{3} \d{4}, \d\d:\d\d \(local time\), 3 days from now\.$/);
      assert.match(message('2099-12-31T18:00')?.message ?? '', /Thu, 31 Dec 2099, 18:00 \(local time\)/);
      assert.equal(custom.canGoBack, true, 'Back from the custom box returns to the list');
      assert.equal(deps.prompter.shown[4].title, 'Create Link (4/5)');
      const list = deps.prompter.shown[5];
      assert.equal(list.title, 'Create Link (3/5)', 'Back from step 4 returns to step 3');
      assert.equal(list.active, 'Custom…');
      assert.equal(list.items.at(-1)?.description, '3d');
      assert.equal(deps.prompter.shown[6].value, '3d', 'the custom text is prefilled');
      assert.equal(deps.prompter.shown[7].kind, 'pick', 'Back from the custom box shows the list');
      assert.equal(deps.prompter.shown[8].title, 'Create Link (2/5)');
      assert.deepEqual(requestLines(server), ['GET /v1/agents']);
    });

    it('use limit: empty = unlimited, refuses 0, negatives, decimals, 1e3 and spaces, accepts 1', async () => {
      const deps = harness(server, [
        ANSWERS[0], '', 'Never',
        { refused: '0' }, { refused: '-1' }, { refused: '2.5' }, { refused: '1e3' }, { refused: '1 000' }, { refused: 'x' },
        '1', 'Create link',
      ]);
      const link = await runCreateLinkFlow(deps);
      const box = deps.prompter.shown[3];
      assert.deepEqual(box.validations.map((v) => [v.value, v.severity]), [
        ['', 'info'], ['0', 'error'], ['-1', 'error'], ['2.5', 'error'], ['1e3', 'error'], ['1 000', 'error'], ['x', 'error'], ['1', undefined],
      ]);
      assert.match(box.validations[1].message ?? '', /0 would let nobody in/);
      assert.match(box.validations[2].message ?? '', /cannot be negative/);
      assert.match(box.validations[3].message ?? '', /no decimals/);
      assert.match(box.validations[4].message ?? '', /1e3/);
      assert.match(box.validations[5].message ?? '', /spaces/);
      assert.equal(link?.use_limit, 1);
      assert.deepEqual(server.requests[1].body, { agent_id: A.support, use_limit: 1 });
    });
  });

  it('Back keeps every answer: each step comes back prefilled', async () => {
    const deps = harness(server, [...ANSWERS, 'back', 'back', 'back', 'back', 'Support Concierge', 'Spring promo', 'In 7 days', '100', 'Create link']);
    const link = await runCreateLinkFlow(deps);
    deps.prompter.assertDone();
    assert.ok(link);
    const [, , , , confirm, limit, expiry, name, agent, name2, expiry2, limit2] = deps.prompter.shown;
    assert.equal(confirm.title, 'Create Link (5/5)');
    assert.equal(limit.value, '100');
    assert.equal(expiry.active, 'In 7 days');
    assert.equal(name.value, 'Spring promo');
    assert.equal(agent.active, 'Support Concierge');
    assert.equal(name2.value, 'Spring promo');
    assert.equal(expiry2.active, 'In 7 days');
    assert.equal(limit2.value, '100');
    assert.deepEqual(requestLines(server), ['GET /v1/agents', 'POST /v1/links'], 'Back does not reload the agents');
  });

  it('a summary row jumps to its step and comes back to the summary', async () => {
    const deps = harness(server, [...ANSWERS, 'Name', 'Renamed', 'Create link']);
    const link = await runCreateLinkFlow(deps);
    assert.equal(link?.name, 'Renamed');
    assert.deepEqual(deps.prompter.shown.map((s) => s.title).slice(4), ['Create Link (5/5)', 'Create Link (2/5)', 'Create Link (5/5)']);
    assert.equal((server.requests[1].body as { use_limit: number }).use_limit, 100, 'other answers unchanged');
  });

  const ESC_POINTS: [string, string[]][] = [
    ['the agent list', []],
    ['the agent ID box', ['Enter agent ID…']],
    ['the name', [ANSWERS[0]]],
    ['the expiry list', ANSWERS.slice(0, 2)],
    ['the custom expiry box', [...ANSWERS.slice(0, 2), 'Custom…']],
    ['the use limit', ANSWERS.slice(0, 3)],
    ['the confirm step', ANSWERS],
  ];
  for (const [where, before] of ESC_POINTS) {
    it(`Esc at ${where} ends the flow and sends nothing`, async () => {
      const deps = harness(server, [...before, 'cancel']);
      const link = await runCreateLinkFlow(deps);
      deps.prompter.assertDone();
      assert.equal(link, undefined);
      assert.deepEqual(requestLines(server), ['GET /v1/agents'], 'only the read for step 1; nothing written');
      assert.equal(deps.ui.notices.length, 0);
      assert.equal(deps.links.upserts.length, 0);
      await deps.ui.idle();
    });
  }

  describe('failures', () => {
    it('a refused create keeps every answer: Retry reopens at the summary, all prefilled', async () => {
      server.injectFault({ status: 500 }, { method: 'POST', path: '/v1/links' });
      const deps = harness(server, [...ANSWERS, 'Create link', 'back', 'back', 'back', 'back', ...ANSWERS, 'Create link']);
      deps.ui.respond = (n) => (n.labels.includes('Retry') ? 'Retry' : undefined);
      const first = await runCreateLinkFlow(deps);
      assert.equal(first, undefined);
      // A 5xx may have been processed: the list is checked before Retry is offered.
      assert.match(deps.ui.notices[0].message, /^Could not create the link: the AgentHuman service had a problem \(HTTP 500\)\. The list of links was checked and no matching link was created/);
      assert.ok(deps.ui.notices[0].labels.includes('Retry'));
      await deps.ui.idle();
      deps.prompter.assertDone();
      const retried = deps.prompter.shown.slice(5);
      assert.equal(retried[0].title, 'Create Link (5/5)', 'Retry opens the summary');
      assert.match(retried[0].items[0].detail ?? '', /Support Concierge .*“Spring promo”.*In 7 days.*100 uses/);
      assert.equal(retried[1].value, '100');
      assert.equal(retried[2].active, 'In 7 days');
      assert.equal(retried[3].value, 'Spring promo');
      assert.equal(retried[4].active, 'Support Concierge');
      assert.deepEqual(requestLines(server), ['GET /v1/agents', 'POST /v1/links', 'GET /v1/links', 'POST /v1/links'], 'the agents list is reused by Retry');
      assert.equal(server.requests[3].status, 201);
      assert.deepEqual(deps.links.upserts.length, 1);
    });

    it('a server validation error says why and offers Retry', async () => {
      server.injectFault({ status: 400, body: { success: false, error: { message: 'name is too long', suggestion: 'Use at most 100 characters' } } }, { method: 'POST' });
      const deps = harness(server, [...ANSWERS, 'Create link']);
      await runCreateLinkFlow(deps);
      assert.match(deps.ui.last.message, /refused the request\. The server said: name is too long\. Use at most 100 characters\./);
      assert.deepEqual(deps.ui.last.labels, ['Retry', 'Show Log']);
    });

    it('an unknown agent (404) goes back to step 1 with the message, other answers kept', async () => {
      const deps = harness(server, [
        'Enter agent ID…', 'agnt_doesNotExist1', ...ANSWERS.slice(1), 'Create link',
        'Sales Assistant', 'Spring promo', 'In 7 days', '100', 'Create link',
      ]);
      const link = await runCreateLinkFlow(deps);
      deps.prompter.assertDone();
      assert.equal(link?.agent.agent_id, A.sales);
      const reopened = deps.prompter.shown[6];
      assert.equal(reopened.title, 'Create Link (1/5)');
      assert.match(reopened.placeholder ?? '', /Agent agnt_doesNotExist1 was refused \(the server said “Agent not found”\)\. Choose one of your agents\./);
      assert.equal(reopened.active, 'Enter agent ID…');
      assert.equal(deps.prompter.shown[7].value, 'Spring promo', 'the name is still there');
      assert.deepEqual(requestLines(server), ['GET /v1/agents', 'POST /v1/links', 'POST /v1/links']);
      assert.equal(server.requests[1].status, 404);
    });

    it('403 on create is treated as an unknown agent too', async () => {
      server.injectFault({ status: 403 }, { method: 'POST' });
      const deps = harness(server, [...ANSWERS, 'Create link', 'cancel']);
      assert.equal(await runCreateLinkFlow(deps), undefined);
      assert.match(deps.prompter.last.placeholder ?? '', /was refused/);
    });

    it('401 goes through the shared re-authentication, then reopens the summary', async () => {
      server.injectFault({ status: 401, body: { error: 'API key required' } }, { method: 'POST' });
      const deps = harness(server, [...ANSWERS, 'Create link', 'Create link']);
      deps.ui.reauthResult = true;
      assert.equal(await runCreateLinkFlow(deps), undefined);
      await deps.ui.idle();
      deps.prompter.assertDone();
      assert.equal(deps.ui.reauthCalls, 1);
      assert.equal(deps.prompter.shown[5].title, 'Create Link (5/5)');
      assert.deepEqual(requestLines(server), ['GET /v1/agents', 'POST /v1/links', 'POST /v1/links']);
      assert.equal(deps.links.upserts.length, 1);
    });

    it('401 with the new key declined: nothing more happens', async () => {
      server.injectFault({ status: 401 }, { method: 'POST' });
      const deps = harness(server, [...ANSWERS, 'Create link']);
      await runCreateLinkFlow(deps);
      await deps.ui.idle();
      deps.prompter.assertDone();
      assert.equal(deps.ui.reauthCalls, 1);
      assert.equal(deps.ui.notices.length, 0, 'the re-authentication prompt is the only message');
    });

    it('no answer, but the link was created: found by listing, not sent again', async () => {
      // The POST is answered after the client gave up; the GET that checks comes later.
      server.injectFault({ latencyMs: 400 }, { method: 'POST', path: '/v1/links' });
      server.injectFault({ latencyMs: 250 }, { method: 'GET', path: '/v1/links' });
      const deps = harness(server, [...ANSWERS, 'Create link'], { timeoutMs: 300 });
      const link = await runCreateLinkFlow(deps);
      assert.ok(link, 'the link found in the list is returned');
      assert.deepEqual(requestLines(server), ['GET /v1/agents', 'POST /v1/links', 'GET /v1/links']);
      assert.equal(link.name, 'Spring promo');
      assert.match(deps.ui.last.message, /^The AgentHuman API did not answer in time, but the link was created: found “Spring promo”, created .*\. Created link “Spring promo”\.$/);
      assert.deepEqual(deps.links.upserts.map((l) => l.link_id), [link.link_id]);
      assert.equal(server.links().filter((l) => l.name === 'Spring promo').length, 1, 'exactly one link');
    });

    it('a success answered with an unreadable body: the list is checked, the link found, nothing sent twice', async () => {
      // The server makes the link, then a proxy mangles its answer into an HTML page.
      server.injectFault({ unreadableAnswer: true }, { method: 'POST', path: '/v1/links' });
      const deps = harness(server, [...ANSWERS, 'Create link', 'Create link']);
      deps.ui.respond = (n) => (n.labels.includes('Retry') ? 'Retry' : undefined);
      const link = await runCreateLinkFlow(deps);
      await deps.ui.idle();
      assert.ok(link, 'the link found in the list is returned');
      assert.deepEqual(requestLines(server), ['GET /v1/agents', 'POST /v1/links', 'GET /v1/links'], 'no second POST');
      assert.match(deps.ui.last.message, /, but the link was created: found “Spring promo”/);
      assert.equal(server.links().filter((l) => l.name === 'Spring promo').length, 1, 'exactly one link');
    });

    it('a redirect on a create is an unknown outcome too: checked before any Retry', async () => {
      server.injectFault({ status: 303, headers: { Location: '/v1/links/lnk_elsewhere' } }, { method: 'POST', path: '/v1/links' });
      const deps = harness(server, [...ANSWERS, 'Create link']);
      assert.equal(await runCreateLinkFlow(deps), undefined);
      assert.deepEqual(requestLines(server), ['GET /v1/agents', 'POST /v1/links', 'GET /v1/links'], 'the list was checked before offering Retry');
      assert.match(deps.ui.last.message, /The list of links was checked and no matching link was created, so it is safe to try again\./);
    });

    it('no answer and no link in the list: says so and offers Retry (not sent blindly)', async () => {
      server.injectFault({ drop: true }, { method: 'POST', path: '/v1/links' });
      const deps = harness(server, [...ANSWERS, 'Create link']);
      const link = await runCreateLinkFlow(deps);
      assert.equal(link, undefined);
      assert.deepEqual(requestLines(server), ['GET /v1/agents', 'POST /v1/links', 'GET /v1/links']);
      assert.match(deps.ui.last.message, /the connection to the AgentHuman API failed.*The list of links was checked and no matching link was created, so it is safe to try again\./);
      assert.deepEqual(deps.ui.last.labels, ['Retry']);
    });

    it('no answer and the list cannot be checked: says the link may exist', async () => {
      server.injectFault({ drop: true }, { method: 'POST', path: '/v1/links' });
      server.injectFault({ status: 500 }, { method: 'GET', path: '/v1/links', times: 3 });
      const deps = harness(server, [...ANSWERS, 'Create link']);
      assert.equal(await runCreateLinkFlow(deps), undefined);
      assert.match(deps.ui.last.message, /may have been created anyway, and the list of links could not be checked/);
      assert.deepEqual(deps.ui.last.labels, ['Refresh Links', 'Retry']);
    });
  });

  describe('agents', () => {
    it('without a list-agents endpoint: the agents seen in the links, and no second GET', async () => {
      const missing = await startFakeServer({ agentsEndpoint: 'missing' });
      try {
        const seenLinks = await harness(missing, []).client.listLinks();
        missing.clearRequests();
        const deps = harness(missing, ['Sales Assistant', '', 'Never', '', 'Create link'], { links: seenLinks });
        const link = await runCreateLinkFlow(deps);
        assert.equal(link?.agent.agent_id, A.sales);
        assert.deepEqual(deps.prompter.shown[0].items.map((i) => i.label), ['Onboarding Guide', 'Sales Assistant', 'Support Concierge', 'Enter agent ID…']);
        assert.match(deps.prompter.shown[0].items.at(-1)?.detail ?? '', /agents list is not available/);
        assert.deepEqual(requestLines(missing), ['GET /v1/agents', 'POST /v1/links']);

        // The next flow of the session does not ask for the agents again.
        missing.clearRequests();
        const next = { ...deps, prompter: harness(missing, ['cancel']).prompter };
        await runCreateLinkFlow(next);
        assert.deepEqual(requestLines(missing), []);
      } finally {
        await missing.close();
      }
    });

    it('with no agents known at all, free entry still works', async () => {
      const empty = await startFakeServer({ seed: 'empty', agentsEndpoint: 'missing' });
      try {
        const deps = harness(empty, ['Enter agent ID…', A.support, '', 'Never', '', 'Create link']);
        const link = await runCreateLinkFlow(deps);
        assert.equal(link?.agent.agent_id, A.support);
        assert.deepEqual(deps.prompter.shown[0].items.map((i) => i.label), ['Enter agent ID…']);
      } finally {
        await empty.close();
      }
    });

    it('the agents list is reused for a few minutes across flows', async () => {
      const deps = harness(server, ['cancel']);
      await runCreateLinkFlow(deps);
      const next = { ...deps, prompter: harness(server, ['cancel']).prompter };
      await runCreateLinkFlow(next);
      assert.deepEqual(requestLines(server), ['GET /v1/agents']);
    });
  });

  describe('with command arguments (no prompts)', () => {
    it('creates directly with one POST, same checks and success path', async () => {
      const deps = harness(server, []);
      const link = await createLinkDirect(deps, { agentId: A.onboarding, name: ' Direct ', expiresAt: '2w', useLimit: 5 });
      assert.equal(link?.name, 'Direct');
      assert.deepEqual(requestLines(server), ['POST /v1/links']);
      const body = server.requests[0].body as Record<string, unknown>;
      assert.equal(body.use_limit, 5);
      assert.ok(Math.abs(Date.parse(body.expires_at as string) - (Date.now() + 14 * DAY)) < 5000);
      assert.equal(deps.prompter.shown.length, 0);
      assert.deepEqual(deps.links.upserts.map((l) => l.link_id), [link?.link_id]);
      assert.equal(deps.ui.last.message, 'Created link “Direct”.');
    });

    it('refuses bad arguments before any request', async () => {
      for (const args of [
        { agentId: 'nope' },
        { agentId: A.sales, useLimit: 0 },
        { agentId: A.sales, useLimit: 2.5 },
        { agentId: A.sales, useLimit: '1e3' },
        { agentId: A.sales, expiresAt: '2020-01-01' },
        { agentId: A.sales, expiresAt: 'soon' },
      ]) {
        const deps = harness(server, []);
        assert.equal(await createLinkDirect(deps, args), undefined, JSON.stringify(args));
        assert.match(deps.ui.last.message, /^Could not create the link: (agentId|useLimit|expiresAt): /);
      }
      assert.deepEqual(requestLines(server), []);
    });

    it('an unknown agent is reported without opening any prompt', async () => {
      const deps = harness(server, []);
      assert.equal(await createLinkDirect(deps, { agentId: 'agnt_unknown9' }), undefined);
      assert.match(deps.ui.last.message, /Agent agnt_unknown9 was refused/);
      assert.deepEqual(requestLines(server), ['POST /v1/links']);
    });
  });

  it('findCreatedLink matches agent, name, limit, expiry and creation time only', async () => {
    const links = await harness(server, []).client.listLinks();
    const now = Date.now();
    const request = { agent_id: A.support, name: 'Website chat – Support' };
    assert.equal(findCreatedLink(links, request, now, now), undefined, 'an old link with the same name is not the new one');
    const created = await harness(server, []).client.createLink({ agent_id: A.support, name: 'Fresh', use_limit: 3 });
    const after = await harness(server, []).client.listLinks();
    assert.equal(findCreatedLink(after, { agent_id: A.support, name: 'Fresh', use_limit: 3 }, now, Date.now())?.link_id, created.link_id);
    assert.equal(findCreatedLink(after, { agent_id: A.support, name: 'Fresh' }, now, Date.now()), undefined, 'different use limit');
    assert.equal(findCreatedLink(after, { agent_id: A.sales, name: 'Fresh', use_limit: 3 }, now, Date.now()), undefined, 'different agent');
    assert.equal(findCreatedLink(after, { agent_id: A.support, name: 'Fresh', use_limit: 3 }, now, Date.now(), new Set([created.link_id])), undefined, 'known before');
  });
});
