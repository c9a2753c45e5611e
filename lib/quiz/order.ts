import type { Question } from '@/lib/content/quiz-schema';
import type { Answer } from './grade';
import { scrambledIndexes } from './shuffle';

type OrderQuestion = Extract<Question, { type: 'order' }>;

/**
 * The order an ordering question shows: the learner's once they have moved a step, before that
 * the steps scrambled by seed. The scramble is shown, not stored as the answer, so a question
 * nobody has touched stays unanswered.
 */
export function shownOrder(question: OrderQuestion, answer: Answer, seed: string): number[] {
  if (answer.type === 'order' && answer.order.length === question.items.length) return answer.order;
  return scrambledIndexes(question.items.length, `${seed}:${question.id}`);
}
