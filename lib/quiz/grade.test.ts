import { expect, test } from 'vitest';
import type {
  ChoiceQuestion,
  OrderQuestion,
  Question,
  SpotQuestion,
} from '@/lib/content/quiz-schema';
import { emptyAnswer, gradeAnswer, isAnswered } from './grade';

const base = {
  prompt: 'P',
  solution: ['S'],
  mistakes: [],
  tags: [],
  source: { file: 'f', line: 1 },
};
const multiple: ChoiceQuestion = {
  ...base,
  id: 'm',
  difficulty: 'easy',
  type: 'multiple',
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: true },
    { id: 'c', text: 'C', correct: false },
  ],
};
const spot: SpotQuestion = {
  ...base,
  id: 's',
  difficulty: 'medium',
  type: 'spot-the-error',
  dockerfile: 'FROM a AS b\nCOPY --from=c / /',
  answer: 2,
  lineFeedback: {},
};
const order: OrderQuestion = {
  ...base,
  id: 'o',
  difficulty: 'hard',
  type: 'order',
  items: ['x', 'y', 'z'],
};

test('multiple choice is right only when every correct option and nothing else is chosen', () => {
  expect(gradeAnswer(multiple, { type: 'choice', selected: ['b', 'a'] })).toEqual({
    type: 'choice',
    correct: true,
    wrong: [],
    missed: [],
  });
  expect(gradeAnswer(multiple, { type: 'choice', selected: ['a'] })).toMatchObject({
    correct: false,
    missed: ['b'],
  });
  expect(gradeAnswer(multiple, { type: 'choice', selected: ['a', 'b', 'c'] })).toMatchObject({
    correct: false,
    wrong: ['c'],
  });
});

test('spot-the-error compares the picked line with the answer', () => {
  expect(gradeAnswer(spot, { type: 'line', line: 2 })).toEqual({
    type: 'line',
    correct: true,
    picked: 2,
    answer: 2,
  });
  expect(gradeAnswer(spot, { type: 'line', line: 1 }).correct).toBe(false);
});

test('order is right only in the exact order, and says which positions are right', () => {
  expect(gradeAnswer(order, { type: 'order', order: [0, 1, 2] }).correct).toBe(true);
  expect(gradeAnswer(order, { type: 'order', order: [0, 2, 1] })).toEqual({
    type: 'order',
    correct: false,
    placedRight: [true, false, false],
  });
});

test('an answer of the wrong shape is graded wrong, never thrown', () => {
  expect(gradeAnswer(spot, { type: 'choice', selected: ['a'] }).correct).toBe(false);
  expect(gradeAnswer(order, { type: 'line', line: 1 }).correct).toBe(false);
  expect(gradeAnswer(multiple, { type: 'order', order: [0] }).correct).toBe(false);
});

test('isAnswered needs a choice, a line, or a full order', () => {
  const qs: Question[] = [multiple, spot, order];
  expect(qs.map((q) => isAnswered(q, emptyAnswer(q)))).toEqual([false, false, false]);
  expect(isAnswered(multiple, { type: 'choice', selected: ['c'] })).toBe(true);
  expect(isAnswered(spot, { type: 'line', line: 1 })).toBe(true);
  expect(isAnswered(order, { type: 'order', order: [2, 0, 1] })).toBe(true);
});
