import Link from 'next/link';

type Target = { slug: string; title: string } | undefined;

/** Previous / next lesson links at the end of a lesson. */
export function LessonPager({ prev, next }: { prev: Target; next: Target }) {
  if (!prev && !next) return null;
  return (
    <nav
      aria-label="Lesson"
      className="mt-12 grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800"
    >
      {prev ? (
        <Link
          href={`/learn/${prev.slug}/`}
          rel="prev"
          className="rounded-lg border border-slate-200 p-4 hover:border-sky-600 dark:border-slate-800 dark:hover:border-sky-400"
        >
          <span className="block text-sm text-slate-600 dark:text-slate-400">Previous</span>
          <span className="font-medium text-sky-800 dark:text-sky-300">{prev.title}</span>
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      {next ? (
        <Link
          href={`/learn/${next.slug}/`}
          rel="next"
          className="rounded-lg border border-slate-200 p-4 text-right hover:border-sky-600 dark:border-slate-800 dark:hover:border-sky-400"
        >
          <span className="block text-sm text-slate-600 dark:text-slate-400">Next</span>
          <span className="font-medium text-sky-800 dark:text-sky-300">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
