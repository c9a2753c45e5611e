import { expect, test } from 'vitest';
import { PROGRESS_KEY, createProgressStores } from './progress';
import { mergeImported, replaceWithImported, summarizeImport } from './progress-import-plan';
import type { ProgressData, QuizAttempt } from './progress-schema';
import { memoryStorage } from './progress-test-storage';

const NOW = new Date('2026-03-01T00:00:00.000Z');
const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T00:00:00.000Z`;

const attempt = (id: string, percent?: number): QuizAttempt => ({
  id,
  quizId: 'set',
  quizTitle: 'Set',
  mode: 'test',
  seed: 's',
  startedAt: day(1),
  questionIds: [],
  difficulties: {},
  answers: {},
  ...(percent === undefined
    ? {}
    : {
        finishedAt: day(2),
        score: {
          correct: 0,
          total: 0,
          percent,
          byDifficulty: {
            easy: { correct: 0, total: 0 },
            medium: { correct: 0, total: 0 },
            hard: { correct: 0, total: 0 },
          },
        },
      }),
});

const here: ProgressData = {
  lessons: {
    a: { visits: 3, firstVisitAt: day(2), lastVisitAt: day(9), completedAt: day(9) },
    b: { visits: 1, firstVisitAt: day(5), lastVisitAt: day(5) },
  },
  attempts: [attempt('shared', 40), attempt('only-here', 90)],
  last: { href: '/learn/b/', title: 'B', at: day(5) },
};
const imported: ProgressData = {
  lessons: {
    b: { visits: 2, firstVisitAt: day(1), lastVisitAt: day(3), completedAt: day(3) },
    c: { visits: 1, firstVisitAt: day(4), lastVisitAt: day(4) },
  },
  attempts: [attempt('shared', 80), attempt('only-there')],
  last: { href: '/learn/c/', title: 'C', at: day(4) },
};

test('merge is a union: completed in either, most visits, best score, each attempt once', () => {
  const merged = mergeImported(here, imported, NOW);
  expect(merged.lessons.a).toEqual(here.lessons.a);
  expect(merged.lessons.b).toEqual({
    visits: 2,
    firstVisitAt: day(1),
    lastVisitAt: day(5),
    completedAt: day(3),
    changedAt: NOW.toISOString(),
  });
  expect(merged.lessons.c).toMatchObject({ visits: 1, changedAt: NOW.toISOString() });
  expect(merged.attempts.map((a) => [a.id, a.score?.percent])).toEqual([
    ['only-here', 90],
    ['only-there', undefined],
    ['shared', 80],
  ]);
  expect(merged.last?.href).toBe('/learn/b/');
  expect(mergeImported(merged, imported, NOW)).toEqual(merged);
});

test('replace takes the file as it is and starts a new epoch', () => {
  const replaced = replaceWithImported(here, imported, NOW);
  expect(replaced).toEqual({ ...imported, resetAt: NOW.toISOString() });
});

test('the summary counts what each way to import would leave', () => {
  expect(summarizeImport(here, imported)).toEqual([
    {
      id: 'completed',
      label: 'Completed lessons',
      current: 1,
      file: 1,
      afterReplace: 1,
      afterMerge: 2,
    },
    {
      id: 'visited',
      label: 'Visited lessons',
      current: 2,
      file: 2,
      afterReplace: 2,
      afterMerge: 3,
    },
    { id: 'attempts', label: 'Quiz attempts', current: 2, file: 2, afterReplace: 2, afterMerge: 3 },
  ]);
});

test('an import that does not fit in storage changes nothing, in storage or in memory', () => {
  const { storage, map, state } = memoryStorage();
  const stores = createProgressStores(() => storage);
  stores.store.getState().setCompleted('a', true);
  const before = map.get(PROGRESS_KEY);
  state.failWrites = 'QuotaExceededError';
  const reason = stores.commit(replaceWithImported(stores.store.getState(), imported, NOW));
  expect(reason).toBe('There is not enough browser storage left for this progress.');
  expect(map.get(PROGRESS_KEY)).toBe(before);
  expect(Object.keys(stores.store.getState().lessons)).toEqual(['a']);
  expect(stores.status.getState().notice.saveError).toBeUndefined();

  state.failWrites = null;
  expect(stores.commit(replaceWithImported(stores.store.getState(), imported, NOW))).toBeNull();
  expect(Object.keys(stores.store.getState().lessons).sort()).toEqual(['b', 'c']);
  const reloaded = createProgressStores(() => storage);
  reloaded.ensureHydrated();
  expect(Object.keys(reloaded.store.getState().lessons).sort()).toEqual(['b', 'c']);
});
