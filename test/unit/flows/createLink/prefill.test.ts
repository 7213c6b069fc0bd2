// Create Link prefilled from an existing link (Replace with a new link): the flow starts at the
// expiry with the old link's agent, name and use limit, and sends ONE POST; Back reaches the
// prefilled answers.
import * as assert from 'node:assert/strict';
import { answersFromLink } from '../../../../src/flows/createLink/createAnswers';
import { isCreatePrefillArgs } from '../../../../src/flows/createLink/createLinkArgs';
import { runCreateLinkFlow } from '../../../../src/flows/createLink/createLinkFlow';
import { SEED } from '../../../fake-api/server';
import { harness, requestLines } from '../../support/flowHarness';
import { useFakeServer } from '../../support/useFakeServer';

const DAY = 86_400_000;

describe('Create Link prefilled from a link', function () {
  this.timeout(5000);
  const server = useFakeServer();

  const old = () => {
    const link = server().links().find((l) => l.link_id === SEED.links.expiredByUses);
    assert.ok(link);
    return link;
  };

  it('takes the agent, name and use limit of the link, not its expiry', () => {
    assert.deepEqual(answersFromLink(old()), {
      agent: { id: SEED.agents.onboarding, name: 'Onboarding Guide' },
      name: 'Workshop seats',
      useLimitText: '25',
    });
    assert.deepEqual(answersFromLink({ ...old(), name: null, use_limit: null }).useLimitText, '');
    assert.equal(isCreatePrefillArgs({ prefillFrom: 'lnk_a' }), true);
    assert.equal(isCreatePrefillArgs({ agentId: 'agnt_a' }), false);
  });

  it('asks the expiry, shows the prefilled limit and summary, then sends ONE POST', async () => {
    const deps = harness(server(), ['In 30 days', '25', 'Create link']);
    const before = server().now();
    const link = await runCreateLinkFlow(deps, { answers: answersFromLink(old()), startAt: 'expiry' });
    deps.prompter.assertDone();
    assert.ok(link);
    assert.deepEqual(deps.prompter.shown.map((s) => s.title), ['Create Link (3/5)', 'Create Link (4/5)', 'Create Link (5/5)']);
    assert.equal(deps.prompter.shown[1].value, '25', 'the use limit is prefilled');
    assert.match(deps.prompter.shown[2].items[0].detail ?? '', /Onboarding Guide .*“Workshop seats”.*In 30 days.*25 uses/);
    assert.deepEqual(requestLines(server()), ['POST /v1/links'], 'no agents list: the agent is prefilled');
    const body = server().requests[0].body as Record<string, unknown>;
    assert.equal(body.agent_id, SEED.agents.onboarding);
    assert.equal(body.name, 'Workshop seats');
    assert.equal(body.use_limit, 25);
    assert.ok(Math.abs(Date.parse(String(body.expires_at)) - (before + 30 * DAY)) < 60_000);
  });

  it('Back from the expiry reaches the prefilled name', async () => {
    const deps = harness(server(), ['back', 'cancel']);
    assert.equal(await runCreateLinkFlow(deps, { answers: answersFromLink(old()), startAt: 'expiry' }), undefined);
    assert.equal(deps.prompter.shown[1].title, 'Create Link (2/5)');
    assert.equal(deps.prompter.shown[1].value, 'Workshop seats');
    assert.deepEqual(requestLines(server()), []);
  });
});
