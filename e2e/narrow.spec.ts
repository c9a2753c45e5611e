import { test, expect } from './fixtures';
import { ALL_PAGES, LESSON_PATHS } from './pages';

test.use({ viewport: { width: 360, height: 740 } });

for (const path of ALL_PAGES) {
  test(`${path} has no horizontal scroll at 360 px`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('at 360 px the header nav and the course contents work', async ({ page }) => {
  await page.goto(LESSON_PATHS[1]!);
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Course' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();

  await page.getByText('Course contents').click();
  const link = page
    .getByRole('navigation', { name: 'Course' })
    .getByRole('link', { name: 'Why multi-stage builds' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${LESSON_PATHS[0]}$`));

  await main.getByRole('link', { name: 'Course' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('at 360 px a long image name in the problems panel wraps instead of widening the page', async ({
  page,
}) => {
  await page.goto('/playground/');
  const editor = page.getByRole('textbox', { name: 'Dockerfile editor' });
  await editor.fill('FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=builder /app /app\n');
  await expect(
    page.locator('li[data-severity]', { hasText: 'docker.io/library/builder:latest' }),
  ).not.toHaveCount(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
