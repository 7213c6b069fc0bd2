import * as assert from 'node:assert/strict';
import type { Link } from '../../../../src/api/schemas';
import { editLinkDirect, runEditLinkFlow } from '../../../../src/flows/editLink/editLinkFlow';
import { SEED, startFakeServer, type FakeServer } from '../../../fake-api/server';
import { harness, realClient, requestLines } from '../../support/flowHarness';
import type { ScriptAnswer } from '../../support/scriptedPrompter';

const L = SEED.links;

describe('Edit Link flow', function () {
  this.timeout(5000);
  let server: FakeServer;
  let links: Link[];
  const link = (id: string) => {
    const found = links.find((l) => l.link_id === id);
    if (!found) throw new Error(`no seed link ${id}`);
    return found;
  };

  before(async () => {
    server = await startFakeServer();
  });
  after(() => server.close());
  beforeEach(async () => {
    server.reset();
    links = await realClient(server).listLinks();
    server.clearRequests();
  });

  function edit(id: string, script: ScriptAnswer[]) {
    const deps = harness(server, script, { links });
    return { deps, result: runEditLinkFlow(deps, link(id)) };
  }

  it('lists the fields with their values; Save sends ONE PUT with only the changed fields', async () => {
    const { deps, result } = edit(L.activeLimited, ['Name', ' Summer campaign ', 'Use limit', '200', 'Save changes']);
    const updated = await result;
    deps.prompter.assertDone();
    assert.deepEqual(requestLines(server), [`PUT /v1/links/${L.activeLimited}`]);
    assert.deepEqual(server.requests[0].body, { name: 'Summer campaign', use_limit: 200 });
    assert.equal(updated?.name, 'Summer campaign');
    assert.equal(updated?.use_limit, 200);
    assert.deepEqual(deps.links.upserts.map((l) => l.link_id), [L.activeLimited], 'the item updates in place');
    assert.equal(deps.links.find(L.activeLimited)?.name, 'Summer campaign');

    const [first, nameBox, second, , third] = deps.prompter.shown;
    assert.equal(first.title, 'Edit Link “Spring campaign”');
    assert.deepEqual(first.items.map((i) => i.label), ['Name', 'Status', 'Expiry', 'Use limit'], 'no Save before a change');
    assert.equal(first.items[0].description, '“Spring campaign”');
    assert.equal(first.items[1].description, 'active');
    assert.equal(first.items[3].description, '100 uses (37 used)');
    assert.equal(nameBox.value, 'Spring campaign', 'prefilled with the current name');
    assert.equal(nameBox.canGoBack, true);
    assert.deepEqual(nameBox.buttons, ['clearName']);
    assert.deepEqual(second.items.map((i) => i.label), ['Name', 'Status', 'Expiry', 'Use limit', 'Save changes']);
    assert.equal(second.items[0].description, '“Summer campaign” (changed; was “Spring campaign”)');
    assert.equal(second.active, 'Name', 'back on the field just edited');
    assert.equal(third.items[3].description, '200 uses (changed; was 100 uses (37 used))');
    assert.equal(third.items[4].description, 'sends name, use limit');
    assert.equal(deps.ui.last.message, 'Saved “Summer campaign”.');
  });

  it('a use limit equal to the uses is refused before any request, and the message names the uses', async () => {
    const { deps, result } = edit(L.activeLimited, ['Use limit', { refused: '37' }, { refused: '0' }, { refused: '1.5' }, '38', 'cancel']);
    assert.equal(await result, undefined);
    deps.prompter.assertDone();
    const box = deps.prompter.shown[1];
    assert.equal(box.value, '100');
    assert.match(box.prompt ?? '', /Used 37 times so far: a new limit must be greater than 37/);
    assert.match(box.validations.find((v) => v.value === '37')?.message ?? '', /used 37 times already: the new limit must be greater than 37 \(at least 38\)/);
    assert.match(box.validations.find((v) => v.value === '0')?.message ?? '', /0 would let nobody in/);
    assert.deepEqual(requestLines(server), [], 'Esc after a valid value still sends nothing');
  });

  it('"Clear name", "Never expires" and "Unlimited" are sent as null', async () => {
    const { deps, result } = edit(L.activeLimited, [
      'Name', { button: 'clearName' },
      'Expiry', 'Never expires',
      'Use limit', { button: 'unlimited' },
      'Save changes',
    ]);
    const updated = await result;
    assert.deepEqual(server.requests.map((r) => r.body), [{ name: null, expires_at: null, use_limit: null }]);
    assert.equal(updated?.name, null);
    assert.equal(updated?.expires_at, null);
    assert.equal(updated?.use_limit, null);
    const list = deps.prompter.shown.at(-1);
    assert.equal(list?.items[0].description, '(no name) (changed; was “Spring campaign”)');
    assert.match(list?.items[2].description ?? '', /^Never \(changed; was \w{3}, \d+ \w{3} \d{4}, \d\d:\d\d\)$/);
    assert.equal(list?.items[3].description, 'Unlimited (changed; was 100 uses (37 used))');
  });

  it('an empty name also clears it; typing the current value again unmarks the field', async () => {
    const { deps, result } = edit(L.activeLimited, ['Name', '', 'Name', 'Spring campaign', 'cancel']);
    await result;
    const [, box, afterClear, , afterRestore] = deps.prompter.shown;
    assert.equal(box.validations[1].severity, 'info');
    assert.match(box.validations[1].message ?? '', /cleared/);
    assert.ok(afterClear.items.some((i) => i.label === 'Save changes'));
    assert.deepEqual(afterRestore.items.map((i) => i.label), ['Name', 'Status', 'Expiry', 'Use limit'], 'no change left');
    assert.deepEqual(requestLines(server), []);
  });

  it('setting the status to expired asks for confirmation', async () => {
    const { deps, result } = edit(L.activeLimited, [
      'Status', 'Expired', 'Keep the current status', // asked, declined: back to the status list
      'Expired', 'back', // Back from the confirmation: the status list again
      'Expired', 'Mark as expired',
      'Save changes',
    ]);
    const updated = await result;
    deps.prompter.assertDone();
    assert.deepEqual(server.requests.map((r) => r.body), [{ status: 'expired' }]);
    assert.equal(updated?.status, 'expired');
    const confirm = deps.prompter.shown[2];
    assert.match(confirm.placeholder ?? '', /Mark “Spring campaign” as expired\? Visitors can no longer start sessions/);
    assert.equal(deps.prompter.shown[3].active, 'Active', 'declined: the current status is highlighted');
  });

  it('pausing needs no confirmation; re-activating an expired link that stays expired says why', async () => {
    const paused = edit(L.activeLimited, ['Status', 'Paused', 'Save changes']);
    assert.equal((await paused.result)?.status, 'paused');
    assert.deepEqual(server.requests.map((r) => r.body), [{ status: 'paused' }]);

    server.clearRequests();
    const revive = edit(L.expiredByDate, ['Status', 'Active', 'Save changes']);
    const kept = await revive.result;
    assert.equal(kept?.status, 'expired');
    assert.equal(revive.deps.ui.last.level, 'warning');
    assert.match(revive.deps.ui.last.message, /The server kept it expired: it is past its expiry date or use limit/);
    assert.match(revive.deps.prompter.shown[1].items[0].description ?? '', /may keep it expired/);
  });

  it('a custom expiry in the past is allowed with a warning when editing', async () => {
    const { deps, result } = edit(L.activeUnlimited, ['Expiry', 'Custom…', { input: '2020-01-01T10:00', probe: ['nonsense'] }, 'Save changes']);
    const updated = await result;
    const box = deps.prompter.shown[2];
    assert.equal(box.value, '', 'a link that never expires starts empty');
    assert.equal(box.validations.find((v) => v.value === '2020-01-01T10:00')?.severity, 'warning');
    assert.match(box.validations.find((v) => v.value === 'nonsense')?.message ?? '', /Not a date/);
    assert.deepEqual(server.requests.map((r) => r.body), [{ expires_at: new Date(2020, 0, 1, 10, 0).toISOString() }]);
    assert.equal(updated?.status, 'expired');
  });

  it('the custom expiry of a link with a date is prefilled with it (local time)', async () => {
    const { deps, result } = edit(L.activeLimited, ['Expiry', 'Custom…', 'back', 'back', 'cancel']);
    await result;
    const expires = Date.parse(link(L.activeLimited).expires_at ?? '');
    const d = new Date(expires);
    const pad = (n: number) => String(n).padStart(2, '0');
    assert.equal(deps.prompter.shown[2].value, `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`);
    assert.equal(deps.prompter.shown[3].kind, 'pick', 'Back from the box: the expiry list');
    assert.deepEqual(deps.prompter.shown[4].items.map((i) => i.label), ['Name', 'Status', 'Expiry', 'Use limit'], 'Back from the list: the fields, unchanged');
  });

  const ESC: [string, ScriptAnswer[]][] = [
    ['the field list', []],
    ['the name box', ['Name']],
    ['the status list', ['Status']],
    ['the expired confirmation', ['Status', 'Expired']],
    ['the expiry list', ['Expiry']],
    ['the custom expiry box', ['Expiry', 'Custom…']],
    ['the use limit box', ['Use limit']],
    ['the field list with changes pending', ['Name', 'Other', 'Use limit', '500']],
  ];
  for (const [where, before] of ESC) {
    it(`Esc at ${where} sends nothing`, async () => {
      const { deps, result } = edit(L.activeLimited, [...before, 'cancel']);
      assert.equal(await result, undefined);
      deps.prompter.assertDone();
      assert.deepEqual(requestLines(server), []);
      assert.equal(deps.links.upserts.length, 0);
    });
  }

  it('a link whose expiry passed while the list says active: Edit Link says the date has passed', async () => {
    const stale = { ...link(L.activeLimited), expires_at: new Date(server.now() - 3_600_000).toISOString() };
    const deps = harness(server, ['Status', 'back', 'cancel'], { links });
    assert.equal(await runEditLinkFlow(deps, stale), undefined);
    const [list, status] = deps.prompter.shown;
    assert.match(list.items[2].description ?? '', / \(passed\)$/);
    assert.match(status.placeholder ?? '', /its expiry date has passed/);
    assert.deepEqual(requestLines(server), []);
  });

  describe('failures', () => {
    it('a failed save keeps the changes: Retry reopens the list with them, then one more PUT', async () => {
      server.injectFault({ status: 400, body: { success: false, error: { message: 'use_limit must be greater than uses' } } }, { method: 'PUT' });
      const { deps, result } = edit(L.activeLimited, ['Use limit', '150', 'Name', 'Kept', 'Save changes', 'Save changes']);
      deps.ui.respond = (n) => (n.labels.includes('Retry') ? 'Retry' : undefined);
      assert.equal(await result, undefined);
      assert.match(deps.ui.notices[0].message, /^Could not save the changes to “Spring campaign”: the server refused the request\. The server said: use_limit must be greater than uses\./);
      await deps.ui.idle();
      deps.prompter.assertDone();
      const reopened = deps.prompter.shown[5];
      assert.equal(reopened.items[0].description, '“Kept” (changed; was “Spring campaign”)');
      assert.equal(reopened.items[3].description, '150 uses (changed; was 100 uses (37 used))');
      assert.deepEqual(server.requests.map((r) => [r.method, r.status, r.body]), [
        ['PUT', 400, { use_limit: 150, name: 'Kept' }],
        ['PUT', 200, { use_limit: 150, name: 'Kept' }],
      ]);
    });

    it('a link deleted elsewhere (404) is removed from the list and said so', async () => {
      server.injectFault({ status: 404, body: { success: false, error: { message: 'Link not found' } } }, { method: 'PUT' });
      const { deps, result } = edit(L.activeLimited, ['Status', 'Paused', 'Save changes']);
      assert.equal(await result, undefined);
      assert.deepEqual(deps.links.removed, [L.activeLimited]);
      assert.match(deps.ui.last.message, /no longer exists .* was removed from the list/);
    });

    it('401 goes through the shared re-authentication, then reopens with the changes', async () => {
      server.injectFault({ status: 401 }, { method: 'PUT' });
      const { deps, result } = edit(L.activeLimited, ['Status', 'Paused', 'Save changes', 'Save changes']);
      deps.ui.reauthResult = true;
      assert.equal(await result, undefined);
      await deps.ui.idle();
      deps.prompter.assertDone();
      assert.equal(deps.ui.reauthCalls, 1);
      assert.deepEqual(server.requests.map((r) => r.status), [401, 200]);
    });
  });

  describe('with command arguments (no prompts)', () => {
    it('applies only the fields that differ, with one PUT', async () => {
      const deps = harness(server, [], { links });
      const updated = await editLinkDirect(deps, link(L.activeLimited), { name: 'Spring campaign', status: 'paused', useLimit: 120 });
      assert.deepEqual(server.requests.map((r) => r.body), [{ status: 'paused', use_limit: 120 }]);
      assert.equal(updated?.status, 'paused');
      assert.equal(deps.prompter.shown.length, 0);
    });

    it('null clears; nothing different sends nothing and returns the link', async () => {
      const deps = harness(server, [], { links });
      const same = await editLinkDirect(deps, link(L.activeUnlimited), { useLimit: null, expiresAt: null });
      assert.equal(same?.link_id, L.activeUnlimited);
      assert.deepEqual(requestLines(server), []);
      const cleared = await editLinkDirect(deps, link(L.activeLimited), { name: null, expiresAt: null });
      assert.deepEqual(server.requests.map((r) => r.body), [{ name: null, expires_at: null }]);
      assert.equal(cleared?.name, null);
    });

    it('refuses a use limit not above the uses, and bad values, before any request', async () => {
      const deps = harness(server, [], { links });
      assert.equal(await editLinkDirect(deps, link(L.activeLimited), { useLimit: 37 }), undefined);
      assert.match(deps.ui.last.message, /useLimit: This link has been used 37 times already/);
      assert.equal(await editLinkDirect(deps, link(L.activeLimited), { status: 'gone' as never }), undefined);
      assert.match(deps.ui.last.message, /status: must be one of active, paused, expired/);
      assert.equal(await editLinkDirect(deps, link(L.activeLimited), { expiresAt: 'later' }), undefined);
      assert.deepEqual(requestLines(server), []);
    });
  });
});
