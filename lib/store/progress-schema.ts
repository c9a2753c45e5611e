import { z } from 'zod';

/**
 * The learner's saved progress: its shape, its versions and the migrations between them, and the
 * export file format. Pure: no storage or React here, so every rule is unit-tested.
 */

/** Bump on every shape change and add a step to `migrateProgress`. */
export const PROGRESS_VERSION = 2;

/** An instant as `Date.prototype.toISOString()` writes it, the only form the app saves. */
const isoDate = z.iso.datetime({ error: 'expected an ISO date' });
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

export const attemptSchema = z.object({
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

export const lessonProgressSchema = z.object({
  visits: z.int().min(0),
  firstVisitAt: isoDate.optional(),
  lastVisitAt: isoDate.optional(),
  completedAt: isoDate.optional(),
  /** when this tab last changed the record: two tabs' copies merge by the later change */
  changedAt: isoDate.optional(),
});

export const progressDataSchema = z.object({
  /** keyed by lesson slug, never by position, so reordering lessons loses nothing */
  lessons: z.record(z.string(), lessonProgressSchema),
  attempts: z.array(attemptSchema),
  /** the last page the learner was on, for "continue where you left off" */
  last: z.object({ href: z.string().startsWith('/'), title: z.string(), at: isoDate }).optional(),
  /** when progress was last reset or replaced: anything older, from any tab, is gone */
  resetAt: isoDate.optional(),
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

/** Names a value's kind the way a learner reads it: "text", "a number", "a list". */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.') || 'the data';
  if (issue.code === 'invalid_type') {
    const got =
      'input' in issue && issue.input === undefined ? 'nothing' : describeValue(issue.input);
    return `${where}: expected ${issue.expected}, got ${got}`;
  }
  // A record key's own problem sits one level down ("invalid key in record" says nothing).
  const message =
    issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return `${where}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/** "path: problem" for the first few issues, so a refusal names every field it can. */
export function describeZodError(error: z.ZodError, limit = 3): string {
  const described = error.issues.slice(0, limit).map(describeIssue);
  const more = error.issues.length - described.length;
  if (described.length === 0) return 'invalid data';
  return described.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/**
 * The path of the first own `__proto__` key anywhere in parsed JSON, or null. JSON.parse keeps such
 * a key as data, but zod's records skip it, so a file could pass validation while its data vanished.
 */
export function findProtoKey(value: unknown): string | null {
  const pending: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop() as { value: unknown; path: string[] };
    if (typeof current !== 'object' || current === null) continue;
    for (const key of Object.keys(current)) {
      if (key === '__proto__') return [...path, key].join('.');
      pending.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
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
    const v1 = v1Schema.safeParse(current, { reportInput: true });
    if (!v1.success) throw new ProgressFormatError(describeZodError(v1.error));
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
  const parsed = progressDataSchema.safeParse(current, { reportInput: true });
  if (!parsed.success) throw new ProgressFormatError(describeZodError(parsed.error));
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
  const protoKey = findProtoKey(state);
  if (protoKey) return { ok: false, reason: `the saved data has a key named ${protoKey}` };
  if (typeof version !== 'number') return { ok: false, reason: 'the saved data has no version' };
  try {
    const migrated = migrateProgress(state, version);
    // The current version is handed on validated; an older one raw, so persist migrates and saves it.
    return { ok: true, value: { state: version === PROGRESS_VERSION ? migrated : state, version } };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}
