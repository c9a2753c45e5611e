/**
 * An in-memory Web Storage for tests; `failWrites` makes setItem throw like a full or blocked
 * storage (with the old value left in place, as browsers do).
 */
export function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  const state = { failWrites: null as null | string };
  const storage = {
    get length() {
      return map.size;
    },
    key: (index: number) => [...map.keys()][index] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (state.failWrites) throw Object.assign(new Error('nope'), { name: state.failWrites });
      map.set(key, String(value));
    },
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
  } satisfies Storage;
  return { storage, map, state };
}
