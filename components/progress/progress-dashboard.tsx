'use client';

import Link from 'next/link';
import { DIFFICULTIES, type Difficulty } from '@/lib/content/quiz-schema';
import { percentOf } from '@/lib/quiz/score';
import { completionOf, mostMissed, scoreHistory } from '@/lib/store/progress-stats';
import { useProgress, useProgressSync } from '@/lib/store/progress-hooks';
import { DifficultyBadge } from '@/components/quiz/difficulty-badge';
import { renderInline } from '@/components/quiz/markdown';
import { ProgressDataControls } from './progress-data-controls';

export interface DashboardModule {
  id: string;
  title: string;
  lessons: Array<{ slug: string; title: string }>;
}

export interface DashboardQuestion {
  /** the first line of the prompt */
  summary: string;
  quizTitle: string;
  difficulty: Difficulty;
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The /progress page body: completion per module, scores over time, most missed questions, data. */
export function ProgressDashboard({
  modules,
  questions,
}: {
  modules: DashboardModule[];
  questions: Record<string, DashboardQuestion>;
}) {
  const hydrated = useProgressSync();
  const lessons = useProgress((s) => s.lessons);
  const attempts = useProgress((s) => s.attempts);

  if (!hydrated) {
    return (
      <p role="status" className="text-slate-600 dark:text-slate-400">
        Loading your progress…
      </p>
    );
  }
  const history = scoreHistory(attempts);
  const missed = mostMissed(attempts).filter((m) => questions[m.questionId]);

  return (
    <div className="space-y-12">
      <section aria-labelledby="progress-modules" className="space-y-4">
        <h2 id="progress-modules" className="text-xl font-semibold">
          Lessons by module
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {modules.map((mod) => {
            const c = completionOf(
              lessons,
              mod.lessons.map((l) => l.slug),
            );
            const label = `${mod.title}: ${c.completed} of ${c.total} lessons completed`;
            return (
              <li
                key={mod.id}
                data-module-progress={mod.id}
                className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <h3 className="font-semibold">{mod.title}</h3>
                <p className="text-sm" data-completion>
                  {c.completed} of {c.total} completed · {c.visited} visited
                </p>
                <progress
                  className="mt-2 h-2 w-full accent-emerald-700"
                  max={Math.max(c.total, 1)}
                  value={c.completed}
                  aria-label={label}
                />
                <ul className="mt-2 space-y-1 text-sm">
                  {mod.lessons.map((l) => (
                    <li
                      key={l.slug}
                      data-lesson-slug={l.slug}
                      className="flex justify-between gap-2"
                    >
                      <Link
                        href={`/learn/${l.slug}/`}
                        className="text-sky-800 hover:underline dark:text-sky-300"
                      >
                        {l.title}
                      </Link>
                      <span className="text-slate-600 dark:text-slate-400">
                        {lessons[l.slug]?.completedAt
                          ? '✓ completed'
                          : lessons[l.slug]
                            ? 'visited'
                            : 'not started'}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="progress-scores" className="space-y-3">
        <h2 id="progress-scores" className="text-xl font-semibold">
          Quiz scores over time
        </h2>
        {history.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">
            No finished quizzes yet.{' '}
            <Link href="/quizzes/" className="text-sky-800 underline dark:text-sky-300">
              Try a quiz
            </Link>
            .
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-score-history>
              <caption className="sr-only">
                Finished quizzes, oldest first, with the score per difficulty
              </caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-3">
                    When
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Quiz
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Mode
                  </th>
                  {DIFFICULTIES.map((d) => (
                    <th key={d} scope="col" className="py-1 pr-3">
                      <DifficultyBadge difficulty={d} />
                    </th>
                  ))}
                  <th scope="col" className="py-1">
                    Overall
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((a) => (
                  <tr key={a.id} className="border-b border-slate-200 dark:border-slate-800">
                    <td className="py-1 pr-3 whitespace-nowrap">
                      {dateFormat.format(new Date(a.finishedAt ?? a.startedAt))}
                    </td>
                    <td className="py-1 pr-3">{a.quizTitle}</td>
                    <td className="py-1 pr-3">{a.mode}</td>
                    {DIFFICULTIES.map((d) => {
                      const t = a.score?.byDifficulty[d];
                      return (
                        <td key={d} className="py-1 pr-3" data-difficulty-score={d}>
                          {t && t.total ? (
                            <Bar percent={percentOf(t)} label={`${t.correct}/${t.total}`} />
                          ) : (
                            '—'
                          )}
                        </td>
                      );
                    })}
                    <td className="py-1 font-medium">{a.score?.percent}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="progress-missed" className="space-y-3">
        <h2 id="progress-missed" className="text-xl font-semibold">
          Most often missed
        </h2>
        {missed.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">Nothing missed yet.</p>
        ) : (
          <ol className="space-y-2">
            {missed.map((m) => {
              const q = questions[m.questionId] as DashboardQuestion;
              return (
                <li
                  key={m.questionId}
                  data-missed={m.questionId}
                  className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
                >
                  <p>{renderInline(q.summary)}</p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
                    <DifficultyBadge difficulty={q.difficulty} />
                    {q.quizTitle} · missed {m.misses} of {m.answered}{' '}
                    {m.answered === 1 ? 'time' : 'times'}
                    <Link
                      href={`/quizzes/review/${m.questionId}/`}
                      className="font-medium text-sky-800 underline dark:text-sky-300"
                    >
                      Review this question
                    </Link>
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <ProgressDataControls
        lessonSlugs={modules.flatMap((mod) => mod.lessons.map((l) => l.slug))}
      />
    </div>
  );
}

function Bar({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="flex items-center gap-2">
      <span
        aria-hidden="true"
        className="inline-block h-2 w-16 rounded bg-slate-200 dark:bg-slate-700"
      >
        <span
          className="block h-2 rounded bg-sky-700 dark:bg-sky-400"
          style={{ width: `${percent}%` }}
        />
      </span>
      <span>
        {percent}% <span className="text-slate-600 dark:text-slate-400">({label})</span>
      </span>
    </span>
  );
}
