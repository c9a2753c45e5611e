'use client';

import type { RefObject } from 'react';
import { DIFFICULTIES, type Quiz } from '@/lib/content/quiz-schema';
import type { Answer, Grade } from '@/lib/quiz/grade';
import { percentOf, verdictFor, VERDICT_TEXT, type Score } from '@/lib/quiz/score';
import { DifficultyBadge } from './difficulty-badge';
import { QuestionExplanation } from './question-explanation';
import { QuestionInput } from './question-input';
import { QuestionPrompt } from './question-prompt';

const VERDICT_STYLE = {
  strong: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40',
  developing: 'border-amber-600 bg-amber-50 dark:bg-amber-950/40',
  'needs-review': 'border-red-600 bg-red-50 dark:bg-red-950/40',
} as const;

/** The end of a test: score per difficulty, the verdict, and a review of every question. */
export function TestResults({
  quiz,
  seed,
  answers,
  grades,
  score,
  headingRef,
  onRetake,
}: {
  quiz: Quiz;
  seed: string;
  answers: Record<string, Answer>;
  grades: Record<string, Grade>;
  score: Score;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRetake(): void;
}) {
  const verdict = verdictFor(score);
  return (
    <div className="space-y-8" data-test-results>
      <section aria-labelledby={`${quiz.id}-score`} className="space-y-4">
        <h2
          id={`${quiz.id}-score`}
          ref={headingRef}
          tabIndex={-1}
          className="text-2xl font-semibold focus:outline-none"
        >
          Your score: {score.correct} of {score.total}
        </h2>
        <div
          className={`rounded-md border-l-4 p-4 ${VERDICT_STYLE[verdict]}`}
          data-verdict={verdict}
        >
          <p className="text-lg font-semibold">{VERDICT_TEXT[verdict].label}</p>
          <p>{VERDICT_TEXT[verdict].advice}</p>
          <p className="mt-1 text-sm">
            Weighted score {score.percent}% (easy counts 1, medium 2, hard 3).
          </p>
        </div>
        <table className="w-full max-w-md text-left text-sm">
          <caption className="mb-1 text-left font-medium">Score per difficulty</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-1">
                Difficulty
              </th>
              <th scope="col" className="py-1">
                Right
              </th>
              <th scope="col" className="py-1">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {DIFFICULTIES.map((d) => (
              <tr
                key={d}
                data-score-row={d}
                className="border-b border-slate-200 dark:border-slate-800"
              >
                <th scope="row" className="py-1 font-normal">
                  <DifficultyBadge difficulty={d} />
                </th>
                <td className="py-1">
                  {score.byDifficulty[d].correct} of {score.byDifficulty[d].total}
                </td>
                <td className="py-1">{percentOf(score.byDifficulty[d])}%</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          onClick={onRetake}
          className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800"
        >
          Take the test again
        </button>
      </section>

      <section aria-labelledby={`${quiz.id}-review`} className="space-y-6">
        <h2 id={`${quiz.id}-review`} className="text-xl font-semibold">
          Review
        </h2>
        <ol className="space-y-8">
          {quiz.questions.map((q, i) => {
            const grade = grades[q.id];
            return (
              <li
                key={q.id}
                data-review={q.id}
                className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <div className="flex flex-wrap items-center gap-3">
                  <h3 className="font-semibold">Question {i + 1}</h3>
                  <DifficultyBadge difficulty={q.difficulty} />
                  <span
                    className={
                      grade?.correct
                        ? 'font-semibold text-emerald-700 dark:text-emerald-300'
                        : 'font-semibold text-red-700 dark:text-red-300'
                    }
                  >
                    {grade?.correct ? '✓ Right' : '✗ Wrong'}
                  </span>
                </div>
                <QuestionPrompt question={q} />
                <QuestionInput
                  question={q}
                  seed={seed}
                  answer={answers[q.id] as Answer}
                  onChange={() => {}}
                  locked
                  grade={grade}
                />
                <QuestionExplanation question={q} />
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
