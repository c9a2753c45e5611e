import fs from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';

const KEY = 'stagecraft-progress';
const AT = '2026-01-01T00:00:00.000Z';

/** An export file, as the learner's file chooser hands it over. */
function exportFile(progress: unknown, name = 'progress.json') {
  const text =
    typeof progress === 'string'
      ? progress
      : JSON.stringify({
          app: 'stagecraft',
          kind: 'progress',
          version: 2,
          exportedAt: AT,
          progress,
        });
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Writes a large file to disk: handing the browser a path is faster than sending the bytes. */
function onDisk(testInfo: TestInfo, file: { name: string; buffer: Buffer }): string {
  const path = testInfo.outputPath(file.name);
  fs.writeFileSync(path, file.buffer);
  return path;
}

const completedLesson = { visits: 1, firstVisitAt: AT, lastVisitAt: AT, completedAt: AT };

/** Completes a lesson through the UI, then opens the progress page. */
async function startWithOneCompleted(page: Page) {
  await page.goto('/learn/why-multi-stage/');
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('button', { name: '✓ Completed' })).toBeVisible();
  await page.goto('/progress/');
}

const row = (page: Page, slug: string) =>
  page.locator(`[data-module-progress="foundations"] [data-lesson-slug="${slug}"]`);

async function expectOnlyOriginalProgress(page: Page) {
  await expect(row(page, 'why-multi-stage')).toContainText('✓ completed');
  await expect(row(page, 'naming-stages')).toContainText('not started');
}

test('a __proto__ key under lessons is refused by name, and progress survives a reload', async ({
  page,
}) => {
  await startWithOneCompleted(page);
  const text = `{"app":"stagecraft","kind":"progress","version":2,"progress":{"lessons":{"__proto__":${JSON.stringify(completedLesson)},"naming-stages":${JSON.stringify(completedLesson)}},"attempts":[]}}`;
  await page.getByLabel('Import progress').setInputFiles(exportFile(text));
  await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText(
    'lessons.__proto__: is not an allowed name',
  );
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expectOnlyOriginalProgress(page);
  await page.reload();
  await expectOnlyOriginalProgress(page);
});

test('an import cannot point "continue" off-site, and a stored off-site link is not shown', async ({
  page,
}) => {
  await startWithOneCompleted(page);
  for (const href of [
    '//example.com/learn/naming-stages/',
    '/\\example.com/learn/naming-stages/',
  ]) {
    await page
      .getByLabel('Import progress')
      .setInputFiles(
        exportFile({ lessons: {}, attempts: [], last: { href, title: 'Evil', at: AT } }),
      );
    await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText(
      'last.href: is not the address of a lesson on this site',
    );
  }
  // A value already in storage (written before this check existed) is checked when shown.
  await page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}');
    stored.state.last = {
      href: '//example.com/learn/naming-stages/',
      title: 'Evil',
      at: new Date().toISOString(),
    };
    localStorage.setItem(key, JSON.stringify(stored));
  }, KEY);
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Learn Docker multi-stage builds' }),
  ).toBeVisible();
  await expect(
    page.locator('[data-lesson-slug="why-multi-stage"] [data-progress="completed"]'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toHaveCount(0);
  await expect(page.locator('a[href*="example.com"]')).toHaveCount(0);
});

test('an import shows what will change, and merges or replaces only when confirmed', async ({
  page,
  checkA11y,
}) => {
  await startWithOneCompleted(page);
  const file = exportFile({ lessons: { 'naming-stages': completedLesson }, attempts: [] });
  const input = page.getByLabel('Import progress');
  const dialog = page.getByRole('alertdialog', { name: 'Import progress from progress.json?' });
  const completedRow = dialog.locator('[data-summary-row="completed"]');

  await input.setInputFiles(file);
  // Now, in the file, after merge, after replace.
  await expect(completedRow).toHaveText(/^Completed lessons\s*1\s*1\s*2\s*1$/);
  await expectOnlyOriginalProgress(page);
  await checkA11y();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expectOnlyOriginalProgress(page);

  await input.setInputFiles(file);
  await dialog.getByRole('button', { name: 'Merge into my progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported' })).toContainText(
    'merged',
  );
  await expect(row(page, 'why-multi-stage')).toContainText('✓ completed');
  await expect(row(page, 'naming-stages')).toContainText('✓ completed');
  await page.reload();
  await expect(row(page, 'why-multi-stage')).toContainText('✓ completed');
  await expect(row(page, 'naming-stages')).toContainText('✓ completed');

  await input.setInputFiles(file);
  await expect(completedRow.locator('[data-after="replace"]')).toHaveText('1');
  await dialog.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(row(page, 'why-multi-stage')).toContainText('not started');
  await expect(row(page, 'naming-stages')).toContainText('✓ completed');
  await page.reload();
  await expect(row(page, 'why-multi-stage')).toContainText('not started');
  await expect(row(page, 'naming-stages')).toContainText('✓ completed');
});

