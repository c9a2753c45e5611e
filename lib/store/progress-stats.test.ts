import { expect, test } from 'vitest';
import type { QuizAttempt } from './progress-schema';
import { completionOf, mostMissed, scoreHistory } from './progress-stats';

const attempt = (
  id: string,
  answers: Record<string, boolean>,
  extra: Partial<QuizAttempt> = {},
): QuizAttempt => ({
  id,
  quizId: 'set',
  quizTitle: 'Set',
  mode: 'practice',
  seed: '',
  startedAt: '2026-01-01T00:00:00.000Z',
  questionIds: Object.keys(answers),
  difficulties: {},
  answers: Object.fromEntries(
    Object.entries(answers).map(([q, correct]) => [
      q,
      {
        answer: { type: 'choice', selected: [] },
        correct,
        tries: 1,
        answeredAt: `2026-01-0${id}T00:00:00.000Z`,
      },
    ]),
  ),
  ...extra,
});

test('most missed questions come first, counted across attempts', () => {
  const missed = mostMissed([
    attempt('1', { a: false, b: false, c: true }),
    attempt('2', { a: false, b: true }),
  ]);
  expect(missed.map((m) => [m.questionId, m.misses, m.answered])).toEqual([
    ['a', 2, 2],
    ['b', 1, 2],
  ]);
});

test('score history keeps finished whole-set attempts, oldest first', () => {
  const score = {
    correct: 1,
    total: 1,
    percent: 100,
    byDifficulty: {
      easy: { correct: 1, total: 1 },
      medium: { correct: 0, total: 0 },
      hard: { correct: 0, total: 0 },
    },
  };
  const history = scoreHistory([
    attempt('2', {}, { finishedAt: '2026-01-03T00:00:00.000Z', score }),
    attempt('1', {}, { finishedAt: '2026-01-02T00:00:00.000Z', score }),
    attempt('3', {}),
    attempt('4', {}, { quizId: 'review:a', finishedAt: '2026-01-04T00:00:00.000Z', score }),
  ]);
  expect(history.map((a) => a.id)).toEqual(['1', '2']);
});

test('completion counts completed and visited lessons of a module', () => {
  expect(
    completionOf({ a: { visits: 1, completedAt: 'x' }, b: { visits: 2 } }, ['a', 'b', 'c']),
  ).toEqual({
    completed: 1,
    visited: 2,
    total: 3,
  });
});
