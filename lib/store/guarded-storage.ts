import type { PersistStorage, StorageValue } from 'zustand/middleware';

/**
 * A zustand persist storage over Web Storage that never throws into React and never drops a
 * stored value silently: a value that cannot be read is copied to a backup key and reported, and
 * a write that fails (quota, storage disabled) is reported while the state stays in memory.
 * Progress and playground drafts both use it.
 */

/** What the UI tells the learner about storage; kept out of the persisted data. */
export interface StorageNotice {
  /** set when a stored value could not be read and was kept aside */
  recovered?: { backupKey: string; reason: string };
  /** set when the last write failed */
  saveError?: string;
}

/** The result of reading a stored string: the persist envelope, or why it is unreadable. */
export type DecodedValue<T> = { ok: true; value: StorageValue<T> } | { ok: false; reason: string };

/** The part of Web Storage this module uses (tests pass an in-memory one). */
export type StringStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface GuardedStorageOptions<T> {
  getStorage: () => StringStorage;
  report: (notice: StorageNotice) => void;
  /** a backup key is this prefix followed by the time of the backup */
  backupPrefix: string;
  decode: (raw: string) => DecodedValue<T>;
  /** the sentence shown when a write fails, e.g. naming what was not saved */
  describeError: (error: unknown) => string;
  /** writes a value; defaults to replacing the stored string (progress merges with it instead) */
  write?: (storage: StringStorage, name: string, value: StorageValue<T>) => void;
}

/** True for the errors browsers throw when a write does not fit in the storage quota. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A persist storage that backs up unreadable values and reports failed writes. */
export function guardedStorage<T>(options: GuardedStorageOptions<T>): PersistStorage<T> {
  const { getStorage, report, backupPrefix, decode, describeError } = options;
  const write =
    options.write ??
    ((storage: StringStorage, name: string, value: StorageValue<T>) =>
      storage.setItem(name, JSON.stringify(value)));
  const quarantine = (name: string, raw: string, reason: string) => {
    const backupKey = `${backupPrefix}${new Date().toISOString()}`;
    try {
      const storage = getStorage();
      storage.setItem(backupKey, raw);
      storage.removeItem(name);
      report({ recovered: { backupKey, reason } });
    } catch (error) {
      report({ recovered: { backupKey: '', reason }, saveError: describeError(error) });
    }
  };
  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = getStorage().getItem(name);
      } catch (error) {
        report({ saveError: describeError(error) });
        return null;
      }
      if (raw === null) return null;
      const decoded = decode(raw);
      if (!decoded.ok) {
        quarantine(name, raw, decoded.reason);
        return null;
      }
      return decoded.value;
    },
    setItem(name, value) {
      try {
        write(getStorage(), name, value);
        report({ saveError: undefined });
      } catch (error) {
        report({ saveError: describeError(error) });
      }
    },
    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch (error) {
        report({ saveError: describeError(error) });
      }
    },
  };
}
