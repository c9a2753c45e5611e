import { test, expect } from './fixtures';
import { LESSON_PATHS } from './pages';

const html = (page: import('@playwright/test').Page) => page.locator('html');

test('follows the system setting until the learner picks a theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(html(page)).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).not.toHaveClass(/\bdark\b/);
  await expect(page.getByRole('button', { name: 'System theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the dark-mode choice persists across a reload and other pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(html(page)).not.toHaveClass(/\bdark\b/);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html(page)).toHaveClass(/\bdark\b/);

  await page.reload();
  await expect(html(page)).toHaveClass(/\bdark\b/);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto(LESSON_PATHS[0]!);
  await expect(html(page)).toHaveClass(/\bdark\b/);

  await page.getByRole('button', { name: 'Light theme' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(html(page)).not.toHaveClass(/\bdark\b/);
});

test('dark mode pages pass axe too', async ({ page, checkA11y }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(LESSON_PATHS[0]!);
  await expect(html(page)).toHaveClass(/\bdark\b/);
  await checkA11y();
  await page.goto('/');
  await checkA11y();
});
