// The link store's cache in memory, for tests: the map holds what a file per key would.
import type { ListCache } from '../../../src/links/linkStore';

export function memoryListCache(values: Map<string, unknown>): ListCache {
  return {
    read: async (key) => values.get(key),
    write: async (key, value) => {
      if (value === undefined) values.delete(key);
      else values.set(key, value);
    },
  };
}
