import { expect, test } from 'vitest';
import { scoreQuestions } from '@/lib/quiz/score';
import { BACKUP_PREFIX, PROGRESS_KEY, createProgressStores } from './progress';
import {
  PROGRESS_VERSION,
  decodeStoredProgress,
  migrateProgress,
  type ProgressData,
} from './progress-schema';

import { memoryStorage } from './progress-test-storage';

const v2 = (data: Partial<ProgressData> = {}) =>
  JSON.stringify({ state: { lessons: {}, attempts: [], ...data }, version: PROGRESS_VERSION });

test('progress survives a new store over the same storage (a reload)', () => {
  const { storage } = memoryStorage();
  const a = createProgressStores(() => storage);
  a.store.getState().markVisited('why-multi-stage', 'Why multi-stage builds');
  a.store.getState().setCompleted('why-multi-stage', true);

  const b = createProgressStores(() => storage);
  b.ensureHydrated();
  const lesson = b.store.getState().lessons['why-multi-stage'];
  expect(lesson?.visits).toBe(1);
  expect(lesson?.completedAt).toBeTruthy();
  expect(b.store.getState().last).toMatchObject({
    href: '/learn/why-multi-stage/',
    title: 'Why multi-stage builds',
  });
});

test('an action before hydration reads storage first instead of overwriting it', () => {
  const { storage, map } = memoryStorage({ [PROGRESS_KEY]: v2({ lessons: { a: { visits: 3 } } }) });
  const p = createProgressStores(() => storage);
  p.store.getState().markVisited('b', 'B');
  const saved = JSON.parse(map.get(PROGRESS_KEY) ?? '{}');
  expect(Object.keys(saved.state.lessons).sort()).toEqual(['a', 'b']);
  expect(saved.state.lessons.a.visits).toBe(3);
});

test('a corrupt stored value is kept under a backup key, the learner is told, and the store works', () => {
  const { storage, map } = memoryStorage({ [PROGRESS_KEY]: '{"state": {not json' });
  const p = createProgressStores(() => storage);
  p.ensureHydrated();
  const { hydrated, notice } = p.status.getState();
  expect(hydrated).toBe(true);
  expect(notice.recovered?.reason).toBe('the saved data is not valid JSON');
  const backupKey = notice.recovered?.backupKey ?? '';
  expect(backupKey.startsWith(BACKUP_PREFIX)).toBe(true);
  expect(map.get(backupKey)).toBe('{"state": {not json');

  p.store.getState().markVisited('naming-stages', 'Naming stages');
  expect(JSON.parse(map.get(PROGRESS_KEY) ?? '{}').state.lessons['naming-stages'].visits).toBe(1);
  expect(map.get(backupKey)).toBe('{"state": {not json');
});

test('a value of the wrong shape or from a newer version is backed up too', () => {
  for (const [raw, reason] of [
    [JSON.stringify({ state: { lessons: 'x', attempts: [] }, version: 2 }), /^lessons: /],
    [JSON.stringify({ state: {}, version: 99 }), /newer version/],
    ['"just a string"', /not Stagecraft progress/],
  ] as const) {
    const { storage, map } = memoryStorage({ [PROGRESS_KEY]: raw });
    const p = createProgressStores(() => storage);
    p.ensureHydrated();
    expect(p.status.getState().notice.recovered?.reason).toMatch(reason);
    expect(map.get(p.status.getState().notice.recovered?.backupKey ?? '')).toBe(raw);
    expect(p.store.getState().lessons).toEqual({});
  }
});

test('a failed write (quota, blocked storage) keeps progress in memory and says so', () => {
  const { storage, state } = memoryStorage();
  const p = createProgressStores(() => storage);
  p.ensureHydrated();
  state.failWrites = 'QuotaExceededError';
  expect(() => p.store.getState().markVisited('a', 'A')).not.toThrow();
  expect(p.store.getState().lessons.a?.visits).toBe(1);
  expect(p.status.getState().notice.saveError).toMatch(/storage is full/);
  state.failWrites = 'SecurityError';
  p.store.getState().markVisited('a', 'A');
  expect(p.status.getState().notice.saveError).toMatch(/blocks storage/);
  state.failWrites = null;
  p.store.getState().markVisited('a', 'A');
  expect(p.status.getState().notice.saveError).toBeUndefined();
});

