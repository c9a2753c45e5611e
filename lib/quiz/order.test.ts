import { expect, test } from 'vitest';
import type { Question } from '@/lib/content/quiz-schema';
import { emptyAnswer, isAnswered, type Answer } from './grade';
import { shownOrder } from './order';

const question = {
  id: 'go-build',
  type: 'order',
  difficulty: 'medium',
  prompt: 'Order the steps',
  items: ['FROM golang', 'COPY go.mod', 'RUN go build', 'FROM scratch'],
} as Extract<Question, { type: 'order' }>;

test('an untouched ordering question shows its steps scrambled but is not answered', () => {
  const answer = emptyAnswer(question);
  const shown = shownOrder(question, answer, 'attempt-1');
  expect([...shown].sort()).toEqual([0, 1, 2, 3]);
  expect(shown).not.toEqual([0, 1, 2, 3]);
  expect(isAnswered(question, answer)).toBe(false);
});

test('the same seed shows the same scramble, so a reload or the review shows what the learner saw', () => {
  const answer = emptyAnswer(question);
  expect(shownOrder(question, answer, 'attempt-1')).toEqual(
    shownOrder(question, answer, 'attempt-1'),
  );
});

test('once the learner has moved a step, their order is shown and counts as an answer', () => {
  const answer: Answer = { type: 'order', order: [1, 0, 3, 2] };
  expect(shownOrder(question, answer, 'attempt-1')).toEqual([1, 0, 3, 2]);
  expect(isAnswered(question, answer)).toBe(true);
});
