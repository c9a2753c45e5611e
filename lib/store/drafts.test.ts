import { expect, test } from 'vitest';
import type { StringStorage } from './guarded-storage';
import {
  DRAFTS_BACKUP_PREFIX,
  DRAFTS_STORAGE_KEY,
  MAX_DRAFT_CHARS,
  createDraftsStores,
  migrateDrafts,
  sanitizeDrafts,
} from './drafts';

const createDraftsStore = (getStorage: () => StringStorage) =>
  createDraftsStores(getStorage).drafts;

function memoryStorage(initial: Record<string, string> = {}): StringStorage & {
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

test('an unreadable stored draft is backed up under its own key and reported, not overwritten', async () => {
  const stored = {
    version: 1,
    state: { drafts: { good: { text: 'FROM a', updatedAt: 5 }, bad: { text: 42 } } },
  };
  for (const [raw, reason] of [
    ['{not json', 'not valid JSON'],
    [JSON.stringify(stored), '“bad” has no text'],
    [JSON.stringify({ version: 1, state: 'x' }), 'holds no drafts'],
    ['null', 'not Stagecraft drafts'],
    [JSON.stringify({ version: 0, state: { text: 7 } }), 'has no text'],
  ] as const) {
    const storage = memoryStorage({ [DRAFTS_STORAGE_KEY]: raw });
    const { drafts, status } = createDraftsStores(() => storage);
    await expect(drafts.persist.rehydrate()).resolves.toBeUndefined();
    expect(drafts.getState().drafts, raw).toEqual({});
    const recovered = status.getState().notice.recovered;
    expect(recovered?.reason, raw).toContain(reason);
    expect(recovered?.backupKey.startsWith(DRAFTS_BACKUP_PREFIX)).toBe(true);
    expect(storage.data[recovered!.backupKey]).toBe(raw);
    // The first edit writes a fresh value; the backup still holds the unreadable one.
    drafts.getState().setDraft('playground', 'FROM scratch');
    expect(JSON.parse(storage.data[DRAFTS_STORAGE_KEY]!).state.drafts.playground.text).toBe(
      'FROM scratch',
    );
    expect(storage.data[recovered!.backupKey]).toBe(raw);
  }
});

test('sanitizing keeps only well-formed drafts', () => {
  const state = {
    drafts: { good: { text: 'FROM a', updatedAt: 5 }, bad: { text: 42 }, worse: null },
  };
  expect(sanitizeDrafts(state)).toEqual({ drafts: { good: { text: 'FROM a', updatedAt: 5 } } });
  for (const value of [null, 'text', [1, 2], { drafts: [1] }]) {
    expect(sanitizeDrafts(value)).toEqual({ drafts: {} });
  }
});

test('storage that throws on every call (disabled or full) never breaks editing', async () => {
  const hostile: StringStorage = {
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

test('an oversized draft is reported and not saved, and the earlier draft stays in storage', async () => {
  const storage = memoryStorage();
  const { drafts, status } = createDraftsStores(() => storage);
  await drafts.persist.rehydrate();
  drafts.getState().setDraft('playground', 'FROM earlier');
  const before = storage.data[DRAFTS_STORAGE_KEY];
  drafts.getState().setDraft('playground', 'x'.repeat(MAX_DRAFT_CHARS + 1));
  expect(drafts.getState().drafts.playground?.text).toBe('FROM earlier');
  expect(storage.data[DRAFTS_STORAGE_KEY]).toBe(before);
  expect(status.getState().notice.saveError).toMatch(/more than the 256 KB .* not saved/);
  // A draft that fits again is saved, and the warning goes.
  drafts.getState().setDraft('playground', 'FROM smaller');
  expect(status.getState().notice.saveError).toBeUndefined();
  expect(sanitizeDrafts({ drafts: { p: { text: 'x'.repeat(MAX_DRAFT_CHARS + 1) } } })).toEqual({
    drafts: {},
  });
});

test('a full storage is reported with the truth: nothing saved, the earlier draft kept', async () => {
  const storage = memoryStorage();
  const { drafts, status } = createDraftsStores(() => storage);
  await drafts.persist.rehydrate();
  drafts.getState().setDraft('playground', 'FROM earlier');
  const before = storage.data[DRAFTS_STORAGE_KEY];
  storage.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  drafts.getState().setDraft('playground', 'FROM newer');
  expect(status.getState().notice.saveError).toMatch(/storage is full.*not saved.*download/);
  expect(storage.data[DRAFTS_STORAGE_KEY]).toBe(before);
});

test('saving the same text again keeps the draft and its timestamp as they were', async () => {
  const store = createDraftsStore(() => memoryStorage());
  await store.persist.rehydrate();
  store.getState().setDraft('playground', 'FROM a');
  const first = store.getState().drafts.playground;
  store.getState().setDraft('playground', 'FROM a');
  expect(store.getState().drafts.playground).toBe(first);
});
