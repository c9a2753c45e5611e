import { z } from 'zod';

/**
 * The learner's saved progress: its shape, its versions and the migrations between them, and the
 * export file format. Pure: no storage or React here, so every rule is unit-tested.
 */

/** Bump on every shape change and add a step to `migrateProgress`. */
export const PROGRESS_VERSION = 2;

const isoDate = z.string().min(1);
const difficulty = z.enum(['easy', 'medium', 'hard']);
const tally = z.object({ correct: z.int().min(0), total: z.int().min(0) });

const answerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('choice'), selected: z.array(z.string()) }),
  z.object({ type: z.literal('line'), line: z.int().min(0) }),
  z.object({ type: z.literal('order'), order: z.array(z.int().min(0)) }),
]);

const attemptAnswerSchema = z.object({
  answer: answerSchema,
  /** graded on the first check in practice, on the last answer in a test */
  correct: z.boolean(),
  /** how many times the learner checked this question in the attempt */
  tries: z.int().min(1),
  answeredAt: isoDate,
});

const attemptSchema = z.object({
  id: z.string().min(1),
  quizId: z.string().min(1),
  quizTitle: z.string(),
  mode: z.enum(['practice', 'test']),
  /** the shuffle seed: the same seed shows the same option order */
  seed: z.string(),
  startedAt: isoDate,
  finishedAt: isoDate.optional(),
  durationMs: z.number().min(0).optional(),
  questionIds: z.array(z.string()),
  difficulties: z.record(z.string(), difficulty),
  answers: z.record(z.string(), attemptAnswerSchema),
  score: z
    .object({
      correct: z.int().min(0),
      total: z.int().min(0),
      percent: z.number().min(0).max(100),
      byDifficulty: z.object({ easy: tally, medium: tally, hard: tally }),
    })
    .optional(),
});

const lessonProgressSchema = z.object({
  visits: z.int().min(0),
  firstVisitAt: isoDate.optional(),
  lastVisitAt: isoDate.optional(),
  completedAt: isoDate.optional(),
});

export const progressDataSchema = z.object({
  /** keyed by lesson slug, never by position, so reordering lessons loses nothing */
  lessons: z.record(z.string(), lessonProgressSchema),
  attempts: z.array(attemptSchema),
  /** the last page the learner was on, for "continue where you left off" */
  last: z.object({ href: z.string().startsWith('/'), title: z.string(), at: isoDate }).optional(),
});

export type ProgressData = z.infer<typeof progressDataSchema>;
export type QuizAttempt = z.infer<typeof attemptSchema>;
export type AttemptAnswer = z.infer<typeof attemptAnswerSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

/** A learner with no progress yet. */
export function emptyProgress(): ProgressData {
  return { lessons: {}, attempts: [] };
}

// ---------------------------------------------------------------------------
// Migrations. Version 1 was the first draft of the store: flat lists of slugs.

const v1Schema = z.object({
  visited: z.array(z.string()),
  completed: z.array(z.string()),
  attempts: z.array(attemptSchema.omit({ seed: true, difficulties: true })),
  lastLesson: z.object({ slug: z.string(), title: z.string(), at: isoDate }).optional(),
});

/** Thrown when stored progress cannot be turned into the current shape. */
export class ProgressFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgressFormatError';
  }
}

function describeZod(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.join('.') || 'the data';
  return `${where}: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
}

/** Runs every migration from `version` to PROGRESS_VERSION and validates the result; throws ProgressFormatError. */
export function migrateProgress(state: unknown, version: number): ProgressData {
  if (!Number.isInteger(version) || version < 1) {
    throw new ProgressFormatError(`unknown progress version ${String(version)}`);
  }
  if (version > PROGRESS_VERSION) {
    throw new ProgressFormatError(
      `saved by a newer version of Stagecraft (format ${version}; this one reads up to ${PROGRESS_VERSION})`,
    );
  }
  let current: unknown = state;
  if (version < 2) {
    const v1 = v1Schema.safeParse(current);
    if (!v1.success) throw new ProgressFormatError(describeZod(v1.error));
    const lessons: ProgressData['lessons'] = {};
    for (const slug of v1.data.visited) lessons[slug] = { visits: 1 };
    for (const slug of v1.data.completed) {
      lessons[slug] = {
        ...(lessons[slug] ?? { visits: 1 }),
        completedAt: v1.data.lastLesson?.at ?? new Date(0).toISOString(),
      };
    }
    current = {
      lessons,
      attempts: v1.data.attempts.map((a) => ({ ...a, seed: '', difficulties: {} })),
      ...(v1.data.lastLesson
        ? {
            last: {
              href: `/learn/${v1.data.lastLesson.slug}/`,
              title: v1.data.lastLesson.title,
              at: v1.data.lastLesson.at,
            },
          }
        : {}),
    };
  }
  const parsed = progressDataSchema.safeParse(current);
  if (!parsed.success) throw new ProgressFormatError(describeZod(parsed.error));
  return parsed.data;
}

/** What persist stores under the progress key. */
export interface StoredProgress {
  state: unknown;
  version: number;
}

export type Decoded = { ok: true; value: StoredProgress } | { ok: false; reason: string };

/**
 * Reads the raw stored string. It is good only if it parses, has the persist envelope, and
 * migrates to a valid current state; otherwise the caller keeps it aside as a backup.
 */
export function decodeStoredProgress(raw: string): Decoded {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved data is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || !('state' in value) || !('version' in value)) {
    return { ok: false, reason: 'the saved data is not Stagecraft progress' };
  }
  const { state, version } = value as { state: unknown; version: unknown };
  if (typeof version !== 'number') return { ok: false, reason: 'the saved data has no version' };
  try {
    migrateProgress(state, version);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  return { ok: true, value: { state, version } };
}

// ---------------------------------------------------------------------------
// Export / import.

export const EXPORT_APP = 'stagecraft';
export const EXPORT_KIND = 'progress';

/** The JSON a learner downloads; `importProgress` reads it back. */
export function exportProgress(data: ProgressData, now: Date = new Date()): string {
  return JSON.stringify(
    {
      app: EXPORT_APP,
      kind: EXPORT_KIND,
      version: PROGRESS_VERSION,
      exportedAt: now.toISOString(),
      progress: data,
    },
    null,
    2,
  );
}

const exportEnvelope = z.object({
  app: z.literal(EXPORT_APP),
  kind: z.literal(EXPORT_KIND),
  version: z.int(),
  progress: z.unknown(),
});

/** Parses an exported file; an invalid file yields a reason and no data. */
export function importProgress(
  text: string,
): { ok: true; data: ProgressData } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  const envelope = exportEnvelope.safeParse(value);
  if (!envelope.success) {
    return {
      ok: false,
      error:
        'The file is not a Stagecraft progress export (expected app "stagecraft", kind "progress").',
    };
  }
  try {
    return { ok: true, data: migrateProgress(envelope.data.progress, envelope.data.version) };
  } catch (error) {
    return { ok: false, error: `The file's progress is invalid: ${(error as Error).message}.` };
  }
}
