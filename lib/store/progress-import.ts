import { z } from 'zod';
import {
  PROGRESS_VERSION,
  ProgressFormatError,
  attemptSchema,
  describeZodError,
  findProtoKey,
  lessonProgressSchema,
  migrateProgress,
  progressDataSchema,
  type ProgressData,
  type QuizAttempt,
} from './progress-schema';
import { isContinueHref } from './progress-routes';

/**
 * The export file: writing it, and reading one back with every check a file from outside the app
 * needs. Every refusal names the field and the problem ("lessons.naming-stages.completedAt:
 * expected an ISO date"), so a learner or a support reply can find it in the file.
 */

export const EXPORT_APP = 'stagecraft';
export const EXPORT_KIND = 'progress';

/**
 * The largest file an import reads: 2 MiB. A year of daily quizzes exports to a few hundred KB, and
 * the browser's whole storage for the site is about 5 MB, which drafts share.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The JSON a learner downloads; `importProgress` reads it back. */
export function exportProgress(data: ProgressData, now: Date = new Date()): string {
  const { lessons, attempts, last } = data;
  return JSON.stringify(
    {
      app: EXPORT_APP,
      kind: EXPORT_KIND,
      version: PROGRESS_VERSION,
      exportedAt: now.toISOString(),
      progress: { lessons, attempts, ...(last ? { last } : {}) },
    },
    null,
    2,
  );
}

/** "2.0 MB": a size as the learner's file manager shows it. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The refusal for a file over MAX_IMPORT_BYTES, shared by the UI's early check on the file size. */
export function tooLargeMessage(bytes: number): string {
  return `The file is ${formatMegabytes(bytes)}; an import can be at most ${formatMegabytes(MAX_IMPORT_BYTES)}.`;
}

const slugKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'is not a lesson slug (lowercase words and hyphens)',
});

type Issue = { path: Array<string | number>; message: string };

function lessonIssues(lessons: ProgressData['lessons']): Issue[] {
  const issues: Issue[] = [];
  for (const [slug, lesson] of Object.entries(lessons)) {
    const { firstVisitAt, lastVisitAt } = lesson;
    if (firstVisitAt && lastVisitAt && lastVisitAt < firstVisitAt) {
      issues.push({ path: ['lessons', slug, 'lastVisitAt'], message: 'is before firstVisitAt' });
    }
    if (lesson.visits === 0 && lastVisitAt) {
      issues.push({
        path: ['lessons', slug, 'visits'],
        message: 'is 0, but the lesson has a visit',
      });
    }
  }
  return issues;
}

function attemptIssues(attempt: QuizAttempt, index: number, seen: Set<string>): Issue[] {
  const at = (...path: Array<string | number>) => ['attempts', index, ...path];
  const issues: Issue[] = [];
  if (seen.has(attempt.id))
    issues.push({ path: at('id'), message: `repeats the id "${attempt.id}"` });
  seen.add(attempt.id);
  const asked = new Set(attempt.questionIds);
  for (const field of ['answers', 'difficulties'] as const) {
    for (const questionId of Object.keys(attempt[field])) {
      if (!asked.has(questionId)) {
        issues.push({ path: at(field, questionId), message: 'is not one of questionIds' });
      }
    }
  }
  if (attempt.finishedAt && attempt.finishedAt < attempt.startedAt) {
    issues.push({ path: at('finishedAt'), message: 'is before startedAt' });
  }
  const score = attempt.score;
  if (score && score.correct > score.total) {
    issues.push({ path: at('score', 'correct'), message: 'is more than score.total' });
  }
  for (const [difficulty, tally] of Object.entries(score?.byDifficulty ?? {})) {
    if (tally.correct > tally.total) {
      issues.push({
        path: at('score', 'byDifficulty', difficulty),
        message: 'has more correct than total',
      });
    }
  }
  return issues;
}

/** The file's progress with the cross-field checks a hand-edited file can fail. */
function importedProgressSchema(lessonSlugs: readonly string[]) {
  return progressDataSchema
    .extend({ lessons: z.record(slugKey, lessonProgressSchema), attempts: z.array(attemptSchema) })
    .superRefine((data, context) => {
      const seen = new Set<string>();
      const issues = [
        ...lessonIssues(data.lessons),
        ...data.attempts.flatMap((attempt, index) => attemptIssues(attempt, index, seen)),
      ];
      if (data.last && !isContinueHref(data.last.href, lessonSlugs)) {
        issues.push({
          path: ['last', 'href'],
          message: 'is not the address of a lesson on this site',
        });
      }
      for (const issue of issues) context.addIssue({ code: 'custom', ...issue });
    });
}

export type ImportResult = { ok: true; data: ProgressData } | { ok: false; error: string };

function readEnvelope(value: unknown): { version: number; progress: unknown } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The file is not a Stagecraft progress export: it holds no JSON object.';
  }
  const record = value as Record<string, unknown>;
  if (record.app !== EXPORT_APP || record.kind !== EXPORT_KIND) {
    return 'The file is not a Stagecraft progress export (expected app "stagecraft", kind "progress").';
  }
  if (typeof record.version === 'string') {
    return `version: expected a whole number, got the text ${JSON.stringify(record.version.slice(0, 20))}.`;
  }
  if (typeof record.version !== 'number' || !Number.isInteger(record.version)) {
    return 'version: expected a whole number.';
  }
  if (!('progress' in record)) return 'progress: missing.';
  return { version: record.version, progress: record.progress };
}

/** Parses and checks an exported file against the course's lessons; a refusal says where and why. */
export function importProgress(
  text: string,
  options: { lessonSlugs: readonly string[] },
): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeMessage(text.length) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  const envelope = readEnvelope(value);
  if (typeof envelope === 'string') return { ok: false, error: envelope };
  const protoKey = findProtoKey(envelope.progress);
  if (protoKey) {
    return {
      ok: false,
      error: `The file's progress is invalid: ${protoKey}: is not an allowed name.`,
    };
  }
  try {
    const migrated = migrateProgress(envelope.progress, envelope.version);
    const checked = importedProgressSchema(options.lessonSlugs).safeParse(migrated, {
      reportInput: true,
    });
    if (!checked.success) throw new ProgressFormatError(describeZodError(checked.error));
    const { resetAt: _ignored, ...data } = checked.data;
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: `The file's progress is invalid: ${(error as Error).message}.` };
  }
}
