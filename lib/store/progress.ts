import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { Answer } from '@/lib/quiz/grade';
import type { Score } from '@/lib/quiz/score';
import {
  PROGRESS_VERSION,
  decodeStoredProgress,
  emptyProgress,
  migrateProgress,
  type ProgressData,
  type QuizAttempt,
} from './progress-schema';
import {
  guardedStorage,
  isQuotaError,
  type DecodedValue,
  type StorageNotice,
} from './guarded-storage';

/**
 * The learner's progress (zustand + persist to localStorage). Storage is never trusted: a value
 * that cannot be read is copied to a backup key and the learner is told; a failed write (quota,
 * storage disabled) keeps the progress in memory and says so. Nothing here throws into React.
 */

export const PROGRESS_KEY = 'stagecraft-progress';
export const BACKUP_PREFIX = 'stagecraft-progress:backup:';

export type { StorageNotice } from './guarded-storage';

export interface ProgressActions {
  markVisited(slug: string, title: string): void;
  setCompleted(slug: string, completed: boolean): void;
  setLast(href: string, title: string): void;
  /** starts an attempt and returns its id */
  startAttempt(input: {
    quizId: string;
    quizTitle: string;
    mode: 'practice' | 'test';
    seed: string;
    questions: Array<{ id: string; difficulty: 'easy' | 'medium' | 'hard' }>;
  }): string;
  /** practice keeps the first graded answer (tries still count); a test keeps the latest */
  recordAnswer(attemptId: string, questionId: string, answer: Answer, correct: boolean): void;
  finishAttempt(attemptId: string, score: Score): void;
  replaceAll(data: ProgressData): void;
  reset(): void;
}

export type ProgressState = ProgressData & ProgressActions;

/** Hydration and storage notices: a plain store, so updating it never writes to storage. */
export interface ProgressStatus {
  /** true once the stored value has been read (or found missing or unreadable) */
  hydrated: boolean;
  notice: StorageNotice;
}

const nowIso = () => new Date().toISOString();

function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Your browser storage is full, so your latest progress was not saved. Export it to keep a copy.';
  }
  if ((error as { name?: string })?.name === 'SecurityError') {
    return 'Your browser blocks storage for this site, so progress cannot be saved. Export it to keep a copy.';
  }
  return `Your progress could not be saved (${(error as Error)?.message ?? 'storage error'}). Export it to keep a copy.`;
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
  });
}

const DATA_KEYS = ['lessons', 'attempts', 'last'] as const;

function pickData(state: ProgressData): ProgressData {
  return {
    lessons: state.lessons,
    attempts: state.attempts,
    ...(state.last ? { last: state.last } : {}),
  };
}

let attemptCounter = 0;

export interface ProgressStores {
  store: StoreApi<ProgressState>;
  status: StoreApi<ProgressStatus>;
  /** reads storage now if it has not been read yet; every action calls it before writing */
  ensureHydrated(): void;
  /** reads storage again (another tab changed it) */
  rehydrate(): Promise<void>;
  dismissNotice(which: keyof StorageNotice): void;
}

