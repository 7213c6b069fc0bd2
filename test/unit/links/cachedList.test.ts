// The cached list packed with each agent once: read back exactly as written, smaller, and a
// list cached unpacked by an earlier version still reads.
import * as assert from 'node:assert/strict';
import { type CachedList, packList, unpackList } from '../../../src/links/cachedList';
import { makeLink } from '../support/linkFixture';

const other = { ...makeLink().agent, agent_id: 'agnt_2', name: 'Sales' };
/** The same agent id with another name (the API changed it mid-list): two agents, not one. */
const renamed = { ...makeLink().agent, name: 'Support (new)' };
const list: CachedList = {
  baseUrl: 'https://api.agenthuman.com',
  status: 'all',
  loadedAt: 1,
  links: Array.from({ length: 30 }, (_, i) => makeLink({ link_id: `lnk_t${i}`, agent: i % 3 === 0 ? makeLink().agent : i % 3 === 1 ? other : renamed, extra: i } as never)),
};

describe('the cached list, packed', () => {
  it('reads back exactly the list written, field for field and in order', () => {
    const packed = JSON.parse(JSON.stringify(packList(list))) as unknown;
    assert.equal(JSON.stringify(unpackList(packed)), JSON.stringify(list));
    assert.equal((packed as { agents: unknown[] }).agents.length, 3, 'each distinct agent once');
  });

  it('is smaller than the list', () => {
    assert.ok(JSON.stringify(packList(list)).length < JSON.stringify(list).length * 0.7);
  });

  it('reads a list cached unpacked, and nothing that is not a list', () => {
    assert.deepEqual(unpackList(JSON.parse(JSON.stringify(list))), list);
    assert.equal(unpackList(undefined), undefined);
    assert.equal(unpackList({ baseUrl: 'x', loadedAt: 1 }), undefined);
    assert.equal(unpackList({ ...packList(list), agents: [] }), undefined, 'a link whose agent is missing');
  });
});
