/**
 * Playground drafts, autosaved to localStorage. Versioned; storage is never trusted: a stored value
 * that cannot be read is backed up and reported (as progress does), and a draft that cannot be
 * written (storage full, or the draft too large) is reported while the earlier saved draft stays.
 */
import { create } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import {
  guardedStorage,
  isQuotaError,
  type DecodedValue,
  type StorageNotice,
  type StringStorage,
} from './guarded-storage';

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
  /** Saves `text` as the draft for `key`; a draft over the size limit is reported, not saved. */
  setDraft(key: string, text: string): void;
  /** Forgets the draft for `key` (reset to the starter). */
  clearDraft(key: string): void;
}

/** Storage notices for drafts: a plain store, so updating it never writes to storage. */
export interface DraftsStatus {
  notice: StorageNotice;
}

export const DRAFTS_STORAGE_KEY = 'stagecraft-drafts';
export const DRAFTS_BACKUP_PREFIX = 'stagecraft-drafts:backup:';
export const DRAFTS_VERSION = 1;
/** Drafts beyond this size are not written; a runaway paste must not fill the quota. */
export const MAX_DRAFT_CHARS = 256 * 1024;
export const PLAYGROUND_DRAFT = 'playground';
/** The playground's `.dockerignore`, saved beside its Dockerfile. */
export const PLAYGROUND_DOCKERIGNORE_DRAFT = 'playground/.dockerignore';

const DOWNLOAD_ADVICE = 'The draft saved earlier is kept; download the current text to keep it.';

/** The sentence shown when a draft could not be written. */
export function describeDraftSaveError(error: unknown): string {
  if (isQuotaError(error)) {
    return `Your browser storage is full, so this draft was not saved. ${DOWNLOAD_ADVICE}`;
  }
  if ((error as { name?: string } | null)?.name === 'SecurityError') {
    return `Your browser blocks storage for this site, so this draft was not saved. ${DOWNLOAD_ADVICE}`;
  }
  return `This draft could not be saved (${(error as Error)?.message ?? 'storage error'}). ${DOWNLOAD_ADVICE}`;
}

/** The sentence shown when a draft is over the size a draft may have. */
export function describeTooLargeDraft(chars: number): string {
  return `This draft has ${Math.ceil(chars / 1024)} KB of text, more than the ${MAX_DRAFT_CHARS / 1024} KB a draft may have, so it was not saved. ${DOWNLOAD_ADVICE}`;
}

/** Keeps only well-formed drafts from whatever was found in storage. */
export function sanitizeDrafts(value: unknown): DraftsData {
  const drafts: Record<string, Draft> = {};
  for (const [key, draft] of Object.entries(draftEntries(value) ?? {})) {
    if (draftProblem(draft) === null) {
      const { text, updatedAt } = draft as Partial<Draft> & { text: string };
      drafts[key] = { text, updatedAt: typeof updatedAt === 'number' ? updatedAt : 0 };
    }
  }
  return { drafts };
}

function draftEntries(value: unknown): Record<string, unknown> | null {
  const raw = (value as { drafts?: unknown } | null)?.drafts;
  return raw && typeof raw === 'object' && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)
    : null;
}

function draftProblem(draft: unknown): string | null {
  const text = (draft as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') return 'has no text';
  if (text.length > MAX_DRAFT_CHARS) return `is larger than ${MAX_DRAFT_CHARS / 1024} KB`;
  return null;
}

/**
 * Reads the raw stored string. It is good only if it parses, has the persist envelope, and every
 * draft in it has its text; otherwise the reason says what is wrong, for the learner to read.
 */
export function decodeStoredDrafts(raw: string): DecodedValue<DraftsData> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved drafts are not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || !('state' in value)) {
    return { ok: false, reason: 'the saved data is not Stagecraft drafts' };
  }
  const { state, version: storedVersion } = value as { state: unknown; version?: unknown };
  const version = typeof storedVersion === 'number' ? storedVersion : 0;
  if (version < 1) {
    const problem = draftProblem(state);
    if (problem) return { ok: false, reason: `the saved draft ${problem}` };
    return { ok: true, value: { state: state as DraftsData, version } };
  }
  const entries = draftEntries(state);
  if (!entries) return { ok: false, reason: 'the saved data holds no drafts' };
  for (const [key, draft] of Object.entries(entries)) {
    const problem = draftProblem(draft);
    if (problem) return { ok: false, reason: `the saved draft “${key}” ${problem}` };
  }
  return { ok: true, value: { state: state as DraftsData, version } };
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

/** Creates a drafts store and its notices over the given storage (tests pass an in-memory one). */
export function createDraftsStores(getStorage: () => StringStorage) {
  const status = createStore<DraftsStatus>()(() => ({ notice: {} }));
  const report = (notice: StorageNotice) =>
    status.setState((s) => ({ notice: { ...s.notice, ...notice } }));
  const drafts = create<DraftsState>()(
    persist(
      (set) => ({
        drafts: {},
        setDraft: (key, text) => {
          // Not written, so the draft in storage stays the one saved before; the learner is told.
          if (text.length > MAX_DRAFT_CHARS)
            return report({ saveError: describeTooLargeDraft(text.length) });
          set((s) =>
            s.drafts[key]?.text === text
              ? s
              : { drafts: { ...s.drafts, [key]: { text, updatedAt: Date.now() } } },
          );
        },
        clearDraft: (key) =>
          set((s) => {
            const { [key]: _gone, ...rest } = s.drafts;
            return { drafts: rest };
          }),
      }),
      {
        name: DRAFTS_STORAGE_KEY,
        version: DRAFTS_VERSION,
        storage: guardedStorage<DraftsData>({
          getStorage,
          report,
          backupPrefix: DRAFTS_BACKUP_PREFIX,
          decode: decodeStoredDrafts,
          describeError: describeDraftSaveError,
        }),
        partialize: (s) => ({ drafts: s.drafts }),
        migrate: migrateDrafts,
        merge: (persisted, current) => ({ ...current, ...sanitizeDrafts(persisted) }),
        // Rehydrated from an effect so the prerendered HTML and the first client render agree.
        skipHydration: true,
      },
    ),
  );
  const dismissNotice = (which: keyof StorageNotice) =>
    status.setState((s) => ({ notice: { ...s.notice, [which]: undefined } }));
  return { drafts, status, dismissNotice };
}

const appStores = createDraftsStores(() => window.localStorage);

/** The app's drafts store, backed by localStorage. */
export const useDrafts = appStores.drafts;
/** The app's drafts notices: unreadable saved drafts, failed writes. */
export const draftsStatus = appStores.status;
/** Hides one of the app's drafts notices. */
export const dismissDraftsNotice = appStores.dismissNotice;
