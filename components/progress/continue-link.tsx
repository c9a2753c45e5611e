'use client';

import Link from 'next/link';
import { useProgress, useProgressSync } from '@/lib/store/progress-hooks';

/** "Continue where you left off": a link to the last lesson the learner opened, once known. */
export function ContinueLink() {
  const hydrated = useProgressSync();
  const last = useProgress((s) => s.last);
  if (!hydrated || !last) return null;
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
