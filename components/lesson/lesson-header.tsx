import type { Lesson } from '@/lib/content/lessons';
import { InlineMarkdown } from '@/components/ui/inline-markdown';

/** Title block of a lesson: module, title, summary, timings and learning objectives. */
export function LessonHeader({ lesson, moduleTitle }: { lesson: Lesson; moduleTitle: string }) {
  return (
    <header className="mb-8">
      <p className="text-sm font-medium text-sky-800 dark:text-sky-300">{moduleTitle}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{lesson.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        <InlineMarkdown text={lesson.summary} />
      </p>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        <span data-reading-time>{lesson.readingMinutes} min read</span>
        <span aria-hidden="true"> · </span>
        <span>about {lesson.minutes} min with exercises</span>
      </p>
      <section
        aria-labelledby="objectives-title"
        className="mt-6 rounded-lg bg-slate-50 p-4 dark:bg-slate-900"
      >
        <h2 id="objectives-title" className="font-semibold">
          You will learn to
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          {lesson.objectives.map((objective) => (
            <li key={objective}>
              <InlineMarkdown text={objective} />
            </li>
          ))}
        </ul>
      </section>
    </header>
  );
}
