'use client';

import Link from 'next/link';
import { isContinueHref } from '@/lib/store/progress-routes';
import { useProgress, useProgressSync } from '@/lib/store/progress-hooks';

/**
 * The "continue" link to the last lesson the learner opened, once known. The saved href comes from
 * storage (or an import), so it is checked again here: a link that would leave the site is not shown.
 */
export function ContinueLinkClient({ lessonSlugs }: { lessonSlugs: readonly string[] }) {
  const hydrated = useProgressSync();
  const last = useProgress((s) => s.last);
  if (!hydrated || !last || !isContinueHref(last.href, lessonSlugs)) return null;
  return (
    <p className="mt-6" data-continue>
      <Link
        href={last.href}
        className="inline-flex items-center gap-2 rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
      >
        Continue where you left off: {last.title} <span aria-hidden="true">→</span>
      </Link>
    </p>
  );
}
