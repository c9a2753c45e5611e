import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import {
  DRAFTS_KEY,
  appendEditorText,
  seedStorage,
  editorText,
  fillStorage,
  openEditor,
  pasteEditorText,
  setEditorText,
  storedDraftText,
  storedDrafts,
  waitForDraft,
  waitForEditor,
} from './playground-helpers';

// Each test loads Monaco once or more, and some paste hundreds of kilobytes into it.
test.slow();

const EARLIER = 'FROM alpine AS earlier\nRUN echo saved\n';

test('an edit made just before a reload is kept', async ({ page }) => {
  await openEditor(page);
  await setEditorText(page, EARLIER);
  await waitForDraft(page, EARLIER);
  // Reloaded at once, well inside the autosave's pause after typing.
  await setEditorText(page, 'FROM alpine AS last\n');
  await page.reload();
  await waitForEditor(page);
  await expect.poll(() => editorText(page)).toBe('FROM alpine AS last\n');
});

test('hiding the page writes the pending edit at once', async ({ page }) => {
  await openEditor(page);
  await setEditorText(page, EARLIER);
  await waitForDraft(page, EARLIER);
  await setEditorText(page, 'FROM alpine AS hidden\n');
  // What a phone does when the learner switches apps: the page is hidden, maybe never unloaded.
  const saved = await page.evaluate((key) => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    return JSON.parse(window.localStorage.getItem(key) ?? '{}').state?.drafts?.playground?.text;
  }, DRAFTS_KEY);
  expect(saved).toBe('FROM alpine AS hidden\n');
});

test('a paste too large to save says so, offers a download, and the earlier draft stays', async ({
  page,
}) => {
  await openEditor(page);
  await setEditorText(page, EARLIER);
  await waitForDraft(page, EARLIER);
  await expect(page.locator('[data-draft-status]')).toHaveText('Draft saved in this browser.');

  const huge = 'FROM alpine\n' + `# ${'padding '.repeat(25)}\n`.repeat(1_750); // ~350 KB
  await pasteEditorText(page, huge);
  const alert = page.locator('[data-notice="draft-not-saved"]');
  await expect(alert).toContainText('more than the 256 KB a draft may have, so it was not saved');
  await expect(page.locator('[data-draft-status]')).toHaveText('Draft not saved.');
  expect(await storedDraftText(page)).toBe(EARLIER);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the Dockerfile' }).click();
  const file = await (await download).path();
  expect(await readFile(file, 'utf8')).toBe(huge);

  await page.reload();
  await waitForEditor(page);
  await expect.poll(() => editorText(page)).toBe(EARLIER);
});

test('a full storage is told as it is, and the earlier draft comes back after a reload', async ({
  page,
}) => {
  await openEditor(page);
  await setEditorText(page, EARLIER);
  await waitForDraft(page, EARLIER);
  expect(await fillStorage(page)).toBeGreaterThan(0);

  await appendEditorText(page, 'RUN echo this edit does not fit in the full storage\n');
  const alert = page.locator('[data-notice="draft-not-saved"]');
  await expect(alert).toContainText('Your browser storage is full, so this draft was not saved');
  await expect(alert).toContainText('The draft saved earlier is kept');
  await expect(page.locator('[data-draft-status]')).toHaveText('Draft not saved.');
  await expect(alert.getByRole('button', { name: 'Download the Dockerfile' })).toBeVisible();
  expect(await storedDraftText(page)).toBe(EARLIER);

  await page.reload();
  await waitForEditor(page);
  await expect.poll(() => editorText(page)).toBe(EARLIER);
});

test('an unreadable saved draft is backed up and reported, and the first edit keeps the backup', async ({
  page,
}) => {
  for (const [raw, reason] of [
    ['{"state":{"drafts":{"playground":{"tex', 'the saved drafts are not valid JSON'],
    [
      JSON.stringify({ version: 1, state: { drafts: { playground: { text: 42 } } } }),
      'the saved draft “playground” has no text',
    ],
  ] as const) {
    await seedStorage(page, DRAFTS_KEY, raw);
    await openEditor(page);
    const alert = page.locator('[data-notice="draft-recovered"]');
    await expect(alert).toContainText('Your saved draft could not be read');
    await expect(alert).toContainText(reason);
    const backupKey = await page.evaluate(() =>
      Object.keys(window.localStorage).find((k) => k.startsWith('stagecraft-drafts:backup:')),
    );
    expect(backupKey).toBeTruthy();
    await expect(alert).toContainText(backupKey!);

    await setEditorText(page, 'FROM alpine AS fresh\n');
    await waitForDraft(page, 'FROM alpine AS fresh\n');
    expect(await page.evaluate((key) => window.localStorage.getItem(key), backupKey!)).toBe(raw);

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download the old draft' }).click();
    expect(await readFile(await (await download).path(), 'utf8')).toBe(raw);
    await page.evaluate(() => window.localStorage.clear());
  }
});

test('after "Keep my draft" the Starter menu still names the starter that is loaded', async ({
  page,
}) => {
  await openEditor(page);
  const starter = page.getByLabel('Starter');
  await expect(starter).toHaveValue('go');
  await setEditorText(page, 'FROM alpine AS mine\n');
  await waitForDraft(page, 'FROM alpine AS mine\n');

  await starter.selectOption('rust');
  await page.getByRole('button', { name: 'Keep my draft' }).click();
  await expect(starter).toHaveValue('go');
  expect(await editorText(page)).toBe('FROM alpine AS mine\n');

  await starter.selectOption('rust');
  await page.getByRole('button', { name: 'Load Rust' }).click();
  await expect(starter).toHaveValue('rust');
  await expect.poll(() => editorText(page)).toContain('FROM rust:');
  expect(await storedDrafts(page)).toContain('FROM rust:');
});
