import { CourseMap } from '@/components/course/course-map';
import { ContinueLink } from '@/components/progress/continue-link';
import { getCourseMap } from '@/lib/content/lessons';

export default function HomePage() {
  const modules = getCourseMap();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
        Learn Docker multi-stage builds
      </h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        Short lessons, quick questions and real Dockerfiles you edit in the browser, with an
        analyzer that explains what BuildKit would do with every stage.
      </p>
      <ContinueLink />
      <h2 className="sr-only">Course map</h2>
      <div className="mt-10">
        <CourseMap modules={modules} />
      </div>
    </div>
  );
}
