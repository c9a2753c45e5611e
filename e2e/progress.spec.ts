import fs from 'node:fs';
import { test, expect } from './fixtures';

const KEY = 'stagecraft-progress';

test('progress survives a reload: visited, completed, marks on the map, continue link', async ({
  page,
}) => {
  await page.goto('/learn/why-multi-stage/');
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('button', { name: '✓ Completed' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.reload();
  await expect(page.getByRole('button', { name: '✓ Completed' })).toBeVisible();

  await page.goto('/');
  await expect(
    page.locator('[data-lesson-slug="why-multi-stage"] [data-progress="completed"]'),
  ).toBeVisible();
  await expect(page.locator('[data-lesson-slug="naming-stages"] [data-progress]')).toHaveCount(0);
  const resume = page.getByRole('link', {
    name: /Continue where you left off: Why multi-stage builds/,
  });
  await expect(resume).toBeVisible();
  await page.goto('/learn/naming-stages/');
  await page.goto('/');
  await expect(
    page.locator('[data-lesson-slug="naming-stages"] [data-progress="visited"]'),
  ).toBeVisible();
  await page.getByRole('link', { name: /Continue where you left off: Naming stages/ }).click();
  await expect(page).toHaveURL(/\/learn\/naming-stages\/$/);
});

test('corrupt stored progress: a notice, a backup of the old value, and a working app', async ({
  page,
}) => {
  // Seed the corrupt value before any app script runs, once per tab: writing it after the page has
  // loaded races with the store's own writes.
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(key, '{"state": {"lessons": tru');
  }, KEY);
  await page.goto('/');
  const notice = page.locator('[data-notice="recovered"]');
  await expect(notice).toContainText('could not be read');
  await expect(notice).toContainText('not valid JSON');
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('stagecraft-progress:backup:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual(['{"state": {"lessons": tru']);
  await expect(notice.getByRole('link', { name: 'Download the backup' })).toBeVisible();

  // The app still works and saves again.
  await page.goto('/learn/naming-stages/');
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
  expect(saved.state.lessons['naming-stages'].completedAt).toBeTruthy();
});

test('export, reset (with an in-page confirm), import: progress comes back', async ({
  page,
}, testInfo) => {
  await page.goto('/learn/why-multi-stage/');
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.goto('/progress/');
  const lessonRow = page.locator(
    '[data-module-progress="foundations"] [data-lesson-slug="why-multi-stage"]',
  );
  await expect(lessonRow).toContainText('✓ completed');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
    app: 'stagecraft',
    kind: 'progress',
  });

  await page.getByRole('button', { name: 'Reset progress' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Reset all progress?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(lessonRow).toContainText('✓ completed');
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await dialog.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(lessonRow).toContainText('not started');

  await page.getByLabel('Import progress').setInputFiles(file);
  await page
    .getByRole('alertdialog', { name: 'Import progress from progress.json?' })
    .getByRole('button', { name: 'Replace my progress' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported' })).toBeVisible();
  await expect(lessonRow).toContainText('✓ completed');
  await page.reload();
  await expect(lessonRow).toContainText('✓ completed');
});

test('an invalid import changes nothing and says why', async ({ page }) => {
  await page.goto('/learn/why-multi-stage/');
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.goto('/progress/');
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);

  await page.getByLabel('Import progress').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"app": "stagecraft", "kind": "progress", "version": 2, "progress": {"lessons": []}}',
    ),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText(
    "The file's progress is invalid",
  );
  await page.getByLabel('Import progress').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText(
    'not valid JSON',
  );
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
  await expect(page.locator('[data-lesson-slug="why-multi-stage"]').first()).toContainText(
    '✓ completed',
  );
});

test('two open tabs stay consistent', async ({ page, context }) => {
  await page.goto('/progress/');
  const row = page.locator(
    '[data-module-progress="foundations"] [data-lesson-slug="naming-stages"]',
  );
  await expect(row).toContainText('not started');

  const other = await context.newPage();
  await other.goto('/learn/naming-stages/');
  await other.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(row).toContainText('✓ completed');

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(other.getByRole('button', { name: 'Mark lesson complete' })).toBeVisible();
  await other.close();
});

test('the progress page passes axe, empty and with data', async ({ page, checkA11y }) => {
  await page.goto('/progress/');
  await expect(page.getByRole('heading', { name: 'Lessons by module' })).toBeVisible();
  await checkA11y();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await checkA11y();
});
