import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonHeader } from '@/components/lesson/lesson-header';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { LessonSources } from '@/components/lesson/lesson-sources';
import { LessonSidebar } from '@/components/lesson/lesson-sidebar';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import { Quiz } from '@/components/mdx/quiz';
import { LessonProgressTracker } from '@/components/progress/lesson-progress-tracker';
import { watchLessonFiles } from '@/lib/content/dev-watch';
import { getAdjacentLessons, getCourseMap, getLesson, loadLessons } from '@/lib/content/lessons';
import { getModule } from '@/lib/content/modules';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

// loadLessons throws on any invalid lesson, so a bad frontmatter fails `next build` here.
export function generateStaticParams() {
  return loadLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const { default: Content } = await import(`@/content/lessons/${lesson.dir}/index.mdx`);
  await watchLessonFiles(lesson.dir);
  const { prev, next } = getAdjacentLessons(slug);

  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 py-8 lg:grid-cols-[14rem_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(0,1fr)_13rem]">
      <aside className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto">
        <LessonSidebar modules={getCourseMap()} current={slug} />
      </aside>
      <article className="min-w-0" data-lesson={slug}>
        <LessonHeader lesson={lesson} moduleTitle={getModule(lesson.module)?.title ?? ''} />
        <div className="xl:hidden">
          <TableOfContents headings={lesson.headings} id="toc-inline" />
        </div>
        <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-sky-800 prose-code:rounded prose-code:bg-slate-100 prose-code:px-1 prose-code:py-0.5 prose-code:font-normal prose-code:before:content-none prose-code:after:content-none dark:prose-a:text-sky-300 dark:prose-code:bg-slate-800">
          <Content components={{ Quiz: (props: object) => <Quiz lesson={slug} {...props} /> }} />
        </div>
        <LessonSources sources={lesson.sources} />
        <LessonProgressTracker slug={slug} title={lesson.title} />
        <LessonPager prev={prev} next={next} />
      </article>
      <aside className="hidden xl:sticky xl:top-20 xl:block xl:self-start">
        <TableOfContents headings={lesson.headings} id="toc-side" />
      </aside>
    </div>
  );
}
