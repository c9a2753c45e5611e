import type { Question } from '@/lib/content/quiz-schema';

/**
 * Pure grading. An answer is what the learner chose, in a shape that survives JSON (it is stored
 * in progress): option ids, a Dockerfile line number, or item indexes in the learner's order.
 */

export type Answer =
  | { type: 'choice'; selected: string[] }
  | { type: 'line'; line: number }
  | { type: 'order'; order: number[] };

export type Grade =
  | { type: 'choice'; correct: boolean; wrong: string[]; missed: string[] }
  | { type: 'line'; correct: boolean; picked: number; answer: number }
  | { type: 'order'; correct: boolean; placedRight: boolean[] };

/** The empty answer a question starts with. */
export function emptyAnswer(question: Question): Answer {
  if (question.type === 'spot-the-error') return { type: 'line', line: 0 };
  if (question.type === 'order') return { type: 'order', order: [] };
  return { type: 'choice', selected: [] };
}

/** True when the learner has given something that can be graded. */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (question.type === 'spot-the-error') return answer.type === 'line' && answer.line > 0;
  if (question.type === 'order')
    return answer.type === 'order' && answer.order.length === question.items.length;
  return answer.type === 'choice' && answer.selected.length > 0;
}

/** Grades one answer. All-or-nothing: a multiple-choice answer is right only when it is exact. */
export function gradeAnswer(question: Question, answer: Answer): Grade {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'predict': {
      const selected = new Set(answer.type === 'choice' ? answer.selected : []);
      const wrong = question.options
        .filter((o) => !o.correct && selected.has(o.id))
        .map((o) => o.id);
      const missed = question.options
        .filter((o) => o.correct && !selected.has(o.id))
        .map((o) => o.id);
      return { type: 'choice', correct: wrong.length === 0 && missed.length === 0, wrong, missed };
    }
    case 'spot-the-error': {
      const picked = answer.type === 'line' ? answer.line : 0;
      return { type: 'line', correct: picked === question.answer, picked, answer: question.answer };
    }
    case 'order': {
      const order = answer.type === 'order' ? answer.order : [];
      const placedRight = question.items.map((_, i) => order[i] === i);
      return {
        type: 'order',
        correct: order.length === question.items.length && placedRight.every(Boolean),
        placedRight,
      };
    }
  }
}
