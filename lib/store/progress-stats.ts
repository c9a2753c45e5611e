import type { ProgressData, QuizAttempt } from './progress-schema';

/** Pure summaries of progress for the dashboard. */

/** Attempts made from the review page are recorded under this quiz id prefix. */
export const REVIEW_PREFIX = 'review:';

export interface MissedQuestion {
  questionId: string;
  /** first-try answers that were wrong, across all attempts */
  misses: number;
  /** first-try answers given at all */
  answered: number;
  lastMissedAt: string;
}

/** Questions answered wrongly on the first try, most often missed first (ties: most recent). */
export function mostMissed(attempts: readonly QuizAttempt[], limit = 5): MissedQuestion[] {
  const byId = new Map<string, MissedQuestion>();
  for (const attempt of attempts) {
    for (const [questionId, a] of Object.entries(attempt.answers)) {
      const entry = byId.get(questionId) ?? {
        questionId,
        misses: 0,
        answered: 0,
        lastMissedAt: '',
      };
      entry.answered += 1;
      if (!a.correct) {
        entry.misses += 1;
        if (a.answeredAt > entry.lastMissedAt) entry.lastMissedAt = a.answeredAt;
      }
      byId.set(questionId, entry);
    }
  }
  return [...byId.values()]
    .filter((m) => m.misses > 0)
    .sort((a, b) => b.misses - a.misses || b.lastMissedAt.localeCompare(a.lastMissedAt))
    .slice(0, limit);
}

/** Finished, scored attempts of whole sets, oldest first: the "scores over time" series. */
export function scoreHistory(attempts: readonly QuizAttempt[]): QuizAttempt[] {
  return attempts
    .filter((a) => a.finishedAt && a.score && !a.quizId.startsWith(REVIEW_PREFIX))
    .sort((a, b) => (a.finishedAt ?? '').localeCompare(b.finishedAt ?? ''));
}

/** How many of `slugs` the learner has completed and visited. */
export function completionOf(
  lessons: ProgressData['lessons'],
  slugs: readonly string[],
): { completed: number; visited: number; total: number } {
  return {
    completed: slugs.filter((s) => lessons[s]?.completedAt).length,
    visited: slugs.filter((s) => lessons[s]).length,
    total: slugs.length,
  };
}
