import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import { dequal } from 'dequal';
import {
  PROGRESS_VERSION,
  decodeStoredProgress,
  emptyProgress,
  migrateProgress,
  type ProgressData,
} from './progress-schema';
import { mergeProgress } from './progress-merge';
import { progressActions, type ProgressState } from './progress-actions';

export type { ProgressActions, ProgressState } from './progress-actions';
import {
  guardedStorage,
  isQuotaError,
  type DecodedValue,
  type StorageNotice,
  type StringStorage,
} from './guarded-storage';

/**
 * The learner's progress (zustand + persist to localStorage). Storage is never trusted: a value
 * that cannot be read is copied to a backup key and the learner is told; a failed write (quota,
 * storage disabled) keeps the progress in memory and says so. Nothing here throws into React.
 *
 * Two tabs share one stored value. Every write reads the stored value, merges this tab's progress
 * into it (see progress-merge.ts) and writes the union; a `storage` event from another tab merges
 * the same way. So two tabs writing at the same moment both keep their change.
 */

export const PROGRESS_KEY = 'stagecraft-progress';
export const BACKUP_PREFIX = 'stagecraft-progress:backup:';

export type { StorageNotice } from './guarded-storage';

/** Hydration and storage notices: a plain store, so updating it never writes to storage. */
export interface ProgressStatus {
  /** true once the stored value has been read (or found missing or unreadable) */
  hydrated: boolean;
  notice: StorageNotice;
}

function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Your browser storage is full, so your latest progress was not saved. Export it to keep a copy.';
  }
  if ((error as { name?: string })?.name === 'SecurityError') {
    return 'Your browser blocks storage for this site, so progress cannot be saved. Export it to keep a copy.';
  }
  return `Your progress could not be saved (${(error as Error)?.message ?? 'storage error'}). Export it to keep a copy.`;
}

/** Why a replacing write (an import) was refused; the caller adds that nothing changed. */
function describeCommitError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'There is not enough browser storage left for this progress.';
  }
  if (name === 'SecurityError') return 'This browser blocks storage for this site.';
  return `It could not be saved (${(error as Error)?.message ?? 'storage error'}).`;
}

/** The stored progress, migrated, with its version; null when missing or unreadable. */
function readStored(
  storage: StringStorage,
  name: string,
): { data: ProgressData; version: number } | null {
  const raw = storage.getItem(name);
  if (raw === null) return null;
  const decoded = decodeStoredProgress(raw);
  if (!decoded.ok) return null;
  const { state, version } = decoded.value;
  return { data: migrateProgress(state, version), version };
}

/**
 * Read, merge, write: the stored value merged with `data` is written, unless it is what is stored
 * already (so two tabs answering each other's `storage` events stop). Throws what setItem throws;
 * a failed setItem leaves the old value in place.
 */
export function writeMerged(storage: StringStorage, name: string, data: ProgressData): void {
  const stored = readStored(storage, name);
  const next = stored ? mergeProgress(stored.data, data) : data;
  if (stored && stored.version === PROGRESS_VERSION && dequal(next, stored.data)) return;
  storage.setItem(name, JSON.stringify({ state: next, version: PROGRESS_VERSION }));
}

/** A persist storage over a Web Storage that catches every error and quarantines bad values. */
export function safeStorage(
  getStorage: () => Storage,
  report: (notice: StorageNotice) => void,
): PersistStorage<ProgressData> {
  return guardedStorage<ProgressData>({
    getStorage,
    report,
    backupPrefix: BACKUP_PREFIX,
    decode: (raw) => decodeStoredProgress(raw) as DecodedValue<ProgressData>,
    describeError: describeStorageError,
    write: (storage, key, value) => writeMerged(storage, key, value.state),
  });
}

/** Only the data fields: what is saved, merged and compared. */
function pickData(state: ProgressData): ProgressData {
  return {
    lessons: state.lessons,
    attempts: state.attempts,
    ...(state.last ? { last: state.last } : {}),
    ...(state.resetAt ? { resetAt: state.resetAt } : {}),
  };
}

/** State fields for `data`, clearing optional fields that `data` lacks. */
function dataFields(data: ProgressData): ProgressData {
  return { ...emptyProgress(), last: undefined, resetAt: undefined, ...data };
}

export interface ProgressStores {
  store: StoreApi<ProgressState>;
  status: StoreApi<ProgressStatus>;
  /** reads storage now if it has not been read yet; every action calls it before writing */
  ensureHydrated(): void;
  /** merges what another tab stored into this tab, and stores the union if this tab had more */
  rehydrate(): Promise<void>;
  /**
   * Replaces this tab's progress with `data` (an import) only if it can be stored: returns the
   * reason when it cannot (storage full or blocked), and then nothing has changed.
   */
  commit(data: ProgressData): string | null;
  dismissNotice(which: keyof StorageNotice): void;
}

function createStatus() {
  const status = createStore<ProgressStatus>()(() => ({ hydrated: false, notice: {} }));
  const report = (notice: StorageNotice) => {
    const current = status.getState().notice;
    const changed = (Object.keys(notice) as Array<keyof StorageNotice>).some(
      (key) => current[key] !== notice[key],
    );
    if (changed) status.setState({ notice: { ...current, ...notice } });
  };
  return { status, report };
}

/** Creates a progress store over the given storage (tests pass an in-memory one). */
export function createProgressStores(getStorage: () => Storage): ProgressStores {
  const { status, report } = createStatus();

  // Writing before the saved value is read would overwrite it with an empty state.
  const ensureHydrated = () => {
    if (!status.getState().hydrated) void store.persist.rehydrate();
  };

  const store = createStore<ProgressState>()(
    persist(
      (set, get) => ({
        ...emptyProgress(),
        ...progressActions((change) => {
          ensureHydrated();
          set(change(pickData(get())));
        }),
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: safeStorage(getStorage, report),
        skipHydration: true,
        partialize: (state) => pickData(state) as ProgressState,
        migrate: (persisted, version) => migrateProgress(persisted, version) as ProgressState,
        // A missing value (first visit, or storage cleared) means no progress, not "keep mine".
        merge: (persisted, current) => {
          const stored = persisted as ProgressData | undefined;
          const data = stored
            ? mergeProgress(pickData(current), pickData(stored))
            : emptyProgress();
          return { ...current, ...dataFields(data) };
        },
        onRehydrateStorage: () => (_state, error) => {
          if (error) {
            report({
              saveError: `Your progress could not be loaded (${(error as Error).message}).`,
            });
          }
          status.setState({ hydrated: true });
        },
      },
    ),
  );

  const commit = (data: ProgressData): string | null => {
    ensureHydrated();
    try {
      writeMerged(getStorage(), PROGRESS_KEY, data);
    } catch (error) {
      return describeCommitError(error);
    }
    store.setState(dataFields(data));
    return null;
  };

  return {
    store,
    status,
    ensureHydrated,
    rehydrate: async () => {
      await store.persist.rehydrate();
      // Writes only when this tab held something the stored value lacks.
      store.setState({});
    },
    commit,
    dismissNotice: (which) =>
      status.setState((state) => ({ notice: { ...state.notice, [which]: undefined } })),
  };
}