/** A valid export whose JSON is about `megabytes` MB: many (unknown, but well-formed) lessons. */
function largeExport(megabytes: number) {
  const lessons: Record<string, unknown> = { 'naming-stages': completedLesson };
  const entryLength = JSON.stringify({ 'extra-lesson-10000': { visits: 1 } }).length;
  const count = Math.floor((megabytes * 1024 * 1024) / entryLength);
  for (let index = 0; index < count; index += 1) {
    lessons[`extra-lesson-${10000 + index}`] = { visits: 1 };
  }
  return exportFile({ lessons, attempts: [] }, 'large.json');
}

test('a file over the limit is refused before anything changes', async ({ page }, testInfo) => {
  await startWithOneCompleted(page);
  // 12 MB of white space around a valid export: the size alone must refuse it.
  const valid = JSON.stringify({
    app: 'stagecraft',
    kind: 'progress',
    version: 2,
    progress: { lessons: { 'naming-stages': completedLesson }, attempts: [] },
  });
  await page
    .getByLabel('Import progress')
    .setInputFiles(
      onDisk(testInfo, exportFile(valid + ' '.repeat(12 * 1024 * 1024), 'large.json')),
    );
  await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText(
    /The file is 1\d\.\d MB; an import can be at most 2\.0 MB\./,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported' })).toHaveCount(0);
  await expectOnlyOriginalProgress(page);
  await page.reload();
  await expectOnlyOriginalProgress(page);
});

test('an import that does not fit in storage is refused, and the old progress stays', async ({
  page,
}, testInfo) => {
  // Writing megabytes to localStorage takes seconds on a busy machine.
  test.slow();
  await startWithOneCompleted(page);
  // Fill the site's storage until about 300 KB are left, as years of drafts might.
  // Fill the site's storage (about 5.2 million characters in Chromium) in 1 MB steps, leaving
  // about 1 MB: less than the file needs, as years of drafts might.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(1024 * 1024);
    let filler = '';
    for (;;) {
      try {
        localStorage.setItem('filler', filler + chunk);
        filler += chunk;
      } catch {
        break;
      }
    }
  });
  await page.getByLabel('Import progress').setInputFiles(onDisk(testInfo, largeExport(1.5)));
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace my progress' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText(
    'There is not enough browser storage left for this progress. Your progress is unchanged.',
  );
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported' })).toHaveCount(0);
  await expect(page.locator('[data-notice="save-error"]')).toHaveCount(0);
  await expectOnlyOriginalProgress(page);
  await page.reload();
  await expectOnlyOriginalProgress(page);
});

test('a refusal names the field and the problem', async ({ page }) => {
  await startWithOneCompleted(page);
  const input = page.getByLabel('Import progress');
  await input.setInputFiles(
    exportFile({
      lessons: { 'naming-stages': { visits: 1, completedAt: 'yesterday' } },
      attempts: [],
    }),
  );
  const alert = page.getByRole('alert').filter({ hasText: 'Import failed' });
  await expect(alert).toContainText('lessons.naming-stages.completedAt: expected an ISO date');
  await input.setInputFiles(
    exportFile(
      JSON.stringify({
        app: 'stagecraft',
        kind: 'progress',
        version: '2',
        progress: { lessons: {}, attempts: [] },
      }),
    ),
  );
  await expect(alert).toContainText('version: expected a whole number, got the text "2"');
  await expectOnlyOriginalProgress(page);
});
