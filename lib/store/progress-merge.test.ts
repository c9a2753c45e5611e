import { expect, test } from 'vitest';
import { epochAfter, mergeProgress, nextStamp } from './progress-merge';
import type { ProgressData } from './progress-schema';

const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T00:00:00.000Z`;

const samples: ProgressData[] = [
  { lessons: {}, attempts: [] },
  { lessons: { a: { visits: 1, completedAt: day(2), changedAt: day(2) } }, attempts: [] },
  { lessons: { a: { visits: 2, changedAt: day(3) } }, attempts: [] },
  { lessons: { b: { visits: 1, changedAt: day(4) } }, attempts: [], resetAt: day(3) },
  {
    lessons: { a: { visits: 4, completedAt: day(1) } },
    attempts: [],
    last: { href: '/learn/a/', title: 'A', at: day(6) },
  },
];

test('merging is commutative, so two tabs settle on one value', () => {
  for (const left of samples) {
    for (const right of samples) {
      expect(mergeProgress(left, right)).toEqual(mergeProgress(right, left));
    }
  }
});

test('the later edit of a lesson decides whether it is completed', () => {
  const [, completed, uncompletedLater] = samples as [ProgressData, ProgressData, ProgressData];
  expect(mergeProgress(completed, uncompletedLater).lessons.a).toEqual({
    visits: 2,
    changedAt: day(3),
  });
});

test('a newer epoch drops what the other copy had before it, and keeps what came after', () => {
  const old: ProgressData = {
    lessons: { a: { visits: 1, changedAt: day(2) }, c: { visits: 1, changedAt: day(5) } },
    attempts: [],
  };
  const reset = samples[3] as ProgressData;
  expect(Object.keys(mergeProgress(old, reset).lessons)).toEqual(['b', 'c']);
});

test('stamps only move forward, even within one millisecond', () => {
  const now = new Date(day(1));
  expect(nextStamp(undefined, now)).toBe(day(1));
  expect(nextStamp(day(1), now)).toBe('2026-01-01T00:00:00.001Z');
  expect(epochAfter(samples[4] as ProgressData, now)).toBe('2026-01-06T00:00:00.001Z');
});
