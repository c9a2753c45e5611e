import { test, expect } from './fixtures';
import { ALL_PAGES, LESSON_PATHS, NOT_FOUND_PATH } from './pages';

for (const path of ALL_PAGES) {
  test(`${path} loads with no external requests, no console errors and no serious axe violations`, async ({
    page,
    checkA11y,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
    await checkA11y();
  });
}

test.describe('404 page', () => {
  // Chromium logs the 404 status of the document itself; that one error is the point of the test.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('unknown URLs get the 404 page with status 404, a way home and no axe violations', async ({
    page,
    checkA11y,
  }) => {
    const response = await page.goto(NOT_FOUND_PATH);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('not part of the course');
    await checkA11y();
    await page.getByRole('link', { name: 'Back to the course map' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('multi-stage');
  });
});

test('the course map lists every lesson in order with its summary', async ({ page }) => {
  await page.goto('/');
  const entries = page.locator('[data-lesson-slug]');
  await expect(entries).toHaveCount(LESSON_PATHS.length);
  const slugs = await entries.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-lesson-slug')),
  );
  expect(slugs.map((s) => `/learn/${s}/`)).toEqual(LESSON_PATHS);
  await expect(entries.first()).toContainText('Why multi-stage builds');
  await expect(entries.first()).toContainText('lean runtime stage');
});

test('a lesson page has objectives, reading time, a table of contents and working anchors', async ({
  page,
}) => {
  await page.goto(LESSON_PATHS[0]!);
  await expect(page.getByRole('heading', { name: 'You will learn to' })).toBeVisible();
  await expect(page.locator('[data-reading-time]')).toHaveText(/\d+ min read/);
  const toc = page.getByRole('navigation', { name: 'On this page' }).first();
  await expect(toc).toBeVisible();
  const firstEntry = toc.getByRole('link').first();
  const href = await firstEntry.getAttribute('href');
  expect(href).toMatch(/^#[a-z0-9-]+$/);
  await firstEntry.click();
  await expect(page.locator(href!)).toBeInViewport();
  await expect(
    page
      .getByRole('navigation', { name: 'Course' })
      .getByRole('link', { name: 'Why multi-stage builds' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('highlighted Dockerfile lines are marked in the rendered block', async ({ page }) => {
  await page.goto(LESSON_PATHS[0]!);
  const block = page.locator('figure', { has: page.locator('[data-highlighted]') }).first();
  const marked = await block
    .locator('[data-highlighted]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-line'))));
  expect(marked).toEqual([1, 9, 10]);
  await expect(block.locator('[data-line="10"]')).toContainText('COPY --from=build');
});

test('the header marks the section the learner is in, and only that one', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const current = nav.locator('[aria-current="page"]');
  await page.goto(LESSON_PATHS[0]!);
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText('Course');
  await nav.getByRole('link', { name: 'Rules' }).click();
  await expect(page).toHaveURL(/\/rules\/$/);
  await expect(current).toHaveText('Rules');
  await page.getByRole('link', { name: 'unknown-stage-reference' }).first().click();
  await expect(page).toHaveURL(/\/rules\/unknown-stage-reference\/$/);
  await expect(current).toHaveText('Rules');
  await expect(current).toHaveCount(1);
});
