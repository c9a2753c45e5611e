/** Server-only: finds the Dockerfile a lesson's `<Playground file=…>` names, at build time. */
import fs from 'node:fs';
import path from 'node:path';
import { defaultLessonsDir, lessonSlug } from '@/lib/content/lessons';

const FILE_NAME = /^[A-Za-z0-9][\w.-]*\.Dockerfile$/;

/**
 * Finds `file` among the lesson folders at build time. `lesson` (a slug or folder name) picks the
 * folder; without it the file name must be unique across lessons. Throws, failing the build,
 * with a message that names the problem.
 */
export function resolveLessonFile(
  file: string,
  lesson?: string,
  dir: string = defaultLessonsDir(),
): { path: string; text: string } {
  if (!FILE_NAME.test(file)) {
    throw new Error(
      `<Playground file="${file}">: the file must be a name like starter.Dockerfile in the lesson folder`,
    );
  }
  const folders = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
    : [];
  const candidates = folders.filter(
    (name) =>
      (!lesson || name === lesson || lessonSlug(name) === lesson) &&
      fs.existsSync(path.join(dir, name, file)),
  );
  if (candidates.length !== 1) {
    const where = lesson ? `lesson "${lesson}"` : 'any lesson folder';
    throw new Error(
      candidates.length === 0
        ? `<Playground file="${file}">: ${file} was not found in ${where} under content/lessons`
        : `<Playground file="${file}">: ${file} exists in several lessons (${candidates.join(', ')}); add lesson="<slug>"`,
    );
  }
  const found = path.join(dir, candidates[0]!, file);
  return { path: `${candidates[0]}/${file}`, text: fs.readFileSync(found, 'utf8') };
}
