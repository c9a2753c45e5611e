import type { Answer } from '@/lib/quiz/grade';
import type { Score } from '@/lib/quiz/score';
import { epochAfter, nextStamp } from './progress-merge';
import { lessonHref } from './progress-routes';
import type { LessonProgress, ProgressData, QuizAttempt } from './progress-schema';

/** What the learner's actions do to progress: each returns the changed fields. */

export interface ProgressActions {
  markVisited(slug: string, title: string): void;
  setCompleted(slug: string, completed: boolean): void;
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
  /** empties progress in this tab and, through the next write, in every other tab */
  reset(): void;
}

export type ProgressState = ProgressData & ProgressActions;

type Update = (change: (state: ProgressData) => Partial<ProgressData>) => void;

const nowIso = () => new Date().toISOString();

function lessonOf(state: ProgressData, slug: string): LessonProgress | undefined {
  return Object.hasOwn(state.lessons, slug) ? state.lessons[slug] : undefined;
}

/** A lesson record after an edit, stamped so that it wins over other tabs' older copies. */
function editLesson(
  state: ProgressData,
  slug: string,
  edit: (lesson: LessonProgress | undefined) => LessonProgress,
): ProgressData['lessons'] {
  const previous = lessonOf(state, slug);
  return {
    ...state.lessons,
    [slug]: { ...edit(previous), changedAt: nextStamp(previous?.changedAt) },
  };
}

let attemptCounter = 0;

function lessonActions(update: Update): Pick<ProgressActions, 'markVisited' | 'setCompleted'> {
  return {
    markVisited: (slug, title) => {
      const at = nowIso();
      update((state) => ({
        lessons: editLesson(state, slug, (previous) => ({
          ...previous,
          visits: (previous?.visits ?? 0) + 1,
          firstVisitAt: previous?.firstVisitAt ?? at,
          lastVisitAt: at,
        })),
        last: { href: lessonHref(slug), title, at },
      }));
    },
    setCompleted: (slug, completed) =>
      update((state) => ({
        lessons: editLesson(state, slug, (previous) => {
          const next = { ...(previous ?? { visits: 1, firstVisitAt: nowIso() }) };
          if (completed) next.completedAt = nowIso();
          else delete next.completedAt;
          return next;
        }),
      })),
  };
}

function attemptActions(
  update: Update,
): Pick<ProgressActions, 'startAttempt' | 'recordAnswer' | 'finishAttempt'> {
  const updateAttempt = (id: string, change: (attempt: QuizAttempt) => QuizAttempt) =>
    update((state) => ({
      attempts: state.attempts.map((attempt) => (attempt.id === id ? change(attempt) : attempt)),
    }));
  return {
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
        questionIds: questions.map((question) => question.id),
        difficulties: Object.fromEntries(
          questions.map((question) => [question.id, question.difficulty]),
        ),
        answers: {},
      };
      update((state) => ({ attempts: [...state.attempts, attempt] }));
      return id;
    },
    recordAnswer: (attemptId, questionId, answer, correct) =>
      updateAttempt(attemptId, (attempt) => {
        const previous = attempt.answers[questionId];
        const keepFirst = attempt.mode === 'practice' && previous;
        return {
          ...attempt,
          answers: {
            ...attempt.answers,
            [questionId]: keepFirst
              ? { ...previous, tries: previous.tries + 1 }
              : { answer, correct, tries: (previous?.tries ?? 0) + 1, answeredAt: nowIso() },
          },
        };
      }),
    finishAttempt: (attemptId, score) =>
      updateAttempt(attemptId, (attempt) => {
        const finishedAt = nowIso();
        const { correct, total, percent, byDifficulty } = score;
        return {
          ...attempt,
          finishedAt,
          durationMs: Math.max(0, Date.parse(finishedAt) - Date.parse(attempt.startedAt)),
          score: { correct, total, percent, byDifficulty },
        };
      }),
  };
}

/** The actions over an `update` that applies a change to the current progress and saves it. */
export function progressActions(update: Update): ProgressActions {
  return {
    ...lessonActions(update),
    ...attemptActions(update),
    reset: () =>
      update((state) => ({
        lessons: {},
        attempts: [],
        last: undefined,
        resetAt: epochAfter(state),
      })),
  };
}
