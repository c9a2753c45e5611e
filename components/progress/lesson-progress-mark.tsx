'use client';

/**
 * Where a lesson's progress mark appears on the course map and in the sidebar.
 * Renders nothing until the progress store exists: connect it here (read the store by `slug`
 * and return a badge). The parent already carries `data-lesson-slug` for tests.
 */
export function LessonProgressMark({ slug }: { slug: string }) {
  void slug;
  return null;
}