test('reading storage that throws (disabled storage) is caught and reported', () => {
  const p = createProgressStores(() => {
    throw Object.assign(new Error('denied'), { name: 'SecurityError' });
  });
  expect(() => p.ensureHydrated()).not.toThrow();
  expect(p.status.getState().hydrated).toBe(true);
  expect(p.status.getState().notice.saveError).toMatch(/blocks storage/);
});

test('attempts record answers, first try in practice, last answer in a test, and a score', () => {
  const { storage } = memoryStorage();
  const p = createProgressStores(() => storage);
  const s = () => p.store.getState();
  const questions = [
    { id: 'q1', difficulty: 'easy' as const },
    { id: 'q2', difficulty: 'hard' as const },
  ];
  const practice = s().startAttempt({
    quizId: 'set',
    quizTitle: 'Set',
    mode: 'practice',
    seed: 'set:1',
    questions,
  });
  s().recordAnswer(practice, 'q1', { type: 'choice', selected: ['b'] }, false);
  s().recordAnswer(practice, 'q1', { type: 'choice', selected: ['a'] }, true);
  const first = s().attempts[0]?.answers.q1;
  expect(first).toMatchObject({ correct: false, tries: 2, answer: { selected: ['b'] } });

  const testId = s().startAttempt({
    quizId: 'exam',
    quizTitle: 'Exam',
    mode: 'test',
    seed: 'exam:1',
    questions,
  });
  s().recordAnswer(testId, 'q2', { type: 'line', line: 3 }, false);
  s().recordAnswer(testId, 'q2', { type: 'line', line: 4 }, true);
  const score = scoreQuestions(
    questions.map((q) => ({
      ...q,
      type: 'single',
      prompt: '',
      options: [],
      solution: [],
      mistakes: [],
      tags: [],
      source: { file: '', line: 1 },
    })),
    { q2: true },
  );
  s().finishAttempt(testId, score);
  const done = s().attempts[1];
  expect(done?.answers.q2).toMatchObject({ correct: true, answer: { line: 4 } });
  expect(done?.score).toMatchObject({ correct: 1, total: 2, percent: 75 });
  expect(done?.score?.byDifficulty.hard).toEqual({ correct: 1, total: 1 });
  expect(done?.finishedAt).toBeTruthy();
  expect(done?.difficulties).toEqual({ q1: 'easy', q2: 'hard' });
});

test('another tab resetting progress empties this tab on rehydrate', async () => {
  const { storage } = memoryStorage();
  const a = createProgressStores(() => storage);
  const b = createProgressStores(() => storage);
  a.store.getState().markVisited('x', 'X');
  await b.rehydrate();
  expect(b.store.getState().lessons.x?.visits).toBe(1);
  a.store.getState().reset();
  await b.rehydrate();
  expect(b.store.getState().lessons).toEqual({});
  expect(b.store.getState().last).toBeUndefined();
});

test('version 1 progress migrates to the current shape, and a migrated value is saved', () => {
  const v1 = {
    visited: ['why-multi-stage', 'naming-stages'],
    completed: ['why-multi-stage'],
    attempts: [],
    lastLesson: { slug: 'naming-stages', title: 'Naming stages', at: '2026-01-02T00:00:00.000Z' },
  };
  expect(migrateProgress(v1, 1)).toEqual({
    lessons: {
      'why-multi-stage': { visits: 1, completedAt: '2026-01-02T00:00:00.000Z' },
      'naming-stages': { visits: 1 },
    },
    attempts: [],
    last: { href: '/learn/naming-stages/', title: 'Naming stages', at: '2026-01-02T00:00:00.000Z' },
  });
  const { storage, map } = memoryStorage({
    [PROGRESS_KEY]: JSON.stringify({ state: v1, version: 1 }),
  });
  const p = createProgressStores(() => storage);
  p.ensureHydrated();
  expect(p.store.getState().lessons['why-multi-stage']?.completedAt).toBeTruthy();
  expect(JSON.parse(map.get(PROGRESS_KEY) ?? '{}').version).toBe(PROGRESS_VERSION);
  expect(p.status.getState().notice.recovered).toBeUndefined();
});

test('migrations refuse unknown and future versions and malformed old data', () => {
  expect(() => migrateProgress({}, 0)).toThrow(/unknown progress version 0/);
  expect(() => migrateProgress({}, PROGRESS_VERSION + 1)).toThrow(/newer version/);
  expect(() => migrateProgress({ visited: 'x' }, 1)).toThrow(/visited/);
  expect(decodeStoredProgress(v2()).ok).toBe(true);
});
