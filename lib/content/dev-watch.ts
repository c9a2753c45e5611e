import fs from 'node:fs';
import path from 'node:path';
import { defaultLessonsDir } from './lessons';

const WATCHED = /^(quiz\.ya?ml|[A-Za-z0-9][\w.-]*\.Dockerfile)$/;

/**
 * In `next dev`, imports a lesson folder's quiz.yaml and *.Dockerfile files so they join the
 * module graph: saving one then re-renders the open lesson, as saving its index.mdx does.
 * The loaders read these files from disk, which the dev server does not watch on its own.
 * A no-op in production builds.
 */
export async function watchLessonFiles(dir: string): Promise<void> {
  if (process.env.NODE_ENV !== 'development') return;
  const folder = path.join(defaultLessonsDir(), dir);
  const names = fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => WATCHED.test(n)) : [];
  await Promise.all(
    names.map((name) => import(`@/content/lessons/${dir}/${name}`).catch(() => undefined)),
  );
}
