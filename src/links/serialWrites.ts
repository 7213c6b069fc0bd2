// Writes of a whole value under a key: one at a time per key, and of those waiting only the
// newest. A bulk pause of 50 links changes the cached list 50 times while its first write is
// under way; the file is then written twice (the first list, then the last), not 50 times.
// No `vscode` import here.

export interface SerialWrites {
  /** Resolves once `value`, or a newer value of `key`, is written; rejects if that write failed. */
  write(key: string, value: unknown): Promise<void>;
  /** Resolves once every write of `key` asked for so far is over, failed or not. */
  settled(key: string): Promise<void>;
}

export function serialWrites(writeNow: (key: string, value: unknown) => Promise<void>): SerialWrites {
  /** Per key, the last write asked for. */
  const last = new Map<string, Promise<void>>();
  /** Per key, the write not started yet, whose value a newer one replaces. */
  const waiting = new Map<string, { value: unknown; done: Promise<void> }>();
  return {
    write(key, value) {
      const queued = waiting.get(key);
      if (queued) {
        queued.value = value;
        return queued.done;
      }
      const entry = { value, done: Promise.resolve() };
      const run = () => {
        waiting.delete(key);
        return writeNow(key, entry.value);
      };
      entry.done = (last.get(key) ?? Promise.resolve()).then(run, run);
      waiting.set(key, entry);
      last.set(key, entry.done);
      return entry.done;
    },
    settled: (key) => (last.get(key) ?? Promise.resolve()).then(
      () => undefined,
      () => undefined,
    ),
  };
}
