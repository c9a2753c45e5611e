/**
 * Playground drafts, autosaved to localStorage. Versioned; corrupt or unavailable storage never
 * crashes the page — it only means the draft is not remembered.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StateStorage } from 'zustand/middleware';

export interface Draft {
  text: string;
  /** ms since the epoch */
  updatedAt: number;
}

export interface DraftsData {
  /** keyed by where the editor lives: `playground`, or `lesson:<slug>/<file>` */
  drafts: Record<string, Draft>;
}

export interface DraftsState extends DraftsData {
  /** Saves `text` as the draft for `key`. */
  setDraft(key: string, text: string): void;
  /** Forgets the draft for `key` (reset to the starter). */
  clearDraft(key: string): void;
}

export const DRAFTS_STORAGE_KEY = 'stagecraft-drafts';
export const DRAFTS_VERSION = 1;
/** Drafts beyond this size are not written; a runaway paste must not fill the quota. */
export const MAX_DRAFT_CHARS = 256 * 1024;
export const PLAYGROUND_DRAFT = 'playground';

/** Keeps only well-formed drafts from whatever was found in storage. */
export function sanitizeDrafts(value: unknown): DraftsData {
  const drafts: Record<string, Draft> = {};
  const raw = (value as { drafts?: unknown } | null)?.drafts;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, draft] of Object.entries(raw as Record<string, unknown>)) {
      const d = draft as Partial<Draft> | null;
      if (d && typeof d.text === 'string' && d.text.length <= MAX_DRAFT_CHARS) {
        drafts[key] = {
          text: d.text,
          updatedAt: typeof d.updatedAt === 'number' ? d.updatedAt : 0,
        };
      }
    }
  }
  return { drafts };
}

/**
 * Migrates stored data from an older version. Version 0 (pre-release) kept one draft as
 * `{ text }`; anything unrecognised becomes an empty set of drafts rather than an error.
 */
export function migrateDrafts(persisted: unknown, version: number): DraftsData {
  if (version < 1) {
    const text = (persisted as { text?: unknown } | null)?.text;
    return typeof text === 'string'
      ? sanitizeDrafts({ drafts: { [PLAYGROUND_DRAFT]: { text, updatedAt: 0 } } })
      : { drafts: {} };
  }
  return sanitizeDrafts(persisted);
}

/** A JSON storage over `getStorage()` that swallows every storage and parse error. */
export function safeJsonStorage(
  getStorage: () => StateStorage | undefined,
): PersistStorage<DraftsData> {
  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined; // e.g. SecurityError when storage is disabled
    }
  };
  return {
    getItem(name) {
      try {
        const raw = storage()?.getItem(name);
        if (typeof raw !== 'string') return null;
        const parsed = JSON.parse(raw) as { state?: unknown; version?: unknown };
        if (!parsed || typeof parsed !== 'object') return null;
        const version = typeof parsed.version === 'number' ? parsed.version : 0;
        return { state: parsed.state as DraftsData, version };
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        // QuotaExceededError or SecurityError: keep working in memory.
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        // ignored for the same reason
      }
    },
  };
}

/** Creates a drafts store over the given storage (tests pass an in-memory one). */
export function createDraftsStore(getStorage: () => StateStorage | undefined) {
  return create<DraftsState>()(
    persist(
      (set) => ({
        drafts: {},
        setDraft: (key, text) =>
          set((s) =>
            text.length > MAX_DRAFT_CHARS || s.drafts[key]?.text === text
              ? s
              : { drafts: { ...s.drafts, [key]: { text, updatedAt: Date.now() } } },
          ),
        clearDraft: (key) =>
          set((s) => {
            const { [key]: _gone, ...rest } = s.drafts;
            return { drafts: rest };
          }),
      }),
      {
        name: DRAFTS_STORAGE_KEY,
        version: DRAFTS_VERSION,
        storage: safeJsonStorage(getStorage),
        partialize: (s) => ({ drafts: s.drafts }),
        migrate: migrateDrafts,
        merge: (persisted, current) => ({ ...current, ...sanitizeDrafts(persisted) }),
        // Rehydrated from an effect so the prerendered HTML and the first client render agree.
        skipHydration: true,
      },
    ),
  );
}

/** The app's drafts store, backed by localStorage. */
export const useDrafts = createDraftsStore(() =>
  typeof window === 'undefined' ? undefined : window.localStorage,
);
