import type { LessonProgress, ProgressData, QuizAttempt } from './progress-schema';

/**
 * Merging two copies of the learner's progress, so that no tab's write is lost when two tabs
 * write at the same moment. Pure and commutative: merge(a, b) equals merge(b, a), so both tabs
 * settle on the same value and stop writing.
 *
 * Deletions need care in a merge: un-completing a lesson is an edit of the lesson's record (the
 * later `changedAt` wins), and a reset or a replacing import starts a new epoch (`resetAt`) in
 * which everything from before it is gone.
 */

/** A stamp later than `previous` even within the same millisecond, so a later edit always wins. */
export function nextStamp(previous: string | undefined, now: Date = new Date()): string {
  const previousTime = previous ? Date.parse(previous) : Number.NaN;
  const time = Number.isNaN(previousTime)
    ? now.getTime()
    : Math.max(now.getTime(), previousTime + 1);
  return new Date(time).toISOString();
}

/** A new epoch's stamp: later than every stamp in `data`, so nothing in it survives the reset. */
export function epochAfter(data: ProgressData, now: Date = new Date()): string {
  const stamps = [
    data.resetAt,
    data.last?.at,
    ...Object.values(data.lessons).map((lesson) => lesson.changedAt),
    ...data.attempts.map((attempt) => attempt.startedAt),
  ];
  const latestStamp = stamps.reduce<string | undefined>(
    (latestSoFar, stamp) => (stamp && (!latestSoFar || stamp > latestSoFar) ? stamp : latestSoFar),
    undefined,
  );
  return nextStamp(latestStamp, now);
}

/** The earlier of two optional ISO stamps. */
export const earliest = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));
/** The later of two optional ISO stamps. */
export const latest = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : (a ?? b));

/** Copies `record` without its undefined fields, so equal records also compare equal as JSON. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** Completion follows the later edit; on a tie (or old records without stamps) completed wins. */
function completionOf(a: LessonProgress, b: LessonProgress): string | undefined {
  const aChanged = a.changedAt ?? '';
  const bChanged = b.changedAt ?? '';
  if (aChanged > bChanged) return a.completedAt;
  if (bChanged > aChanged) return b.completedAt;
  return earliest(a.completedAt, b.completedAt);
}

function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  return withoutUndefined({
    visits: Math.max(a.visits, b.visits),
    firstVisitAt: earliest(a.firstVisitAt, b.firstVisitAt),
    lastVisitAt: latest(a.lastVisitAt, b.lastVisitAt),
    completedAt: completionOf(a, b),
    changedAt: latest(a.changedAt, b.changedAt),
  });
}

function mergeLessons(
  a: ProgressData['lessons'],
  b: ProgressData['lessons'],
): ProgressData['lessons'] {
  const slugs = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  // fromEntries defines keys as data, so no slug can reach an object's prototype.
  return Object.fromEntries(
    slugs.map((slug) => {
      const left = Object.hasOwn(a, slug) ? a[slug] : undefined;
      const right = Object.hasOwn(b, slug) ? b[slug] : undefined;
      const merged = left && right ? mergeLesson(left, right) : (left ?? right);
      return [slug, merged as LessonProgress];
    }),
  );
}

/** How far an attempt got: finished beats unfinished, then more answers, then more tries. */
function attemptProgress(attempt: QuizAttempt): number[] {
  const answers = Object.values(attempt.answers);
  const tries = answers.reduce((sum, answer) => sum + answer.tries, 0);
  return [attempt.finishedAt ? 1 : 0, answers.length, tries];
}

function compareNumbers(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Only the tab running a quiz changes its attempt, so the copy that got further is the newer. */
function furtherAttempt(a: QuizAttempt, b: QuizAttempt): QuizAttempt {
  const order = compareNumbers(attemptProgress(a), attemptProgress(b));
  if (order !== 0) return order > 0 ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** Attempts of both, one per id, in the order they were started. */
export function unionAttempts(
  a: readonly QuizAttempt[],
  b: readonly QuizAttempt[],
  choose: (left: QuizAttempt, right: QuizAttempt) => QuizAttempt,
): QuizAttempt[] {
  const byId = new Map<string, QuizAttempt>();
  for (const attempt of [...a, ...b]) {
    const known = byId.get(attempt.id);
    byId.set(attempt.id, known ? choose(known, attempt) : attempt);
  }
  return [...byId.values()].sort(
    (left, right) =>
      left.startedAt.localeCompare(right.startedAt) || left.id.localeCompare(right.id),
  );
}

/** The later "continue" position; equal times fall back to the href so the choice is stable. */
export function laterLast(a: ProgressData['last'], b: ProgressData['last']): ProgressData['last'] {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.href >= b.href ? a : b;
}

/** What of `older` (an earlier epoch) happened after `resetAt`, and so survives the reset. */
function changedSince(older: ProgressData, resetAt: string): ProgressData {
  return {
    lessons: Object.fromEntries(
      Object.entries(older.lessons).filter(([, lesson]) => (lesson.changedAt ?? '') > resetAt),
    ),
    attempts: older.attempts.filter((attempt) => attempt.startedAt > resetAt),
    ...(older.last && older.last.at > resetAt ? { last: older.last } : {}),
  };
}

function mergeSameEpoch(a: ProgressData, b: ProgressData, resetAt?: string): ProgressData {
  const last = laterLast(a.last, b.last);
  return {
    lessons: mergeLessons(a.lessons, b.lessons),
    attempts: unionAttempts(a.attempts, b.attempts, furtherAttempt),
    ...(last ? { last } : {}),
    ...(resetAt ? { resetAt } : {}),
  };
}

/** Merges two tabs' copies of progress (see the top of this file); commutative. */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const aEpoch = a.resetAt ?? '';
  const bEpoch = b.resetAt ?? '';
  if (aEpoch === bEpoch) return mergeSameEpoch(a, b, a.resetAt);
  const [newer, older] = aEpoch > bEpoch ? [a, b] : [b, a];
  const resetAt = newer.resetAt as string;
  return mergeSameEpoch(newer, changedSince(older, resetAt), resetAt);
}
