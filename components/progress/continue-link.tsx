import { getCourseMap } from '@/lib/content/lessons';
import { ContinueLinkClient } from './continue-link-client';

/**
 * "Continue where you left off", given the course's lesson slugs so that the saved link is
 * followed only when it is one of this site's lessons.
 */
export function ContinueLink() {
  const lessonSlugs = getCourseMap().flatMap((module) =>
    module.lessons.map((lesson) => lesson.slug),
  );
  return <ContinueLinkClient lessonSlugs={lessonSlugs} />;
}
