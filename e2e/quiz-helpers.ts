import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { loadQuizzes } from '../lib/content/quiz-loader';
import type { Question } from '../lib/content/quiz-schema';

/** The course's quizzes, read from content/ so the specs follow the real keys. */
export const QUIZZES = loadQuizzes();

/** Presses Tab until `target` has focus (keyboard-only navigation); fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** In a focused radio group, presses ArrowDown until `radio` is checked. */
export async function arrowToRadio(page: Page, radio: Locator, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await radio.isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not check ${radio} with the arrow keys`);
}

/** Answers `q` (by clicks and selects) correctly, or leaves it unanswered when `correct` is false. */
export async function answerCorrectly(page: Page, q: Question): Promise<void> {
  const region = page.locator(`[data-question="${q.id}"]`);
  await expect(region).toBeVisible();
  if (q.type === 'spot-the-error') {
    await region.locator(`input[type=radio][value="${q.answer}"]`).check();
  } else if (q.type === 'order') {
    for (let i = 0; i < q.items.length; i++) {
      await region
        .getByLabel(`Position of step: ${q.items[i]}`, { exact: true })
        .selectOption({ value: String(i) });
    }
  } else {
    for (const option of q.options.filter((o) => o.correct)) {
      await region.locator(`input[value="${option.id}"]`).check();
    }
  }
}
