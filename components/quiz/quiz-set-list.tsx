import Link from 'next/link';
import { DIFFICULTIES, type Quiz } from '@/lib/content/quiz-schema';
import { DifficultyBadge } from './difficulty-badge';

/** Cards linking to each standalone quiz set, with its mode and difficulty mix. */
export function QuizSetList({ quizzes }: { quizzes: Quiz[] }) {
  return (
    <ul className="grid gap-4">
      {quizzes.map((quiz) => (
        <li
          key={quiz.id}
          data-quiz-set={quiz.id}
          className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
        >
          <h2 className="text-lg font-semibold">
            <Link
              href={`/quizzes/${quiz.id}/`}
              className="text-sky-800 hover:underline dark:text-sky-300"
            >
              {quiz.title}
            </Link>
          </h2>
          {quiz.description ? (
            <p className="mt-1 text-slate-700 dark:text-slate-300">{quiz.description}</p>
          ) : null}
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <span className="font-medium">
              {quiz.mode === 'test' ? 'Test: score at the end' : 'Practice: feedback as you go'}
            </span>
            · {quiz.questions.length} questions ·
            {DIFFICULTIES.map((d) => {
              const n = quiz.questions.filter((q) => q.difficulty === d).length;
              return n ? (
                <span key={d}>
                  <DifficultyBadge difficulty={d} /> {n}
                </span>
              ) : null;
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
