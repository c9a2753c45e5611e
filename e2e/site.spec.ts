import { test, expect } from './fixtures';
import { ALL_PAGES, LESSON_PATHS, NOT_FOUND_PATH } from './pages';
import { openEditor, setEditorText } from './playground-helpers';

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
  // Only that URL is allowed, so a 404 for anything else (a favicon, a chunk) still fails.
  test.use({
    allowedConsoleErrors: [new RegExp(`status of 404 .*\\(http://[^/]+${NOT_FOUND_PATH}\\)$`)],
  });

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

test('the site has a favicon: /favicon.ico and the icon the pages link to both load', async ({
  page,
  request,
}) => {
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toMatch(/^image\//);
  expect((await ico.body()).length).toBeGreaterThan(0);
  await page.goto('/');
  const links = page.locator('link[rel~="icon"]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) {
    const icon = await request.get(href ?? '');
    expect(icon.status(), String(href)).toBe(200);
    expect(icon.headers()['content-type'], String(href)).toMatch(/^image\//);
  }
});

test('lesson summaries and objectives render inline Markdown, not raw backticks', async ({
  page,
}) => {
  await page.goto('/');
  const entries = page.locator('[data-lesson-slug]');
  await expect(entries.first()).toBeVisible();
  for (const text of await entries.allInnerTexts()) expect(text).not.toContain('`');
  await expect(
    page.locator('[data-lesson-slug="target-and-skipped-stages"] code', { hasText: '--target' }),
  ).toBeVisible();

  await page.goto('/learn/common-mistakes/');
  const objectives = page.locator('section[aria-labelledby="objectives-title"]');
  await expect(objectives.locator('li code', { hasText: '--from' })).toBeVisible();
  expect(await page.locator('article header').innerText()).not.toContain('`');
  await page.goto('/learn/target-and-skipped-stages/');
  await expect(page.locator('article header > p code', { hasText: '--target' })).toBeVisible();
});

test("Monaco's quick-fix menu shows its whole label, not one cut off by the site's CSS", async ({
  page,
}) => {
  test.slow(); // Monaco's first load alone can take most of the default 30 s on a busy machine.
  await openEditor(page);
  await setEditorText(page, 'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=biuld /app /app');
  const problem = page.locator('li[data-severity="error"]', { hasText: 'biuld' });
  await expect(problem).toHaveCount(1);
  // The problems list moves the cursor onto the problem; Ctrl+. opens Monaco's own menu there.
  await problem.getByRole('button', { name: /Line \d+, column/ }).click();
  await page.keyboard.press('Control+.');
  const label = page.locator('.action-widget').getByText("Change to 'build'");
  // Monaco asks the code-action provider before it opens the menu; give a busy machine time.
  await expect(label).toHaveCount(1, { timeout: 15_000 });
  const shown = await label.evaluate((el) => ({
    text: (el as HTMLElement).innerText,
    overflow: el.scrollWidth - el.clientWidth,
    width: el.getBoundingClientRect().width,
  }));
  expect(shown.text).toBe("Change to 'build'");
  expect(shown.overflow).toBeLessThanOrEqual(0);
  expect(shown.width).toBeGreaterThan(0);
});
