import { expect, test } from 'vitest';
import { MAX_IMPORT_BYTES, exportProgress, importProgress } from './progress-import';
import type { ProgressData } from './progress-schema';

const OPTIONS = { lessonSlugs: ['why-multi-stage', 'naming-stages'] };
const AT = '2026-01-01T00:00:00.000Z';

/** An export file around `progress`, with the envelope's fields overridable. */
const file = (progress: unknown, envelope: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'stagecraft', kind: 'progress', version: 2, progress, ...envelope });

const refusal = (text: string) => {
  const result = importProgress(text, OPTIONS);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
};

test('export then import round-trips the progress', () => {
  const data: ProgressData = {
    lessons: { 'naming-stages': { visits: 2, firstVisitAt: AT, changedAt: AT } },
    attempts: [],
    last: { href: '/learn/naming-stages/', title: 'Naming stages', at: AT },
  };
  const text = exportProgress(data, new Date('2026-02-03T00:00:00.000Z'));
  expect(JSON.parse(text)).toMatchObject({ app: 'stagecraft', kind: 'progress', version: 2 });
  expect(importProgress(text, OPTIONS)).toEqual({ ok: true, data });
});

test('a __proto__ key under lessons is refused by name instead of emptying the progress', () => {
  const text = `{"app":"stagecraft","kind":"progress","version":2,"progress":{"lessons":{"__proto__":{"visits":1,"completedAt":"${AT}"},"naming-stages":{"visits":1}},"attempts":[]}}`;
  expect(refusal(text)).toBe(
    "The file's progress is invalid: lessons.__proto__: is not an allowed name.",
  );
});

test.each([
  ['//example.com/learn/naming-stages/'],
  ['/\\example.com/learn/naming-stages/'],
  ['/learn/not-a-lesson/'],
])('a continue link to %j is refused', (href) => {
  expect(refusal(file({ lessons: {}, attempts: [], last: { href, title: 'x', at: AT } }))).toBe(
    "The file's progress is invalid: last.href: is not the address of a lesson on this site.",
  );
});

test('a version written as text is named as such, not as "not a Stagecraft export"', () => {
  expect(refusal(file({ lessons: {}, attempts: [] }, { version: '2' }))).toBe(
    'version: expected a whole number, got the text "2".',
  );
  expect(refusal(file({ lessons: {}, attempts: [] }, { version: 2.5 }))).toBe(
    'version: expected a whole number.',
  );
  expect(refusal(JSON.stringify({ app: 'stagecraft', kind: 'progress', version: 2 }))).toBe(
    'progress: missing.',
  );
  expect(refusal('{"hello": 1}')).toMatch(/not a Stagecraft progress export/);
  expect(refusal('[1]')).toMatch(/not a Stagecraft progress export: it holds no JSON object/);
  expect(refusal('not json')).toBe('The file is not valid JSON.');
  expect(refusal(file({}, { version: 7 }))).toMatch(/newer version/);
});

test('every refusal of the data names the field and the problem', () => {
  const lesson = (fields: Record<string, unknown>) =>
    file({ lessons: { 'naming-stages': { visits: 1, ...fields } }, attempts: [] });
  expect(refusal(lesson({ completedAt: 'yesterday' }))).toBe(
    "The file's progress is invalid: lessons.naming-stages.completedAt: expected an ISO date.",
  );
  expect(refusal(lesson({ visits: '3' }))).toBe(
    'The file\'s progress is invalid: lessons.naming-stages.visits: expected number, got the text "3".',
  );
  expect(refusal(file({ lessons: { 'Naming Stages': { visits: 1 } }, attempts: [] }))).toMatch(
    /^The file's progress is invalid: lessons\.Naming Stages: is not a lesson slug/,
  );
  expect(refusal(file({ lessons: [], attempts: [] }))).toBe(
    "The file's progress is invalid: lessons: expected record, got a list.",
  );
});

const attempt = (fields: Record<string, unknown> = {}) => ({
  id: 'set-1',
  quizId: 'set',
  quizTitle: 'Set',
  mode: 'test',
  seed: 's',
  startedAt: AT,
  questionIds: ['q1'],
  difficulties: { q1: 'easy' },
  answers: {},
  ...fields,
});

test.each([
  [
    'a visit span that ends before it starts',
    {
      lessons: {
        'naming-stages': { visits: 1, firstVisitAt: '2026-02-01T00:00:00.000Z', lastVisitAt: AT },
      },
      attempts: [],
    },
    'lessons.naming-stages.lastVisitAt: is before firstVisitAt',
  ],
  [
    'two attempts with one id',
    { lessons: {}, attempts: [attempt(), attempt()] },
    'attempts.1.id: repeats the id "set-1"',
  ],
  [
    'an answer to a question the attempt did not ask',
    {
      lessons: {},
      attempts: [
        attempt({
          answers: {
            q9: { answer: { type: 'line', line: 1 }, correct: true, tries: 1, answeredAt: AT },
          },
        }),
      ],
    },
    'attempts.0.answers.q9: is not one of questionIds',
  ],
  [
    'a finish before the start',
    { lessons: {}, attempts: [attempt({ finishedAt: '2025-01-01T00:00:00.000Z' })] },
    'attempts.0.finishedAt: is before startedAt',
  ],
  [
    'more correct answers than questions',
    {
      lessons: {},
      attempts: [
        attempt({
          finishedAt: AT,
          score: {
            correct: 3,
            total: 1,
            percent: 100,
            byDifficulty: {
              easy: { correct: 0, total: 0 },
              medium: { correct: 0, total: 0 },
              hard: { correct: 0, total: 0 },
            },
          },
        }),
      ],
    },
    'attempts.0.score.correct: is more than score.total',
  ],
])('inconsistent data is refused: %s', (_name, progress, problem) => {
  expect(refusal(file(progress))).toBe(`The file's progress is invalid: ${problem}.`);
});

test('a file over the documented limit is refused before it is parsed', () => {
  const padding = ' '.repeat(MAX_IMPORT_BYTES);
  expect(refusal(file({ lessons: {}, attempts: [] }) + padding)).toMatch(
    /^The file is 2\.0 MB; an import can be at most 2\.0 MB\.$/,
  );
  expect(importProgress(file({ lessons: {}, attempts: [] }), OPTIONS).ok).toBe(true);
});
