import { expect, test } from 'vitest';
import type { Difficulty, Question } from '@/lib/content/quiz-schema';
import { percentOf, scoreQuestions, verdictFor } from './score';

const q = (id: string, difficulty: Difficulty): Question => ({
  id,
  difficulty,
  type: 'single',
  prompt: 'P',
  options: [],
  solution: [],
  mistakes: [],
  tags: [],
  source: { file: 'f', line: 1 },
});
// The pattern test's shape: 3 easy, 4 medium, 3 hard.
const set = [
  q('e1', 'easy'),
  q('e2', 'easy'),
  q('e3', 'easy'),
  q('m1', 'medium'),
  q('m2', 'medium'),
  q('m3', 'medium'),
  q('m4', 'medium'),
  q('h1', 'hard'),
  q('h2', 'hard'),
  q('h3', 'hard'),
];
const right = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, true]));

test('scores per difficulty and weights hard questions more', () => {
  const score = scoreQuestions(set, right('e1', 'e2', 'e3', 'm1', 'h1'));
  expect(score.byDifficulty).toEqual({
    easy: { correct: 3, total: 3 },
    medium: { correct: 1, total: 4 },
    hard: { correct: 1, total: 3 },
  });
  expect(score).toMatchObject({ correct: 5, total: 10, points: 3 + 2 + 3, maxPoints: 3 + 8 + 9 });
  expect(score.percent).toBe(40);
});

test('verdicts: strong, developing, needs review', () => {
  expect(verdictFor(scoreQuestions(set, right(...set.map((x) => x.id))))).toBe('strong');
  const lopsided = scoreQuestions(set, right('e1', 'e2', 'e3', 'm1', 'm2', 'm3', 'm4', 'h1'));
  expect(lopsided.percent).toBe(70);
  expect(verdictFor(lopsided)).toBe('developing');
  // 87% of the points, but no hard question right: not strong yet
  const easyHeavy = [...Array.from({ length: 20 }, (_, i) => q(`x${i}`, 'easy')), q('hx', 'hard')];
  const aced = scoreQuestions(easyHeavy, right(...easyHeavy.slice(0, 20).map((x) => x.id)));
  expect(aced.percent).toBe(87);
  expect(verdictFor(aced)).toBe('developing');
  const strong = scoreQuestions(set, right('e1', 'e2', 'm1', 'm2', 'm3', 'm4', 'h1', 'h2'));
  expect(strong.percent).toBe(80);
  expect(verdictFor(strong)).toBe('strong');
  expect(verdictFor(scoreQuestions(set, right('e1', 'e2', 'e3')))).toBe('needs-review');
  expect(verdictFor(scoreQuestions(set, {}))).toBe('needs-review');
});

test('an empty set scores zero without dividing by zero', () => {
  const score = scoreQuestions([], {});
  expect(score.percent).toBe(0);
  expect(percentOf({ correct: 0, total: 0 })).toBe(0);
  expect(percentOf({ correct: 2, total: 3 })).toBe(67);
});
