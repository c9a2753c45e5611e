import { expect, test } from 'vitest';
import { PROGRESS_KEY, createProgressStores } from './progress';
import { memoryStorage } from './progress-test-storage';

/**
 * Two tabs as a browser runs them: each tab reads and writes its own copy of storage, and learns
 * of the other's write later, through a `storage` event. Before merge-on-write, the event made a
 * tab take the other's value wholesale and lose its own change.
 */
function twoTabs() {
  const tabs = [memoryStorage(), memoryStorage()].map((memory) => ({
    memory,
    stores: createProgressStores(() => memory.storage),
  }));
  const [first, second] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
  /** delivers `from`'s stored value to `to`, as the browser does, and fires its storage event */
  const deliver = async (from: typeof first, to: typeof first) => {
    const value = from.memory.map.get(PROGRESS_KEY);
    if (value === undefined || value === to.memory.map.get(PROGRESS_KEY)) return false;
    to.memory.map.set(PROGRESS_KEY, value);
    await to.stores.rehydrate();
    return true;
  };
  /** delivers until neither tab has anything new: the tabs have settled */
  const settle = async () => {
    for (let round = 0; round < 10; round += 1) {
      const moved = [await deliver(first, second), await deliver(second, first)];
      if (!moved.includes(true)) return round;
    }
    throw new Error('the tabs never settled');
  };
  return { first, second, settle };
}

const completed = (tab: ReturnType<typeof twoTabs>['first']) =>
  Object.entries(tab.stores.store.getState().lessons)
    .filter(([, lesson]) => lesson.completedAt)
    .map(([slug]) => slug)
    .sort();

test('two tabs completing lessons at the same moment both keep their write', async () => {
  const { first, second, settle } = twoTabs();
  first.stores.store.getState().setCompleted('why-multi-stage', true);
  second.stores.store.getState().setCompleted('naming-stages', true);
  await settle();
  expect(completed(first)).toEqual(['naming-stages', 'why-multi-stage']);
  expect(completed(second)).toEqual(['naming-stages', 'why-multi-stage']);
  const stored = JSON.parse(first.memory.map.get(PROGRESS_KEY) ?? '{}');
  expect(Object.keys(stored.state.lessons).sort()).toEqual(['naming-stages', 'why-multi-stage']);
});

test('quiz attempts started in two tabs at once are both kept', async () => {
  const { first, second, settle } = twoTabs();
  const questions = [{ id: 'q1', difficulty: 'easy' as const }];
  const start = { quizTitle: 'Set', mode: 'practice' as const, seed: 's', questions };
  first.stores.store.getState().startAttempt({ ...start, quizId: 'one' });
  second.stores.store.getState().startAttempt({ ...start, quizId: 'two' });
  await settle();
  for (const tab of [first, second]) {
    expect(
      tab.stores.store
        .getState()
        .attempts.map((attempt) => attempt.quizId)
        .sort(),
    ).toEqual(['one', 'two']);
  }
});

test('un-completing a lesson in one tab is not undone by the other tab', async () => {
  const { first, second, settle } = twoTabs();
  first.stores.store.getState().setCompleted('naming-stages', true);
  await settle();
  first.stores.store.getState().setCompleted('naming-stages', false);
  second.stores.store.getState().markVisited('why-multi-stage', 'Why');
  await settle();
  expect(completed(first)).toEqual([]);
  expect(completed(second)).toEqual([]);
  expect(second.stores.store.getState().lessons['why-multi-stage']?.visits).toBe(1);
});

test('a reset in one tab empties both, and the other tab does not bring old progress back', async () => {
  const { first, second, settle } = twoTabs();
  first.stores.store.getState().setCompleted('naming-stages', true);
  await settle();
  second.stores.store.getState().reset();
  await settle();
  expect(first.stores.store.getState().lessons).toEqual({});
  first.stores.store.getState().setCompleted('why-multi-stage', true);
  await settle();
  expect(completed(second)).toEqual(['why-multi-stage']);
});

test('settled tabs stop writing: the second round of events changes nothing', async () => {
  const { first, second, settle } = twoTabs();
  first.stores.store.getState().setCompleted('a', true);
  second.stores.store.getState().setCompleted('b', true);
  expect(await settle()).toBeLessThanOrEqual(2);
  expect(await settle()).toBe(0);
});
