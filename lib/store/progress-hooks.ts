import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import {
  PROGRESS_KEY,
  createProgressStores,
  type ProgressState,
  type ProgressStatus,
} from './progress';

/** The one progress store of the app, over the browser's localStorage. */
export const progress = createProgressStores(() => window.localStorage);

/** Reads the progress store (shallow-compared, so selectors may return new objects). */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(progress.store, useShallow(selector));
}

/** Reads hydration status and storage notices. */
export function useProgressStatus<T>(selector: (status: ProgressStatus) => T): T {
  return useStore(progress.status, useShallow(selector));
}

let listeners = 0;
const onStorage = (event: StorageEvent) => {
  // Another tab wrote (or cleared) progress: merge it in, so both tabs agree and neither loses a write.
  if (event.key === PROGRESS_KEY || event.key === null) void progress.rehydrate();
};

/**
 * Loads saved progress after the first render (so server and client HTML match) and keeps it in
 * sync with other tabs. Returns true once progress is loaded.
 */
export function useProgressSync(): boolean {
  useEffect(() => {
    progress.ensureHydrated();
    if (listeners++ === 0) window.addEventListener('storage', onStorage);
    return () => {
      if (--listeners === 0) window.removeEventListener('storage', onStorage);
    };
  }, []);
  return useProgressStatus((s) => s.hydrated);
}
