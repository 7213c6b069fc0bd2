import * as assert from 'node:assert/strict';
import { serialWrites } from '../../../src/links/serialWrites';

/** A writer whose writes finish only when the test says so; it records what it was asked to write. */
function slowWriter() {
  const written: unknown[] = [];
  const finishers: (() => void)[] = [];
  const writeNow = (_key: string, value: unknown) => {
    written.push(value);
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  const finishNext = async () => {
    finishers.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { written, writeNow, finishNext };
}

describe('cached lists: writes one at a time, the newest only', () => {
  it('a bulk change of 50 links while the first list is being written: the file is written twice, first and last', async () => {
    const writer = slowWriter();
    const writes = serialWrites(writer.writeNow);
    const first = writes.write('account', 'list 0');
    await new Promise((resolve) => setImmediate(resolve)); // the first write is under way
    const later = Array.from({ length: 50 }, (_, i) => writes.write('account', `list ${i + 1}`));
    await writer.finishNext();
    await writer.finishNext();
    await Promise.all([first, ...later]);
    assert.deepEqual(writer.written, ['list 0', 'list 50']);
  });

  it('writes of two accounts do not wait for each other', async () => {
    const writer = slowWriter();
    const writes = serialWrites(writer.writeNow);
    void writes.write('a', 'list of a');
    void writes.write('b', 'list of b');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(writer.written, ['list of a', 'list of b']);
  });

  it('a read waits until the writes asked for are over, even a failed one, and the next write still happens', async () => {
    const written: unknown[] = [];
    const writes = serialWrites(async (_key, value) => {
      written.push(value);
      if (value === 'bad') throw new Error('disk full');
    });
    await assert.rejects(writes.write('account', 'bad'), /disk full/);
    await writes.settled('account');
    await writes.write('account', 'good');
    assert.deepEqual(written, ['bad', 'good']);
  });
});
