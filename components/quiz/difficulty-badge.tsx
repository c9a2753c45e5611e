import type { Difficulty } from '@/lib/content/quiz-schema';

const STYLES: Record<Difficulty, string> = {
  easy: 'border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300',
  medium: 'border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300',
  hard: 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-300',
};

/** A small label naming a question's difficulty. */
export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return (
    <span
      data-difficulty={difficulty}
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${STYLES[difficulty]}`}
    >
      {difficulty}
    </span>
  );
}
