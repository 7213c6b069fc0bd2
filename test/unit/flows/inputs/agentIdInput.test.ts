import * as assert from 'node:assert/strict';
import { parseAgentId } from '../../../../src/flows/inputs/agentIdInput';

describe('agent ID input', () => {
  it('accepts agnt_ ids, trimmed', () => {
    assert.deepEqual(parseAgentId('agnt_sup8Kq2Vn4Rt7Lw'), { ok: true, agentId: 'agnt_sup8Kq2Vn4Rt7Lw' });
    assert.deepEqual(parseAgentId('  agnt_a-b_C1 '), { ok: true, agentId: 'agnt_a-b_C1' });
  });

  it('refuses with a reason', () => {
    const message = (text: string) => {
      const r = parseAgentId(text);
      assert.equal(r.ok, false, text);
      return r.ok ? '' : r.message;
    };
    assert.match(message(''), /Enter the ID of one of your agents/);
    assert.match(message('agnt_ abc'), /no spaces/);
    assert.match(message('sup8Kq2'), /starts with "agnt_"/);
    assert.match(message('lnk_abc'), /lnk_… is a link ID/);
    assert.match(message('AGNT_abc'), /starts with "agnt_"/);
    assert.match(message('agnt_'), /rest of the agent ID/);
    assert.match(message('agnt_abc!'), /only letters, digits/);
  });
});
