import Link from 'next/link';
import type { CourseMapModule } from '@/lib/content/lessons';
import { LessonProgressMark } from '@/components/progress/lesson-progress-mark';
import { InlineMarkdown } from '@/components/ui/inline-markdown';

/** Modules in order, each listing its lessons with summaries; empty modules say so. */
export function CourseMap({ modules }: { modules: CourseMapModule[] }) {
  const position = new Map(
    modules.flatMap((m) => m.lessons).map((lesson, i) => [lesson.slug, i + 1]),
  );
  return (
    <ol className="space-y-10">
      {modules.map((mod, moduleIndex) => (
        <li key={mod.id} data-module={mod.id} aria-labelledby={`module-${mod.id}`}>
          <h2 id={`module-${mod.id}`} className="text-xl font-semibold">
            <span className="text-slate-600 dark:text-slate-400">Module {moduleIndex + 1}: </span>
            {mod.title}
          </h2>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{mod.description}</p>
          {mod.lessons.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600 italic dark:text-slate-400">
              Lessons coming soon.
            </p>
          ) : (
            <ol className="mt-4 grid gap-3">
              {mod.lessons.map((lesson) => {
                const number = position.get(lesson.slug);
                return (
                  <li
                    key={lesson.slug}
                    data-lesson-slug={lesson.slug}
                    className="relative rounded-lg border border-slate-200 p-4 hover:border-sky-600 dark:border-slate-800 dark:hover:border-sky-400"
                  >
                    <div className="flex items-start justify-between gap-3">
                      <h3 className="font-semibold">
                        <Link
                          href={`/learn/${lesson.slug}/`}
                          className="text-sky-800 hover:underline dark:text-sky-300"
                        >
                          {number}. {lesson.title}
                        </Link>
                      </h3>
                      <LessonProgressMark slug={lesson.slug} />
                    </div>
                    <p className="mt-1 text-slate-700 dark:text-slate-300">
                      <InlineMarkdown text={lesson.summary} />
                    </p>
                    <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                      About {lesson.minutes} min
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
