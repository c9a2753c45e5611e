'use client';

import { useProgress, useProgressSync } from '@/lib/store/progress-hooks';

/**
 * A lesson's progress mark on the course map and in the sidebar: completed, visited, or nothing.
 * Renders nothing until progress has loaded, so the server HTML and the first client render match.
 */
export function LessonProgressMark({ slug }: { slug: string }) {
  const hydrated = useProgressSync();
  const lesson = useProgress((s) => s.lessons[slug]);
  if (!hydrated || !lesson) return null;
  if (lesson.completedAt) {
    return (
      <span
        data-progress="completed"
        className="shrink-0 rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-medium text-white"
      >
        ✓ Completed
      </span>
    );
  }
  return (
    <span
      data-progress="visited"
      className="shrink-0 rounded-full border border-slate-500 px-2 py-0.5 text-xs text-slate-700 dark:text-slate-300"
    >
      Visited
    </span>
  );
}
