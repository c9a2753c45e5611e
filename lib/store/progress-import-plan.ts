import {
  earliest,
  epochAfter,
  laterLast,
  latest,
  nextStamp,
  unionAttempts,
} from './progress-merge';
import type { LessonProgress, ProgressData, QuizAttempt } from './progress-schema';

/**
 * What an import does to the learner's progress, before it does it: the two ways to import
 * (replace, or merge into what is here) and a summary of what each would change.
 */

export type ImportMode = 'replace' | 'merge';

/** The imported progress as a new epoch: everything from before it, in any tab, is gone. */
export function replaceWithImported(
  current: ProgressData,
  imported: ProgressData,
  now: Date = new Date(),
): ProgressData {
  const { lessons, attempts, last } = imported;
  return { lessons, attempts, ...(last ? { last } : {}), resetAt: epochAfter(current, now) };
}

/** A lesson in both: completed if completed in either, the most visits, the widest visit span. */
function combineLesson(here: LessonProgress, imported: LessonProgress): LessonProgress {
  const combined: LessonProgress = { visits: Math.max(here.visits, imported.visits) };
  const firstVisitAt = earliest(here.firstVisitAt, imported.firstVisitAt);
  const lastVisitAt = latest(here.lastVisitAt, imported.lastVisitAt);
  const completedAt = earliest(here.completedAt, imported.completedAt);
  if (firstVisitAt) combined.firstVisitAt = firstVisitAt;
  if (lastVisitAt) combined.lastVisitAt = lastVisitAt;
  if (completedAt) combined.completedAt = completedAt;
  return combined;
}

/** An attempt in both: the better score is kept (a finished one over an unfinished one). */
function betterAttempt(here: QuizAttempt, imported: QuizAttempt): QuizAttempt {
  const hereScore = here.score?.percent ?? -1;
  const importedScore = imported.score?.percent ?? -1;
  return importedScore > hereScore ? imported : here;
}

const sameLesson = (a: LessonProgress | undefined, b: LessonProgress) =>
  a !== undefined &&
  a.visits === b.visits &&
  a.firstVisitAt === b.firstVisitAt &&
  a.lastVisitAt === b.lastVisitAt &&
  a.completedAt === b.completedAt;

/**
 * The union of both: lessons completed in either, best scores kept, attempts once each. Records
 * the import changed are stamped now, so a tab with an older copy takes them over.
 */
export function mergeImported(
  current: ProgressData,
  imported: ProgressData,
  now: Date = new Date(),
): ProgressData {
  const slugs = [...new Set([...Object.keys(current.lessons), ...Object.keys(imported.lessons)])];
  const lessons = Object.fromEntries(
    slugs.map((slug): [string, LessonProgress] => {
      const here = Object.hasOwn(current.lessons, slug) ? current.lessons[slug] : undefined;
      const there = Object.hasOwn(imported.lessons, slug) ? imported.lessons[slug] : undefined;
      const combined =
        here && there ? combineLesson(here, there) : ((here ?? there) as LessonProgress);
      if (sameLesson(here, combined)) return [slug, here as LessonProgress];
      return [slug, { ...combined, changedAt: nextStamp(here?.changedAt, now) }];
    }),
  );
  const last = laterLast(current.last, imported.last);
  return {
    lessons,
    attempts: unionAttempts(current.attempts, imported.attempts, betterAttempt),
    ...(last ? { last } : {}),
    ...(current.resetAt ? { resetAt: current.resetAt } : {}),
  };
}

/** One line of the import summary: a count now, in the file, and after each way to import. */
export interface ImportSummaryRow {
  id: string;
  label: string;
  current: number;
  file: number;
  afterReplace: number;
  afterMerge: number;
}

/**
 * What the summary counts. New kinds of progress (challenges, say) add a line here and the
 * summary, the preview and its tests pick it up.
 */
export const SUMMARY_COUNTERS: ReadonlyArray<{
  id: string;
  label: string;
  count(data: ProgressData): number;
}> = [
  {
    id: 'completed',
    label: 'Completed lessons',
    count: (data) => Object.values(data.lessons).filter((lesson) => lesson.completedAt).length,
  },
  { id: 'visited', label: 'Visited lessons', count: (data) => Object.keys(data.lessons).length },
  { id: 'attempts', label: 'Quiz attempts', count: (data) => data.attempts.length },
];

/** The counts the import preview shows, one row per counter. */
export function summarizeImport(current: ProgressData, imported: ProgressData): ImportSummaryRow[] {
  const merged = mergeImported(current, imported);
  return SUMMARY_COUNTERS.map(({ id, label, count }) => ({
    id,
    label,
    current: count(current),
    file: count(imported),
    afterReplace: count(imported),
    afterMerge: count(merged),
  }));
}
