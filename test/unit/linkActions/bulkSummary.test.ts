import * as assert from 'node:assert/strict';
import { summarizeBulk } from '../../../src/linkActions/bulkSummary';

describe('bulk action summary', () => {
  const pause = 'pause';
  it('all done', () => {
    assert.equal(summarizeBulk(pause, 5, []), 'Paused 5 links.');
    assert.equal(summarizeBulk(pause, 1, []), 'Paused 1 link.');
  });
  it('names each link that failed and why', () => {
    assert.equal(
      summarizeBulk(pause, 5, [
        { name: 'A', reason: 'it no longer exists (removed from the list)' },
        { name: 'B', reason: 'too many requests, try again in 42 sec' },
      ]),
      'Paused 3 of 5 links. Could not pause “A” (it no longer exists (removed from the list)); “B” (too many requests, try again in 42 sec).',
    );
  });
  it('when none succeeded it says so', () => {
    assert.equal(
      summarizeBulk(pause, 2, [{ name: 'A', reason: 'x' }, { name: 'B', reason: 'y' }]),
      'Could not pause any of the 2 links: “A” (x); “B” (y).',
    );
  });
  it('lists at most five failures, then points to the log', () => {
    const failures = Array.from({ length: 7 }, (_, i) => ({ name: `L${i}`, reason: 'r' }));
    const text = summarizeBulk(pause, 10, failures);
    assert.ok(text.startsWith('Paused 3 of 10 links. Could not pause “L0” (r)'), text);
    assert.ok(text.includes('“L4” (r); and 2 more (see the log).'), text);
    assert.ok(!text.includes('L5'), text);
  });
  it('says how many were not tried after a cancel', () => {
    assert.equal(summarizeBulk('delete', 4, [], 2), 'Deleted 2 of 4 links. 2 links were not tried.');
    assert.equal(
      summarizeBulk(pause, 3, [{ name: 'A', reason: 'the API key was rejected' }], 2),
      'Could not pause any of the 3 links: “A” (the API key was rejected). 2 links were not tried.',
    );
  });
});
