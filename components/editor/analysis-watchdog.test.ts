import { afterEach, expect, test, vi } from 'vitest';
import { AnalysisWatchdog } from './analysis-watchdog';

afterEach(() => {
  vi.useRealTimers();
});

function setup(limitMs: number) {
  vi.useFakeTimers();
  const state = { waiting: false, stuck: 0 };
  const watchdog = new AnalysisWatchdog(
    limitMs,
    () => state.waiting,
    () => state.stuck++,
    () => Date.now(),
  );
  return { state, watchdog };
}

test('a worker silent past the limit on an unanswered request is declared stuck, once', () => {
  const { state, watchdog } = setup(5000);
  watchdog.sent(false);
  state.waiting = true;
  vi.advanceTimersByTime(4999);
  expect(state.stuck).toBe(0);
  vi.advanceTimersByTime(1);
  expect(state.stuck).toBe(1);
  vi.advanceTimersByTime(60_000);
  expect(state.stuck).toBe(1);
});

test('a worker that answers in time, or has nothing left to answer, is left alone', () => {
  const { state, watchdog } = setup(5000);
  watchdog.sent(false);
  state.waiting = true;
  // a busy stream of answers: each one shows the worker alive
  for (let i = 0; i < 10; i++) {
    vi.advanceTimersByTime(3000);
    watchdog.answered();
  }
  state.waiting = false;
  vi.advanceTimersByTime(60_000);
  expect(state.stuck).toBe(0);
});