/** Creates a progress store over the given storage (tests pass an in-memory one). */
export function createProgressStores(getStorage: () => Storage): ProgressStores {
  const status = createStore<ProgressStatus>()(() => ({ hydrated: false, notice: {} }));
  const report = (notice: StorageNotice) => {
    const current = status.getState().notice;
    const changed = (Object.keys(notice) as Array<keyof StorageNotice>).some(
      (k) => current[k] !== notice[k],
    );
    if (changed) status.setState({ notice: { ...current, ...notice } });
  };

  // Writing before the saved value is read would overwrite it with an empty state.
  const ensureHydrated = () => {
    if (!status.getState().hydrated) void store.persist.rehydrate();
  };

  const store = createStore<ProgressState>()(
    persist(
      (rawSet) => {
        const set = ((...args: unknown[]) => {
          ensureHydrated();
          return (rawSet as (...a: unknown[]) => unknown)(...args);
        }) as typeof rawSet;
        const updateAttempt = (id: string, fn: (a: QuizAttempt) => QuizAttempt) =>
          set((s) => ({ attempts: s.attempts.map((a) => (a.id === id ? fn(a) : a)) }));
        return {
          ...emptyProgress(),
          markVisited: (slug, title) => {
            const at = nowIso();
            set((s) => {
              const prev = s.lessons[slug];
              return {
                lessons: {
                  ...s.lessons,
                  [slug]: {
                    ...prev,
                    visits: (prev?.visits ?? 0) + 1,
                    firstVisitAt: prev?.firstVisitAt ?? at,
                    lastVisitAt: at,
                  },
                },
                last: { href: `/learn/${slug}/`, title, at },
              };
            });
          },
          setCompleted: (slug, completed) =>
            set((s) => {
              const prev = s.lessons[slug] ?? { visits: 1, firstVisitAt: nowIso() };
              const next = { ...prev };
              if (completed) next.completedAt = nowIso();
              else delete next.completedAt;
              return { lessons: { ...s.lessons, [slug]: next } };
            }),
          setLast: (href, title) => set({ last: { href, title, at: nowIso() } }),
          startAttempt: ({ quizId, quizTitle, mode, seed, questions }) => {
            attemptCounter += 1;
            const id = `${quizId}-${Date.now().toString(36)}-${attemptCounter}`;
            const attempt: QuizAttempt = {
              id,
              quizId,
              quizTitle,
              mode,
              seed,
              startedAt: nowIso(),
              questionIds: questions.map((q) => q.id),
              difficulties: Object.fromEntries(questions.map((q) => [q.id, q.difficulty])),
              answers: {},
            };
            set((s) => ({ attempts: [...s.attempts, attempt] }));
            return id;
          },
          recordAnswer: (attemptId, questionId, answer, correct) =>
            updateAttempt(attemptId, (a) => {
              const prev = a.answers[questionId];
              const keepFirst = a.mode === 'practice' && prev;
              return {
                ...a,
                answers: {
                  ...a.answers,
                  [questionId]: keepFirst
                    ? { ...prev, tries: prev.tries + 1 }
                    : { answer, correct, tries: (prev?.tries ?? 0) + 1, answeredAt: nowIso() },
                },
              };
            }),
          finishAttempt: (attemptId, score) =>
            updateAttempt(attemptId, (a) => {
              const finishedAt = nowIso();
              return {
                ...a,
                finishedAt,
                durationMs: Math.max(0, Date.parse(finishedAt) - Date.parse(a.startedAt)),
                score: {
                  correct: score.correct,
                  total: score.total,
                  percent: score.percent,
                  byDifficulty: score.byDifficulty,
                },
              };
            }),
          replaceAll: (data) => set({ ...emptyProgress(), last: undefined, ...data }),
          reset: () => set({ ...emptyProgress(), last: undefined }),
        };
      },
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: safeStorage(getStorage, report),
        skipHydration: true,
        partialize: (state) => pickData(state) as ProgressState,
        migrate: (persisted, version) => migrateProgress(persisted, version) as ProgressState,
        // A missing value (first visit, or another tab reset) means no progress, not "keep mine".
        merge: (persisted, current) => {
          const data = (persisted as ProgressData | undefined) ?? emptyProgress();
          const next: ProgressState = { ...current, ...emptyProgress(), last: undefined };
          for (const key of DATA_KEYS) {
            if (data[key] !== undefined) Object.assign(next, { [key]: data[key] });
          }
          return next;
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

  return {
    store,
    status,
    ensureHydrated,
    rehydrate: () => store.persist.rehydrate(),
    dismissNotice: (which) =>
      status.setState((s) => ({ notice: { ...s.notice, [which]: undefined } })),
  };
}
