import type { Question } from '@/lib/content/quiz-schema';
import { emptyAnswer, type Answer } from '@/lib/quiz/grade';
import { scrambledIndexes } from '@/lib/quiz/shuffle';

/** The answer a question starts from: empty, or for ordering questions the items scrambled by seed. */
export function startAnswer(question: Question, seed: string): Answer {
  if (question.type === 'order') {
    return {
      type: 'order',
      order: scrambledIndexes(question.items.length, `${seed}:${question.id}`),
    };
  }
  return emptyAnswer(question);
}
