import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { editorText, setEditorText, waitForDraft } from './playground-helpers';

/** openEditor with more patience: on a loaded machine Monaco can take over 20 s to load. */
async function openEditor(page: Page, path = '/playground/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 60_000 });
}

const STOPPED = 'The analysis was stopped after 10 seconds without finishing';

// Issue 20: a share link whose analysis never ended hung the playground for good, and the saved
// draft brought the hang back on every visit. No analyzer input hangs any more, so the page's
// test-only `?test-slow-analysis-ms=` keeps the worker busy on its first analysis instead.
test('an analysis that hangs is stopped with a message, typing works, and the next edit is analyzed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openEditor(page);
  await setEditorText(page, 'FROM alpine:3.20 AS mine\nRUN true\n');
  await waitForDraft(page, 'FROM alpine:3.20 AS mine\nRUN true\n');

  // the draft comes back and its analysis hangs
  await openEditor(page, '/playground/?test-slow-analysis-ms=60000');
  const stopped = page.locator('li[data-severity="warning"]', { hasText: STOPPED });
  await expect(stopped).toHaveCount(1, { timeout: 30_000 });
  await expect(stopped).toContainText('edit the file to analyze it again');

  // the stopped text is not sent again: the message stays, it is not replaced by a new analysis
  await page.waitForTimeout(1500);
  await expect(stopped).toHaveCount(1);

  // typing works, and a fresh worker analyzes the edit
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('COPY --from=builder /a /b');
  await expect.poll(() => editorText(page)).toContain('COPY --from=builder /a /b');
  await expect(page.locator('li[data-severity="error"]', { hasText: 'builder' })).toHaveCount(1);
  await expect(stopped).toHaveCount(0);
});

test('without the hang, the same draft is analyzed as usual', async ({ page }) => {
  test.setTimeout(180_000);
  await openEditor(page);
  await setEditorText(page, 'FROM alpine:3.20 AS mine\nCOPY --from=builder /a /b\n');
  await expect(page.locator('li[data-severity="error"]', { hasText: 'builder' })).toHaveCount(1);
  await expect(page.locator('li', { hasText: STOPPED })).toHaveCount(0);
});
