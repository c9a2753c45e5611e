import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <p className="font-mono text-sm text-slate-600 dark:text-slate-400">404</p>
      <h1 className="mt-2 text-3xl font-bold">This page is not part of the course</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        The address may have a typo, or the lesson may have moved. Lesson links never include
        numbers, so <code>/learn/why-multi-stage/</code> works and <code>/learn/01-…</code> does
        not.
      </p>
      <Link
        href="/"
        className="mt-8 inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
      >
        Back to the course map
      </Link>
    </div>
  );
}
