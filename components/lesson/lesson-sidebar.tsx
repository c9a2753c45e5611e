import Link from 'next/link';
import type { CourseMapModule } from '@/lib/content/lessons';
import { LessonProgressMark } from '@/components/progress/lesson-progress-mark';

function Modules({ modules, current }: { modules: CourseMapModule[]; current: string }) {
  return (
    <ol className="space-y-4 text-sm">
      {modules
        .filter((m) => m.lessons.length > 0)
        .map((mod) => (
          <li key={mod.id}>
            <p className="font-semibold text-slate-900 dark:text-slate-100">{mod.title}</p>
            <ol className="mt-1 space-y-0.5 border-l border-slate-200 dark:border-slate-800">
              {mod.lessons.map((lesson) => {
                const active = lesson.slug === current;
                return (
                  <li
                    key={lesson.slug}
                    data-lesson-slug={lesson.slug}
                    className="flex items-center"
                  >
                    <Link
                      href={`/learn/${lesson.slug}/`}
                      aria-current={active ? 'page' : undefined}
                      className={`-ml-px block flex-1 border-l-2 py-1 pl-3 ${
                        active
                          ? 'border-sky-600 font-medium text-sky-800 dark:border-sky-400 dark:text-sky-300'
                          : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
                      }`}
                    >
                      {lesson.title}
                    </Link>
                    <LessonProgressMark slug={lesson.slug} />
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
    </ol>
  );
}

/** Course navigation beside a lesson; collapses into a disclosure on narrow screens. */
export function LessonSidebar({
  modules,
  current,
}: {
  modules: CourseMapModule[];
  current: string;
}) {
  return (
    <nav aria-label="Course">
      <details className="rounded-md border border-slate-200 p-3 lg:hidden dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-medium">Course contents</summary>
        <div className="mt-3">
          <Modules modules={modules} current={current} />
        </div>
      </details>
      <div className="hidden lg:block">
        <Modules modules={modules} current={current} />
      </div>
    </nav>
  );
}
