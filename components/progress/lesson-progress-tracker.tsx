'use client';

import { useEffect } from 'react';
import { progress, useProgress, useProgressSync } from '@/lib/store/progress-hooks';

/**
 * Records a lesson visit (and the learner's last position) once progress has loaded, and offers
 * a button to mark the lesson complete.
 */
export function LessonProgressTracker({ slug, title }: { slug: string; title: string }) {
  const hydrated = useProgressSync();
  const completed = useProgress((s) => Boolean(s.lessons[slug]?.completedAt));

  useEffect(() => {
    if (hydrated) progress.store.getState().markVisited(slug, title);
  }, [hydrated, slug, title]);

  return (
    <div className="not-prose mt-10 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p className="flex-1" aria-live="polite">
        {completed
          ? 'You have completed this lesson.'
          : 'Finished reading? Mark the lesson complete.'}
      </p>
      <button
        type="button"
        disabled={!hydrated}
        aria-pressed={completed}
        onClick={() => progress.store.getState().setCompleted(slug, !completed)}
        className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50 ${
          completed
            ? 'border border-emerald-700 text-emerald-800 dark:text-emerald-300'
            : 'bg-emerald-700 text-white hover:bg-emerald-800'
        }`}
      >
        {completed ? '✓ Completed' : 'Mark lesson complete'}
      </button>
    </div>
  );
}
