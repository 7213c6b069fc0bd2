import * as assert from 'node:assert/strict';
import { queueText } from '../../../src/statusBar/queueText';
import { NOW } from '../support/linkFixture';

describe('the status bar while requests wait for the rate limit', () => {
  it('says how many wait and when the next one goes', () => {
    assert.equal(queueText({ queued: 12, nextSendAt: new Date(NOW + 40_000) }, NOW, 'en'), '$(watch) 12 AgentHuman requests waiting for the rate limit, the next in 40 sec');
    assert.equal(queueText({ queued: 1 }, NOW, 'en'), '$(watch) 1 AgentHuman request waiting for the rate limit');
  });
  it('says nothing when none waits', () => {
    assert.equal(queueText({ queued: 0 }, NOW, 'en'), undefined);
  });
});
