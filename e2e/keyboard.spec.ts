import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LESSON_PATHS } from './pages';

/** Presses Tab until `target` has focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('home → first lesson → next lesson, by keyboard only', async ({ page }) => {
  await page.goto('/');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  const first = page.locator('[data-lesson-slug]').first().getByRole('link');
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${LESSON_PATHS[0]}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why multi-stage builds');

  const next = page.getByRole('navigation', { name: 'Lesson' }).getByRole('link', { name: /Next/ });
  await tabTo(page, next, 120);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${LESSON_PATHS[1]}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Naming stages and copying between them',
  );
});

test('the skip link moves focus past the header to the main content', async ({ page }) => {
  await page.goto(LESSON_PATHS[0]!);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
