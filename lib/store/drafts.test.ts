import { expect, test } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import {
  DRAFTS_STORAGE_KEY,
  MAX_DRAFT_CHARS,
  createDraftsStore,
  migrateDrafts,
  sanitizeDrafts,
} from './drafts';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & {
  data: Record<string, string>;
} {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

test('a saved draft survives a new store over the same storage (a reload)', async () => {
  const storage = memoryStorage();
  const first = createDraftsStore(() => storage);
  await first.persist.rehydrate();
  first.getState().setDraft('playground', 'FROM alpine\n');

  const second = createDraftsStore(() => storage);
  expect(second.getState().drafts).toEqual({});
  await second.persist.rehydrate();
  expect(second.getState().drafts.playground?.text).toBe('FROM alpine\n');
  expect(JSON.parse(storage.data[DRAFTS_STORAGE_KEY]!)).toMatchObject({ version: 1 });
});

test('clearing a draft forgets only that draft', async () => {
  const store = createDraftsStore(() => memoryStorage());
  await store.persist.rehydrate();
  store.getState().setDraft('a', 'one');
  store.getState().setDraft('b', 'two');
  store.getState().clearDraft('a');
  expect(Object.keys(store.getState().drafts)).toEqual(['b']);
});

test('corrupt JSON in storage hydrates to no drafts instead of throwing', async () => {
  const storage = memoryStorage({ [DRAFTS_STORAGE_KEY]: '{not json' });
  const store = createDraftsStore(() => storage);
  await expect(store.persist.rehydrate()).resolves.toBeUndefined();
  expect(store.getState().drafts).toEqual({});
  store.getState().setDraft('playground', 'FROM scratch');
  expect(store.getState().drafts.playground?.text).toBe('FROM scratch');
});

test('well-formed JSON of the wrong shape keeps only valid drafts', async () => {
  const stored = {
    version: 1,
    state: { drafts: { good: { text: 'FROM a', updatedAt: 5 }, bad: { text: 42 }, worse: null } },
  };
  const store = createDraftsStore(() =>
    memoryStorage({ [DRAFTS_STORAGE_KEY]: JSON.stringify(stored) }),
  );
  await store.persist.rehydrate();
  expect(store.getState().drafts).toEqual({ good: { text: 'FROM a', updatedAt: 5 } });
  expect(typeof store.getState().setDraft).toBe('function');
});

test('a state that is not an object at all hydrates to no drafts', async () => {
  for (const raw of ['null', '"text"', '[1,2]', JSON.stringify({ version: 1, state: 'x' })]) {
    const store = createDraftsStore(() => memoryStorage({ [DRAFTS_STORAGE_KEY]: raw }));
    await store.persist.rehydrate();
    expect(store.getState().drafts, raw).toEqual({});
  }
});

test('storage that throws on every call (disabled or full) never breaks editing', async () => {
  const hostile: StateStorage = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: () => {
      throw new Error('SecurityError');
    },
  };
  const store = createDraftsStore(() => hostile);
  await store.persist.rehydrate();
  store.getState().setDraft('playground', 'FROM alpine');
  expect(store.getState().drafts.playground?.text).toBe('FROM alpine');
  const unavailable = createDraftsStore(() => {
    throw new Error('no localStorage');
  });
  await unavailable.persist.rehydrate();
  unavailable.getState().setDraft('playground', 'x');
  expect(unavailable.getState().drafts.playground?.text).toBe('x');
});

test('a version-0 single draft migrates into the playground slot', async () => {
  const storage = memoryStorage({
    [DRAFTS_STORAGE_KEY]: JSON.stringify({ version: 0, state: { text: 'FROM old' } }),
  });
  const store = createDraftsStore(() => storage);
  await store.persist.rehydrate();
  expect(store.getState().drafts.playground?.text).toBe('FROM old');
  expect(migrateDrafts({ nonsense: true }, 0)).toEqual({ drafts: {} });
});

test('oversized drafts are neither saved nor loaded', async () => {
  const huge = 'x'.repeat(MAX_DRAFT_CHARS + 1);
  const store = createDraftsStore(() => memoryStorage());
  await store.persist.rehydrate();
  store.getState().setDraft('playground', huge);
  expect(store.getState().drafts.playground).toBeUndefined();
  expect(sanitizeDrafts({ drafts: { p: { text: huge } } })).toEqual({ drafts: {} });
});

test('saving the same text again keeps the draft and its timestamp as they were', async () => {
  const store = createDraftsStore(() => memoryStorage());
  await store.persist.rehydrate();
  store.getState().setDraft('playground', 'FROM a');
  const first = store.getState().drafts.playground;
  store.getState().setDraft('playground', 'FROM a');
  expect(store.getState().drafts.playground).toBe(first);
});
