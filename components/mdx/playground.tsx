import { resolveLessonFile } from '@/lib/playground/lesson-file';
import { parsePanels } from '@/lib/playground/panels';
import { LessonPlayground } from './playground-lazy';

/**
 * `<Playground file="starter.Dockerfile" panels="graph,size,problems" />` in a lesson: the named
 * Dockerfile from the lesson folder, read at build time, in an editor that loads on demand.
 */
export function Playground({
  file,
  panels,
  lesson,
  title,
}: {
  file: string;
  panels?: string;
  lesson?: string;
  title?: string;
}) {
  const resolved = resolveLessonFile(file, lesson);
  return (
    <LessonPlayground
      // A new key remounts the editor when an author saves the file during `npm run dev`.
      key={resolved.text}
      id={resolved.path}
      file={file}
      title={title}
      source={resolved.text}
      panels={parsePanels(panels)}
    />
  );
}
