// The state of a link used in a file, from the list held and a given `now`: each problem, the
// fine states, and what is not known (no list, a filtered list). Then the problems made of
// usages (severity per kind, 'off', weak ids) and their words.
import * as assert from 'node:assert/strict';
import { DEFAULT_THRESHOLDS } from '../../../src/attention/attention';
import type { Link } from '../../../src/api/schemas';
import { DEFAULT_PROBLEM_SEVERITY, type KnownLinks, linkState } from '../../../src/linkUsages/linkState';
import { problemsOf } from '../../../src/linkUsages/problems';
import { findLinkUsages } from '../../../src/linkUsages/recogniser';
import { at, DAY, HOUR, makeLink, NOW } from '../support/linkFixture';

function known(links: Link[], options: { loaded?: boolean; statusFilter?: string } = {}): KnownLinks {
  return { loaded: options.loaded ?? true, statusFilter: options.statusFilter ?? 'all', find: (id) => links.find((l) => l.link_id === id) };
}

const LINKS = {
  active: makeLink({ link_id: 'lnk_Active1234', name: 'Active' }),
  soon: makeLink({ link_id: 'lnk_Soon12345', name: 'Soon', expires_at: at(6 * HOUR) }),
  paused: makeLink({ link_id: 'lnk_Paused123', name: 'Paused', status: 'paused' }),
  expired: makeLink({ link_id: 'lnk_Expired12', name: 'Expired', expires_at: at(-2 * DAY) }),
  expiredByServer: makeLink({ link_id: 'lnk_Server123', name: 'Server says', status: 'expired', expires_at: null }),
  usedUp: makeLink({ link_id: 'lnk_UsedUp123', name: 'Used up', uses: 25, use_limit: 25, expires_at: null }),
  both: makeLink({ link_id: 'lnk_Both12345', name: 'Both', uses: 25, use_limit: 25, expires_at: at(-DAY) }),
  pausedPast: makeLink({ link_id: 'lnk_PausedOld', name: 'Paused, past', status: 'paused', expires_at: at(-HOUR) }),
};
const list = known(Object.values(LINKS));
const kindOf = (id: string, knownLinks = list, now = NOW) => linkState(id, knownLinks, DEFAULT_THRESHOLDS, now).kind;

describe('the state of a link used in a file', () => {
  it('names each problem, from the list and now', () => {
    assert.equal(kindOf(LINKS.active.link_id), 'active');
    assert.equal(kindOf(LINKS.soon.link_id), 'expiringSoon');
    assert.equal(kindOf(LINKS.paused.link_id), 'paused');
    assert.equal(kindOf(LINKS.expired.link_id), 'expired');
    assert.equal(kindOf(LINKS.expiredByServer.link_id), 'expired');
    assert.equal(kindOf(LINKS.usedUp.link_id), 'usedUp');
    assert.equal(kindOf(LINKS.both.link_id), 'expired', 'past its date and its limit: expired');
    assert.equal(kindOf(LINKS.pausedPast.link_id), 'expired', 'expired wins over paused');
    assert.equal(kindOf('lnk_Deleted123'), 'notInAccount');
  });

  it('takes time as an input: the same link is expiring soon, then expired', () => {
    assert.equal(kindOf(LINKS.soon.link_id, list, NOW), 'expiringSoon');
    assert.equal(kindOf(LINKS.soon.link_id, list, NOW + 7 * HOUR), 'expired');
    assert.equal(kindOf(LINKS.active.link_id, list, NOW - 10 * DAY), 'active');
  });

  it('says nothing it does not know: no list yet, or a list filtered to one status', () => {
    assert.deepEqual(linkState(LINKS.paused.link_id, known([], { loaded: false }), DEFAULT_THRESHOLDS, NOW), { kind: 'unknown', why: 'notLoaded' });
    const pausedOnly = known([LINKS.paused], { statusFilter: 'paused' });
    assert.equal(kindOf(LINKS.paused.link_id, pausedOnly), 'paused');
    assert.deepEqual(linkState(LINKS.active.link_id, pausedOnly, DEFAULT_THRESHOLDS, NOW), { kind: 'unknown', why: 'filtered' });
  });
});

describe('the problems of the usages in a text', () => {
  const text = [
    `active https://app.agenthuman.com/s/${LINKS.active.link_id}`,
    `paused ${LINKS.paused.link_id}`,
    `expired ${LINKS.expired.link_id}`,
    `used up ${LINKS.usedUp.link_id}`,
    `soon ${LINKS.soon.link_id}`,
    `deleted lnk_Deleted123`,
    `weak, unknown lnk_count`,
  ].join('\n');
  const stateOf = (id: string) => linkState(id, list, DEFAULT_THRESHOLDS, NOW);

  it('one per link that needs a look, with its kind, severity and words', () => {
    const problems = problemsOf(findLinkUsages(text), stateOf, DEFAULT_PROBLEM_SEVERITY, NOW, 'en');
    assert.deepEqual(problems.map((p) => [p.usage.linkId, p.kind, p.severity]), [
      [LINKS.paused.link_id, 'paused', 'warning'],
      [LINKS.expired.link_id, 'expired', 'warning'],
      [LINKS.usedUp.link_id, 'usedUp', 'warning'],
      [LINKS.soon.link_id, 'expiringSoon', 'information'],
      ['lnk_Deleted123', 'notInAccount', 'warning'],
    ]);
    assert.deepEqual(problems.map((p) => p.message), [
      'Share link “Paused” is paused: its URL starts no session until it is resumed.',
      'Share link “Expired” expired 2 days ago: its URL no longer starts a session.',
      'Share link “Used up” has used all 25 of its uses: its URL no longer starts a session.',
      'Share link “Soon” expires in 6 hrs.',
      'lnk_Deleted123 is not a link of this AgentHuman account: it was deleted, or it belongs to another account.',
    ]);
  });

  it('follows the severity settings; off hides a kind', () => {
    const severities = { ...DEFAULT_PROBLEM_SEVERITY, paused: 'error', notInAccount: 'off' } as const;
    const problems = problemsOf(findLinkUsages(text), stateOf, severities, NOW, 'en');
    assert.deepEqual(problems.map((p) => [p.kind, p.severity]), [['paused', 'error'], ['expired', 'warning'], ['usedUp', 'warning'], ['expiringSoon', 'information']]);
  });

  it('a weak id counts when it is a link of the account', () => {
    const weak = makeLink({ link_id: 'lnk_promo', status: 'paused' });
    const problems = problemsOf(findLinkUsages('lnk_promo and lnk_count'), (id) => linkState(id, known([weak]), DEFAULT_THRESHOLDS, NOW), DEFAULT_PROBLEM_SEVERITY, NOW, 'en');
    assert.deepEqual(problems.map((p) => [p.usage.linkId, p.kind]), [['lnk_promo', 'paused']]);
  });

  it('the server-expired link without a passed date says "has expired"', () => {
    const [problem] = problemsOf(findLinkUsages(LINKS.expiredByServer.link_id), stateOf, DEFAULT_PROBLEM_SEVERITY, NOW, 'en');
    assert.equal(problem.message, 'Share link “Server says” has expired: its URL no longer starts a session.');
  });
});
