import { DIFFICULTIES, type Difficulty, type Question } from '@/lib/content/quiz-schema';

/** Harder questions count for more in the overall score. */
export const DIFFICULTY_WEIGHT: Record<Difficulty, number> = { easy: 1, medium: 2, hard: 3 };

export interface Tally {
  correct: number;
  total: number;
}

export interface Score extends Tally {
  /** weighted by difficulty */
  points: number;
  maxPoints: number;
  /** points / maxPoints as a whole percentage (0 when there is nothing to score) */
  percent: number;
  byDifficulty: Record<Difficulty, Tally>;
}

export type Verdict = 'strong' | 'developing' | 'needs-review';

/** Percentage of a tally, rounded; 0 for an empty tally. */
export function percentOf(t: Tally): number {
  return t.total ? Math.round((t.correct / t.total) * 100) : 0;
}

/** Scores a set of questions given which ones were answered correctly (missing = wrong). */
export function scoreQuestions(
  questions: readonly Question[],
  correct: Record<string, boolean>,
): Score {
  const byDifficulty = Object.fromEntries(
    DIFFICULTIES.map((d) => [d, { correct: 0, total: 0 }]),
  ) as Record<Difficulty, Tally>;
  let points = 0;
  let maxPoints = 0;
  for (const q of questions) {
    const tally = byDifficulty[q.difficulty];
    const weight = DIFFICULTY_WEIGHT[q.difficulty];
    tally.total += 1;
    maxPoints += weight;
    if (correct[q.id]) {
      tally.correct += 1;
      points += weight;
    }
  }
  const total = questions.length;
  const right = questions.filter((q) => correct[q.id]).length;
  return {
    correct: right,
    total,
    points,
    maxPoints,
    percent: maxPoints ? Math.round((points / maxPoints) * 100) : 0,
    byDifficulty,
  };
}

/**
 * The verdict on a test: strong needs 80% of the weighted points and at least half of every
 * difficulty tried (a learner who aces the easy ones but misses every hard one is not there yet).
 */
export function verdictFor(score: Score): Verdict {
  const tried = DIFFICULTIES.map((d) => score.byDifficulty[d]).filter((t) => t.total > 0);
  if (score.percent >= 80 && tried.every((t) => t.correct * 2 >= t.total)) return 'strong';
  if (score.percent >= 50) return 'developing';
  return 'needs-review';
}

/** What a verdict says to the learner. */
export const VERDICT_TEXT: Record<Verdict, { label: string; advice: string }> = {
  strong: {
    label: 'Pattern strong',
    advice:
      'You can apply multi-stage builds with confidence. Try the playground on a real project.',
  },
  developing: {
    label: 'Getting there',
    advice: 'The basics are in place. Review the questions you missed, then take the test again.',
  },
  'needs-review': {
    label: 'Needs review',
    advice: 'Work through the foundation lessons and the practice set, then come back to the test.',
  },
};
